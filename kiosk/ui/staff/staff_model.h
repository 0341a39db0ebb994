// staff_model.h — what the staff screens read, and the actions they emit (the staff side).
//
// Like the public screens, the staff screens only draw this model and return a StaffAction; StaffController
// (staff_controller.h) turns actions into core calls (PIN check, UpdateWorker, ContentInstall) and fills the model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/updates/content_install.h"
#include "core/content/content_model.h"
#include "core/updates/update_result.h"
#include "core/operation/usage_log.h"

namespace kiosk::ui {

// One .kiosk file seen on a stick, with the header check done by the USB watcher.
struct StaffBundle {
    std::string path;
    std::string file_name;   // what staff see: the last path component
    std::uint64_t size = 0;
    long long mtime = 0;
    core::UpdateResult info;  // inspect_bundle(): Ok with the manifest, or the refusal
    bool older_or_equal = false;  // Ok, but not newer than the installed version: only 回退到此版本
};

enum class StaffPage {
    Closed,   // public screens (the badge may show)
    Pin,      // the PIN pad
    Main,     // installed content, bundles on the stick, rollback
    Staging,  // a stage() is running: the progress bar
    Diff,     // staged and checked: what changes, 确认更新 / 取消
    Result,   // a plain message after commit, rollback, a refusal or cancel
    ConfirmQuit,  // 退出程序: asked once more, since the kiosk then stays dark until restarted
    Usage,    // 使用情况: the last months' figures as charts, this month's searches (ui/staff/staff_stats_screen.h)
};

// A stick staff can export the request forms to (platform/usb_watch.h finds them).
struct StaffStick {
    std::string path;
    std::string name;
};

struct StaffModel {
    StaffPage page = StaffPage::Closed;

    // Badge (public screens).
    bool badge = false;        // something for staff: a stick with bundles, an import running, or one waiting
    bool staging = false;      // the worker is staging
    int percent = 0;           // of the running stage
    bool waiting_confirm = false;  // staged, diff waiting for 确认更新

    // PIN pad.
    bool pin_set = true;
    int pin_digits = 0;        // how many typed (the digits themselves are never in the model)
    std::string pin_message;   // wrong PIN / lockout / too short, in Chinese
    bool pin_locked = false;

    // Main page.
    std::optional<core::SnapshotInfo> current, previous;
    std::string installed_version;
    std::vector<StaffBundle> bundles;
    // What the start-up self-check and kiosk.conf found wrong (core/operation/self_check.h), in Chinese; empty = all well.
    std::vector<std::string> self_check;

    // Request forms waiting for collection.
    int applications_pending = 0;
    bool applications_readable = true;  // false: the applications database cannot be read (nothing is lost)
    std::vector<StaffStick> sticks;

    // Staging / diff.
    std::string staging_file;
    std::string staged_version;
    bool staged_older = false;
    core::ContentDiff diff;

    // Result.
    std::string message;
    bool message_ok = false;

    // 使用情况 (core/operation/usage_log.h): filled when the page is opened.
    bool usage_available = false;            // false: no usage.db (read-only disk) or it cannot be read
    std::vector<core::MonthFigures> usage_months;  // the last 6, oldest first, this month last
    std::vector<core::QueryCount> usage_top_searches, usage_not_found;  // this month's
};

struct StaffAction {
    enum class Kind {
        None, OpenPin, PinDigit, PinBackspace, PinOk, PinCancel, Import, ImportOlder, Confirm, CancelDiff, Rollback,
        Exit, Leave, StopStaging, Dismiss,
        ExportApplications,  // number: the stick's index in StaffModel::sticks
        AskQuit, Quit,
        ShowUsage  // the 使用情况 page; 返回 from it is Dismiss
    };
    Kind kind = Kind::None;
    int number = 0;  // PinDigit: the digit; Import/ImportOlder: the bundle's index

    static StaffAction of(Kind k, int n = 0) { StaffAction a; a.kind = k; a.number = n; return a; }
};

}  // namespace kiosk::ui
