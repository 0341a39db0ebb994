// app_model.h — the state the screens read, and the actions they emit.
//
// Data flows one way: the controller runs core queries and fills this model; screens draw it and return an Action;
// the controller applies the action (more queries) before the next frame. Screens never see the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_model.h"
#include "core/search/search.h"
#include "text/fonts.h"
#include "text/text_block.h"
#include "ui/request/apply_form.h"

namespace kiosk::ui {

enum class Screen { Home, Catalog, Document, Guides, Guide, Fees, Apply, DisclosureGuide, Notices, Search };

struct Route {
    Screen screen = Screen::Home;
    std::int64_t id = 0;  // the document or guide shown
};

struct Action {
    enum class Kind {
        None, Go, Back, Home, OpenDocument, OpenGuide, SetCategory, SetYear, SetPage, ShowYearFilter,
        SetTextSize, ToggleElderMode, ShowScript, SearchType, SearchBackspace, SearchClear, SearchCompose,
        SearchSetMode, SearchReplace, BrowseCategory, SearchToggleFilters, SearchFilterCategory, SearchFilterIssuer,
        SearchFilterYears, SearchFilterValid, SearchClearFilters, Apply, Explain, CloseExplanation, OpenFee,
        JumpFeeCategory, ToggleCatalogFilters, ReadAloud
    };
    Kind kind = Kind::None;
    Screen screen = Screen::Home;
    std::int64_t id = 0;
    std::string text;
    int number = 0;

    static Action go(Screen s) { Action a; a.kind = Kind::Go; a.screen = s; return a; }
    static Action back() { Action a; a.kind = Kind::Back; return a; }
    static Action home() { Action a; a.kind = Kind::Home; return a; }
    static Action open_document(std::int64_t id) { Action a; a.kind = Kind::OpenDocument; a.id = id; return a; }
    static Action open_guide(std::int64_t id) { Action a; a.kind = Kind::OpenGuide; a.id = id; return a; }
    static Action set_category(std::string c) { Action a; a.kind = Kind::SetCategory; a.text = std::move(c); return a; }
    static Action set_year(int y) { Action a; a.kind = Kind::SetYear; a.number = y; return a; }
    static Action set_page(int p) { Action a; a.kind = Kind::SetPage; a.number = p; return a; }
    static Action show_year_filter(bool years) { Action a; a.kind = Kind::ShowYearFilter; a.number = years; return a; }
    // The catalog's chips shown in place of the list (big text, portrait): open with this set, or closed again.
    static Action toggle_catalog_filters(bool years) { Action a; a.kind = Kind::ToggleCatalogFilters; a.number = years; return a; }
    static Action set_text_size(text::TextSize s) { Action a; a.kind = Kind::SetTextSize; a.number = static_cast<int>(s); return a; }
    static Action toggle_elder_mode() { Action a; a.kind = Kind::ToggleElderMode; return a; }
    static Action show_script(int script) { Action a; a.kind = Kind::ShowScript; a.number = script; return a; }
    static Action search_type(std::string t) { Action a; a.kind = Kind::SearchType; a.text = std::move(t); return a; }
    static Action search_backspace() { Action a; a.kind = Kind::SearchBackspace; return a; }
    static Action search_clear() { Action a; a.kind = Kind::SearchClear; return a; }
    // The 拼音 panel's letters not yet picked changed (typed, taken back, wiped): searched after the query as they are.
    static Action search_compose(std::string letters) { Action a; a.kind = Kind::SearchCompose; a.text = std::move(letters); return a; }
    // Another keyboard tab in the search bar.
    static Action search_set_mode(InputMode m) { Action a; a.kind = Kind::SearchSetMode; a.number = static_cast<int>(m); return a; }
    // The query replaced by this word (您是不是要找「低保」 tapped).
    static Action search_replace(std::string word) { Action a; a.kind = Kind::SearchReplace; a.text = std::move(word); return a; }
    // From a search with no results: the catalog, filtered by this category.
    static Action browse_category(std::string c) { Action a; a.kind = Kind::BrowseCategory; a.text = std::move(c); return a; }
    // The request form (ui/request/apply_form.h): `op` is an ApplyOp.
    static Action apply(ApplyOp op, std::int64_t arg = 0, std::string text = {}) {
        Action a; a.kind = Kind::Apply; a.number = static_cast<int>(op); a.id = arg; a.text = std::move(text); return a;
    }
    // 这是什么？ beside an official term: the card with its plain explanation (ui/kit/plain_words.h), and 知道了.
    static Action explain(std::string terms) { Action a; a.kind = Kind::Explain; a.text = std::move(terms); return a; }
    static Action close_explanation() { Action a; a.kind = Kind::CloseExplanation; return a; }
    // The fee list at one item (from a search hit), or at one 类别 (its index chips).
    static Action open_fee(std::int64_t id) { Action a; a.kind = Kind::OpenFee; a.id = id; return a; }
    static Action jump_fee_category(std::string c) { Action a; a.kind = Kind::JumpFeeCategory; a.text = std::move(c); return a; }
    // 朗读 tapped: read what the screen offers (ui/kit/read_aloud.h), or stop reading.
    static Action read_aloud() { Action a; a.kind = Kind::ReadAloud; return a; }
    static Action search_filter(Kind k, std::string text = {}, int number = 0, std::int64_t id = 0) {
        Action a; a.kind = k; a.text = std::move(text); a.number = number; a.id = id; return a;
    }
};

struct CatalogView {
    core::CatalogFilter filter;
    int page = 0;
    int page_size = 20;
    bool year_filter_shown = false;  // the filter panel shows years instead of categories (one set at a time fits)
    // Where the chips have no panel of their own (big text, portrait), they are shown in place of the list when
    // 按分类 or 按年份 is tapped; choosing one shows the list again.
    bool filters_open = false;
    int total = 0;
    std::vector<core::DocumentSummary> items;  // the current page
    std::vector<core::NamedCount> categories;
    std::vector<core::NamedCount> years;
    int page_count() const { return total == 0 ? 1 : (total + page_size - 1) / page_size; }
};

struct DocumentView {
    // Which script the reader asked for: the document as published, or converted for display (OpenCC).
    enum Shown { Original = 0, Simplified = 1, Traditional = 2 };
    std::optional<core::Document> doc;
    int shown = Original;
    std::string title;  // as shown (converted when a script was chosen)
    text::TextBlock body;
    bool long_page = false;  // its text is long enough for the longer idle limit (timeouts.h), counted once on opening
};

struct SearchView {
    std::string query;           // as put in: keys, picked words, written characters
    // What the 拼音 panel is composing after it, as the panel shows it ("di bao"): searched at once, since the
    // search reads pinyin letters too, so results come while the visitor types and a pick is not needed.
    std::string composing;
    // The keyboard tab (拼音 / 手写 / ABC / 123), kept while the visitor opens results and comes back; the next
    // visitor starts again on the default (Controller: 拼音, or 手写 when there is no 拼音 engine).
    InputMode mode = InputMode::Pinyin;
    // What is searched: the query and the composed letters as one word (the panel's spaces only show syllables
    // apart; the search would read them as separate words).
    std::string searched() const {
        std::string s = query;
        for (char c : composing)
            if (c != ' ' && c != '\'') s += c;
        return s;
    }
    core::SearchResult result;   // for `shown_query`
    std::string shown_query;     // the searched() text `result` answers (the newest finished one)
    bool pending = false;        // a search for searched() is still running
    bool counting = false;       // its first page is shown; the count of all matches is on its way
    std::string counted_query;   // already counted for staff (not counted twice on the way back to it)
    // Filters that combine with the query; shown in a panel in place of the results while being chosen.
    std::string category, issuer;
    int year_from = 0, year_to = 0;
    bool valid_only = false;
    bool filters_open = false;
    bool filtered() const { return !category.empty() || !issuer.empty() || year_from || year_to || valid_only; }
};

// Where the fee list opens: at the item a search found (scrolled to and highlighted), or at a 类别 chosen from its
// index; neither means the top.
struct FeesView {
    std::int64_t highlight = 0;  // fee id
    std::string category;
};

struct GuideView {
    std::optional<core::Guide> guide;
};

struct AppModel {
    // The reader's own settings, reset for the next visitor.
    text::TextSize text_size = text::TextSize::Standard;
    bool elder_mode = false;  // 长辈模式: the largest text and the high-contrast theme together
    text::TextSize effective_text_size() const { return elder_mode ? text::TextSize::ExtraLarge : text_size; }
    // The script last chosen on a document page (DocumentView::Shown): a reader who reads 繁體字 reads every
    // document opened afterwards in it too, until the idle reset.
    int document_script = 0;

    core::Office office;
    core::SnapshotInfo info;
    Route route;
    // The attract screen covers everything (after the idle reset, until the next touch; ui/reading/attract_screen.h).
    bool attract = false;
    std::vector<Route> history;  // what 返回 goes back to
    int scroll_generation = 0;   // bumped on every navigation so each screen opens scrolled to the top

    CatalogView catalog;
    std::vector<core::NamedCount> issuers;  // for the search filters
    int current_year = 0;                   // for "近3年" and the like
    SearchView search;
    DocumentView document;
    std::vector<core::GuideSummary> guides;
    GuideView guide;
    std::vector<core::FeeStandard> fees;
    FeesView fees_view;
    std::vector<core::Announcement> notices;
    text::TextBlock disclosure_guide;
    bool disclosure_guide_long = false;  // as DocumentView::long_page, counted once when the content is loaded
    // The term(s) whose plain explanation is shown over the screen (ui/kit/plain_words.h); empty = none.
    std::string explained;
    ApplyView apply;  // the request form's draft: wiped by 首页, by leaving the form and by the idle reset
    // A keyboard is on screen (a form field open, or the search bar): its panel is in use.
    bool keyboard_shown() const { return apply.editing.has_value() || route.screen == Screen::Search; }
};

}  // namespace kiosk::ui
