// pin_pad.cpp — the staff PIN pad: ten big digit keys, 删除, 确定, 取消. The digits typed are never shown, only dots.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/base/strings_zh.h"
#include "ui/staff/staff_screen.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

// A big key: the whole rectangle is the touch target; the label in the heading size.
bool big_key(Ui& ui, const char* label, ImVec2 size, bool primary) {
    const Theme& t = ui.theme;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    const bool tapped = card_area(ui, label, size, &pressed, label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    const ImU32 fill = primary ? (pressed ? t.primary_pressed : t.primary) : (pressed ? t.surface_pressed : t.surface);
    dl->AddRectFilled(pos, max, fill, t.radius);
    dl->AddRect(pos, max, primary ? t.primary : t.primary, t.radius, 0, 3.0f);
    const bool digit = label[0] >= '0' && label[0] <= '9' && label[1] == '\0';
    const FontRole role = digit ? FontRole::Display : FontRole::Heading;
    const float fs = ui.fonts->size(role);
    const float w = text::text_width(*ui.fonts, role, label);
    ui.fonts->draw(dl, role, ImVec2(pos.x + (size.x - w) * 0.5f, pos.y + (size.y - fs) * 0.5f - fs * 0.06f),
                   primary ? t.on_primary : t.primary, label);
    return tapped;
}

}  // namespace

StaffAction draw_pin_pad(Ui& ui, const StaffModel& model, Area area) {
    using K = StaffAction::Kind;
    StaffAction action;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float gap = t.unit * 1.2f;
    const float body = ui.fonts->size(FontRole::Body);
    const float col_w = std::min(area.width(), t.portrait ? area.width() : t.touch * 9.0f);
    const float x0 = area.min.x + (area.width() - col_w) * 0.5f;
    float y = area.min.y;

    if (!model.pin_set) {
        y += text_at(ui, FontRole::Heading, str::kStaffPinTitle, t.text, ImVec2(x0, y), col_w) + gap;
        y += text_at(ui, FontRole::Body, str::kStaffPinNotSet, t.accent, ImVec2(x0, y), col_w) + gap * 2;
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        if (button(ui, str::kStaffPinCancel, col_w, ButtonKind::Secondary)) action = StaffAction::of(K::PinCancel);
        return action;
    }

    y += text_at(ui, FontRole::Body, str::kStaffPinPrompt, t.text, ImVec2(x0, y), col_w) + gap * 0.5f;
    // One dot per digit typed, and the count in words (a dot is easy to miss for weak eyes).
    const float dot_r = body * 0.45f;
    const int slots = std::max(6, model.pin_digits);
    const float dots_w = slots * dot_r * 3.0f;
    for (int i = 0; i < slots; ++i) {
        const ImVec2 c(x0 + (col_w - dots_w) * 0.5f + dot_r * 1.5f + i * dot_r * 3.0f, y + dot_r * 1.4f);
        if (i < model.pin_digits) dl->AddCircleFilled(c, dot_r, t.text);
        else dl->AddCircle(c, dot_r, t.border, 0, 3.0f);
    }
    y += dot_r * 3.0f;
    char typed[64];
    std::snprintf(typed, sizeof typed, str::kStaffPinTypedFmt, model.pin_digits);
    const float tw = text::text_width(*ui.fonts, FontRole::Body, typed);
    y += text_at(ui, FontRole::Body, typed, t.text_muted, ImVec2(x0 + (col_w - tw) * 0.5f, y), tw + 1) + gap * 0.3f;
    if (!model.pin_message.empty()) {
        const float mh = text_height(ui, FontRole::Body, model.pin_message, col_w - t.unit * 2);
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + col_w, y + mh + t.unit), t.notice_bg, t.radius);
        text_at(ui, FontRole::Body, model.pin_message, t.accent, ImVec2(x0 + t.unit, y + t.unit * 0.5f),
                col_w - t.unit * 2);
        y += mh + t.unit + gap * 0.5f;
    } else {
        y += body * 1.5f + t.unit + gap * 0.5f;  // the same room, so the keys do not jump when a message shows
    }

    // 4 rows of keys and the 取消 row share what is left; keys stay at least the touch size.
    const float rows_h = area.max.y - y;
    const float key_h = std::max(t.touch, std::min(t.touch * 1.5f, (rows_h - gap * 4) / 5));
    const float key_w = (col_w - gap * 2) / 3;
    const char* keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", str::kStaffPinBackspace, "0", str::kStaffPinOk};
    for (int i = 0; i < 12; ++i) {
        const int r = i / 3, c = i % 3;
        ImGui::SetCursorScreenPos(ImVec2(x0 + c * (key_w + gap), y + r * (key_h + gap)));
        const bool ok_key = i == 11;
        if (big_key(ui, keys[i], ImVec2(key_w, key_h), ok_key)) {
            if (i == 9) action = StaffAction::of(K::PinBackspace);
            else if (ok_key) action = StaffAction::of(K::PinOk);
            else action = StaffAction::of(K::PinDigit, i == 10 ? 0 : i + 1);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y + 4 * (key_h + gap)));
    if (big_key(ui, str::kStaffPinCancel, ImVec2(col_w, std::min(key_h, t.touch * 1.1f)), false))
        action = StaffAction::of(K::PinCancel);
    return action;
}

}  // namespace kiosk::ui
