// page_screens.cpp — the simple reading screens: the disclosure guide and notices.
#include "core/base/strings_zh.h"
#include "ui/screens.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

void draw_text_block(Ui& ui, text::TextBlock& block, float width, const char* speech_prefix) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = block.layout(*ui.fonts, width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    block.draw(dl, *ui.fonts, pos.x, pos.y, clip_min.y, clip_max.y, text::TextColors{t.text, t.accent, t.primary},
               [&](std::string_view s, float x0, float y0, float x1, float y1) {
                   ui.probe->record(std::string(s), ImVec2(x0, y0), ImVec2(x1, y1), clip_min, clip_max, false);
               });
    offer_text_block(ui, block, pos, width, speech_prefix);
    ImGui::Dummy(ImVec2(width, h));
}

}  // namespace

void offer_text_block(Ui& ui, const text::TextBlock& block, ImVec2 pos, float width, const char* key_prefix) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const auto& b : block.visible_blocks(*ui.fonts, pos.y, dl->GetClipRectMin().y, dl->GetClipRectMax().y))
        speech_part(ui, key_prefix + std::to_string(b.index), std::string(b.text), ImVec2(pos.x, b.top),
                    ImVec2(pos.x + width, b.bottom));
}

const char* screen_title(Screen screen) {
    switch (screen) {
        case Screen::Home: return str::kProductName;
        case Screen::Catalog: return str::kCatalogTitle;
        case Screen::Document: return str::kCatalogTitle;
        case Screen::Guides: return str::kGuidesTitle;
        case Screen::Guide: return str::kGuidesTitle;
        case Screen::Fees: return str::kFeesTitle;
        case Screen::Apply: return str::kApplyTitle;
        case Screen::DisclosureGuide: return str::kDisclosureGuideTitle;
        case Screen::Notices: return str::kNoticesTitle;
        case Screen::Search: return str::kSearchTitle;
    }
    return str::kProductName;
}

Action draw_disclosure_guide(Ui& ui, AppModel& model, Area area) {
    ImGui::SetCursorScreenPos(area.min);
    begin_scroll(ui, "disclosure_guide", ImVec2(area.width(), area.height()));
    draw_text_block(ui, model.disclosure_guide, area.width() - ui.theme.scrollbar - ui.theme.unit * 2, "para:");
    ImGui::Dummy(ImVec2(0, ui.theme.unit * 4));
    end_scroll(ui);
    return {};
}

Action draw_notices(Ui& ui, const AppModel& model, Area area) {
    const Theme& t = ui.theme;
    ImGui::SetCursorScreenPos(area.min);
    begin_scroll(ui, "notices", ImVec2(area.width(), area.height()));
    const float width = area.width() - t.scrollbar - t.unit * 2;
    if (model.notices.empty()) text(ui, FontRole::Body, str::kNoNotices, t.text, width);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = t.unit * 1.2f;
    for (const auto& n : model.notices) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        float y = pos.y + pad;
        y += text_at(ui, FontRole::Heading, n.title, t.text, ImVec2(pos.x + pad, y), width - pad * 2);
        y += text_at(ui, FontRole::Small, n.published_date, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2);
        y += text_at(ui, FontRole::Body, n.body, t.text, ImVec2(pos.x + pad, y), width - pad * 2);
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(pos, ImVec2(pos.x + width, y + pad), t.surface, t.radius);
        dl->AddRect(pos, ImVec2(pos.x + width, y + pad), t.border, t.radius, 0, 1.5f);
        dl->ChannelsMerge();
        speech_part(ui, "notice:" + std::to_string(n.id), n.title + "。" + n.body, pos, ImVec2(pos.x + width, y + pad));
        ImGui::Dummy(ImVec2(width, y + pad - pos.y + t.unit));
    }
    ImGui::Dummy(ImVec2(0, t.unit * 4));
    end_scroll(ui);
    return {};
}

bool search_bar(Ui& ui, const char* id, ImVec2 size) {
    const Theme& t = ui.theme;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    const bool tapped = card_area(ui, id, size, &pressed, str::kSearch);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, size.y * 0.5f);
    dl->AddRect(pos, max, t.primary, size.y * 0.5f, 0, 3.0f);
    // A magnifying glass, then the hint.
    const float r = size.y * 0.2f;
    const ImVec2 c(pos.x + size.y * 0.55f, pos.y + size.y * 0.45f);
    dl->AddCircle(c, r, t.primary, 24, 3.5f);
    dl->AddLine(ImVec2(c.x + r * 0.7f, c.y + r * 0.7f), ImVec2(c.x + r * 1.6f, c.y + r * 1.6f), t.primary, 5.0f);
    // The hint whole, never cut: with big text the example (dibao, db) gives way, then all but 搜索文件.
    const float fs = ui.fonts->size(FontRole::Body);
    const float hint_w = size.x - size.y * 1.3f;
    const char* hint = str::kSearchBarHint;
    for (const char* h : {str::kSearchBarHint, str::kSearchBarHintShort, str::kSearch}) {
        hint = h;
        if (text::text_width(*ui.fonts, FontRole::Body, h) <= hint_w) break;
    }
    text_at(ui, FontRole::Body, hint, t.text_muted, ImVec2(pos.x + size.y * 1.0f, pos.y + (size.y - fs * 1.5f) * 0.5f),
            hint_w, 1);
    return tapped;
}

void draw_startup_failure(Ui& ui, const std::string& detail) {
    const Theme& t = ui.theme;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(t.screen);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.page_bg));
    ImGui::Begin("startup_failure", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    const float width = std::min(t.screen.x * 0.8f, ui.fonts->size(FontRole::Body) * 32);
    const float x = (t.screen.x - width) * 0.5f;
    float y = t.screen.y * 0.25f;
    draw_icon(ImGui::GetWindowDrawList(), Icon::Info, ImVec2(t.screen.x * 0.5f, y), t.touch * 1.2f, t.accent);
    y += t.touch * 1.2f;
    y += text_at(ui, FontRole::Heading, str::kStartupFailedTitle, t.text, ImVec2(x, y), width);
    y += text_at(ui, FontRole::Body, str::kStartupFailedBody, t.text, ImVec2(x, y), width) + t.unit * 2;
    text_at(ui, FontRole::Small, detail, t.text_muted, ImVec2(x, y), width);
    ImGui::End();
    ImGui::PopStyleColor();
}

// draw_apply, the request form, is in apply_screen.cpp.

}  // namespace kiosk::ui
