// keyboard_panel.cpp — see keyboard_panel.h.
//
// A field's editor (ui/request/apply_screen.cpp) and the search bar (ui/reading/search_screen.cpp) place the field,
// then draw_input_keyboard draws the tabs and the chosen panel where they say; each turns what the panel returns
// into typing. ABC and 123 are built in here. 拼音 (librime, kiosk/input/pinyin_engine),
// 手写 (zinnia, kiosk/input/handwriting) and, in name fields, 部件 (kiosk/input/parts_engine) are KeyboardPanels
// registered at start-up with set_keyboard_panel(); until one is registered its tab shows a plain note instead.
//
// To plug an engine in: subclass KeyboardPanel (draw its keys/candidate bar or its writing box inside `area` with the
// ui/kit/widgets.h widgets, return the text the applicant picked in PanelInput::commit), and in platform/kiosk_runner.cpp
//     ui::set_keyboard_panel(ui::InputMode::Pinyin, std::make_unique<PinyinPanel>(...));
// The panel is reset (composition, candidates, ink) when a field or the search screen opens, or the tab changes, since
// the form and the search bar share the panels; it is told to forget
// (that, and what it learned this session: the pinyin engine's picks) when the visitor is done: the form is left or
// started afresh, 首页, the 90 s privacy wipe (Controller::go_home / reset_for_next_visitor).
#include "ui/keyboards/keyboard_panel.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/strings_zh.h"
#include "ui/keyboards/latin_keyboard.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

constexpr InputMode kEngineModes[] = {InputMode::Pinyin, InputMode::Handwriting, InputMode::Parts};
bool has_engine(InputMode mode) { return std::find(std::begin(kEngineModes), std::end(kEngineModes), mode) != std::end(kEngineModes); }

std::unique_ptr<KeyboardPanel>& slot(InputMode mode) {
    static std::unique_ptr<KeyboardPanel> pinyin, handwriting, parts, none;
    if (mode == InputMode::Pinyin) return pinyin;
    if (mode == InputMode::Handwriting) return handwriting;
    if (mode == InputMode::Parts) return parts;
    none.reset();
    return none;
}

// A big key: the label in the display size (digits) or heading size.
bool big_key(Ui& ui, const char* label, ImVec2 size, bool primary) {
    const bool short_label = label[0] != '\0' && static_cast<unsigned char>(label[0]) < 0x80 && label[1] == '\0';
    return panel_key(ui, label, size, primary, short_label ? FontRole::Display : FontRole::Heading);
}

}  // namespace

bool panel_key(Ui& ui, const char* label, ImVec2 size, bool primary, FontRole role, bool enabled) {
    const Theme& t = ui.theme;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    bool pressed = false, tapped = false;
    if (enabled) {
        tapped = card_area(ui, label, size, &pressed, label);
    } else {
        ImGui::Dummy(size);  // takes the place, answers no tap
    }
    const ImU32 fill = !enabled ? t.surface
                                : primary ? (pressed ? t.primary_pressed : t.primary)
                                          : (pressed ? t.surface_pressed : t.surface);
    dl->AddRectFilled(pos, max, fill, t.radius);
    dl->AddRect(pos, max, enabled ? t.primary : t.border, t.radius, 0, 3.0f);
    const float fs = ui.fonts->size(role);
    const float w = text::text_width(*ui.fonts, role, label);
    const ImU32 ink = !enabled ? t.border : primary ? t.on_primary : t.primary;
    if (w <= size.x - t.unit) {
        ui.fonts->draw(dl, role, ImVec2(pos.x + (size.x - w) * 0.5f, pos.y + (size.y - fs) * 0.5f - fs * 0.06f), ink,
                       label);
    } else {  // too long for the key (a long candidate word): cut with "…", the probe keeps the whole label
        const float pad = t.unit * 0.5f;
        text_at(ui, role, label, ink, ImVec2(pos.x + pad, pos.y + (size.y - text::line_height(*ui.fonts, role)) * 0.5f),
                size.x - pad * 2, 1);
    }
    return tapped;
}

void set_keyboard_panel(InputMode mode, std::unique_ptr<KeyboardPanel> panel) {
    if (has_engine(mode)) slot(mode) = std::move(panel);
}

KeyboardPanel* keyboard_panel(InputMode mode) {
    if (!has_engine(mode)) return nullptr;
    return slot(mode).get();
}

InputMode usable_mode(InputMode wanted) {
    if (has_engine(wanted) && !keyboard_panel(wanted) && keyboard_panel(InputMode::Handwriting)) return InputMode::Handwriting;
    return wanted;
}

void reset_keyboard_panels() {
    for (InputMode m : kEngineModes) {
        if (KeyboardPanel* p = keyboard_panel(m)) p->reset();
    }
}

void forget_keyboard_panels() {
    for (InputMode m : kEngineModes) {
        if (KeyboardPanel* p = keyboard_panel(m)) p->forget();
    }
}

PanelInput draw_abc_keyboard(Ui& ui, Area area) {
    PanelInput in;
    const Theme& t = ui.theme;
    const float gap = t.unit * 0.5f;
    // The letter keys (ui/keyboards/latin_keyboard) sized to the height there is: its keys are square up to 1.1 touch.
    const float key_fit = std::max(t.touch * 0.8f, (area.height() - gap * 4) / 5);
    float kb_w = std::min(area.width(), 10 * std::min(key_fit, t.touch * 1.1f) + 9 * gap);
    const char* symbols[] = {"@", ".", "-", "_"};
    const float sym_w = t.touch * 1.3f;
    const bool beside = area.width() - kb_w >= sym_w + t.unit;  // landscape: the symbols in a column at the right
    float top = area.min.y;
    if (!beside) {
        const float row_h = std::min(t.touch, area.height() * 0.16f);
        const float w = (area.width() - gap * 3) / 4;
        for (int i = 0; i < 4; ++i) {
            ImGui::SetCursorScreenPos(ImVec2(area.min.x + i * (w + gap), top));
            if (big_key(ui, symbols[i], ImVec2(w, row_h), false)) in.commit = symbols[i];
        }
        top += row_h + gap;
        const float rest = area.max.y - top;
        const float key = std::max(t.touch * 0.8f, (rest - gap * 4) / 5);
        kb_w = std::min(area.width(), 10 * std::min(key, t.touch * 1.1f) + 9 * gap);
    }
    const float group_w = kb_w + (beside ? sym_w + t.unit : 0);
    const float x0 = area.min.x + (area.width() - group_w) * 0.5f;
    const input::KeyPress k = input::draw_latin_keyboard(ui, Area{ImVec2(x0, top), ImVec2(x0 + kb_w, area.max.y)});
    if (k.kind == input::KeyPress::Kind::Text) in.commit = k.text;
    if (k.kind == input::KeyPress::Kind::Backspace) in.backspace = true;
    if (k.kind == input::KeyPress::Kind::Clear) in.clear = true;
    if (beside) {
        const float h = std::min(t.touch * 1.1f, (area.height() - gap * 3) / 4);
        for (int i = 0; i < 4; ++i) {
            ImGui::SetCursorScreenPos(ImVec2(x0 + kb_w + t.unit, top + i * (h + gap)));
            if (big_key(ui, symbols[i], ImVec2(sym_w, h), false)) in.commit = symbols[i];
        }
    }
    return in;
}

PanelInput draw_digit_pad(Ui& ui, Area area, DigitExtra extra) {
    PanelInput in;
    const Theme& t = ui.theme;
    const float gap = t.unit * 0.8f;
    const float col_w = std::min(area.width(), t.touch * 9.0f);
    const float x0 = area.min.x + (area.width() - col_w) * 0.5f;
    const float key_h = std::max(t.touch * 0.9f, std::min(t.touch * 1.4f, (area.height() - gap * 3) / 4));
    const float key_w = (col_w - gap * 2) / 3;
    const char* extra_label = extra == DigitExtra::IdX ? "X" : extra == DigitExtra::Dash ? "-" : str::kKeyClear;
    const char* keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", extra_label, "0", str::kKeyBackspace};
    for (int i = 0; i < 12; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(x0 + (i % 3) * (key_w + gap), area.min.y + (i / 3) * (key_h + gap)));
        if (!big_key(ui, keys[i], ImVec2(key_w, key_h), i == 11)) continue;
        if (i == 11) in.backspace = true;
        else if (i == 9 && extra == DigitExtra::None) in.clear = true;
        else in.commit = keys[i];
    }
    return in;
}

ImVec2 input_tabs_size(const Ui& ui, const std::vector<InputMode>& tabs) {
    const float gap = ui.theme.unit * 0.8f;  // chip_flow's
    ImVec2 size(-gap, 0);
    for (InputMode m : tabs) {
        const ImVec2 chip = chip_size(ui, str::kInputTabs[static_cast<int>(m)]);
        size = ImVec2(size.x + chip.x + gap, std::max(size.y, chip.y));
    }
    return ImVec2(std::max(0.0f, size.x), size.y);
}

namespace {
std::vector<std::string> tab_labels(const std::vector<InputMode>& tabs) {
    std::vector<std::string> labels;
    for (InputMode m : tabs) labels.emplace_back(str::kInputTabs[static_cast<int>(m)]);
    return labels;
}
}  // namespace

float input_tabs_height(const Ui& ui, const std::vector<InputMode>& tabs, float width) {
    return chip_flow_height(ui, tab_labels(tabs), width);
}

KeyboardInput draw_input_keyboard(Ui& ui, const InputKeyboard& kb, ImVec2 tabs_at, float tabs_width, Area area) {
    KeyboardInput out;
    const auto shown = std::find(kb.tabs.begin(), kb.tabs.end(), kb.mode);
    ImGui::SetCursorScreenPos(tabs_at);
    ImGui::PushID("tabs");
    const int tab = chip_flow(ui, tab_labels(kb.tabs), shown == kb.tabs.end() ? -1 : static_cast<int>(shown - kb.tabs.begin()),
                              tabs_width);
    ImGui::PopID();
    if (tab >= 0) out.switch_to = kb.tabs[static_cast<std::size_t>(tab)];
    switch (kb.mode) {
        case InputMode::Pinyin:
        case InputMode::Handwriting:
        case InputMode::Parts:
            if (KeyboardPanel* panel = keyboard_panel(kb.mode)) {
                panel->set_name_field(kb.name_field);
                out.typed = panel->draw(ui, area);
            } else {
                draw_panel_note(ui, area, kb.mode == InputMode::Pinyin        ? str::kInputPinyinSoon
                                          : kb.mode == InputMode::Handwriting ? str::kInputHandwritingSoon
                                                                              : str::kInputPartsSoon);
            }
            break;
        case InputMode::Latin: out.typed = draw_abc_keyboard(ui, area); break;
        case InputMode::Digits: out.typed = draw_digit_pad(ui, area, kb.digits); break;
    }
    return out;
}

std::string composing_text(InputMode mode) {
    const KeyboardPanel* panel = keyboard_panel(mode);
    return panel ? panel->composing() : std::string();
}

void draw_panel_note(Ui& ui, Area area, const char* note) {
    const Theme& t = ui.theme;
    const float width = std::min(area.width(), ui.fonts->size(FontRole::Body) * 26);
    const float x = area.min.x + (area.width() - width) * 0.5f;
    const float pad = t.unit * 1.5f;
    const float h = text_height(ui, FontRole::Body, note, width - pad * 2) + pad * 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pos(x, area.min.y + t.unit * 2);
    dl->AddRectFilled(pos, ImVec2(x + width, pos.y + h), t.notice_bg, t.radius);
    text_at(ui, FontRole::Body, note, t.notice_text, ImVec2(x + pad, pos.y + pad), width - pad * 2);
}

}  // namespace kiosk::ui
