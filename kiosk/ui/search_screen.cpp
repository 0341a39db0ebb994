// search_screen.cpp — type with the big on-screen keyboard, see results as you type, matches highlighted.
//
// Landscape: the query and keyboard on the left, results on the right. Portrait: query on top, results in the
// middle, keyboard at the bottom. Results arrive from the search worker; the screen only shows what the model holds.
#include <cstdio>

#include "core/strings_zh.h"
#include "input/latin_keyboard.h"
#include "ui/catalog_common.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::vector<Mark> to_marks(const std::vector<core::TextRange>& ranges) {
    std::vector<Mark> out;
    for (const auto& r : ranges) out.push_back({r.begin, r.end});
    return out;
}

constexpr ImU32 kMarkColor = IM_COL32(0xFF, 0xE0, 0x66, 255);  // highlighter yellow; text on it stays dark

bool result_card(Ui& ui, const core::SearchHit& hit, float width) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 1.2f;
    const char* vlabel = validity_label(hit.doc.validity);
    const ImVec2 bsize = badge_size(ui, vlabel);
    const float title_w = width - pad * 3 - bsize.x;
    const float title_h = text_height(ui, FontRole::Body, hit.doc.title, title_w, 2);
    const float snippet_h = hit.snippet.empty() ? 0 : text_height(ui, FontRole::Small, hit.snippet, width - pad * 2, 2);
    std::string meta = hit.doc.doc_no.empty() ? hit.doc.published_date : hit.doc.doc_no + "  ·  " + hit.doc.published_date;
    meta += "  ·  " + hit.doc.issuer;
    const float meta_h = text::line_height(*ui.fonts, FontRole::Small);
    const float h = std::max(t.touch, pad * 1.6f + title_h + meta_h + snippet_h);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    ImGui::PushID(static_cast<int>(hit.doc.id));
    const bool tapped = card_area(ui, "hit", ImVec2(width, h), &pressed, hit.doc.title);
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 1.5f);
    float y = pos.y + pad * 0.8f;
    y += text_at_marked(ui, FontRole::Body, hit.doc.title, t.text, ImVec2(pos.x + pad, y), title_w, 2,
                        to_marks(hit.title_marks), kMarkColor);
    y += text_at(ui, FontRole::Small, meta, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2, 1);
    if (!hit.snippet.empty())
        text_at_marked(ui, FontRole::Small, hit.snippet, t.text, ImVec2(pos.x + pad, y), width - pad * 2, 2,
                       to_marks(hit.snippet_marks), kMarkColor);
    badge(ui, ImVec2(max.x - pad - bsize.x, pos.y + pad), vlabel, validity_color(t, hit.doc.validity));
    ImGui::Dummy(ImVec2(0, t.unit * 0.8f));
    return tapped;
}

}  // namespace

Action draw_search(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    const SearchView& s = model.search;
    const float gap = t.unit * 2;

    // Regions.
    Area field, keyboard, results;
    const float field_h = t.touch * 1.1f;
    if (t.portrait) {
        const float kb_h = input::latin_keyboard_height(ui, area.width());
        field = {area.min, ImVec2(area.max.x, area.min.y + field_h)};
        keyboard = {ImVec2(area.min.x, area.max.y - kb_h), area.max};
        results = {ImVec2(area.min.x, field.max.y + gap), ImVec2(area.max.x, keyboard.min.y - gap)};
    } else {
        const float left_w = area.width() * 0.46f;
        field = {area.min, ImVec2(area.min.x + left_w, area.min.y + field_h)};
        const float kb_h = std::min(input::latin_keyboard_height(ui, left_w), area.height() - field_h - gap);
        keyboard = {ImVec2(area.min.x, area.max.y - kb_h), ImVec2(area.min.x + left_w, area.max.y)};
        results = {ImVec2(area.min.x + left_w + gap, area.min.y), area.max};
    }

    // The query, as typed, in a large field.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(field.min, field.max, t.surface, t.radius);
    dl->AddRect(field.min, field.max, t.primary, t.radius, 0, 3.0f);
    const float fs = ui.fonts->size(FontRole::Heading);
    const ImVec2 text_pos(field.min.x + t.unit * 1.5f, field.min.y + (field.height() - fs * 1.5f) * 0.5f);
    if (s.query.empty()) {
        text_at(ui, FontRole::Body, str::kSearchPlaceholder, t.text_muted,
                ImVec2(text_pos.x, field.min.y + (field.height() - ui.fonts->size(FontRole::Body) * 1.5f) * 0.5f),
                field.width() - t.unit * 3, 1);
    } else {
        text_at(ui, FontRole::Heading, s.query, t.text, text_pos, field.width() - t.unit * 3, 1);
        // A caret after the text, so it is clear where the next letter goes.
        const float cx = std::min(field.max.x - t.unit, text_pos.x + ui.fonts->width(FontRole::Heading, s.query) + 3);
        dl->AddRectFilled(ImVec2(cx, field.min.y + field.height() * 0.2f), ImVec2(cx + 3, field.max.y - field.height() * 0.2f),
                          t.primary);
    }

    const input::KeyPress key = input::draw_latin_keyboard(ui, keyboard);
    if (key.kind == input::KeyPress::Kind::Text) action = Action::search_type(key.text);
    if (key.kind == input::KeyPress::Kind::Backspace) action = Action::search_backspace();
    if (key.kind == input::KeyPress::Kind::Clear) action = Action::search_clear();

    // Results.
    ImGui::SetCursorScreenPos(results.min);
    begin_scroll(ui, "results", ImVec2(results.width(), results.height()));
    const float width = results.width() - t.scrollbar - t.unit;
    const core::SearchResult& r = s.result;
    char line[256];
    if (s.query.empty() || (r.query_empty && !s.pending)) {
        text(ui, FontRole::Body, str::kSearchHelp, t.text_muted, width);
    } else if (s.shown_query != s.query && s.pending) {
        text(ui, FontRole::Body, str::kSearchWorking, t.text_muted, width);
    } else if (r.total == 0) {
        std::snprintf(line, sizeof line, str::kSearchNothingFmt, s.query.c_str());
        text(ui, FontRole::Body, line, t.text, width);
        ImGui::Dummy(ImVec2(0, t.unit));
        std::vector<std::string> labels;
        for (const auto& c : model.catalog.categories) labels.push_back(c.name);
        const int tapped = chip_flow(ui, labels, -1, width);
        if (tapped >= 0) action = Action::browse_category(model.catalog.categories[tapped].name);
    } else {
        std::snprintf(line, sizeof line, r.total_capped ? str::kSearchCountCappedFmt : str::kSearchCountFmt, r.total);
        text(ui, FontRole::Body, line, t.text_muted, width);
        for (const auto& hit : r.hits)
            if (result_card(ui, hit, width)) action = Action::open_document(hit.doc.id);
    }
    ImGui::Dummy(ImVec2(0, t.unit * 2));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
