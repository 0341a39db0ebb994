// handwriting.h — finger handwriting → candidate characters, with Zinnia and Debian's simplified-Chinese model
// (tegaki-zinnia-simplified-chinese). Pure C++: no ImGui, no SDL; the 手写 keyboard feeds it the strokes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::input {

inline constexpr const char* kDefaultHandwritingModel = "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model";

struct Stroke {
    std::vector<std::pair<float, float>> points;  // in the writing box's own units, 0..1000 both axes, y down
};

// The strokes as Zinnia gets them: integer points on a kCanvasSize × kCanvasSize canvas.
using CanvasStroke = std::vector<std::pair<int, int>>;
inline constexpr int kCanvasSize = 300;
inline constexpr std::size_t kMaxStrokes = 64;
inline constexpr std::size_t kMaxPointsPerStroke = 128;

// The normalisation recognize() applies (see the top of this file). Strokes left with no point are dropped. With
// enlarge_small false, small ink keeps its size; *was_enlarged tells whether enlarging changed anything.
std::vector<CanvasStroke> normalise_strokes(const std::vector<Stroke>& strokes, float box_aspect = 1.0f,
                                            bool enlarge_small = true, bool* was_enlarged = nullptr);

class HandwritingRecognizer {
public:
    // nullptr and a message (Chinese / English) in *error if the model cannot be opened.
    static std::unique_ptr<HandwritingRecognizer> open(const std::string& model_path, std::string* error);
    ~HandwritingRecognizer();
    HandwritingRecognizer(const HandwritingRecognizer&) = delete;
    HandwritingRecognizer& operator=(const HandwritingRecognizer&) = delete;

    // The n best characters for the strokes so far (UTF-8, one character each), best first. Empty when there is no
    // ink or n <= 0. box_aspect is the writing box's width / height on screen (the strokes' units are 0..1000 on
    // both axes whatever its shape). Safe to call from several threads at once.
    std::vector<std::string> recognize(const std::vector<Stroke>& strokes, int n, float box_aspect = 1.0f) const;

    // The benchmark's baseline: the box scaled to the canvas and every point handed to Zinnia as it came (no
    // de-duplication, thinning or centring). Not for the UI.
    std::vector<std::string> recognize_unprocessed(const std::vector<Stroke>& strokes, int n) const;

    // Whether the model can ever answer this character (one UTF-8 character).
    bool has_character(std::string_view utf8) const;
    std::size_t character_count() const;

private:
    struct Impl;
    explicit HandwritingRecognizer(std::unique_ptr<Impl> impl);
    std::vector<std::pair<std::string, float>> classify(const std::vector<CanvasStroke>& strokes, int n) const;
    std::unique_ptr<Impl> impl_;
};

// ---- Recorded strokes (tests/fixtures/handwriting/, the benchmark) -------------------------------------------------
// The text format, UTF-8:
//   # comment lines and blank lines are ignored
//   char 十                  starts a character
//   120,500 880,490          one stroke per line, in stroke order: x,y points in box units (0..1000, y down)
struct StrokeSample {
    std::string character;
    std::vector<Stroke> strokes;
    int line = 0;  // where "char" was, for messages
};
// Empty and a message in *error (file:line: what) on a malformed file.
std::vector<StrokeSample> parse_stroke_samples(std::string_view text, const std::string& file_name, std::string* error);
std::vector<StrokeSample> read_stroke_samples(const std::string& path, std::string* error);

// What a finger makes of a polyline: points every ~`spacing` units along it, each moved by up to `jitter` units
// (a fixed-seed generator: the same seed gives the same strokes), with the finger resting at the start and the end
// (the first and last point repeated `rest` times).
std::vector<Stroke> fingerlike(const std::vector<Stroke>& polylines, unsigned seed, float spacing = 4.0f,
                               float jitter = 6.0f, int rest = 4);

}  // namespace kiosk::input
