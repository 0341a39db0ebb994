// line_break.cpp — see line_break.h for the rules.
#include "text/line_break.h"

#include "text/utf8.h"

namespace kiosk::text {
namespace {

constexpr std::u32string_view kNoStart =
    U"，。、；：？！）」』》〉】〕〗］｝”’…—～·,.;:?!)]}%‰℃°・ー々〻ゝゞヽヾ％";
constexpr std::u32string_view kNoEnd = U"（「『《〈【〔〖［｛“‘([{￥$";

// Characters that glue to the letters and digits around them, so "2024-05-01", "0937-6012345", "a@b.cn" and "3.5"
// stay whole.
bool is_word_char(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' ||
           c == '/' || c == ':' || c == '@' || c == '_' || c == '%' || c == '+' || c == '#' ||
           (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

// One unbreakable piece of the paragraph: a CJK character, a Latin/digit word, or a run of spaces.
struct Unit {
    size_t begin, end;
    float width;
    char32_t first, last;
    bool space;
};

}  // namespace

bool is_no_line_start(char32_t c) { return kNoStart.find(c) != std::u32string_view::npos; }
bool is_no_line_end(char32_t c) { return kNoEnd.find(c) != std::u32string_view::npos; }

std::vector<LineSpan> break_lines(std::string_view p, float max_width, const AdvanceFn& advance) {
    std::vector<Unit> units;
    for (size_t i = 0; i < p.size();) {
        const size_t begin = i;
        char32_t c = next_code_point(p, i);
        Unit u{begin, i, advance(c), c, c, c == ' ' || c == '\t' || c == 0x3000};
        if (is_word_char(c)) {
            while (i < p.size()) {
                size_t j = i;
                char32_t d = next_code_point(p, j);
                if (!is_word_char(d)) break;
                u.width += advance(d);
                u.last = d;
                i = j;
            }
            u.end = i;
        } else if (u.space && c != 0x3000) {
            while (i < p.size() && (p[i] == ' ' || p[i] == '\t')) { u.width += advance(' '); ++i; }
            u.end = i;
        }
        units.push_back(u);
    }

    std::vector<LineSpan> lines;
    size_t k = 0;
    while (k < units.size()) {
        // Greedy fill.
        size_t first = k;
        float width = 0;
        size_t n = k;
        while (n < units.size() && (width + units[n].width <= max_width || n == first)) {
            width += units[n].width;
            ++n;
        }
        // A first unit wider than the line: split it by characters.
        if (n == first + 1 && units[first].width > max_width && units[first].end - units[first].begin > 1) {
            Unit& u = units[first];
            size_t i = u.begin, cut = u.begin;
            float w = 0;
            while (i < u.end) {
                size_t j = i;
                float a = advance(next_code_point(p, j));
                if (w + a > max_width && cut > u.begin) break;
                w += a;
                cut = i = j;
            }
            lines.push_back({u.begin, cut, w});
            size_t rest = cut;
            u.begin = rest;
            u.width -= w;
            continue;
        }
        if (n < units.size() && !units[n].space) {
            // 禁则: pull units back to the next line until the break is allowed: the next line must not start with a
            // closer and this one must not end with an opener. Bounded, so a run of punctuation still breaks.
            auto bad_break = [&](size_t at) {
                return is_no_line_start(units[at].first) || is_no_line_end(units[at - 1].last);
            };
            size_t m = n;
            for (int limit = 4; m - first > 1 && limit > 0 && bad_break(m); --limit) --m;
            if (!bad_break(m)) {
                n = m;
            } else {
                // Could not pull back far enough: let the closers hang at the end of this line instead.
                while (n < units.size() && is_no_line_start(units[n].first)) ++n;
            }
        }
        // Trailing spaces do not count and do not start the next line.
        size_t last = n;
        while (last > first && units[last - 1].space) --last;
        LineSpan line{units[first].begin, last > first ? units[last - 1].end : units[first].begin, 0};
        for (size_t q = first; q < last; ++q) line.width += units[q].width;
        lines.push_back(line);
        k = n;
        while (k < units.size() && units[k].space) ++k;
    }
    return lines;
}

}  // namespace kiosk::text
