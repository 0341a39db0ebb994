// line_break.h — Chinese line breaking (禁则) for one paragraph, independent of fonts and pixels.
//
// Rules, from common Chinese typesetting practice (GB/T 15834 punctuation, CLREQ):
// - no line starts with closing punctuation (，。、；：？！）」』》〉】… and the like);
// - no line ends with opening punctuation (（「『《〈【“‘ and the like);
// - a run of Latin letters and digits (文号 parts, dates, phone numbers, e-mail) stays on one line unless it alone is
//   wider than the line;
// - full-width punctuation keeps its full width (no squeezing).
// The caller supplies each code point's advance, so the same code serves the glyph atlas and the tests.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace kiosk::text {

struct LineSpan {
    size_t begin = 0;  // byte offsets into the paragraph
    size_t end = 0;    // exclusive; trailing spaces excluded
    float width = 0;
};

bool is_no_line_start(char32_t c);  // closing punctuation and the like
bool is_no_line_end(char32_t c);    // opening punctuation

using AdvanceFn = std::function<float(char32_t)>;

// Breaks `paragraph` (no '\n' inside) into lines no wider than `max_width` where the rules allow. Always makes
// progress: a single unit wider than the line is split by characters.
std::vector<LineSpan> break_lines(std::string_view paragraph, float max_width, const AdvanceFn& advance);

}  // namespace kiosk::text
