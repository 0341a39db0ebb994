// staff_model.h — what the staff screens read, and the actions they emit (the staff side of issue 5).
//
// Like the public screens, the staff screens only draw this model and return a StaffAction; StaffController
// (staff_controller.h) turns actions into core calls (PIN check, UpdateWorker, ContentInstall) and fills the model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/content_install.h"
#include "core/content_model.h"
#include "core/update_result.h"

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

    // Staging / diff.
    std::string staging_file;
    std::string staged_version;
    bool staged_older = false;
    core::ContentDiff diff;

    // Result.
    std::string message;
    bool message_ok = false;
};

struct StaffAction {
    enum class Kind {
        None, OpenPin, PinDigit, PinBackspace, PinOk, PinCancel, Import, ImportOlder, Confirm, CancelDiff, Rollback,
        Exit, Leave, StopStaging, Dismiss
    };
    Kind kind = Kind::None;
    int number = 0;  // PinDigit: the digit; Import/ImportOlder: the bundle's index

    static StaffAction of(Kind k, int n = 0) { StaffAction a; a.kind = k; a.number = n; return a; }
};

}  // namespace kiosk::ui
