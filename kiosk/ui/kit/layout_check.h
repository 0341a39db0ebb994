// layout_check.h — what a frame's probe says is wrong with its layout, for a reader of seventy: words cut or spilling
// out of their box, items on top of each other, words off the window, targets too small, colours too faint.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "ui/kit/probe.h"

namespace kiosk::ui {

struct LayoutRules {
    float min_touch = 60;        // px, both sides of a tappable box (80 in 长辈模式)
    double min_contrast = 4.5;   // words against what is behind them (7 in 长辈模式)
    static LayoutRules for_mode(bool elder) { return elder ? LayoutRules{80, 7.0} : LayoutRules{}; }
};

struct LayoutFinding {
    std::string kind;  // cut, spill, outside, overlap, touch, contrast
    std::string item;  // the item's words
    std::string detail;
};

// Every finding on the frame the probe recorded.
std::vector<LayoutFinding> check_layout(const Probe& probe, const LayoutRules& rules);
// WCAG 2 contrast ratio of `fg` drawn over `bg` (fg's alpha blended onto bg; bg taken as opaque).
double contrast_ratio(ImU32 fg, ImU32 bg);
// One finding a line, "kind «item»: detail".
std::string describe(const std::vector<LayoutFinding>& findings);

}  // namespace kiosk::ui
