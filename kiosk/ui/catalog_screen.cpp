// catalog_screen.cpp — the disclosure catalog: filters by 主题分类 and year, a page of documents, a pager.
//
// Pages of 20 rather than one endless list: an elderly reader can say "I was on page 3", and the pager buttons are
// easier than a long fling. Each page still scrolls by finger.
#include <cstdio>

#include "core/strings_zh.h"
#include "ui/catalog_common.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

Action draw_filters(Ui& ui, const CatalogView& c, float width) {
    Action action;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, str::kCategory, t.text);
    std::vector<std::string> labels{str::kAllCategories};
    int selected = 0;
    for (size_t i = 0; i < c.categories.size(); ++i) {
        labels.push_back(c.categories[i].name + " " + std::to_string(c.categories[i].count));
        if (c.categories[i].name == c.filter.category) selected = static_cast<int>(i + 1);
    }
    int tapped = chip_flow(ui, labels, selected, width);
    if (tapped == 0) action = Action::set_category("");
    else if (tapped > 0) action = Action::set_category(c.categories[tapped - 1].name);

    ImGui::Dummy(ImVec2(0, t.unit));
    text(ui, FontRole::Heading, str::kYear, t.text);
    labels = {str::kAllYears};
    selected = 0;
    for (size_t i = 0; i < c.years.size(); ++i) {
        labels.push_back(c.years[i].name + str::kYearSuffix);
        if (std::to_string(c.filter.year) == c.years[i].name) selected = static_cast<int>(i + 1);
    }
    tapped = chip_flow(ui, labels, selected, width);
    if (tapped == 0) action = Action::set_year(0);
    else if (tapped > 0) action = Action::set_year(std::stoi(c.years[tapped - 1].name));
    return action;
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
        filters = {area.min, ImVec2(area.max.x, area.min.y + area.height() * 0.3f)};
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

    // Count and page line.
    char count[64], page[64];
    std::snprintf(count, sizeof count, str::kDocumentCountFmt, c.total);
    std::snprintf(page, sizeof page, str::kPageFmt, c.page + 1, c.page_count());
    ImGui::SetCursorScreenPos(list.min);
    text(ui, FontRole::Body, std::string(count) + "    " + page, t.text_muted, list.width());

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
