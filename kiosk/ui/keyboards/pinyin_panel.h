// pinyin_panel.h — the 拼音 keyboard of the request form and the search bar: big letter keys, and above them a
// candidate bar with big buttons for this page's words (6, input::kImePageSize) and ◀ ▶ to page. Over
// input::PinyinEngine (librime).
//
// Typing a letter composes (the editor shows the pinyin after the field's text, composing()); tapping a candidate
// commits it, or — when it covers only part of the pinyin (liu'hong → 刘 first) — keeps composing the rest. 删除
// deletes a pinyin letter while composing, otherwise a character of the field; 清空 empties the composition, or the
// field when nothing is being composed. reset() (a field opens, the tab changes) drops the composition; forget()
// (the visitor is done) also drops what the engine learned from this visitor's picks (PinyinEngine::forget).
//
// The engine is process-global (one per process): platform/kiosk_runner.cpp opens it and hands it over here; to
// switch to newly deployed data it unregisters this panel (closing the engine) before opening the next one.
#pragma once

#include <memory>
#include <vector>

#include "input/pinyin_engine.h"
#include "ui/keyboards/keyboard_panel.h"

namespace kiosk::ui {

class PinyinPanel : public KeyboardPanel {
public:
    explicit PinyinPanel(std::unique_ptr<input::PinyinEngine> engine);
    PanelInput draw(Ui& ui, Area area) override;
    void reset() override;
    void forget() override;
    std::string composing() const override { return state_.preedit; }
    void set_name_field(bool name) override;
    void set_person_names(const std::vector<std::string>& names) override;

private:
    void refresh() { state_ = engine_->state(); }
    std::unique_ptr<input::PinyinEngine> engine_;
    input::ImeState state_;  // read after every change, not every frame
};

// Where the candidate buttons go in a bar `width` wide: left to right, each at least `min_w` (its text and padding
// otherwise), wrapping to at most `max_rows` rows. Each row is widened evenly to fill the bar. Candidates that do not
// fit in max_rows go on the last row, whose buttons are then narrowed to share it (their labels are cut with "…").
struct CandidateSlot {
    int row = 0;
    float x = 0, w = 0;  // from the bar's left edge
};
// The page indicator under the candidate bar: 第 N / M 页, or 第 N 页 when the list goes on beyond what the engine
// counted (ImeState::pages == 0). "" when there is nothing to page.
std::string page_label(const input::ImeState& s);
// What the 生僻字 / 常用字 key does in a name field: the page it jumps to, -1 when it is not shown (no rare
// candidates). On the common pages it goes to the first rare page; on the rare pages back to the first page.
int rare_key_target(const input::ImeState& s);

std::vector<CandidateSlot> layout_candidates(const std::vector<float>& text_widths, float width, float min_w,
                                             float pad, float gap, int max_rows);

}  // namespace kiosk::ui
