// keyboard_panel.h — the on-screen keyboard of the request form's fields and of the search bar: mode tabs 拼音 / 手写 /
// ABC / 123 (and 部件 in name fields), and the plug point for the Chinese input engines.
#pragma once

#include <memory>
#include <optional>
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
// The tab a keyboard opens on when `wanted` is asked for: that one, but a Chinese tab whose engine is not registered
// (not yet deployed, or failed) gives way to 手写 when that one works — a note instead of keys helps nobody.
InputMode usable_mode(InputMode wanted);
void forget_keyboard_panels();  // every registered panel's forget(): the visitor is done

// The built-in panels.
PanelInput draw_abc_keyboard(Ui& ui, Area area);                  // letters, digits, @ . - _, space, 删除, 清空
PanelInput draw_digit_pad(Ui& ui, Area area, DigitExtra extra);   // big 0–9, X or -, 删除
// A big key for the panels: the whole rectangle is the target (tapped by `label`), the label centred in `role`.
// A disabled key is drawn muted and cannot be tapped.
bool panel_key(Ui& ui, const char* label, ImVec2 size, bool primary, text::FontRole role, bool enabled = true);
// The tab's note until an engine is registered ("拼音输入即将提供…").
void draw_panel_note(Ui& ui, Area area, const char* note);

// The keyboard as a text field and the search bar show it: a row of tabs, and the chosen tab's panel — the
// registered engine's (told whether the text is a person's name), or its note while there is none; ABC and 123
// built in. Both places draw it through draw_input_keyboard, so a visitor finds the same keys in each.
struct InputKeyboard {
    std::vector<InputMode> tabs;  // in the order shown
    InputMode mode = InputMode::Pinyin;  // the tab whose panel is shown
    bool name_field = false;             // a person's name: the engine panels offer rare characters (set_name_field)
    DigitExtra digits = DigitExtra::None;  // what 123 offers besides the digits
};
struct KeyboardInput {
    PanelInput typed;                 // what the shown panel put in this frame
    std::optional<InputMode> switch_to;  // a tab was tapped
};
// For placing the tabs before drawing them: their size in one row, and the height they take (with the gap under
// them) when they wrap at `width`.
ImVec2 input_tabs_size(const Ui& ui, const std::vector<InputMode>& tabs);
float input_tabs_height(const Ui& ui, const std::vector<InputMode>& tabs, float width);
// Draws the tabs from `tabs_at` (wrapping at `tabs_width`) and the shown tab's panel in `panel`.
KeyboardInput draw_input_keyboard(Ui& ui, const InputKeyboard& keyboard, ImVec2 tabs_at, float tabs_width, Area panel);
// The letters the shown tab's panel is composing (pinyin not yet picked), "" when none: the field shows them after
// its text.
std::string composing_text(InputMode mode);

}  // namespace kiosk::ui
