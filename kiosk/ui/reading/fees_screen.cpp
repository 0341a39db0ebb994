// fees_screen.cpp — fee and subsidy standards, grouped by category: a table in landscape, stacked rows in portrait.
#include <algorithm>
#include <string>
#include <vector>

#include "core/base/strings_zh.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::string basis_of(const core::FeeStandard& f) {
    std::string s = std::string(str::kFeeBasis) + "：" + f.basis;
    if (!f.approver.empty()) s += "；" + std::string(str::kFeeApprover) + "：" + f.approver;
    if (!f.effective_date.empty()) s += "；" + std::string(str::kFeeEffective) + "：" + f.effective_date;
    if (!f.note.empty()) s += "；" + std::string(str::kFeeNote) + "：" + f.note;
    return s;
}

}  // namespace

Action draw_fees(Ui& ui, const AppModel& model, Area area) {
    const Theme& t = ui.theme;
    // The search bar on top of every list: words find a fee faster than scrolling.
    Action action;
    ImGui::SetCursorScreenPos(area.min);
    if (search_bar(ui, "fees_search", ImVec2(area.width(), ui.theme.touch * 0.9f))) action = Action::go(Screen::Search);
    float top = area.min.y + ui.theme.touch * 0.9f + ui.theme.unit;

    // The index: one chip per 类别, in the list's order; a tap brings that 类别 to the top. It stays above the list
    // so a reader deep in one 类别 can jump to another without scrolling back.
    std::vector<std::string> categories;
    for (const auto& f : model.fees)
        if (categories.empty() || categories.back() != f.category) categories.push_back(f.category);
    if (categories.size() > 1) {
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
        const int selected = static_cast<int>(
            std::find(categories.begin(), categories.end(), model.fees_view.category) - categories.begin());
        const int tapped = chip_flow(ui, categories, selected, area.width());
        if (tapped >= 0) action = Action::jump_fee_category(categories[tapped]);
        top += chip_flow_height(ui, categories, area.width());
    }

    // Opening at an item or a 类别: the target's place is known only once the list is laid out, and ImGui applies
    // a scroll within the content it measured the frame before, so it is set again for a few frames.
    if (ui.scroll_reset) ui.place_frames = model.fees_view.highlight || !model.fees_view.category.empty() ? 3 : 0;
    float target_y = -1;

    ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
    begin_scroll(ui, "fees", ImVec2(area.width(), area.max.y - top));
    const float width = area.width() - t.scrollbar - t.unit * 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = t.unit;
    const std::string* current = nullptr;
    bool shaded = false;
    // A table needs about forty characters of width; with less (portrait, or the largest text) rows stack.
    const bool stacked = t.portrait || width < ui.fonts->size(FontRole::Body) * 40;
    for (const auto& f : model.fees) {
        if (!current || *current != f.category) {
            current = &f.category;
            ImGui::Dummy(ImVec2(0, t.unit));
            if (target_y < 0 && model.fees_view.category == f.category) target_y = ImGui::GetCursorPosY();
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float h = text::line_height(*ui.fonts, FontRole::Heading) + pad;
            dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.primary, t.radius, ImDrawFlags_RoundCornersTop);
            text_at(ui, FontRole::Heading, f.category, t.on_primary, ImVec2(pos.x + pad, pos.y + pad * 0.5f), width - pad * 2);
            speech_part(ui, "fee_category:" + f.category, f.category, pos, ImVec2(pos.x + width, pos.y + h));
            ImGui::Dummy(ImVec2(width, h));
            if (!stacked) {
                // Column heads, so a reader knows which number is the standard and which text is its basis.
                const ImVec2 hp = ImGui::GetCursorScreenPos();
                const float item_w = width * 0.34f, std_w = width * 0.26f;
                text_at(ui, FontRole::Small, str::kFeeItem, t.text_muted, ImVec2(hp.x + pad, hp.y), item_w);
                text_at(ui, FontRole::Small, str::kFeeStandard, t.text_muted, ImVec2(hp.x + item_w, hp.y), std_w);
                text_at(ui, FontRole::Small, str::kFeeBasis, t.text_muted, ImVec2(hp.x + item_w + std_w, hp.y), std_w);
                ImGui::Dummy(ImVec2(width, text::line_height(*ui.fonts, FontRole::Small)));
            }
            shaded = false;
        }
        const std::string standard = fee_standard_label(f);
        const std::string basis = basis_of(f);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        // The item a search found: marked so the eye lands on it after the jump.
        const bool found = model.fees_view.highlight == f.id;
        if (found && target_y < 0 && model.fees_view.category.empty()) target_y = ImGui::GetCursorPosY() - t.unit;
        float h;
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        if (stacked) {
            float y = pos.y + pad;
            y += text_at(ui, FontRole::Body, f.item, t.text, ImVec2(pos.x + pad, y), width - pad * 2);
            // An amount is the thing people look for, so it is large; a text-only standard reads as a sentence.
            y += text_at(ui, f.amount ? FontRole::Heading : FontRole::Body, standard, f.amount ? t.accent : t.text,
                         ImVec2(pos.x + pad, y), width - pad * 2);
            y += text_at(ui, FontRole::Small, basis, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2);
            h = y - pos.y + pad;
        } else {
            const float item_w = width * 0.34f, std_w = width * 0.26f, basis_w = width - item_w - std_w;
            const float h1 = text_at(ui, FontRole::Body, f.item, t.text, ImVec2(pos.x + pad, pos.y + pad), item_w - pad * 2);
            const float h2 = text_at(ui, FontRole::Body, standard, f.amount ? t.accent : t.text,
                                     ImVec2(pos.x + item_w, pos.y + pad), std_w - pad);
            const float h3 = text_at(ui, FontRole::Small, basis, t.text_muted,
                                     ImVec2(pos.x + item_w + std_w, pos.y + pad), basis_w - pad);
            h = std::max({h1, h2, h3}) + pad * 2;
        }
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h),
                          found ? t.notice_bg : shaded ? IM_COL32(0xEC, 0xE8, 0xDE, 255) : t.surface);
        dl->AddLine(ImVec2(pos.x, pos.y + h), ImVec2(pos.x + width, pos.y + h), t.border, 1.5f);
        if (found) dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), t.primary, t.radius, 0, 4.0f);
        dl->ChannelsMerge();
        // The item with its amount: what a villager came to hear ("高龄津贴，每人每月100元").
        speech_part(ui, "fee:" + std::to_string(f.id), f.item + "，" + standard, pos, ImVec2(pos.x + width, pos.y + h));
        ImGui::Dummy(ImVec2(width, h));
        shaded = !shaded;
    }
    // Room below the last 类别, so that it too can be brought to the top.
    ImGui::Dummy(ImVec2(0, model.fees_view.highlight || !model.fees_view.category.empty() ? area.height() : t.unit * 4));
    if (ui.place_frames > 0 && target_y >= 0) {
        ImGui::SetScrollY(std::max(0.0f, target_y));
        --ui.place_frames;
        ui.animating = true;
    }
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
