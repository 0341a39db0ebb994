// catalog_screen.cpp — the disclosure catalog: filters by 主题分类 and year, a page of documents, a pager.
//
// Pages of 20 rather than one endless list: an elderly reader can say "I was on page 3", and the pager buttons are
// easier than a long fling. Each page still scrolls by finger.
//
// Two layouts. Landscape at 标准 has room for a side column with the chips (one set at a time, behind the tabs
// 按分类 / 按年份) beside the list. At 大, 特大, in 长辈模式 and in portrait the list needs the room: the filters fold
// into one row of buttons — 按分类 ▾, 按年份 ▾ (each saying what is chosen) and the search bar — and a tap shows that
// set of chips in place of the list; choosing one shows the list again. In landscape the pager shares the row above
// the list (a screen's height there holds only a few lines of big text; the end of a page offers 下一页 too); in
// portrait it has a row of its own at the bottom. At 特大 the cards are dense: the title whole at the chosen size,
// then only 文号 · date (the issuer is on the document's page).
#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::string chip_label(const char* fmt, const std::string& name, int count) {
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, name.c_str(), count);
    return buf;
}

// The chips of the filter set on show, and which one is selected (0 = 全部): "社会救助（13份）", "2019年（5份）".
std::vector<std::string> filter_labels(const CatalogView& c, int* selected) {
    std::vector<std::string> labels;
    *selected = 0;
    if (!c.year_filter_shown) {
        labels.push_back(str::kAllCategories);
        for (size_t i = 0; i < c.categories.size(); ++i) {
            labels.push_back(chip_label(str::kCategoryChipFmt, c.categories[i].name, c.categories[i].count));
            if (c.categories[i].name == c.filter.category) *selected = static_cast<int>(i + 1);
        }
    } else {
        labels.push_back(str::kAllYears);
        for (size_t i = 0; i < c.years.size(); ++i) {
            labels.push_back(chip_label(str::kYearChipFmt, c.years[i].name, c.years[i].count));
            if (std::to_string(c.filter.year) == c.years[i].name) *selected = static_cast<int>(i + 1);
        }
    }
    return labels;
}

// The chips of the set on show; a tap chooses (0 = 全部).
Action draw_chips(Ui& ui, const CatalogView& c, float width) {
    Action action;
    int selected = 0;
    const std::vector<std::string> labels = filter_labels(c, &selected);
    const int tapped = chip_flow(ui, labels, selected, width);
    if (tapped >= 0 && !c.year_filter_shown)
        action = Action::set_category(tapped == 0 ? std::string() : c.categories[tapped - 1].name);
    if (tapped >= 0 && c.year_filter_shown)
        action = Action::set_year(tapped == 0 ? 0 : std::stoi(c.years[tapped - 1].name));
    return action;
}

// The side column (landscape at 标准) shows one set of chips at a time, behind two large tabs: both sets at
// once do not fit beside the list, and a panel that must be scrolled to find the years hides them from most people.
Action draw_side_filters(Ui& ui, const CatalogView& c, float width) {
    Action action;
    const Theme& t = ui.theme;
    const float tab_w = (width - t.unit) * 0.5f;
    if (button(ui, str::kByCategory, tab_w, c.year_filter_shown ? ButtonKind::Secondary : ButtonKind::Primary))
        action = Action::show_year_filter(false);
    ImGui::SameLine(0, t.unit);
    if (button(ui, str::kByYear, tab_w, c.year_filter_shown ? ButtonKind::Primary : ButtonKind::Secondary))
        action = Action::show_year_filter(true);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));
    const Action chip_action = draw_chips(ui, c, width);
    if (chip_action.kind != Action::Kind::None) action = chip_action;
    return action;
}

std::string page_label(const CatalogView& c) {
    char page[64];
    std::snprintf(page, sizeof page, str::kPageFmt, c.page + 1, c.page_count());
    return page;
}

std::string count_label(const CatalogView& c) {
    char count[64];
    std::snprintf(count, sizeof count, str::kDocumentCountFmt, c.total);
    return count;
}

// "共 73 件 · 第 1 / 4 页", or the page alone.
std::string pager_words(const CatalogView& c, bool with_count) {
    return with_count ? count_label(c) + "  ·  " + page_label(c) : page_label(c);
}

// "年度报告 · 2019年 · 共 5 件": what the list shows, so both filters are visible whichever tab is open.
std::string list_caption(const CatalogView& c) {
    std::string caption = c.filter.category.empty() ? str::kAllCategories : c.filter.category;
    caption += "  ·  ";
    caption += c.filter.year == 0 ? std::string(str::kAllYears) : std::to_string(c.filter.year) + str::kYearSuffix;
    return caption + "  ·  " + count_label(c);
}

// "按分类" or, with one chosen, "按分类：社会救助": the button says what the list is showing.
std::string filter_button_label(const char* by, const std::string& chosen) {
    if (chosen.empty()) return by;
    char buf[256];
    std::snprintf(buf, sizeof buf, str::kFilterChosenFmt, by, chosen.c_str());
    return buf;
}

// 上一页, where we are, 下一页 in `row`; "共 73 件 · 第 1 / 4 页" in the middle when it fits (`with_count`), else the
// page alone. Both buttons keep their places when one of them is not needed, so the other never moves under a finger.
Action draw_pager(Ui& ui, const CatalogView& c, Area row, float prev_w, float next_w, bool with_count) {
    Action action;
    const Theme& t = ui.theme;
    const float button_h = std::min(t.touch, row.height());
    if (c.page > 0) {
        ImGui::SetCursorScreenPos(row.min);
        if (button(ui, str::kPrevPage, prev_w, ButtonKind::Secondary, Icon::None, button_h))
            action = Action::set_page(c.page - 1);
    }
    if (c.page + 1 < c.page_count()) {
        ImGui::SetCursorScreenPos(ImVec2(row.max.x - next_w, row.min.y));
        if (button(ui, str::kNextPage, next_w, ButtonKind::Primary, Icon::None, button_h))
            action = Action::set_page(c.page + 1);
    }
    const float room = row.width() - prev_w - next_w - t.unit * 2;
    std::string words = pager_words(c, with_count);
    FontRole role = FontRole::Body;
    if (ui.fonts->width(role, words) > room) words = page_label(c);
    if (ui.fonts->width(role, words) > room) role = FontRole::Small;
    const float w = ui.fonts->width(role, words);
    const float lh = text::line_height(*ui.fonts, role);
    text_at(ui, role, words, t.text_muted,
            ImVec2(row.min.x + prev_w + t.unit + std::max(0.0f, (room - w) * 0.5f), row.min.y + (button_h - lh) * 0.5f),
            w + 1, 1);
    return action;
}

// The pager's width beside a search bar: both buttons and the words between them.
float pager_width(const Ui& ui, const CatalogView& c, float prev_w, float next_w, bool with_count) {
    return prev_w + next_w + ui.fonts->width(FontRole::Body, pager_words(c, with_count)) + ui.theme.unit * 4;
}

// Where the pager is above the list (landscape), the end of a page offers the next one too: a reader who has
// scrolled down to the last document finds 下一页 right there.
Action draw_end_of_page(Ui& ui, const CatalogView& c, float width) {
    if (c.page + 1 >= c.page_count() || c.items.empty()) return {};
    const float w = std::min(width, button_fit_width(ui, str::kNextPage) * 1.6f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - w, at.y + ui.theme.unit * 0.5f));
    const bool next = button(ui, str::kNextPage, w, ButtonKind::Primary);
    ImGui::Dummy(ImVec2(0, ui.theme.unit));
    return next ? Action::set_page(c.page + 1) : Action{};
}

// Landscape at 标准: chips beside the list; above the list the search bar with the pager, and a caption.
Action draw_catalog_with_side_panel(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    const CatalogView& c = model.catalog;
    const float gap = t.unit * 2;

    // Wide enough for two chips a row ("年度报告（16份）" twice), so the categories a county uses fit without scrolling.
    const Area filters{area.min, ImVec2(area.min.x + area.width() * 0.36f, area.max.y)};
    const Area list{ImVec2(filters.max.x + gap, area.min.y), area.max};
    ImGui::SetCursorScreenPos(filters.min);
    begin_scroll(ui, "filters", ImVec2(filters.width(), filters.height()));
    Action filter_action = draw_side_filters(ui, c, filters.width() - t.scrollbar - t.unit);
    end_scroll(ui);
    if (filter_action.kind != Action::Kind::None) action = filter_action;

    // A search bar above the list (finding by words is often faster than by category), the pager beside it, both a
    // little lower than a button elsewhere (still well above a fingertip) to leave the list another line.
    const float row_h = t.touch * 0.85f;
    const float prev_w = button_fit_width(ui, str::kPrevPage), next_w = button_fit_width(ui, str::kNextPage);
    const float pager_w = pager_width(ui, c, prev_w, next_w, false);
    ImGui::SetCursorScreenPos(list.min);
    if (search_bar(ui, "catalog_search", ImVec2(list.width() - pager_w - t.unit, row_h)))
        action = Action::go(Screen::Search);
    const Action pager_action = draw_pager(
        ui, c, Area{ImVec2(list.max.x - pager_w, list.min.y), ImVec2(list.max.x, list.min.y + row_h)}, prev_w,
        next_w, false);
    if (pager_action.kind != Action::Kind::None) action = pager_action;
    ImGui::SetCursorScreenPos(ImVec2(list.min.x, list.min.y + row_h + t.unit * 0.25f));
    text(ui, FontRole::Small, list_caption(c), t.text_muted, list.width());

    const float list_top = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(list.min.x, list_top));
    begin_scroll(ui, "documents", ImVec2(list.width(), list.max.y - list_top));
    if (c.items.empty()) text(ui, FontRole::Body, str::kNoDocuments, t.text);
    const float card_w = list.width() - t.scrollbar - t.unit;
    for (const auto& doc : c.items) {
        if (document_card(ui, doc, card_w)) action = Action::open_document(doc.id);
    }
    const Action end_action = draw_end_of_page(ui, c, card_w);
    if (end_action.kind != Action::Kind::None) action = end_action;
    end_scroll(ui);
    return action;
}

// At 大, 特大, in 长辈模式 and in portrait: one row of buttons above the list, the chips in place of the list when asked.
Action draw_compact_catalog(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    const CatalogView& c = model.catalog;
    const float gap = t.unit;
    // The row of buttons a little lower than a button elsewhere (still well above a fingertip, 80 px in 长辈模式):
    // in landscape the list has only the height of a few lines of big text.
    const float row_h = t.touch * 0.86f;

    const std::string year = c.filter.year == 0 ? std::string() : std::to_string(c.filter.year) + str::kYearSuffix;
    const std::string cat_label = filter_button_label(str::kByCategory, c.filter.category);
    const std::string year_label = filter_button_label(str::kByYear, year);
    const bool cat_open = c.filters_open && !c.year_filter_shown;
    const bool year_open = c.filters_open && c.year_filter_shown;
    const float cat_w = button_fit_width(ui, cat_label.c_str(), Icon::ChevronDown);
    const float year_w = button_fit_width(ui, year_label.c_str(), Icon::ChevronDown);
    // The search bar needs its magnifier and the word 搜索 at least (search_bar gives way down to that).
    const float search_min = row_h * 1.3f + ui.fonts->width(FontRole::Body, str::kSearch) + t.unit;
    const float prev_w = button_fit_width(ui, str::kPrevPage), next_w = button_fit_width(ui, str::kNextPage);
    const float pager_min = pager_width(ui, c, prev_w, next_w, false);
    const float pager_full = pager_width(ui, c, prev_w, next_w, true);

    // The row: the two filter buttons, then the search bar taking what is left; the pager at its right end in
    // landscape when there is room for it; whatever does not fit goes on the next row.
    const float width = area.width();
    const bool pager_on_top = !t.portrait && cat_w + year_w + search_min + pager_min + gap * 3 <= width;
    float x = area.min.x, y = area.min.y;
    auto place = [&](float w) {
        if (x > area.min.x && x + w > area.max.x + 0.5f) { x = area.min.x; y += row_h + gap; }
        const ImVec2 at(x, y);
        x += w + gap;
        return at;
    };
    ImGui::SetCursorScreenPos(place(cat_w));
    if (button(ui, cat_label.c_str(), cat_w, cat_open || !c.filter.category.empty() ? ButtonKind::Primary : ButtonKind::Secondary,
               cat_open ? Icon::ChevronUp : Icon::ChevronDown, row_h))
        action = Action::toggle_catalog_filters(false);
    ImGui::SetCursorScreenPos(place(year_w));
    if (button(ui, year_label.c_str(), year_w, year_open || c.filter.year != 0 ? ButtonKind::Primary : ButtonKind::Secondary,
               year_open ? Icon::ChevronUp : Icon::ChevronDown, row_h))
        action = Action::toggle_catalog_filters(true);
    // A search bar beside them (finding by words is often faster than by category); the pager says "共 N 件" too
    // when that leaves the search bar its room.
    const bool with_count = cat_w + year_w + search_min + pager_full + gap * 3 <= width;
    const float pager_w = !pager_on_top ? 0.0f : with_count ? pager_full : pager_min;
    float search_w = area.max.x - x - (pager_on_top ? pager_w + gap : 0.0f);
    if (search_w < search_min) {
        x = area.min.x;
        y += row_h + gap;
        search_w = width;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (search_bar(ui, "catalog_search", ImVec2(search_w, row_h))) action = Action::go(Screen::Search);
    if (pager_on_top && !c.filters_open) {
        const Action a = draw_pager(ui, c, Area{ImVec2(area.max.x - pager_w, y), ImVec2(area.max.x, y + row_h)},
                                    prev_w, next_w, with_count);
        if (a.kind != Action::Kind::None) action = a;
    }
    const float top = y + row_h + gap;

    if (c.filters_open) {
        // The chips in place of the list, with a way back that changes nothing.
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
        begin_scroll(ui, "filter_chips", ImVec2(width, area.max.y - top));
        const float inner = width - t.scrollbar - t.unit;
        text(ui, FontRole::Body, c.year_filter_shown ? str::kPickYear : str::kPickCategory, t.text, inner);
        ImGui::Dummy(ImVec2(0, t.unit * 0.5f));
        const Action chip_action = draw_chips(ui, c, inner);
        if (chip_action.kind != Action::Kind::None) action = chip_action;
        ImGui::Dummy(ImVec2(0, t.unit));
        if (button(ui, str::kBackToDocuments, 0, ButtonKind::Secondary))
            action = Action::toggle_catalog_filters(c.year_filter_shown);
        ImGui::Dummy(ImVec2(0, t.unit));
        end_scroll(ui);
        return action;
    }

    const float bottom = pager_on_top ? area.max.y : area.max.y - row_h - gap;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
    begin_scroll(ui, "documents", ImVec2(width, bottom - top));
    if (c.items.empty()) text(ui, FontRole::Body, str::kNoDocuments, t.text);
    const float card_w = width - t.scrollbar - t.unit;
    const CardMeta meta = model.effective_text_size() == text::TextSize::ExtraLarge ? CardMeta::Short : CardMeta::Full;
    for (const auto& doc : c.items) {
        if (document_card(ui, doc, card_w, {}, meta)) action = Action::open_document(doc.id);
    }
    if (pager_on_top) {
        const Action end_action = draw_end_of_page(ui, c, card_w);
        if (end_action.kind != Action::Kind::None) action = end_action;
    }
    end_scroll(ui);
    if (!pager_on_top) {
        const Action a = draw_pager(ui, c, Area{ImVec2(area.min.x, area.max.y - row_h), area.max}, prev_w, next_w, true);
        if (a.kind != Action::Kind::None) action = a;
    }
    return action;
}

}  // namespace

Action draw_catalog(Ui& ui, const AppModel& model, Area area) {
    if (ui.theme.portrait || model.effective_text_size() != text::TextSize::Standard)
        return draw_compact_catalog(ui, model, area);
    return draw_catalog_with_side_panel(ui, model, area);
}

}  // namespace kiosk::ui
