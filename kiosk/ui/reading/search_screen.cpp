// search_screen.cpp — type with the big on-screen keyboard, see results as you type, matches highlighted.
//
// Landscape: the query and keyboard on the left, results on the right. Portrait: query on top, results in the
// middle, keyboard at the bottom. Results arrive from the search worker; the screen only shows what the model holds.
#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/keyboards/latin_keyboard.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::vector<Mark> to_marks(const std::vector<core::TextRange>& ranges) {
    std::vector<Mark> out;
    for (const auto& r : ranges) out.push_back({r.begin, r.end});
    return out;
}

// A guide or fee item that matched: its name (marked) and a line of detail, tapped as a whole.
// A fee also shows its standard (the amount), which is usually what the reader came for.
bool name_card(Ui& ui, const core::NameHit& hit, float width, ImU32 stripe, const std::string& standard = {}) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 1.2f;
    const float name_h = text_height(ui, FontRole::Body, hit.name, width - pad * 2, 2);
    // The standard in two lines at most: a formula of a paragraph is read whole on the fee list, one tap away.
    const float standard_h = standard.empty() ? 0.0f : text_height(ui, FontRole::Body, standard, width - pad * 2, 2);
    const float h = std::max(t.touch, pad * 1.6f + name_h + standard_h + text::line_height(*ui.fonts, FontRole::Small));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    ImGui::PushID(static_cast<int>(hit.id));
    const bool tapped = card_area(ui, "name", ImVec2(width, h), &pressed, hit.name);
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 1.5f);
    dl->AddRectFilled(pos, ImVec2(pos.x + t.unit * 0.5f, max.y), stripe, t.radius, ImDrawFlags_RoundCornersLeft);
    float y = pos.y + pad * 0.8f;
    y += text_at_marked(ui, FontRole::Body, hit.name, t.text, ImVec2(pos.x + pad, y), width - pad * 2, 2,
                        to_marks(hit.name_marks), kMarkColor);
    if (!standard.empty())
        y += text_at(ui, FontRole::Body, standard, t.accent, ImVec2(pos.x + pad, y), width - pad * 2, 2, TextCut::Preview);
    text_at(ui, FontRole::Small, hit.detail, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2, 1);
    ImGui::Dummy(ImVec2(0, t.unit * 0.8f));
    return tapped;
}

// At 特大 and in 长辈模式 the card's line under the title is only 文号 · date, as in the catalog.
bool result_card(Ui& ui, const core::SearchHit& hit, float width, CardMeta meta) {
    return document_card(ui, hit.doc, width, CardMarks{to_marks(hit.title_marks), hit.snippet, to_marks(hit.snippet_marks)},
                         meta);
}

// The filter panel: category, issuer, years and validity, each a row of chips; a chip applies at once.
Action draw_filter_panel(Ui& ui, const AppModel& model, float width) {
    Action action;
    const Theme& t = ui.theme;
    const SearchView& s = model.search;
    using K = Action::Kind;

    text(ui, FontRole::Heading, str::kCategory, t.text, width);
    std::vector<std::string> labels{str::kAllCategories};
    int selected = 0;
    for (size_t i = 0; i < model.catalog.categories.size(); ++i) {
        labels.push_back(model.catalog.categories[i].name);
        if (model.catalog.categories[i].name == s.category) selected = static_cast<int>(i + 1);
    }
    int tapped = chip_flow(ui, labels, selected, width);
    if (tapped >= 0) action = Action::search_filter(K::SearchFilterCategory, tapped ? labels[tapped] : std::string());

    text(ui, FontRole::Heading, str::kIssuer, t.text, width);
    labels = {str::kAllIssuers};
    selected = 0;
    for (size_t i = 0; i < model.issuers.size(); ++i) {
        labels.push_back(model.issuers[i].name);
        if (model.issuers[i].name == s.issuer) selected = static_cast<int>(i + 1);
    }
    tapped = chip_flow(ui, labels, selected, width);
    if (tapped >= 0) action = Action::search_filter(K::SearchFilterIssuer, tapped ? labels[tapped] : std::string());

    // Years: all, the last 1/3/5 years (ranges), then each year.
    text(ui, FontRole::Heading, str::kYear, t.text, width);
    struct Range { std::string label; int from, to; };
    std::vector<Range> ranges{{str::kAllYears, 0, 0}};
    char buf[32];
    for (int n : {1, 3, 5}) {
        std::snprintf(buf, sizeof buf, str::kLastYearsFmt, n);
        ranges.push_back({buf, model.current_year - n + 1, model.current_year});
    }
    for (const auto& y : model.catalog.years) ranges.push_back({y.name + str::kYearSuffix, std::stoi(y.name), std::stoi(y.name)});
    labels.clear();
    selected = -1;
    for (size_t i = 0; i < ranges.size(); ++i) {
        labels.push_back(ranges[i].label);
        if (ranges[i].from == s.year_from && ranges[i].to == s.year_to && selected < 0) selected = static_cast<int>(i);
    }
    tapped = chip_flow(ui, labels, selected, width);
    if (tapped >= 0)
        action = Action::search_filter(K::SearchFilterYears, {}, ranges[tapped].from, ranges[tapped].to);

    text(ui, FontRole::Heading, str::kValidity, t.text, width);
    if (chip(ui, str::kValidOnly, s.valid_only)) action = Action::search_filter(K::SearchFilterValid);
    ImGui::Dummy(ImVec2(0, t.unit));
    if (button(ui, str::kSearchFiltersDone, std::min(width, t.touch * 3.5f), ButtonKind::Primary))
        action = Action::search_filter(K::SearchToggleFilters);
    return action;
}

// "筛选：社会救助 · 近3年 · 只看有效文件"
std::string filter_summary(const AppModel& model) {
    const SearchView& s = model.search;
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : "  ·  ") + part; };
    if (!s.category.empty()) add(s.category);
    if (!s.issuer.empty()) add(s.issuer);
    if (s.year_from && s.year_from == s.year_to) add(std::to_string(s.year_from) + str::kYearSuffix);
    else if (s.year_from || s.year_to) add(std::to_string(s.year_from) + "—" + std::to_string(s.year_to) + str::kYearSuffix);
    if (s.valid_only) add(str::kValidOnly);
    return str::kSearchFilteredBy + out;
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
        // Ten keys a row, each wide enough for the finger the mode is made for (in 长辈模式 the keys need more of the
        // width; the results keep the rest).
        const float left_w = std::max(area.width() * 0.46f, std::min(area.width() * 0.6f, t.touch * 0.8f * 11));
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

    // The filter row above the results: the 筛选 button, and what is filtered with a way to clear it.
    ImGui::SetCursorScreenPos(results.min);
    using K = Action::Kind;
    if (button(ui, str::kSearchFilters, 0, s.filters_open || s.filtered() ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::search_filter(K::SearchToggleFilters);
    if (s.filtered()) {
        const float clear_w = ui.fonts->width(FontRole::Body, str::kSearchClearFilters) + t.unit * 3;
        ImGui::SetCursorScreenPos(ImVec2(results.max.x - clear_w, results.min.y));
        if (button(ui, str::kSearchClearFilters, clear_w, ButtonKind::Secondary))
            action = Action::search_filter(K::SearchClearFilters);
        const float x0 = results.min.x + ui.fonts->width(FontRole::Body, str::kSearchFilters) + t.unit * 5;
        text_at(ui, FontRole::Small, filter_summary(model), t.text,
                ImVec2(x0, results.min.y + (t.touch - ui.fonts->size(FontRole::Small) * 1.5f) * 0.5f),
                results.max.x - clear_w - x0 - t.unit, 1);
    }
    const float list_top = results.min.y + t.touch + t.unit;

    // Results, or the filter panel in their place.
    ImGui::SetCursorScreenPos(ImVec2(results.min.x, list_top));
    begin_scroll(ui, "results", ImVec2(results.width(), results.max.y - list_top));
    const float width = results.width() - t.scrollbar - t.unit;
    const core::SearchResult& r = s.result;
    const CardMeta meta = model.effective_text_size() == text::TextSize::ExtraLarge ? CardMeta::Short : CardMeta::Full;
    char line[256];
    if (s.filters_open) {
        const Action filter_action = draw_filter_panel(ui, model, width);
        if (filter_action.kind != K::None) action = filter_action;
    } else if (s.query.empty() || (r.query_empty && !s.pending)) {
        text(ui, FontRole::Body, str::kSearchHelp, t.text_muted, width);
    } else if (s.shown_query != s.query && s.pending) {
        text(ui, FontRole::Body, str::kSearchWorking, t.text_muted, width);
    } else if (r.hits.empty() && r.guides.empty() && r.fees.empty()) {  // every tier was searched: nothing anywhere
        std::snprintf(line, sizeof line, str::kSearchNothingFmt, s.query.c_str());
        text(ui, FontRole::Body, line, t.text, width);
        ImGui::Dummy(ImVec2(0, t.unit));
        std::vector<std::string> labels;
        for (const auto& c : model.catalog.categories) labels.push_back(c.name);
        const int tapped = chip_flow(ui, labels, -1, width);
        if (tapped >= 0) action = Action::browse_category(model.catalog.categories[tapped].name);
    } else {
        // Guides and fee items first: someone typing 结婚 most likely wants to know how to register a marriage.
        if (!r.guides.empty()) {
            text(ui, FontRole::Heading, str::kGuidesTitle, t.text, width);
            for (const auto& g : r.guides)
                if (name_card(ui, g, width, t.tile_colors[1])) action = Action::open_guide(g.id);
        }
        if (!r.fees.empty()) {
            text(ui, FontRole::Heading, str::kFeesTitle, t.text, width);
            for (const auto& f : r.fees) {
                const auto fee = std::find_if(model.fees.begin(), model.fees.end(),
                                              [&](const core::FeeStandard& x) { return x.id == f.id; });
                const std::string standard = fee == model.fees.end() ? std::string() : fee_standard_label(*fee);
                if (name_card(ui, f, width, t.tile_colors[2], standard)) action = Action::open_fee(f.id);
            }
        }
        if (!r.guides.empty() || !r.fees.empty()) text(ui, FontRole::Heading, str::kCatalogTitle, t.text, width);
        if (r.total >= 0)
            std::snprintf(line, sizeof line, r.total_capped ? str::kSearchCountCappedFmt : str::kSearchCountFmt, r.total);
        else
            std::snprintf(line, sizeof line, "%s", str::kSearchFound);
        text(ui, FontRole::Body, line, t.text_muted, width);
        for (const auto& hit : r.hits)
            if (result_card(ui, hit, width, meta)) action = Action::open_document(hit.doc.id);
    }
    ImGui::Dummy(ImVec2(0, t.unit * 2));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
