// latin_keyboard.cpp — see latin_keyboard.h.
#include "ui/keyboards/latin_keyboard.h"

#include <algorithm>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::input {

using ui::ButtonKind;

namespace {

constexpr const char* kRows[] = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
constexpr int kRowCount = 4;

float key_size(const ui::Ui& ui, float width) {
    const float gap = ui.theme.unit * 0.5f;
    return std::max(ui.theme.touch * 0.8f, (width - gap * 9) / 10);
}

}  // namespace

KeyPress draw_latin_keyboard(ui::Ui& ui, ui::Area area) {
    KeyPress press;
    const float gap = ui.theme.unit * 0.5f;
    const float key_w = (area.width() - gap * 9) / 10;
    const float key_h = std::min(key_size(ui, area.width()), ui.theme.touch * 1.1f);
    float y = area.min.y;
    for (int r = 0; r < kRowCount; ++r) {
        const std::string row = kRows[r];
        // Rows are centred under the digits, as on a real keyboard.
        float x = area.min.x + (area.width() - (row.size() * key_w + (row.size() - 1) * gap)) * 0.5f;
        for (char c : row) {
            const std::string label(1, c);
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            ImGui::PushID(c);
            if (ui::button(ui, label.c_str(), key_w, ButtonKind::Secondary, ui::Icon::None, key_h)) {
                press.kind = KeyPress::Kind::Text;
                press.text = label;
            }
            ImGui::PopID();
            x += key_w + gap;
        }
        y += key_h + gap;
    }
    // The bottom row: clear, space, delete.
    const float third = (area.width() - gap * 2) / 3;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, y));
    if (ui::button(ui, str::kKeyClear, third, ButtonKind::Secondary, ui::Icon::None, key_h))
        press.kind = KeyPress::Kind::Clear;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x + third + gap, y));
    if (ui::button(ui, str::kKeySpace, third, ButtonKind::Secondary, ui::Icon::None, key_h)) {
        press.kind = KeyPress::Kind::Text;
        press.text.assign(1, ' ');  // not = " ": g++ 12 warns falsely on that (-Wrestrict, GCC PR 105329)
    }
    ImGui::SetCursorScreenPos(ImVec2(area.min.x + (third + gap) * 2, y));
    if (ui::button(ui, str::kKeyBackspace, third, ButtonKind::Primary, ui::Icon::Back, key_h))
        press.kind = KeyPress::Kind::Backspace;
    return press;
}

}  // namespace kiosk::input
