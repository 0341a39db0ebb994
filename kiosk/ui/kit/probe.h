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

// What a widget knows of how it laid itself out, for the layout check (ui/kit/layout_check.h). Rectangles are as
// laid out, before clipping; an empty rectangle or a zero colour means "not known" and that check is skipped.
struct ProbeLayout {
    ImVec2 box_min{0, 0}, box_max{0, 0};    // the widget's own rectangle
    ImVec2 text_min{0, 0}, text_max{0, 0};  // where its words were drawn
    ImU32 fg = 0, bg = 0;                   // the words' colour and the colour behind them
    bool cut = false;                       // words were left out or ended with … for want of room
};

struct ProbeItem {
    std::string text;
    ImVec2 min, max;  // screen rectangle as drawn, already clipped to what is visible
    bool tappable = false;
    ProbeLayout layout;
    bool covered = false;  // under a full-screen overlay drawn later (a question, a card): not what the eye sees
    const char* kind = "";  // what the item is, for counting in scripts (e.g. "document", a document's card)
};

class Probe {
public:
    void begin_frame(ImVec2 screen_size) { items_.clear(); scroll_areas_.clear(); screen_ = screen_size; }
    // Records `text` drawn in [min,max] clipped by the current clip rect; off-screen items are not recorded.
    void record(std::string text, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max, bool tappable,
                const ProbeLayout& layout = {}, const char* kind = "");
    const std::vector<ProbeItem>& items() const { return items_; }
    // A full-screen overlay begins: what was recorded so far lies under it.
    void cover_all() { for (ProbeItem& it : items_) it.covered = true; }
    ImVec2 screen() const { return screen_; }

    // First tappable item whose text equals `label` (or contains it, when `substring`), not under an overlay (a
    // finger cannot reach it there); nullptr if none.
    const ProbeItem* find_tappable(const std::string& label, bool substring) const;
    // How many items of this kind lie wholly on the screen: not cut by the edge of their scroll area or the window,
    // and not under an overlay (a document card a reader can read whole without scrolling).
    int count_whole(const std::string& kind) const;
    // Whether any visible text contains `needle`.
    bool shows(const std::string& needle) const;
    // All visible text, one item a line: what a failed expectation prints.
    std::string dump() const;
    // Where the frame's scrolling lists are (begin_scroll), so a script scrolls where a finger would.
    struct Area {
        ImVec2 min, max;
    };
    void record_scroll_area(ImVec2 min, ImVec2 max) { scroll_areas_.push_back({min, max}); }
    const std::vector<Area>& scroll_areas() const { return scroll_areas_; }

private:
    std::vector<ProbeItem> items_;
    std::vector<Area> scroll_areas_;
    ImVec2 screen_{0, 0};
};

}  // namespace kiosk::ui
