// probe.h — what the last frame showed, by label, for the headless script driver and tests.
//
// Every widget that shows words records them here with the rectangle it drew them in, and whether a tap there does
// something. The script driver taps "公开目录" by looking it up here instead of by pixel positions, so scripts work
// in both orientations and survive layout changes. Recording costs one vector push per widget per frame.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::ui {

struct ProbeItem {
    std::string text;
    ImVec2 min, max;  // screen rectangle as drawn, already clipped to what is visible
    bool tappable = false;
};

class Probe {
public:
    void begin_frame(ImVec2 screen_size) { items_.clear(); screen_ = screen_size; }
    // Records `text` drawn in [min,max] clipped by the current clip rect; off-screen items are not recorded.
    void record(std::string text, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max, bool tappable);
    const std::vector<ProbeItem>& items() const { return items_; }

    // First tappable item whose text equals `label` (or contains it, when `substring`); nullptr if none.
    const ProbeItem* find_tappable(const std::string& label, bool substring) const;
    // Whether any visible text contains `needle`.
    bool shows(const std::string& needle) const;
    // All visible text, one item a line: what a failed expectation prints.
    std::string dump() const;

private:
    std::vector<ProbeItem> items_;
    ImVec2 screen_{0, 0};
};

}  // namespace kiosk::ui
