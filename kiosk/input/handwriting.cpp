// handwriting.cpp — see handwriting.h.
//
// The model knows the 6763 characters of GB 2312 and nothing else: no CJK Extension A/B characters (䶮, 𠮷, 𪚥 are not
// in it), no digits, letters or punctuation. has_character() tells, so the UI can offer pinyin instead.
//
// What recognize() does to the strokes before Zinnia sees them (normalise_strokes, below):
//   - box units (0..1000 both axes) → the box's real proportions (box_aspect = width / height on screen);
//   - the box's shorter side becomes a 300×300 canvas and the ink's bounding box is centred on it; ink whose longer
//     side is under 3/4 of the canvas is enlarged to 3/4 (at most 2.5×: a character written small in a corner still
//     reads), and because the model tells 口 from 囗 by size it is also classified as written: the enlarged list's
//     first three, then the two lists in turn (their scores do not compare); ink too large is shrunk to fit;
//   - non-finite points are dropped, consecutive duplicates too, and points closer than ~1.5% of the canvas to the
//     last kept one are thinned away (a finger at 60–120 Hz gives hundreds), then a Douglas–Peucker pass with a
//     one-pixel tolerance; a one-point stroke (a tap) becomes a tiny dot stroke;
//   - at most kMaxStrokes strokes and kMaxPointsPerStroke points per stroke reach Zinnia, so scrambled input costs
//     bounded time.
#include "input/handwriting.h"

#include <zinnia.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace kiosk::input {

namespace {

constexpr float kFill = 0.75f;            // ink smaller than this (its longer side, of the canvas) is enlarged to it
constexpr std::size_t kEnlargedFirst = 3;  // small ink: this many enlarged candidates before the rest
constexpr float kFit = 0.95f;             // ink larger than this is shrunk to it
constexpr float kMaxEnlarge = 2.5f;       // a tiny mark is enlarged at most this much beyond box → canvas
constexpr float kMinStep = 0.015f * kCanvasSize;  // thinning: closer points than this to the last kept are dropped
constexpr float kSimplifyTolerance = 1.0f;        // Douglas–Peucker, canvas pixels

struct FPoint {
    float x, y;
};

float distance(FPoint a, FPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Distance of p from the segment a–b.
float segment_distance(FPoint p, FPoint a, FPoint b) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len2 = dx * dx + dy * dy;
    if (len2 <= 0) return distance(p, a);
    const float t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0f, 1.0f);
    return distance(p, {a.x + t * dx, a.y + t * dy});
}

void simplify(const std::vector<FPoint>& pts, std::size_t first, std::size_t last, std::vector<bool>& keep) {
    // Iterative Douglas–Peucker (no recursion depth to worry about on long scribbles).
    std::vector<std::pair<std::size_t, std::size_t>> todo{{first, last}};
    while (!todo.empty()) {
        auto [a, b] = todo.back();
        todo.pop_back();
        if (b <= a + 1) continue;
        float worst = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const float d = segment_distance(pts[i], pts[a], pts[b]);
            if (d > worst) worst = d, at = i;
        }
        if (worst > kSimplifyTolerance) {
            keep[at] = true;
            todo.push_back({a, at});
            todo.push_back({at, b});
        }
    }
}

int to_canvas(float v) { return std::clamp(static_cast<int>(std::lround(v)), 0, kCanvasSize - 1); }

}  // namespace

std::vector<CanvasStroke> normalise_strokes(const std::vector<Stroke>& strokes, float box_aspect, bool enlarge_small,
                                            bool* was_enlarged) {
    if (was_enlarged) *was_enlarged = false;
    if (!std::isfinite(box_aspect) || box_aspect <= 0) box_aspect = 1.0f;
    box_aspect = std::clamp(box_aspect, 0.1f, 10.0f);
    const float box_w = 1000.0f * box_aspect, box_h = 1000.0f;  // the box in its real proportions

    // The finite points, in real proportions, stroke by stroke.
    std::vector<std::vector<FPoint>> real;
    float min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
    for (const Stroke& s : strokes) {
        if (real.size() == kMaxStrokes) break;
        std::vector<FPoint> pts;
        pts.reserve(s.points.size());
        for (auto [x, y] : s.points) {
            if (!std::isfinite(x) || !std::isfinite(y)) continue;
            // Far outside the box is still ink, but no further than this (keeps every sum below finite).
            const FPoint p{std::clamp(x, -1e6f, 1e6f) * box_aspect, std::clamp(y, -1e6f, 1e6f)};
            if (!pts.empty() && pts.back().x == p.x && pts.back().y == p.y) continue;
            pts.push_back(p);
            min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
        }
        if (!pts.empty()) real.push_back(std::move(pts));
    }
    if (real.empty()) return {};

    // A writer sizes a character to the box's shorter side: that side becomes the canvas. Ink smaller than kFill of
    // the canvas is enlarged to it (at most kMaxEnlarge times), ink that would not fit is shrunk to fit.
    const float extent = std::max(max_x - min_x, max_y - min_y);
    const float box_scale = kCanvasSize / std::min(box_w, box_h);
    float scale = box_scale;
    if (extent > 0 && enlarge_small) {
        scale = std::min(std::max(box_scale, kFill * kCanvasSize / extent), kMaxEnlarge * box_scale);
        if (was_enlarged) *was_enlarged = scale > box_scale * 1.02f;
    }
    if (extent > 0) scale = std::min(scale, kFit * kCanvasSize / extent);
    const float mid_x = (min_x + max_x) / 2, mid_y = (min_y + max_y) / 2;

    std::vector<CanvasStroke> out;
    out.reserve(real.size());
    for (const auto& pts : real) {
        // To the canvas, thinned by distance.
        std::vector<FPoint> thin;
        for (const FPoint& p : pts) {
            const FPoint c{(p.x - mid_x) * scale + kCanvasSize / 2.0f, (p.y - mid_y) * scale + kCanvasSize / 2.0f};
            if (thin.empty() || distance(c, thin.back()) >= kMinStep) thin.push_back(c);
            else if (&p == &pts.back()) {
                if (thin.size() > 1) thin.back() = c;  // the stroke ends where the finger lifted
                else thin.push_back(c);
            }
        }
        std::vector<bool> keep(thin.size(), false);
        keep.front() = keep.back() = true;
        simplify(thin, 0, thin.size() - 1, keep);
        CanvasStroke cs;
        for (std::size_t i = 0; i < thin.size(); ++i) {
            if (!keep[i]) continue;
            const std::pair<int, int> q{to_canvas(thin[i].x), to_canvas(thin[i].y)};
            if (cs.empty() || cs.back() != q) cs.push_back(q);
        }
        if (cs.size() == 1) {  // a tap: a dot Zinnia can measure
            const auto [x, y] = cs.front();
            cs.push_back({std::min(x + 1, kCanvasSize - 1), std::min(y + 1, kCanvasSize - 1)});
            if (cs.back() == cs.front()) cs.back() = {x - 1, y - 1};
        }
        if (cs.size() > kMaxPointsPerStroke) {  // a scribble: keep the ends and an even spread between
            CanvasStroke even;
            for (std::size_t i = 0; i < kMaxPointsPerStroke; ++i)
                even.push_back(cs[i * (cs.size() - 1) / (kMaxPointsPerStroke - 1)]);
            cs = std::move(even);
        }
        out.push_back(std::move(cs));
    }
    return out;
}

// ---- The recognizer ------------------------------------------------------------------------------------------------

struct HandwritingRecognizer::Impl {
    std::unique_ptr<zinnia::Recognizer> zinnia;
    std::unordered_set<std::string> characters;
};

HandwritingRecognizer::HandwritingRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HandwritingRecognizer::~HandwritingRecognizer() = default;

std::unique_ptr<HandwritingRecognizer> HandwritingRecognizer::open(const std::string& model_path, std::string* error) {
    auto impl = std::make_unique<Impl>();
    impl->zinnia.reset(zinnia::Recognizer::create());
    if (!impl->zinnia || !impl->zinnia->open(model_path.c_str())) {
        if (error) {
            *error = "无法打开手写识别模型 / cannot open the handwriting model " + model_path;
            if (impl->zinnia && impl->zinnia->what()) *error += std::string(": ") + impl->zinnia->what();
        }
        return nullptr;
    }
    const std::size_t n = impl->zinnia->size();
    if (n == 0) {
        if (error) *error = "手写识别模型是空的 / the handwriting model has no characters: " + model_path;
        return nullptr;
    }
    impl->characters.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (const char* v = impl->zinnia->value(i)) impl->characters.insert(v);
    return std::unique_ptr<HandwritingRecognizer>(new HandwritingRecognizer(std::move(impl)));
}

std::vector<std::pair<std::string, float>> HandwritingRecognizer::classify(const std::vector<CanvasStroke>& strokes,
                                                                          int n) const {
    std::vector<std::pair<std::string, float>> out;
    if (n <= 0 || strokes.empty()) return out;
    std::unique_ptr<zinnia::Character> ch(zinnia::Character::create());
    ch->set_width(kCanvasSize);
    ch->set_height(kCanvasSize);
    std::size_t id = 0;
    for (const CanvasStroke& s : strokes) {
        if (s.empty()) continue;
        for (auto [x, y] : s) ch->add(id, x, y);
        ++id;
    }
    if (id == 0) return out;
    std::unique_ptr<zinnia::Result> result(impl_->zinnia->classify(*ch, static_cast<std::size_t>(n)));
    if (!result) return out;
    for (std::size_t i = 0; i < result->size() && out.size() < static_cast<std::size_t>(n); ++i) {
        const char* v = result->value(i);
        if (!v || !*v) continue;
        if (std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.first == v; }))
            out.emplace_back(v, result->score(i));
    }
    return out;
}

namespace {
std::vector<std::string> names(const std::vector<std::pair<std::string, float>>& scored, int n) {
    std::vector<std::string> out;
    for (const auto& s : scored) {
        if (out.size() >= static_cast<std::size_t>(n)) break;
        out.push_back(s.first);
    }
    return out;
}
}  // namespace

std::vector<std::string> HandwritingRecognizer::recognize(const std::vector<Stroke>& strokes, int n,
                                                          float box_aspect) const {
    if (n <= 0) return {};
    bool enlarged = false;
    auto scored = classify(normalise_strokes(strokes, box_aspect, true, &enlarged), n);
    if (!enlarged) return names(scored, n);
    // Small ink: also as written, taking the two lists in turn, enlarged first. (Their scores do not compare: the
    // model is sure of wrong answers for a tiny character as written.)
    const auto as_written = classify(normalise_strokes(strokes, box_aspect, false), n);
    std::vector<std::string> out;
    auto add = [&](const std::string& c) {
        if (out.size() < static_cast<std::size_t>(n) && std::find(out.begin(), out.end(), c) == out.end())
            out.push_back(c);
    };
    for (std::size_t i = 0; i < std::min<std::size_t>(kEnlargedFirst, scored.size()); ++i) add(scored[i].first);
    for (std::size_t i = 0; i < std::max(scored.size(), as_written.size()); ++i) {
        if (i < as_written.size()) add(as_written[i].first);
        if (i + kEnlargedFirst < scored.size()) add(scored[i + kEnlargedFirst].first);
    }
    return out;
}

std::vector<std::string> HandwritingRecognizer::recognize_unprocessed(const std::vector<Stroke>& strokes, int n) const {
    std::vector<CanvasStroke> raw;
    for (const Stroke& s : strokes) {
        CanvasStroke cs;
        for (auto [x, y] : s.points)
            if (std::isfinite(x) && std::isfinite(y)) cs.push_back({to_canvas(x * kCanvasSize / 1000.0f),
                                                                    to_canvas(y * kCanvasSize / 1000.0f)});
        if (!cs.empty()) raw.push_back(std::move(cs));
    }
    return names(classify(raw, n), n);
}

bool HandwritingRecognizer::has_character(std::string_view utf8) const {
    return impl_->characters.count(std::string(utf8)) != 0;
}

std::size_t HandwritingRecognizer::character_count() const { return impl_->characters.size(); }

// ---- Recorded strokes --------------------------------------------------------------------------------------------

std::vector<StrokeSample> parse_stroke_samples(std::string_view text, const std::string& file_name,
                                               std::string* error) {
    std::vector<StrokeSample> out;
    int line_no = 0;
    auto fail = [&](const std::string& what) {
        if (error) *error = file_name + ":" + std::to_string(line_no) + ": " + what;
        return std::vector<StrokeSample>{};
    };
    std::size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        if (line.substr(0, 5) == "char ") {
            std::string_view c = line.substr(5);
            while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
            if (c.empty()) return fail("char needs a character / char 后面要写字");
            if (!out.empty() && out.back().strokes.empty()) return fail("the previous character has no stroke");
            out.push_back({std::string(c), {}, line_no});
            continue;
        }
        if (out.empty()) return fail("a stroke before any char line");
        Stroke stroke;
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
            if (i >= line.size()) break;
            std::size_t j = i;
            while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
            const std::string_view tok = line.substr(i, j - i);
            i = j;
            const std::size_t comma = tok.find(',');
            if (comma == std::string_view::npos) return fail("a point is x,y: '" + std::string(tok) + "'");
            float x = 0, y = 0;
            const auto rx = std::from_chars(tok.data(), tok.data() + comma, x);
            const auto ry = std::from_chars(tok.data() + comma + 1, tok.data() + tok.size(), y);
            if (rx.ec != std::errc() || rx.ptr != tok.data() + comma || ry.ec != std::errc() ||
                ry.ptr != tok.data() + tok.size())
                return fail("not a point: '" + std::string(tok) + "'");
            if (x < 0 || x > 1000 || y < 0 || y > 1000) return fail("a point outside 0..1000: '" + std::string(tok) + "'");
            stroke.points.push_back({x, y});
        }
        out.back().strokes.push_back(std::move(stroke));
    }
    if (!out.empty() && out.back().strokes.empty()) return fail("the last character has no stroke");
    if (out.empty()) return fail("no character in the file");
    return out;
}

std::vector<StrokeSample> read_stroke_samples(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot read " + path;
        return {};
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_stroke_samples(ss.str(), path, error);
}

std::vector<Stroke> fingerlike(const std::vector<Stroke>& polylines, unsigned seed, float spacing, float jitter,
                               int rest) {
    std::uint32_t state = seed * 2654435761u + 12345u;
    auto uniform = [&state]() {  // -1..1
        state = state * 1664525u + 1013904223u;
        return static_cast<float>(state >> 8) / static_cast<float>(1u << 23) - 1.0f;
    };
    spacing = std::max(spacing, 0.5f);
    std::vector<Stroke> out;
    for (const Stroke& line : polylines) {
        Stroke s;
        float ox = 0, oy = 0;  // a slow wobble, not white noise: a hand drifts
        auto put = [&](float x, float y) {
            ox = 0.8f * ox + 0.2f * jitter * uniform() * 2.0f;
            oy = 0.8f * oy + 0.2f * jitter * uniform() * 2.0f;
            ox = std::clamp(ox, -jitter, jitter), oy = std::clamp(oy, -jitter, jitter);
            s.points.push_back({std::clamp(x + ox, 0.0f, 1000.0f), std::clamp(y + oy, 0.0f, 1000.0f)});
        };
        if (line.points.empty()) continue;
        for (int r = 0; r < rest; ++r) s.points.push_back(line.points.front());
        for (std::size_t k = 0; k + 1 < line.points.size(); ++k) {
            const auto [x0, y0] = line.points[k];
            const auto [x1, y1] = line.points[k + 1];
            const float len = std::hypot(x1 - x0, y1 - y0);
            const int steps = std::max(1, static_cast<int>(len / spacing));
            for (int t = 0; t < steps; ++t) put(x0 + (x1 - x0) * t / steps, y0 + (y1 - y0) * t / steps);
        }
        put(line.points.back().first, line.points.back().second);
        for (int r = 0; r < rest; ++r) s.points.push_back(s.points.back());
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace kiosk::input
