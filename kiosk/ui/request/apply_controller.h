// apply_controller.h — the request form's actions: editing the draft, moving between steps, and submitting through
// core::ApplicationStore. Owned by ui::Controller, which hands it every Action::Kind::Apply.
//
// Submitting seals the application to the office's public key and stores it durably; the receipt is put in the
// model only after ApplicationStore::submit returned, so a receipt on screen means the record is on disk. Without an
// office key the kiosk cannot seal, so it stores nothing and the form says to ask staff. Nothing typed is logged.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/requests/application_store.h"
#include "core/content/content_store.h"
#include "core/operation/self_check.h"
#include "core/updates/signing.h"
#include "core/operation/usage_log.h"
#include "core/requests/workday_calendar.h"
#include "ui/app_model.h"

namespace kiosk::ui {

struct ApplySetup {
    std::string data_dir;         // applications go to DATA/applications.db (core/base/data_dir.h)
    std::string office_key_path;  // the office's public key (kioskctl keygen --office); missing = cannot accept
    std::string kiosk_id = "CY01";
    // kiosk.conf's office: the 受理机关 kept with each application when the content names no office.
    std::string office_name;
    // Free space the data folder must have for the form to take applications (the self-check's error threshold,
    // core/operation/self_check.h). Checked when each form opens and again at 提交申请: a disk that fills while the kiosk runs
    // (the journal, an import) makes the form say it cannot take applications before anyone types, rather than fail
    // at the end or fill the disk to the last byte.
    std::uint64_t min_free_bytes = core::SelfCheckInputs{}.error_free_bytes;
};

class ApplyController {
public:
    // `usage` (may be null) counts submitted applications: the number only, nothing typed.
    ApplyController(const core::ContentStore& store, core::UsageLog* usage);
    ~ApplyController();
    // Reads the office key. Called once at start (and again when content is reopened).
    void setup(const ApplySetup& setup);
    bool can_accept() const { return key_.has_value() && !disk_full_; }

    // LeaveForm: 放弃 was answered after 返回 (ApplyView::leave_ask): leave the form the way 返回 does.
    enum class Result { Stay, OpenForm, GoHome, LeaveForm };
    // Applies one form action to the model. OpenForm: show the form screen; GoHome: the visitor is done.
    Result apply(ApplyOp op, const Action& action, AppModel& model);
    // 返回 while the form is shown: closes the keyboard, goes back a step, or from the receipt to the form's start
    // (where 再看一次回执 brings it back). False when the form should be left.
    bool back(AppModel& model);
    // Opens a fresh form (wiping any old draft).
    void start(AppModel& model);

private:
    void submit(AppModel& model, long long now);
    bool check_disk();  // refreshes disk_full_ (logged when it changes); true when there is room
    const core::ContentStore& content_;
    core::UsageLog* usage_;
    core::WorkdayCalendar calendar_;
    ApplySetup setup_;
    std::optional<core::OfficePublicKey> key_;
    std::unique_ptr<core::ApplicationStore> db_;  // opened at the first submit
    bool disk_full_ = false;
};

}  // namespace kiosk::ui
