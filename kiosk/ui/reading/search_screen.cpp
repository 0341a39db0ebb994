// search_screen.cpp — put in what to find with the same keyboard as the request form's fields (拼音 / 手写 / ABC / 123),
// see results as each character or word goes in, matches highlighted.
//
// Landscape: the query, the tabs and the keyboard on the left, results on the right. Portrait: query on top, results
// in the middle, the tabs and keyboard at the bottom. Results arrive from the search worker; the screen only shows
// what the model holds.
#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/keyboards/handwriting_panel.h"
#include "ui/keyboards/keyboard_panel.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::vector<Mark> to_marks(const std::vector<core::TextRange>& ranges) {
    std::vector<Mark> out;
    for (const auto& r : ranges) out.push_back({r.begin, r.end});
    return out;
}

// A guide or fee item that matched: its name (marked) and its detail, tapped as a whole.
// A fee also shows its standard (the amount), which is usually what the reader came for.
bool name_card(Ui& ui, const core::NameHit& hit, float width, ImU32 stripe, const std::string& standard = {}) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 1.2f;
    const float name_h = text_height(ui, FontRole::Body, hit.name, width - pad * 2, 2);
    // The standard in two lines at most: a formula of a paragraph is read whole on the fee list, one tap away.
    const float standard_h = standard.empty() ? 0.0f : text_height(ui, FontRole::Body, standard, width - pad * 2, 2);
    // The detail whole: an agency can be long (石桥镇人民政府（受安澜县民政局委托审核确认）) and says who to go to.
    const float detail_h = text_height(ui, FontRole::Small, hit.detail, width - pad * 2, 3);
    const float h = std::max(t.touch, pad * 1.6f + name_h + standard_h + detail_h);
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
    text_at(ui, FontRole::Small, hit.detail, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2, 3);
    speech_part(ui, std::string(standard.empty() ? "guide:" : "fee:") + std::to_string(hit.id),
                hit.name + (standard.empty() ? "" : "，" + standard) + "。" + hit.detail, pos, max);
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

// A search has no rare name characters to build from parts: 部件 is for the form's name fields.
const std::vector<InputMode> kSearchTabs{InputMode::Pinyin, InputMode::Handwriting, InputMode::Latin, InputMode::Digits};

// The keyboard's height in portrait, under the results: what the tab shown needs, the rest left to the results.
// 手写 asks for a writing box four finger-widths across (beside its candidates where they fit, else above them).
float portrait_keyboard_height(const Ui& ui, InputMode mode, float width) {
    const Theme& t = ui.theme;
    switch (mode) {
        case InputMode::Handwriting:
            if (keyboard_panel(mode)) return handwriting_panel_height(ui, width, std::min(width, t.touch * 4));
            break;
        case InputMode::Digits: return t.touch * 4.4f + t.unit * 3;  // four rows of big keys
        default: break;
    }
    // The 拼音 candidates (two rows) over four rows of keys; ABC's five rows and its symbols fit the same.
    return t.touch * 6.0f + t.unit * 3;
}

// The left column's width in landscape: ten keys across, or the 手写 box (four finger-widths, at most as high as
// there is) beside candidates as big as the form's, whichever is wider — but the results keep 40 % of the width.
float landscape_input_width(const Ui& ui, float width, float panel_h) {
    const Theme& t = ui.theme;
    const float keys = t.touch * 0.8f * 11;
    const float writing = handwriting_panel_width(ui, std::min(panel_h, t.touch * 4));
    return std::clamp(std::max(keys, writing), width * 0.46f, width * 0.6f);
}

// The query as put in, and after it the pinyin letters being composed, underlined (not yet a word: a tap on a
// candidate makes them one); the end stays in view. An empty field says where to put the query in.
void draw_field(Ui& ui, const SearchView& s, Area field) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(field.min, field.max, t.surface, t.radius);
    dl->AddRect(field.min, field.max, t.primary, t.radius, 0, 3.0f);
    const float pad = t.unit * 1.5f;
    const float inner_w = field.width() - pad * 2 - t.unit;
    if (s.query.empty() && s.composing.empty()) {
        const char* hint = str::kSearchPlaceholderShort;
        for (const char* h : {str::kSearchPlaceholder, str::kSearchPlaceholderShort}) {
            hint = h;
            if (text::text_width(*ui.fonts, FontRole::Body, h) <= inner_w) break;
        }
        text_at(ui, FontRole::Body, hint, t.text_muted,
                ImVec2(field.min.x + pad, field.min.y + (field.height() - text::line_height(*ui.fonts, FontRole::Body)) * 0.5f),
                inner_w, 1);
        return;
    }
    const FontRole role = FontRole::Heading;
    const std::string shown = end_in_view(ui, role, s.query + s.composing, inner_w, 1);
    const float line = text::line_height(*ui.fonts, role);
    const ImVec2 pos(field.min.x + pad, field.min.y + (field.height() - line) * 0.5f);
    text_at(ui, role, shown, t.text, pos, inner_w, 1);
    const float end_x = pos.x + std::min(inner_w, ui.fonts->width(role, shown));
    if (!s.composing.empty()) {
        const float start_x = std::max(pos.x, end_x - ui.fonts->width(role, s.composing));
        const float y = pos.y + line * 0.92f;
        dl->AddLine(ImVec2(start_x, y), ImVec2(end_x, y), t.primary, 3.0f);
    }
    // A caret after the text, so it is clear where the next character goes.
    const float cx = std::min(field.max.x - t.unit, end_x + 3);
    dl->AddRectFilled(ImVec2(cx, field.min.y + field.height() * 0.2f), ImVec2(cx + 3, field.max.y - field.height() * 0.2f),
                      t.primary);
}

// 您是不是要找「低保」？ — a line as wide as the list, tapped as a whole.
bool did_you_mean(Ui& ui, const std::string& line, float width) {
    const Theme& t = ui.theme;
    const float pad = t.unit;
    const float h = std::max(t.touch, text_height(ui, FontRole::Body, line, width - pad * 2) + pad * 2);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    const bool tapped = card_area(ui, "did_you_mean", ImVec2(width, h), &pressed, line);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(pos, max, t.primary, t.radius, 0, 3.0f);
    const float text_h = text_height(ui, FontRole::Body, line, width - pad * 2);
    text_at(ui, FontRole::Body, line, t.primary, ImVec2(pos.x + pad, pos.y + (h - text_h) * 0.5f), width - pad * 2);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));
    return tapped;
}

// Documents that hold most of the query, not all of it: said above them, on the notice colour.
void partial_notice(Ui& ui, float width) {
    const Theme& t = ui.theme;
    const float pad = t.unit;
    const float h = text_height(ui, FontRole::Body, str::kSearchPartial, width - pad * 2) + pad * 2;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.notice_bg, t.radius);
    text_at(ui, FontRole::Body, str::kSearchPartial, t.notice_text, ImVec2(pos.x + pad, pos.y + pad), width - pad * 2);
    ImGui::Dummy(ImVec2(width, h + t.unit * 0.5f));
}

}  // namespace

Action draw_search(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    const SearchView& s = model.search;
    const float gap = t.unit * 2;
    const InputKeyboard keyboard{kSearchTabs, s.mode};

    // Regions.
    Area field, panel, results;
    ImVec2 tabs_at;
    float tabs_w;
    const ImVec2 tabs = input_tabs_size(ui, keyboard.tabs);
    if (t.portrait) {
        const float field_h = t.touch * 1.1f;
        const float tabs_h = input_tabs_height(ui, keyboard.tabs, area.width());
        const float panel_h = std::min(portrait_keyboard_height(ui, s.mode, area.width()), area.height() * 0.62f);
        field = {area.min, ImVec2(area.max.x - button_fit_width(ui, str::kSearchFilters) - t.unit, area.min.y + field_h)};
        panel = {ImVec2(area.min.x, area.max.y - panel_h), area.max};
        tabs_at = ImVec2(area.min.x, panel.min.y - tabs_h);
        tabs_w = area.width();
        results = {ImVec2(area.min.x, field.max.y + gap), ImVec2(area.max.x, tabs_at.y - t.unit)};
        // While filters are chosen the keys are not wanted: the filter panel takes their place too.
        if (s.filters_open) results.max.y = area.max.y;
    } else {
        // The tabs beside the field, where they cost no height: with big text the candidates and four rows of keys
        // need all the height under it (as in the form's editor).
        const float row_h = std::max(t.touch * 1.1f, tabs.y);
        const float panel_h = area.height() - row_h - t.unit;
        const float left_w = landscape_input_width(ui, area.width(), panel_h);
        field = {area.min, ImVec2(area.min.x + left_w - tabs.x - t.unit, area.min.y + row_h)};
        tabs_at = ImVec2(area.min.x + left_w - tabs.x, area.min.y + (row_h - tabs.y) * 0.5f);
        tabs_w = tabs.x + 1.0f;
        panel = {ImVec2(area.min.x, field.max.y + t.unit), ImVec2(area.min.x + left_w, area.max.y)};
        results = {ImVec2(area.min.x + left_w + gap, area.min.y), area.max};
    }

    draw_field(ui, s, field);
    // Each character or word put in searches at once, and so does each pinyin letter: the search reads pinyin too.
    KeyboardInput typed;
    if (!(t.portrait && s.filters_open)) typed = draw_input_keyboard(ui, keyboard, tabs_at, tabs_w, panel);
    const std::string letters = composing_text(s.mode);
    if (typed.switch_to) action = Action::search_set_mode(*typed.switch_to);
    else if (!typed.typed.commit.empty()) action = Action::search_type(typed.typed.commit);
    else if (typed.typed.backspace) action = Action::search_backspace();
    else if (typed.typed.clear) action = Action::search_clear();
    else if (letters != s.composing) action = Action::search_compose(letters);

    // The 筛选 button: in portrait at the end of the field's row (the results keep the row it would take), in
    // landscape above the results. When filtered, what is filtered and a way to clear it, above the results.
    using K = Action::Kind;
    const float filter_w = button_fit_width(ui, str::kSearchFilters);
    ImGui::SetCursorScreenPos(t.portrait ? ImVec2(area.max.x - filter_w, field.min.y + (field.height() - t.touch) * 0.5f)
                                         : results.min);
    if (button(ui, str::kSearchFilters, filter_w, s.filters_open || s.filtered() ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::search_filter(K::SearchToggleFilters);
    float row_h = t.portrait ? 0.0f : t.touch;
    if (s.filtered()) {
        const float clear_w = ui.fonts->width(FontRole::Body, str::kSearchClearFilters) + t.unit * 3;
        ImGui::SetCursorScreenPos(ImVec2(results.max.x - clear_w, results.min.y));
        if (button(ui, str::kSearchClearFilters, clear_w, ButtonKind::Secondary))
            action = Action::search_filter(K::SearchClearFilters);
        const float x0 = t.portrait ? results.min.x
                                    : results.min.x + ui.fonts->width(FontRole::Body, str::kSearchFilters) + t.unit * 5;
        // Whole, on as many lines as it takes: what is filtered out is as much a part of the answer as the list.
        const std::string summary = filter_summary(model);
        const float summary_w = results.max.x - clear_w - x0 - t.unit;
        const float summary_h = text_height(ui, FontRole::Small, summary, summary_w);
        row_h = std::max(t.touch, summary_h);
        text_at(ui, FontRole::Small, summary, t.text, ImVec2(x0, results.min.y + (t.touch - std::min(t.touch, summary_h)) * 0.5f),
                summary_w);
    }
    const float list_top = results.min.y + (row_h > 0 ? row_h + t.unit : 0.0f);

    // Results, or the filter panel in their place.
    ImGui::SetCursorScreenPos(ImVec2(results.min.x, list_top));
    begin_scroll(ui, "results", ImVec2(results.width(), results.max.y - list_top));
    const float width = results.width() - t.scrollbar - t.unit;
    const core::SearchResult& r = s.result;
    const std::string searched = s.searched();
    const CardMeta meta = model.effective_text_size() == text::TextSize::ExtraLarge ? CardMeta::Short : CardMeta::Full;
    char line[256];
    if (s.filters_open) {
        const Action filter_action = draw_filter_panel(ui, model, width);
        if (filter_action.kind != K::None) action = filter_action;
    } else if (searched.empty() || (r.query_empty && !s.pending)) {
        text(ui, FontRole::Body, str::kSearchHelp, t.text_muted, width);
    } else if (s.shown_query != searched && s.pending) {
        text(ui, FontRole::Body, str::kSearchWorking, t.text_muted, width);
    } else if (r.hits.empty() && r.guides.empty() && r.fees.empty()) {  // every tier was searched: nothing anywhere
        std::snprintf(line, sizeof line, str::kSearchNothingFmt, searched.c_str());
        text(ui, FontRole::Body, line, t.text, width);
        ImGui::Dummy(ImVec2(0, t.unit));
        std::vector<std::string> labels;
        for (const auto& c : model.catalog.categories) labels.push_back(c.name);
        const int tapped = chip_flow(ui, labels, -1, width);
        if (tapped >= 0) action = Action::browse_category(model.catalog.categories[tapped].name);
    } else {
        // The pinyin as put in found nothing, and these are the results for the word it most likely meant: say so,
        // and a tap puts that word in the field.
        if (!r.did_you_mean.empty()) {
            std::snprintf(line, sizeof line, str::kSearchDidYouMeanFmt, r.did_you_mean.c_str());
            if (did_you_mean(ui, line, width)) action = Action::search_replace(r.did_you_mean);
        }
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
        if (r.partial && !r.hits.empty()) partial_notice(ui, width);
        for (const auto& hit : r.hits)
            if (result_card(ui, hit, width, meta)) action = Action::open_document(hit.doc.id);
    }
    ImGui::Dummy(ImVec2(0, t.unit * 2));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
