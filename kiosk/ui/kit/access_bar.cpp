// access_bar.cpp — see access_bar.h.
#include "ui/kit/access_bar.h"

#include <algorithm>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;
using text::TextSize;

namespace {

// The measures draw_access_bar lays its buttons out with, shared with the staff chip's place.
float segment_width(const Ui& ui) {
    return std::max(ui.theme.touch * 1.1f, ui.fonts->width(FontRole::Body, str::kSizeExtraLarge) + ui.theme.unit * 2);
}

float elder_button_width(const Ui& ui, bool elder_mode) {
    return ui.fonts->width(FontRole::Body, elder_mode ? str::kExitElderMode : str::kElderMode) + ui.theme.unit * 3;
}

// Where the 标准 大 特大 segments end, from the left edge of the bar; `label`: after 字号.
float sizes_end(const Ui& ui, bool label = true) {
    const Theme& t = ui.theme;
    return t.unit * 2 + (label ? ui.fonts->width(FontRole::Body, str::kTextSize) + t.unit : 0.0f) +
           3 * (segment_width(ui) + t.unit * 0.5f);
}

float speak_button_width(const Ui& ui, bool icon) {
    return std::max(button_fit_width(ui, str::kReadAloud, icon ? Icon::Notice : Icon::None),
                    button_fit_width(ui, str::kStopReading, icon ? Icon::Stop : Icon::None));
}

}  // namespace

float access_bar_height(const Ui& ui) { return ui.theme.touch + ui.theme.unit * 1.5f; }

AccessBarLayout access_bar_layout(const Ui& ui, bool elder_mode, float chip_width, bool speak) {
    const Theme& t = ui.theme;
    const float row_h = access_bar_height(ui);
    AccessBarLayout l;
    const float pad = t.unit * 2;
    const float gap = t.unit * 1.5f;
    const float left = sizes_end(ui) + gap;
    const float right = t.screen.x - pad - elder_button_width(ui, elder_mode) - gap;
    // What the free middle of the row must hold: the 朗读 button, then the chip. The button gives up its icon before
    // it takes a row of its own (a row less for the page: at 特大 in portrait, home's six tiles still fit).
    auto needed = [&](float speak_w) { return speak_w + (speak && chip_width > 0 ? gap : 0.0f) + std::max(chip_width, 0.0f); };
    float speak_w = speak ? speak_button_width(ui, true) : 0.0f;
    l.speak_icon = true;
    float left_edge = left, right_edge = right;
    if (speak && right - left < needed(speak_w)) {
        // Then with half the gaps beside it (still well apart from 特大 and 长辈模式 for a finger), and last — in
        // 长辈模式, whose size is fixed anyway — without the word 字号 before the sizes.
        const float plain = speak_button_width(ui, false);
        const float unlabelled = sizes_end(ui, false) + gap;
        if (right - left + gap >= needed(plain)) {
            speak_w = plain;
            l.speak_icon = false;
            if (right - left < needed(plain)) left_edge -= gap * 0.5f, right_edge += gap * 0.5f;
        } else if (elder_mode && right - unlabelled + gap >= needed(plain)) {
            speak_w = plain;
            l.speak_icon = false;
            l.size_label = false;
            left_edge = unlabelled - gap * 0.5f, right_edge += gap * 0.5f;
        }
    }
    const bool in_row = needed(speak_w) <= 0 || right_edge - left_edge >= needed(speak_w);
    const float upper_h = in_row ? 0.0f : t.touch + t.unit;
    l.bar = {ImVec2(0, t.screen.y - row_h - upper_h), t.screen};
    l.controls = {ImVec2(0, t.screen.y - row_h), t.screen};
    const float y = in_row ? l.controls.min.y + (row_h - t.touch) * 0.5f : l.bar.min.y + t.unit * 0.75f;
    const float x0 = in_row ? left_edge : pad;
    const float x1 = in_row ? right_edge : t.screen.x - pad;
    l.speak = speak ? Area{ImVec2(x0, y), ImVec2(x0 + speak_w, y + t.touch)} : Area{ImVec2(0, 0), ImVec2(0, 0)};
    if (chip_width <= 0) {
        l.chip = {ImVec2(0, 0), ImVec2(0, 0)};
    } else {
        const float cx = speak ? x0 + speak_w + gap : x0;
        l.chip = {ImVec2(cx, y), ImVec2(x1, y + t.touch)};
    }
    return l;
}

Action draw_access_bar(Ui& ui, const AppModel& model, const AccessBarLayout& layout, bool speaking) {
    Action action;
    const Theme& t = ui.theme;
    const Area& area = layout.controls;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(layout.bar.min, layout.bar.max, t.surface);
    dl->AddLine(layout.bar.min, ImVec2(layout.bar.max.x, layout.bar.min.y), t.border, 2.0f);
    const float pad = t.unit * 2;
    const float y = area.min.y + (area.height() - t.touch) * 0.5f;

    // "字号" then three segments; the current size is filled. In 长辈模式 the size is fixed at 特大.
    const float label_w = layout.size_label ? ui.fonts->width(FontRole::Body, str::kTextSize) : -t.unit;
    const float fs = ui.fonts->size(FontRole::Body);
    if (layout.size_label)
        text_at(ui, FontRole::Body, str::kTextSize, t.text, ImVec2(area.min.x + pad, y + (t.touch - fs * 1.5f) * 0.5f),
                label_w + 1);
    struct Segment { const char* label; TextSize size; };
    const Segment segments[] = {{str::kSizeStandard, TextSize::Standard},
                                {str::kSizeLarge, TextSize::Large},
                                {str::kSizeExtraLarge, TextSize::ExtraLarge}};
    float x = area.min.x + pad + label_w + t.unit;
    const TextSize current = model.effective_text_size();
    const float seg_w = segment_width(ui);
    for (const Segment& s : segments) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const bool on = s.size == current;
        if (button(ui, s.label, seg_w, on ? ButtonKind::Primary : ButtonKind::Secondary))
            action = Action::set_text_size(s.size);
        x += seg_w + t.unit * 0.5f;
    }

    if (layout.speak.width() > 0) {
        // 朗读 reads the page aloud; while it reads, the same place stops it (the highlighted part shows where).
        ImGui::SetCursorScreenPos(layout.speak.min);
        if (button(ui, speaking ? str::kStopReading : str::kReadAloud, layout.speak.width(),
                   speaking ? ButtonKind::Primary : ButtonKind::Secondary,
                   !layout.speak_icon ? Icon::None : speaking ? Icon::Stop : Icon::Notice))
            action = Action::read_aloud();
    }

    const char* elder = model.elder_mode ? str::kExitElderMode : str::kElderMode;
    const float elder_w = elder_button_width(ui, model.elder_mode);
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - pad - elder_w, y));
    if (button(ui, elder, elder_w, model.elder_mode ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::toggle_elder_mode();
    return action;
}

}  // namespace kiosk::ui
