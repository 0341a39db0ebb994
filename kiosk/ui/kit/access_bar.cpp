// access_bar.cpp — see access_bar.h.
#include "ui/kit/access_bar.h"

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;
using text::TextSize;

float access_bar_height(const Ui& ui) { return ui.theme.touch + ui.theme.unit * 1.5f; }

Action draw_access_bar(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(area.min, area.max, t.surface);
    dl->AddLine(area.min, ImVec2(area.max.x, area.min.y), t.border, 2.0f);
    const float pad = t.unit * 2;
    const float y = area.min.y + (area.height() - t.touch) * 0.5f;

    // "字号" then three segments; the current size is filled. In 长辈模式 the size is fixed at 特大.
    const float label_w = ui.fonts->width(FontRole::Body, str::kTextSize);
    const float fs = ui.fonts->size(FontRole::Body);
    text_at(ui, FontRole::Body, str::kTextSize, t.text, ImVec2(area.min.x + pad, y + (t.touch - fs * 1.5f) * 0.5f),
            label_w + 1);
    struct Segment { const char* label; TextSize size; };
    const Segment segments[] = {{str::kSizeStandard, TextSize::Standard},
                                {str::kSizeLarge, TextSize::Large},
                                {str::kSizeExtraLarge, TextSize::ExtraLarge}};
    float x = area.min.x + pad + label_w + t.unit;
    const TextSize current = model.effective_text_size();
    const float seg_w = std::max(t.touch * 1.1f, ui.fonts->width(FontRole::Body, str::kSizeExtraLarge) + t.unit * 2);
    for (const Segment& s : segments) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const bool on = s.size == current;
        if (button(ui, s.label, seg_w, on ? ButtonKind::Primary : ButtonKind::Secondary))
            action = Action::set_text_size(s.size);
        x += seg_w + t.unit * 0.5f;
    }

    const char* elder = model.elder_mode ? str::kExitElderMode : str::kElderMode;
    const float elder_w = ui.fonts->width(FontRole::Body, elder) + t.unit * 3;
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - pad - elder_w, y));
    if (button(ui, elder, elder_w, model.elder_mode ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::toggle_elder_mode();
    return action;
}

}  // namespace kiosk::ui
