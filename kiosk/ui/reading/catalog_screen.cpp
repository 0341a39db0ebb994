// catalog_screen.cpp — the disclosure catalog: filters by 主题分类 and year, a page of documents, a pager.
//
// Pages of 20 rather than one endless list: an elderly reader can say "I was on page 3", and the pager buttons are
// easier than a long fling. Each page still scrolls by finger.
#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

// The chips of the filter set on show, and which one is selected (0 = 全部).
std::vector<std::string> filter_labels(const CatalogView& c, int* selected) {
    std::vector<std::string> labels;
    *selected = 0;
    if (!c.year_filter_shown) {
        labels.push_back(str::kAllCategories);
        for (size_t i = 0; i < c.categories.size(); ++i) {
            labels.push_back(c.categories[i].name + " " + std::to_string(c.categories[i].count));
            if (c.categories[i].name == c.filter.category) *selected = static_cast<int>(i + 1);
        }
    } else {
        labels.push_back(str::kAllYears);
        for (size_t i = 0; i < c.years.size(); ++i) {
            labels.push_back(c.years[i].name + str::kYearSuffix + " " + std::to_string(c.years[i].count));
            if (std::to_string(c.filter.year) == c.years[i].name) *selected = static_cast<int>(i + 1);
        }
    }
    return labels;
}

float filters_height(const Ui& ui, const CatalogView& c, float width) {
    int selected = 0;
    return ui.theme.touch + ui.theme.unit * 1.5f + chip_flow_height(ui, filter_labels(c, &selected), width);
}

// The filter panel shows one set of chips at a time, categories or years, behind two large tabs: both sets at once
// do not fit beside the list, and a panel that must be scrolled to find the years hides them from most people.
Action draw_filters(Ui& ui, const CatalogView& c, float width) {
    Action action;
    const Theme& t = ui.theme;
    const float tab_w = (width - t.unit) * 0.5f;
    if (button(ui, str::kByCategory, tab_w, c.year_filter_shown ? ButtonKind::Secondary : ButtonKind::Primary))
        action = Action::show_year_filter(false);
    ImGui::SameLine(0, t.unit);
    if (button(ui, str::kByYear, tab_w, c.year_filter_shown ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::show_year_filter(true);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));

    int selected = 0;
    const std::vector<std::string> labels = filter_labels(c, &selected);
    const int tapped = chip_flow(ui, labels, selected, width);
    if (tapped >= 0 && !c.year_filter_shown)
        action = Action::set_category(tapped == 0 ? std::string() : c.categories[tapped - 1].name);
    if (tapped >= 0 && c.year_filter_shown)
        action = Action::set_year(tapped == 0 ? 0 : std::stoi(c.years[tapped - 1].name));
    return action;
}

// "年度报告 · 2019年 · 共 5 件 · 第 1 / 1 页": what the list shows, so both filters are visible whichever tab is open.
std::string list_caption(const CatalogView& c) {
    char count[64], page[64];
    std::snprintf(count, sizeof count, str::kDocumentCountFmt, c.total);
    std::snprintf(page, sizeof page, str::kPageFmt, c.page + 1, c.page_count());
    std::string caption = c.filter.category.empty() ? str::kAllCategories : c.filter.category;
    caption += "  ·  ";
    caption += c.filter.year == 0 ? std::string(str::kAllYears) : std::to_string(c.filter.year) + str::kYearSuffix;
    return caption + "  ·  " + count + "  ·  " + page;
}

}  // namespace

Action draw_catalog(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    const CatalogView& c = model.catalog;
    const float gap = t.unit * 2;

    // Filters: a side column in landscape, a band on top in portrait; both scroll if they do not fit.
    Area filters, list;
    if (t.portrait) {
        // As tall as the chips need, up to 40% of the screen; beyond that the band scrolls.
        const float need = filters_height(ui, c, area.width() - t.scrollbar - t.unit);
        filters = {area.min, ImVec2(area.max.x, area.min.y + std::min(need, area.height() * 0.4f))};
        list = {ImVec2(area.min.x, filters.max.y + gap), area.max};
    } else {
        filters = {area.min, ImVec2(area.min.x + area.width() * 0.32f, area.max.y)};
        list = {ImVec2(filters.max.x + gap, area.min.y), area.max};
    }
    ImGui::SetCursorScreenPos(filters.min);
    begin_scroll(ui, "filters", ImVec2(filters.width(), filters.height()));
    Action filter_action = draw_filters(ui, c, filters.width() - t.scrollbar - t.unit);
    end_scroll(ui);
    if (filter_action.kind != Action::Kind::None) action = filter_action;
    if (t.portrait) {
        ImGui::GetWindowDrawList()->AddLine(ImVec2(area.min.x, filters.max.y + gap * 0.5f),
                                            ImVec2(area.max.x, filters.max.y + gap * 0.5f), t.border, 2.0f);
    }

    // A search bar above the list: finding by words is often faster than by category.
    ImGui::SetCursorScreenPos(list.min);
    if (search_bar(ui, "catalog_search", ImVec2(list.width(), t.touch * 0.9f))) action = Action::go(Screen::Search);
    ImGui::SetCursorScreenPos(ImVec2(list.min.x, list.min.y + t.touch * 0.9f + t.unit));
    text(ui, FontRole::Body, list_caption(c), t.text_muted, list.width());

    // Pager at the bottom.
    const float pager_h = t.touch + t.unit;
    const float list_top = ImGui::GetCursorScreenPos().y;
    const float list_h = list.max.y - pager_h - list_top;
    ImGui::SetCursorScreenPos(ImVec2(list.min.x, list_top));
    begin_scroll(ui, "documents", ImVec2(list.width(), list_h));
    if (c.items.empty()) text(ui, FontRole::Body, str::kNoDocuments, t.text);
    const float card_w = list.width() - t.scrollbar - t.unit;
    for (const auto& doc : c.items) {
        if (document_card(ui, doc, card_w)) action = Action::open_document(doc.id);
    }
    end_scroll(ui);

    const float pager_y = list.max.y - t.touch;
    const float button_w = std::min(list.width() * 0.4f, t.touch * 3.2f);
    if (c.page > 0) {
        ImGui::SetCursorScreenPos(ImVec2(list.min.x, pager_y));
        if (button(ui, str::kPrevPage, button_w, ButtonKind::Secondary)) action = Action::set_page(c.page - 1);
    }
    if (c.page + 1 < c.page_count()) {
        ImGui::SetCursorScreenPos(ImVec2(list.max.x - button_w, pager_y));
        if (button(ui, str::kNextPage, button_w, ButtonKind::Primary)) action = Action::set_page(c.page + 1);
    }
    return action;
}

}  // namespace kiosk::ui
