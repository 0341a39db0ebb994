// guide_screens.cpp — 办事指南: the list of matters, and one matter's guide with numbered materials and steps.
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/screens.h"
#include "ui/kit/plain_words.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

// A heading with a coloured bar in front, used for the sections of a guide.
void section_heading(Ui& ui, const char* title, float width) {
    const Theme& t = ui.theme;
    ImGui::Dummy(ImVec2(0, t.unit));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = text::line_height(*ui.fonts, FontRole::Heading);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + h * 0.2f), ImVec2(pos.x + t.unit * 0.5f, pos.y + h * 0.8f),
                                              t.accent);
    text_at(ui, FontRole::Heading, title, t.text, ImVec2(pos.x + t.unit * 1.2f, pos.y), width);
    ImGui::Dummy(ImVec2(width, h));
}

// "1." in a circle, then wrapped text: a numbered list an elderly reader can follow with a finger.
void numbered_item(Ui& ui, int n, const std::string& title, const std::string& detail, float width,
                   const std::string& speech_key) {
    const Theme& t = ui.theme;
    const float fs = ui.fonts->size(FontRole::Body);
    const float lh = text::line_height(*ui.fonts, FontRole::Body);
    const float indent = fs * 1.8f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(pos.x + fs * 0.65f, pos.y + lh * 0.5f);
    dl->AddCircleFilled(c, fs * 0.62f, t.primary);
    char num[8];
    std::snprintf(num, sizeof num, "%d", n);
    const float nw = text::text_width(*ui.fonts, FontRole::Small, num);
    const float ss = ui.fonts->size(FontRole::Small);
    ui.fonts->draw(dl, FontRole::Small, ImVec2(c.x - nw * 0.5f, c.y - ss * 0.55f), t.on_primary, num);
    float h = text_at(ui, FontRole::Body, title, t.text, ImVec2(pos.x + indent, pos.y), width - indent);
    if (!detail.empty())
        h += text_at(ui, FontRole::Small, detail, t.text_muted, ImVec2(pos.x + indent, pos.y + h), width - indent);
    // Said as written: "第1项，身份证。1份，原件，纸质".
    speech_part(ui, speech_key, std::string(str::kSpeakItemPrefix) + std::to_string(n) + str::kSpeakItemSuffix + title +
                                    (detail.empty() ? "" : "。" + detail),
                pos, ImVec2(pos.x + width, pos.y + h));
    ImGui::Dummy(ImVec2(width, h + t.unit * 0.6f));
}

void fact_row(Ui& ui, const char* label, const std::string& value, float width) {
    const Theme& t = ui.theme;
    const float label_w = ui.fonts->size(FontRole::Body) * 6.4f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    text_at(ui, FontRole::Body, label, t.text_muted, pos, label_w);
    const float h = text_at(ui, FontRole::Body, value, t.text, ImVec2(pos.x + label_w, pos.y), width - label_w);
    speech_part(ui, std::string("fact:") + label, std::string(label) + "，" + value, pos, ImVec2(pos.x + width, pos.y + h));
    ImGui::Dummy(ImVec2(width, h));
}

// A section's heading and its text, said together.
void section_text(Ui& ui, const char* key, const char* heading, const std::string& body, float width) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    section_heading(ui, heading, width);
    text(ui, FontRole::Body, body, ui.theme.text, width);
    speech_since(ui, key, std::string(heading) + "。" + body, top.x, top.y + ui.theme.unit, width);
}

}  // namespace

Action draw_guides(Ui& ui, const AppModel& model, Area area) {
    const Theme& t = ui.theme;
    // The search bar on top of every list: words find a guide faster than scrolling.
    Action action;
    ImGui::SetCursorScreenPos(area.min);
    if (search_bar(ui, "guides_search", ImVec2(area.width(), ui.theme.touch * 0.9f))) action = Action::go(Screen::Search);
    const float top = area.min.y + ui.theme.touch * 0.9f + ui.theme.unit;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
    begin_scroll(ui, "guides", ImVec2(area.width(), area.max.y - top));
    const float width = area.width() - t.scrollbar - t.unit;
    // Two columns of cards in landscape, one in portrait.
    const int cols = t.portrait ? 1 : 2;
    const float gap = t.unit * 1.5f;
    const float card_w = (width - gap * (cols - 1)) / cols;
    const float pad = t.unit * 1.2f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float row_y = origin.y;
    for (size_t i = 0; i < model.guides.size(); i += cols) {
        float row_h = t.touch;
        for (size_t j = i; j < i + cols && j < model.guides.size(); ++j) {
            const auto& g = model.guides[j];
            row_h = std::max(row_h, pad * 2 + text_height(ui, FontRole::Heading, g.name, card_w - pad * 2) +
                                        text_height(ui, FontRole::Small, g.kind + "  ·  " + g.agency, card_w - pad * 2));
        }
        for (size_t j = i; j < i + cols && j < model.guides.size(); ++j) {
            const auto& g = model.guides[j];
            const ImVec2 pos(origin.x + (j - i) * (card_w + gap), row_y);
            ImGui::SetCursorScreenPos(pos);
            bool pressed = false;
            ImGui::PushID(static_cast<int>(g.id));
            if (card_area(ui, "guide", ImVec2(card_w, row_h), &pressed, g.name)) action = Action::open_guide(g.id);
            ImGui::PopID();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImVec2 max(pos.x + card_w, pos.y + row_h);
            dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
            dl->AddRect(pos, max, t.border, t.radius, 0, 1.5f);
            dl->AddRectFilled(pos, ImVec2(pos.x + t.unit * 0.5f, max.y), t.tile_colors[1], t.radius, ImDrawFlags_RoundCornersLeft);
            const float h = text_at(ui, FontRole::Heading, g.name, t.text, ImVec2(pos.x + pad, pos.y + pad), card_w - pad * 2);
            text_at(ui, FontRole::Small, g.kind + "  ·  " + g.agency, t.text_muted,
                    ImVec2(pos.x + pad, pos.y + pad + h), card_w - pad * 2);
            speech_part(ui, "guide:" + std::to_string(g.id), g.name + "。" + g.agency, pos, max);
        }
        row_y += row_h + gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, row_y));
    ImGui::Dummy(ImVec2(width, t.unit));
    end_scroll(ui);
    return action;
}

Action draw_guide(Ui& ui, const AppModel& model, Area area) {
    const Theme& t = ui.theme;
    if (!model.guide.guide) return Action::back();
    const core::Guide& g = *model.guide.guide;
    ImGui::SetCursorScreenPos(area.min);
    begin_scroll(ui, "guide", ImVec2(area.width(), area.height()));
    const float width = area.width() - t.scrollbar - t.unit * 2;

    Action action;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    text(ui, FontRole::Heading, g.name, t.text, width);
    const std::string kind_line = g.kind + "  ·  " + g.agency;
    text(ui, FontRole::Small, kind_line, t.text_muted, width);
    // The matter's name is the page's title: said first even when the reader has scrolled down to the materials.
    speech_since(ui, "heading", g.name + "。" + g.agency, top.x, top.y, width, true);
    if (str::plain_word(g.kind.c_str())) {
        // 行政给付 and its kind are words of the law, not of the village: 这是什么？ right after the line that names
        // it. The pill is taller than the line; it reaches up beside the title's last line rather than pushing the
        // guide's facts down. When that would touch the title or the line wraps, it gets a row of its own.
        const ImVec2 after = ImGui::GetCursorScreenPos();
        const ImVec2 ws = what_is_this_size(ui);
        const auto title_lines = text::wrap_text(*ui.fonts, FontRole::Heading, g.name, width);
        const auto kind_lines = text::wrap_text(*ui.fonts, FontRole::Small, kind_line, width);
        const float kind_bottom = after.y - ImGui::GetStyle().ItemSpacing.y;
        const float title_end = title_lines.empty() ? 0.0f : title_lines.back().width;
        const float x = std::max(title_end, kind_lines.empty() ? 0.0f : kind_lines.back().width) + t.unit;
        const bool beside = kind_lines.size() == 1 && x + ws.x <= width;
        ImGui::SetCursorScreenPos(beside ? ImVec2(after.x + x, kind_bottom - ws.y) : after);
        if (what_is_this(ui, "guide_kind")) action = Action::explain(g.kind);
        if (beside) ImGui::SetCursorScreenPos(after);
    }

    // Key facts first: how long, how much, how many visits, where, when, whom to call.
    char buf[128];
    std::string deadline;
    std::snprintf(buf, sizeof buf, str::kGuideLegalDaysFmt, g.legal_days);
    deadline = buf;
    if (g.promised_days == 0) {
        deadline += "；" + std::string(str::kGuideImmediate);
    } else {
        std::snprintf(buf, sizeof buf, str::kGuidePromisedDaysFmt, g.promised_days);
        deadline += "；" + std::string(buf);
    }
    std::string visits;
    if (g.visits == 0) visits = str::kGuideNoVisit;
    else { std::snprintf(buf, sizeof buf, str::kGuideVisitsFmt, g.visits); visits = buf; }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 box = ImGui::GetCursorScreenPos();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(box.x + t.unit, box.y + t.unit));
    const float inner = width - t.unit * 2;
    ImGui::Indent(t.unit);  // rows after the first start at the window's indent, not where the first was put
    fact_row(ui, str::kGuideDeadline, deadline, inner);
    fact_row(ui, str::kGuideFee, g.charged ? g.fee : std::string(str::kGuideFree), inner);
    if (g.visits >= 0) fact_row(ui, str::kGuideVisits, visits, inner);
    fact_row(ui, str::kGuidePlace, g.place, inner);
    fact_row(ui, str::kGuideHours, g.hours, inner);
    fact_row(ui, str::kGuidePhone, g.phone, inner);
    ImGui::Unindent(t.unit);
    const float bottom = ImGui::GetCursorScreenPos().y + t.unit;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(box, ImVec2(box.x + width, bottom), t.surface, t.radius);
    dl->AddRect(box, ImVec2(box.x + width, bottom), t.border, t.radius, 0, 1.5f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(box.x, bottom + t.unit));

    section_text(ui, "conditions", str::kGuideConditions, g.conditions, width);

    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        section_heading(ui, str::kGuideMaterials, width);
        speech_since(ui, "materials", str::kGuideMaterials, at.x, at.y + t.unit, width);
    }
    for (const auto& m : g.materials) {
        std::snprintf(buf, sizeof buf, str::kMaterialCopiesFmt, m.copies);
        std::string detail = std::string(buf) + "，" + m.original_or_copy + "，" + m.medium;
        if (!m.note.empty()) detail += "。" + m.note;
        numbered_item(ui, m.ordinal, m.name, detail, width, "material:" + std::to_string(m.ordinal));
    }

    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        section_heading(ui, str::kGuideSteps, width);
        speech_since(ui, "steps", str::kGuideSteps, at.x, at.y + t.unit, width);
    }
    for (const auto& s : g.steps)
        numbered_item(ui, s.ordinal, s.name, s.description, width, "step:" + std::to_string(s.ordinal));

    section_text(ui, "basis", str::kGuideBasis, g.basis, width);
    if (!g.progress.empty()) section_text(ui, "progress", str::kGuideProgress, g.progress, width);
    section_text(ui, "complaint", str::kGuideComplaintPhone, g.complaint_phone, width);
    ImGui::Dummy(ImVec2(0, t.unit * 4));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
