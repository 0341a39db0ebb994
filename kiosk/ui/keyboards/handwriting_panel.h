// handwriting_panel.h — the 手写 keyboard of the request form and the search bar: a large square writing box, and on
// every finger lift up to 10 candidate characters as big buttons (input::HandwritingRecognizer, zinnia). Tapping one
// commits it and clears the box; 退一笔 takes back the last stroke, 重写 clears the box. The model has only GB 2312's 6763
// characters, so the panel says 生僻字请用拼音 (in name fields, 生僻字请用“部件”或拼音: ui/keyboards/parts_panel.h). Beside the candidates, 删除 (a character of the field) and 空格: a name
// can be written, corrected and finished without the pinyin tab.
//
// The box captures strokes the way the signature pad does (ui/request/apply_screen.cpp): an invisible button covers it, so a
// press that starts inside is the box's — ImGui makes it the active item and no other button fires where the finger
// is lifted — and the gesture's points are kept in box units while the finger is down (StrokeCapture, below).
// Recognition (≈5–12 ms) runs on the UI thread once per lift.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "input/handwriting.h"
#include "ui/keyboards/keyboard_panel.h"

namespace kiosk::ui {

// Turns the pointer's gesture into strokes in a box's own units (0..1000 both axes, y down). A stroke starts when a
// press starts inside the box and lasts until that finger is lifted; points outside the box are clamped to its edge;
// a point closer than one unit to the last one is not kept. Presses that start outside the box are ignored. At most
// input::kMaxStrokes strokes (more are not started) and kMaxPoints points per stroke (more are not kept).
class StrokeCapture {
public:
    static constexpr std::size_t kMaxPoints = 2000;
    // One frame of the gesture over the box [box_min, box_max] (screen pixels). True when a stroke ended this frame.
    bool update(const Gesture& g, ImVec2 box_min, ImVec2 box_max);
    const std::vector<input::Stroke>& strokes() const { return strokes_; }
    bool writing() const { return active_; }  // a finger is down, drawing the last stroke
    void undo();   // removes the last stroke (the one being drawn, if any)
    void clear();

private:
    void add(const Gesture& g, ImVec2 box_min, ImVec2 box_max);
    std::vector<input::Stroke> strokes_;
    bool active_ = false;
};

// Where the candidate cells and the 删除 / 空格 column go in a row `width` wide: `cols` cells (at most 1.4 × cell_h
// wide, narrower when the row is short) and then the key column, `key_w` wide but never narrower than its label
// (`key_min_w`). key_x is from the row's left edge.
struct HandwritingKeys {
    float cell_w = 0, key_x = 0, key_w = 0;
};
HandwritingKeys layout_handwriting_keys(float width, float cell_h, float gap, int cols, float key_min_w, float key_w);

// The side of the 手写 writing box in `area`: as high as the area beside the controls (landscape), or as wide as
// the controls under it leave (portrait). Beside them, where the area is not much wider than high (the search bar's
// keyboard), the box keeps four finger-widths and the candidates go in fewer columns, whole. The 部件 panel's box is
// no smaller, so a hand moving between tabs writes the same size.
float handwriting_box_side(const Ui& ui, Area area);
// For a screen that gives the keyboard only the room it needs (the search bar): the least height at which the
// panel, `width` wide, has a box of `side` (beside the controls when they fit there, else above them); and the
// width at which a box of `side` has five columns of candidates of the size the form's keyboard gives them beside it.
float handwriting_panel_height(const Ui& ui, float width, float side);
float handwriting_panel_width(const Ui& ui, float side);
// The writing box both panels draw at `box`: white, a faint 田字格, the ink, and `hint` while it is empty. It takes
// the presses that start inside (its probe name is str::kHandwritingBox, where scripts draw). True when a stroke
// ended this frame.
bool writing_box(Ui& ui, ImVec2 box, float side, StrokeCapture& capture, const char* hint);

class HandwritingPanel : public KeyboardPanel {
public:
    static constexpr int kCandidates = 10;
    // The recognizer is shared with the 部件 panel, which reads parts with it.
    explicit HandwritingPanel(std::shared_ptr<const input::HandwritingRecognizer> recognizer);
    PanelInput draw(Ui& ui, Area area) override;
    void reset() override;
    void set_name_field(bool name) override { name_field_ = name; }

private:
    void recognize();
    std::shared_ptr<const input::HandwritingRecognizer> recognizer_;
    bool name_field_ = false;
    StrokeCapture capture_;
    std::vector<std::string> candidates_;
};

}  // namespace kiosk::ui
