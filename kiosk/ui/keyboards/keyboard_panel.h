// keyboard_panel.h — the request form's on-screen keyboard: mode tabs 拼音 / 手写 / ABC / 123, and the plug point for
// the Chinese input engines.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ui/request/apply_form.h"
#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// What a panel did this frame.
struct PanelInput {
    std::string commit;      // text to add to the field: a key's letter, a picked candidate word, a written character
    bool backspace = false;  // remove the field's last character
    bool clear = false;      // empty the field
    bool any() const { return !commit.empty() || backspace || clear; }
};

class KeyboardPanel {
public:
    virtual ~KeyboardPanel() = default;
    // Draws inside `area` (the editor gives it the space below the field and the tabs: ≥ 4 touch rows in every
    // orientation) and returns what was typed this frame. Called every frame while its tab is shown.
    virtual PanelInput draw(Ui& ui, Area area) = 0;
    // A new field opened, or the kiosk was reset for the next visitor: forget composition and session learning.
    virtual void reset() {}
    // The visitor is done: reset(), and forget everything learned this session.
    virtual void forget() { reset(); }
    // Letters being composed and not yet committed (pinyin "zhengfu" before a candidate is picked): the editor
    // shows them after the field's text, underlined, so the applicant sees what they typed.
    virtual std::string composing() const { return {}; }
    // The field being typed into holds a person's name (姓名, 联系人, 法定代表人): rare characters are wanted there
    // (the 拼音 panel puts them on pages of their own, one tap away). Told every frame before draw().
    virtual void set_name_field(bool) {}
    // The people the content names (人名, as written): their rare characters are offered first in name fields. Told
    // at start and after each content switch.
    virtual void set_person_names(const std::vector<std::string>&) {}
};

// Registers the panel for InputMode::Pinyin, Handwriting or Parts (ABC and 123 are built in; registering for them
// replaces nothing). nullptr unregisters.
void set_keyboard_panel(InputMode mode, std::unique_ptr<KeyboardPanel> panel);
KeyboardPanel* keyboard_panel(InputMode mode);
void reset_keyboard_panels();
void forget_keyboard_panels();  // every registered panel's forget(): the visitor is done

// The built-in panels.
PanelInput draw_abc_keyboard(Ui& ui, Area area);                  // letters, digits, @ . - _, space, 删除, 清空
PanelInput draw_digit_pad(Ui& ui, Area area, DigitExtra extra);   // big 0–9, X or -, 删除
// A big key for the panels: the whole rectangle is the target (tapped by `label`), the label centred in `role`.
// A disabled key is drawn muted and cannot be tapped.
bool panel_key(Ui& ui, const char* label, ImVec2 size, bool primary, text::FontRole role, bool enabled = true);
// The tab's note until an engine is registered ("拼音输入即将提供…").
void draw_panel_note(Ui& ui, Area area, const char* note);

}  // namespace kiosk::ui
