// controller.cpp — see controller.h.
#include "ui/controller.h"

#include "ui/keyboards/keyboard_panel.h"
#include "ui/timeouts.h"
#include "core/base/utf8.h"

#include <algorithm>
#include <cstdlib>

namespace kiosk::ui {

namespace {

// The names screens are counted under in usage.db (core/operation/usage_log.h): stable, since they are kept on disk.
const char* usage_name(Screen screen) {
    switch (screen) {
        case Screen::Home: return "home";
        case Screen::Catalog: return "catalog";
        case Screen::Document: return "document";
        case Screen::Guides: return "guides";
        case Screen::Guide: return "guide";
        case Screen::Fees: return "fees";
        case Screen::Apply: return "apply";
        case Screen::DisclosureGuide: return "disclosure_guide";
        case Screen::Notices: return "notices";
        case Screen::Search: return "search";
    }
    return "";
}

}  // namespace

void Controller::set_today(const std::string& today, AppModel& model) {
    if (today == today_ || today.empty()) return;
    today_ = today;
    model.notices = store_.announcements(today);  // an announcement past its end date is no longer shown
}

void Controller::load(AppModel& model, const std::string& today) {
    today_ = today;
    model.office = store_.office();
    model.info = store_.info();
    model.catalog.categories = store_.categories();
    model.catalog.years = store_.years();
    model.issuers = store_.issuers();
    model.current_year = std::atoi(today.substr(0, 4).c_str());
    model.guides = store_.guides();
    model.fees = store_.fees();
    model.notices = store_.announcements(today);
    const std::string guide = store_.disclosure_guide();
    model.disclosure_guide_long = core::code_point_count(guide) >= kLongPageChars;
    model.disclosure_guide.set_text(guide, true);
    reload_catalog_page(model);
}

void Controller::count_search(AppModel& model) {
    SearchView& s = model.search;
    const std::string searched = s.searched();
    if (!usage_ || searched.empty() || searched == s.counted_query || s.pending || s.shown_query != searched) return;
    // The count may still be running; whether anything was found is known from the first page.
    const bool found = !s.result.hits.empty() || !s.result.guides.empty() || !s.result.fees.empty();
    usage_->record_search(searched, found ? std::max(1, s.result.total) : 0, today_);
    s.counted_query = searched;
}

void Controller::reset_for_next_visitor(AppModel& model) {
    if (model.route.screen == Screen::Search) count_search(model);
    model.text_size = text::TextSize::Standard;
    model.elder_mode = false;
    model.document_script = DocumentView::Original;
    clear_visit(model);  // the input methods forget this visitor's words too (clear_visit)
    end_visit(model.apply);  // and the receipt 再看一次回执 would show: the visit is over
    navigate(model, Route{Screen::Home, 0}, false, false);
}

void Controller::go_home(AppModel& model) {
    clear_visit(model);
    navigate(model, Route{Screen::Home, 0}, false);
}

void Controller::clear_visit(AppModel& model) {
    model.history.clear();
    model.search = SearchView{};
    model.catalog.filter = {};
    model.catalog.page = 0;
    model.catalog.year_filter_shown = false;
    model.catalog.filters_open = false;
    reload_catalog_page(model);
    model.document = DocumentView{};  // its laid-out text too (megabytes for a long one), not only which it was
    model.guide.guide.reset();
    model.fees_view = FeesView{};
    wipe(model.apply);  // whatever was typed in the request form is gone, not just hidden
    forget_keyboard_panels();  // and so is what the 拼音 engine learned from this visitor's picks
    model.attract = false;
}

void Controller::leave_screen(AppModel& model) {
    if (model.route.screen == Screen::Apply) {
        wipe(model.apply);  // leaving the form: the draft does not wait for the next visitor
        forget_keyboard_panels();
    }
    if (model.history.empty()) { go_home(model); return; }
    const Route back = model.history.back();
    model.history.pop_back();
    navigate(model, back, false);
}

void Controller::navigate(AppModel& model, Route route, bool push, bool counted) {
    if (push) model.history.push_back(model.route);
    model.route = route;
    model.explained.clear();  // an explanation belongs to the screen it was asked on
    ++model.scroll_generation;
    if (counted && usage_) usage_->record_screen(usage_name(route.screen), today_);
}

void Controller::reload_catalog_page(AppModel& model) {
    CatalogView& c = model.catalog;
    c.total = store_.count_documents(c.filter);
    c.page = std::clamp(c.page, 0, c.page_count() - 1);
    c.items = store_.list_documents(c.filter, c.page * c.page_size, c.page_size);
}

void Controller::show_document_in(AppModel& model, int shown) {
    DocumentView& view = model.document;
    if (!view.doc) return;
    if (shown != DocumentView::Original && !converter_ && !converter_failed_) {
        std::string error;
        converter_ = core::ChineseConverter::open(&error);
        converter_failed_ = !converter_;
    }
    if (shown == DocumentView::Original || !converter_) {
        view.shown = DocumentView::Original;
        view.title = view.doc->title;
        view.body.set_text(view.doc->body, true);
        return;
    }
    const auto script = shown == DocumentView::Traditional ? core::Script::Traditional : core::Script::Simplified;
    view.shown = shown;
    // Towards 繁體字 people's names stay as written (chinese_convert.h). The other way a traditional document's
    // characters are the very ones to change, so plain conversion.
    auto shown_text = [&](const std::string& s) {
        return script == core::Script::Traditional ? converter_->convert_keeping_names(s, script, view.doc->names)
                                                   : converter_->convert(s, script);
    };
    view.title = shown_text(view.doc->title);
    view.body.set_text(shown_text(view.doc->body), true);
}

void Controller::open_search(AppModel& model) {
    // The panels are shared with the form: a fresh search bar shows no ink or letters left over from there, and a
    // Chinese tab without its engine opens as 手写 (as a form field does).
    model.search.mode = usable_mode(model.search.mode);
    drop_search_letters(model);
}

void Controller::drop_search_letters(AppModel& model) {
    reset_keyboard_panels();
    if (model.search.composing.empty()) return;
    model.search.composing.clear();
    search_changed(model);
}

void Controller::search_changed(AppModel& model) {
    ++model.scroll_generation;  // new results are read from their first
    submit_search(model);
}

void Controller::submit_search(AppModel& model) {
    SearchView& view = model.search;
    if (!search_ && !search_failed_) {
        try {
            search_ = std::make_unique<core::SearchWorker>(core::SearchEngine::open(store_.path()));
        } catch (const std::exception&) {
            search_failed_ = true;  // the screen then says nothing was found; the catalog still works
        }
    }
    if (!search_) return;
    core::SearchRequest request;
    request.query = view.searched();
    while (request.query.size() > 240) core::pop_code_point(request.query);  // no query is longer: a key held down
    request.limit = 30;
    request.category = view.category;
    request.issuer = view.issuer;
    request.year_from = view.year_from;
    request.year_to = view.year_to;
    request.valid_only = view.valid_only;
    search_->submit(request);
    view.pending = true;
    view.counting = false;
}

bool Controller::poll(AppModel& model) {
    if (!search_) return false;
    SearchView& view = model.search;
    if (auto result = search_->take_result()) {
        view.result = std::move(*result);
        view.shown_query = view.searched();
        view.pending = false;
        view.counting = !view.result.query_empty && !view.result.hits.empty();  // no hits: the count is 0
        if (!view.counting) view.result.total = 0;
    }
    if (auto count = search_->take_count()) {
        view.result.total = count->total;
        view.result.total_capped = count->capped;
        view.counting = false;
    }
    return view.pending || view.counting;
}

void Controller::apply(const Action& action, AppModel& model) {
    using K = Action::Kind;
    // A search is done when the visitor leaves it, opens a result, or clears it to search for something else (清空,
    // or the 拼音 panel's 清空 wiping the letters it was composing at once).
    const bool wipes_letters = action.kind == K::SearchCompose && action.text.empty() &&
                               core::code_point_count(model.search.composing) > 1;
    const bool leaves_search = model.route.screen == Screen::Search &&
                               (action.kind == K::Back || action.kind == K::Home || action.kind == K::OpenDocument ||
                                action.kind == K::BrowseCategory || action.kind == K::Go || action.kind == K::SearchClear ||
                                action.kind == K::OpenFee || action.kind == K::SearchReplace || wipes_letters);
    if (leaves_search) count_search(model);
    switch (action.kind) {
        case K::None: return;
        case K::ReadAloud: return;  // the app's voice, not the model's (KioskApp::read_aloud)
        case K::Explain: model.explained = action.text; return;
        case K::CloseExplanation: model.explained.clear(); return;
        case K::Go:
            if (action.screen == Screen::Apply) apply_.start(model);
            if (action.screen == Screen::Fees) model.fees_view = FeesView{};
            if (action.screen == Screen::Search) open_search(model);
            navigate(model, Route{action.screen, 0}, true);
            return;
        case K::Home:
            // One tap on the big 首页 must not throw away what an applicant typed: ask first (apply_form.h LeaveAsk).
            if (model.route.screen == Screen::Apply && model.apply.has_personal_data()) {
                model.apply.leave_ask = LeaveAsk::Home;
                return;
            }
            go_home(model);
            return;
        case K::Back:
            if (model.route.screen == Screen::Apply) {
                if (apply_.back(model)) return;  // the keyboard closed, or one step back
                if (model.apply.has_personal_data()) {  // 返回 on step 1 would leave the form: ask first
                    model.apply.leave_ask = LeaveAsk::Back;
                    return;
                }
            }
            leave_screen(model);
            return;
        case K::OpenDocument: {
            auto doc = store_.document(action.id);
            if (!doc) return;  // gone from the snapshot: stay where we are
            model.document.long_page = core::code_point_count(doc->body) >= kLongPageChars;
            model.document.doc = std::move(doc);
            show_document_in(model, model.document_script);
            navigate(model, Route{Screen::Document, action.id}, true);
            if (usage_) usage_->record_document(action.id, today_);
            return;
        }
        case K::OpenGuide: {
            auto guide = store_.guide(action.id);
            if (!guide) return;
            model.guide.guide = std::move(guide);
            navigate(model, Route{Screen::Guide, action.id}, true);
            return;
        }
        case K::SetCategory:
            model.catalog.filter.category = action.text;
            model.catalog.filters_open = false;  // the choice made, the list it chose
            model.catalog.page = 0;
            reload_catalog_page(model);
            ++model.scroll_generation;
            return;
        case K::SetYear:
            model.catalog.filter.year = action.number;
            model.catalog.filters_open = false;
            model.catalog.page = 0;
            reload_catalog_page(model);
            ++model.scroll_generation;
            return;
        case K::SetTextSize:
            // Choosing a size by hand leaves 长辈模式, whose point is the largest size with high contrast.
            model.text_size = static_cast<text::TextSize>(action.number);
            model.elder_mode = false;
            return;
        case K::ToggleElderMode:
            model.elder_mode = !model.elder_mode;
            return;
        case K::ShowScript:
            show_document_in(model, action.number);
            model.document_script = model.document.shown;
            return;
        case K::SearchType:
            // A word picked from the 拼音 candidates ends what was being composed; other keys never compose.
            if (model.search.query.size() < 120) model.search.query += action.text;
            model.search.composing.clear();
            search_changed(model);
            return;
        case K::SearchBackspace: {
            core::pop_code_point(model.search.query);
            search_changed(model);
            return;
        }
        case K::SearchClear:
            model.search.query.clear();
            model.search.composing.clear();
            search_changed(model);
            return;
        case K::SearchCompose:
            if (action.text == model.search.composing) return;
            model.search.composing = action.text;
            search_changed(model);
            return;
        case K::SearchSetMode:
            model.search.mode = static_cast<InputMode>(action.number);
            drop_search_letters(model);
            return;
        case K::SearchReplace:
            model.search.query = action.text;
            model.search.composing.clear();
            reset_keyboard_panels();
            search_changed(model);
            return;
        case K::SearchToggleFilters:
            model.search.filters_open = !model.search.filters_open;
            ++model.scroll_generation;
            return;
        case K::SearchFilterCategory:
            model.search.category = action.text;
            submit_search(model);
            return;
        case K::SearchFilterIssuer:
            model.search.issuer = action.text;
            submit_search(model);
            return;
        case K::SearchFilterYears:
            model.search.year_from = action.number;
            model.search.year_to = static_cast<int>(action.id);
            submit_search(model);
            return;
        case K::SearchFilterValid:
            model.search.valid_only = !model.search.valid_only;
            submit_search(model);
            return;
        case K::SearchClearFilters:
            model.search.category.clear();
            model.search.issuer.clear();
            model.search.year_from = model.search.year_to = 0;
            model.search.valid_only = false;
            submit_search(model);
            return;
        case K::BrowseCategory:
            model.catalog.filter = {};
            model.catalog.filter.category = action.text;
            model.catalog.page = 0;
            model.catalog.year_filter_shown = false;
            model.catalog.filters_open = false;
            reload_catalog_page(model);
            navigate(model, Route{Screen::Catalog, 0}, true);
            return;
        case K::Apply:
            switch (apply_.apply(static_cast<ApplyOp>(action.number), action, model)) {
                case ApplyController::Result::Stay: break;
                case ApplyController::Result::OpenForm:
                    if (model.route.screen != Screen::Apply) navigate(model, Route{Screen::Apply, 0}, true);
                    break;
                case ApplyController::Result::GoHome: go_home(model); break;
                case ApplyController::Result::LeaveForm: leave_screen(model); break;
            }
            return;
        case K::OpenFee:
            model.fees_view = FeesView{action.id, {}};
            navigate(model, Route{Screen::Fees, 0}, true);
            return;
        case K::JumpFeeCategory:
            model.fees_view.category = action.text;
            ++model.scroll_generation;  // the list scrolls to it (fees_screen.cpp)
            return;
        case K::ShowYearFilter:
            model.catalog.year_filter_shown = action.number != 0;
            return;
        case K::ToggleCatalogFilters: {
            CatalogView& c = model.catalog;
            const bool years = action.number != 0;
            // The same button again closes the chips; the other button shows its own set instead.
            c.filters_open = !(c.filters_open && c.year_filter_shown == years);
            c.year_filter_shown = years;
            ++model.scroll_generation;
            return;
        }
        case K::SetPage:
            model.catalog.page = action.number;
            reload_catalog_page(model);
            ++model.scroll_generation;
            return;
    }
}

}  // namespace kiosk::ui
