// controller.h — applies screen actions to the model through core queries; the only UI code that sees ContentStore.
#pragma once

#include <memory>
#include <string>

#include "core/zh/chinese_convert.h"
#include "core/content/content_store.h"
#include "core/search/search_worker.h"
#include "core/operation/usage_log.h"
#include "ui/app_model.h"
#include "ui/request/apply_controller.h"

namespace kiosk::ui {

class Controller {
public:
    // `usage` may be null (no writable data folder): nothing is counted then.
    Controller(const core::ContentStore& store, core::UsageLog* usage)
        : store_(store), usage_(usage), apply_(store, usage) {}
    // Where the request form stores applications and the office key it seals them with (ui/request/apply_controller.h).
    void set_apply_setup(const ApplySetup& setup) { apply_.setup(setup); }
    // Fills what every screen needs at start: office, lists, the disclosure guide. `today` is YYYY-MM-DD.
    void load(AppModel& model, const std::string& today);
    void apply(const Action& action, AppModel& model);
    // Once a frame: picks up search results that arrived. True while a search is still running (keep drawing).
    bool poll(AppModel& model);
    // Back to the home screen with every filter cleared (首页). The reader's text size and 长辈模式 stay.
    void go_home(AppModel& model);
    // After the idle timeout: home, and the reader's own settings too, so the next visitor starts fresh.
    void reset_for_next_visitor(AppModel& model);
    // The date now (YYYY-MM-DD), every frame: counts are filed under it, and a new day drops expired notices.
    void set_today(const std::string& today, AppModel& model);

private:
    // `counted`: a visitor asked for this screen (the idle reset's way home is not a view).
    void navigate(AppModel& model, Route route, bool push, bool counted = true);
    void clear_visit(AppModel& model);
    // 返回 out of the current screen (the request form's draft wiped on the way out).
    void leave_screen(AppModel& model);
    void reload_catalog_page(AppModel& model);
    void show_document_in(AppModel& model, int shown);
    void submit_search(AppModel& model);
    // The search screen opens: on the visitor's tab (or 手写 when that tab's engine is missing), the panels fresh.
    void open_search(AppModel& model);
    // The panels' ink and letters dropped (another tab, the screen opened again): the search follows what is shown.
    void drop_search_letters(AppModel& model);
    // The words searched changed: search them, the results shown from the top.
    void search_changed(AppModel& model);
    // Counts the visitor's search once, when they leave the search screen or open a result.
    void count_search(AppModel& model);
    const core::ContentStore& store_;
    core::UsageLog* usage_;
    std::string today_;
    // Opened on the first 简/繁 tap: opening costs tens of milliseconds that most visitors never need.
    std::unique_ptr<core::ChineseConverter> converter_;
    bool converter_failed_ = false;
    // Started on the first search: its own connection and thread, so typing never waits on a query.
    std::unique_ptr<core::SearchWorker> search_;
    bool search_failed_ = false;
    ApplyController apply_;  // the request form
};

}  // namespace kiosk::ui
