// staff_controller.h — the staff flow: PIN, the bundles on a stick, staging on the worker, diff, commit, rollback.
//
// The only staff UI code that calls core (StaffPin, UpdateWorker, ContentInstall); the screens draw StaffModel. It
// outlives the public KioskApp, which the platform rebuilds when the content changes (take_content_changed()).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/updates/content_install.h"
#include "core/operation/staff_pin.h"
#include "core/updates/update_worker.h"
#include "core/operation/usage_log.h"
#include "ui/staff/staff_model.h"
#include "ui/timeouts.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// Holding a finger this long on the home screen's banner (office name and clock) opens the PIN pad without a stick.
inline constexpr double kStaffLongPressMs = 3'000;

class StaffController {
public:
    StaffController(core::ContentInstall& install, core::UpdateWorker& worker, core::StaffPin& pin,
                    double idle_close_ms = Timeouts{}.staff_idle_ms)
        : install_(install), worker_(worker), pin_(pin), idle_close_ms_(idle_close_ms) {}

    const StaffModel& model() const { return model_; }
    bool open() const { return model_.page != StaffPage::Closed; }

    // What the USB watcher sees now (on a change of its generation). A stick pulled while its bundle is being
    // staged cancels the stage; the old content stays.
    void set_bundles(std::vector<StaffBundle> bundles);
    // Sticks staff can export the request forms to (on a change of the watcher's generation).
    void set_sticks(std::vector<StaffStick> sticks);
    // Where the request forms are stored (core::applications_db_in) and this kiosk's id for the export file's name.
    void set_applications(std::string database, std::string kiosk_id) {
        applications_db_ = std::move(database);
        kiosk_id_ = std::move(kiosk_id);
    }
    // Staff confirmed 退出程序: the platform ends the loop (exit code 3, which the service does not restart).
    bool quit_requested() const { return quit_requested_; }
    // The snapshot the kiosk shows now (shown as 出厂内容 when nothing has been imported yet).
    void set_live_info(const core::SnapshotInfo& info) { live_info_ = info; }
    // The usage figures (may be null: counting is off): updates and rollbacks are counted in it, and the 使用情况
    // page reads it.
    void set_usage_log(core::UsageLog* usage) { usage_ = usage; }
    // The start-up self-check's and kiosk.conf's warnings and errors, for the main page (Chinese lines).
    void set_self_check(std::vector<std::string> lines) { model_.self_check = std::move(lines); }

    // Once a frame, before drawing: the worker's progress and result, the idle timeout. `touched`: the pointer is
    // down or was just released. True while a frame is wanted soon (a stage is running).
    bool poll(double now_ms, bool touched);
    // Home screen only: follows a press that started on the banner; held still for kStaffLongPressMs opens the PIN.
    void watch_long_press(const Gesture& g, bool started_on_banner, double now_ms);
    void apply(const StaffAction& action, long long wall_seconds, double now_ms);

    // True once after a commit or rollback switched current.db: the platform reopens the content.
    bool take_content_changed();
    // When (on poll's clock) a frame is needed without input: the idle close. 1e300 = never. While model().staging
    // the platform also wakes every ~100 ms for the progress.
    double next_wake_ms() const;

private:
    void refresh_installed();
    void refresh_applications();
    void export_applications(int stick, long long wall_seconds);
    void show_result(const core::UpdateResult& r);
    void show_message(const std::string& zh, bool ok);
    void close();

    core::ContentInstall& install_;
    core::UpdateWorker& worker_;
    core::StaffPin& pin_;
    double idle_close_ms_;
    StaffModel model_;
    std::vector<StaffBundle> raw_bundles_;
    std::optional<core::SnapshotInfo> live_info_;
    core::UsageLog* usage_ = nullptr;
    void load_usage(long long wall_seconds);
    std::string pin_entry_;
    std::string staging_path_;
    std::optional<core::StagedUpdate> staged_;
    std::optional<core::UpdateResult> pending_result_;  // a stage that ended while staff were away
    bool user_stopped_ = false;
    bool content_changed_ = false;
    bool was_running_ = false;
    std::string applications_db_, kiosk_id_;
    bool quit_requested_ = false;
    double last_touch_ms_ = 0;
    double press_start_ms_ = -1;  // a long press on the banner in progress
};

}  // namespace kiosk::ui
