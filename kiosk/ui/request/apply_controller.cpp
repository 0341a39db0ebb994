// apply_controller.cpp — see apply_controller.h.
#include "ui/request/apply_controller.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <ctime>

#include "core/base/data_dir.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "ui/keyboards/keyboard_panel.h"

namespace kiosk::ui {

using core::FormField;

ApplyController::ApplyController(const core::ContentStore& store, core::UsageLog* usage)
    : content_(store), usage_(usage), calendar_(store.calendar(), store.calendar_years()) {}

ApplyController::~ApplyController() = default;

void ApplyController::setup(const ApplySetup& setup) {
    setup_ = setup;
    std::string error;
    key_ = setup.office_key_path.empty() ? std::nullopt : core::read_office_public_key(setup.office_key_path, &error);
    // The key's path and the reason only: never anything an applicant typed.
    if (!key_) std::fprintf(stderr, "kiosk: no office key, the request form cannot accept applications: %s\n", error.c_str());
    check_disk();
}

bool ApplyController::check_disk() {
    core::SelfCheckInputs limits;
    limits.warn_free_bytes = limits.error_free_bytes = setup_.min_free_bytes;
    core::SelfCheckReport report;
    core::check_free_space(setup_.data_dir, limits, report);
    // Unknown (statvfs failed) is not "full": the store's own write then decides, and says so if it fails.
    const bool full = report.free_space_known && report.disk_full;
    if (full != disk_full_) {
        std::fprintf(stderr,
                     full ? "kiosk: the disk is nearly full (%llu MB free), the request form takes no applications\n"
                          : "kiosk: there is room on the disk again (%llu MB free), the form takes applications\n",
                     static_cast<unsigned long long>(report.free_bytes >> 20));
    }
    disk_full_ = full;
    return !full;
}

void ApplyController::start(AppModel& model) {
    wipe(model.apply);
    check_disk();
    model.apply.can_accept = can_accept();
    forget_keyboard_panels();  // a fresh form: nothing learned from an earlier one
}

bool ApplyController::back(AppModel& model) {
    ApplyView& v = model.apply;
    if (v.editing) { end_edit(v, core::local_iso_date(std::time(nullptr))); return true; }
    if (v.step == ApplyStep::Receipt) {
        // Not out of the form at once: the start shows 再看一次回执, so the receipt is seen not to be lost.
        v.receipt.reset();
        v.step = ApplyStep::Applicant;
        ++model.scroll_generation;
        return true;
    }
    if (v.step == ApplyStep::Applicant) return false;
    v.step = v.from_review ? ApplyStep::Review : previous_step(v.step);
    v.from_review = false;
    v.step_blocked = false;
    ++model.scroll_generation;
    return true;
}

ApplyController::Result ApplyController::apply(ApplyOp op, const Action& action, AppModel& model) {
    ApplyView& v = model.apply;
    // Only the date matters for the checks (an ID's birth date must be in the past); the platform's clock.
    const std::string today = core::local_iso_date(std::time(nullptr));
    const auto arg = action.id;
    switch (op) {
        case ApplyOp::Start:
            start(model);
            return Result::OpenForm;
        case ApplyOp::FromDocument:
            start(model);
            if (model.document.doc) {
                v.draft.info_name = model.document.doc->title;
                v.draft.info_doc_no = model.document.doc->doc_no;
                v.prefilled = true;
            }
            return Result::OpenForm;
        case ApplyOp::ChooseKind:
            v.draft.kind = arg == 0 ? core::ApplicantKind::Citizen : core::ApplicantKind::Organisation;
            v.errors.clear();  // the other kind's fields are not shown; their messages would be stale
            v.step_blocked = false;
            return Result::Stay;
        case ApplyOp::EditField:
            if (v.editing) end_edit(v, today);
            begin_edit(v, static_cast<FormField>(arg));
            // Until an engine is plugged in, a Chinese field opens on the tab that works rather than on a note.
            v.mode = usable_mode(v.mode);
            reset_keyboard_panels();
            return Result::Stay;
        case ApplyOp::Type: if (v.editing) type_text(v, action.text); return Result::Stay;
        case ApplyOp::Backspace: if (v.editing) backspace(v); return Result::Stay;
        case ApplyOp::Clear: if (v.editing) v.buffer.clear(); return Result::Stay;
        case ApplyOp::SetMode:
            set_mode(v, static_cast<InputMode>(arg));
            reset_keyboard_panels();
            return Result::Stay;
        case ApplyOp::DoneEditing: end_edit(v, today); return Result::Stay;
        case ApplyOp::ChooseIdType:
            if (arg >= 0 && arg < static_cast<std::int64_t>(std::size(core::kIdTypes))) v.draft.id_type = core::kIdTypes[arg];
            if (!v.draft.id_number.empty()) {  // the number is checked by the type's rules: look again
                if (const char* m = field_message(v.draft, FormField::IdNumber, today)) v.errors[FormField::IdNumber] = m;
                else v.errors.erase(FormField::IdNumber);
            }
            return Result::Stay;
        case ApplyOp::ChooseOrgKind: v.draft.org_kind = static_cast<core::OrganisationKind>(arg); return Result::Stay;
        case ApplyOp::ChooseForm:
            v.draft.form = static_cast<core::ProvideForm>(arg);
            if (!field_message(v.draft, FormField::Delivery, today)) v.errors.erase(FormField::Delivery);
            return Result::Stay;
        case ApplyOp::ChooseDelivery:
            v.draft.delivery = static_cast<core::Delivery>(arg);
            if (const char* m = field_message(v.draft, FormField::Delivery, today)) v.errors[FormField::Delivery] = m;
            else v.errors.erase(FormField::Delivery);
            return Result::Stay;
        case ApplyOp::ChooseFeeWaiver:
            v.draft.fee_waiver = arg != 0;
            if (!v.draft.fee_waiver) v.errors.erase(FormField::FeeWaiverReason);
            return Result::Stay;
        case ApplyOp::SignPoint: {
            core::SignaturePoint p;
            p.x = static_cast<std::uint16_t>(std::clamp<std::int64_t>(arg / 10000, 0, 1000));
            p.y = static_cast<std::uint16_t>(std::clamp<std::int64_t>(arg % 10000, 0, 1000));
            if (v.draft.signature.size() < 20000) v.draft.signature.push_back(p);
            v.errors.erase(FormField::Signature);
            return Result::Stay;
        }
        case ApplyOp::SignPenUp:
            if (!v.draft.signature.empty() && !v.draft.signature.back().pen_up) {
                core::SignaturePoint p = v.draft.signature.back();
                p.pen_up = true;
                v.draft.signature.push_back(p);
            }
            return Result::Stay;
        case ApplyOp::SignClear: v.draft.signature.clear(); return Result::Stay;
        case ApplyOp::Next:
            if (v.editing) end_edit(v, today);
            if (!check_step(v, today)) return Result::Stay;
            v.step = v.from_review ? ApplyStep::Review : next_step(v.step);
            v.from_review = false;
            v.notice.clear();
            ++model.scroll_generation;
            return Result::Stay;
        case ApplyOp::Previous:
            back(model);
            return Result::Stay;
        case ApplyOp::EditStep:
            v.step = static_cast<ApplyStep>(arg);
            v.from_review = true;
            v.step_blocked = false;
            ++model.scroll_generation;
            return Result::Stay;
        case ApplyOp::Submit:
            submit(model, arg);
            return Result::Stay;
        case ApplyOp::Finish:
            return Result::GoHome;
        case ApplyOp::KeepFilling:
            v.leave_ask = LeaveAsk::None;
            return Result::Stay;
        case ApplyOp::Abandon: {
            const LeaveAsk asked = v.leave_ask;
            v.leave_ask = LeaveAsk::None;
            if (asked == LeaveAsk::Home) return Result::GoHome;
            if (asked == LeaveAsk::Back) return Result::LeaveForm;
            return Result::Stay;
        }
        case ApplyOp::ShowReceipt:
            if (!v.visit_receipt) return Result::Stay;
            if (v.editing) end_edit(v, today);
            v.receipt = v.visit_receipt;  // already printed once: the printer goes by its number
            v.step = ApplyStep::Receipt;
            ++model.scroll_generation;
            return Result::Stay;
    }
    return Result::Stay;
}

void ApplyController::submit(AppModel& model, long long now) {
    ApplyView& v = model.apply;
    const std::string today = core::local_iso_date(now);
    if (v.editing) end_edit(v, today);
    v.notice.clear();
    core::Application app = v.draft;
    app.filled_date = today;
    const std::vector<core::FieldError> errors = core::check_application(app, today);
    if (!errors.empty()) {
        for (const core::FieldError& e : errors) v.errors[e.field] = e.message_zh;
        v.step = step_of(errors.front().field);
        v.from_review = true;
        v.step_blocked = true;
        ++model.scroll_generation;
        return;
    }
    if (!key_) { v.notice = str::kApplyNoKey; return; }  // never store what cannot be sealed
    if (!check_disk()) { v.notice = str::kApplyDiskFull; return; }  // filled up while the form was open
    std::string error;
    if (!db_) db_ = core::ApplicationStore::open(core::applications_db_in(setup_.data_dir), &error);
    std::optional<core::Receipt> receipt;
    if (db_) {
        const core::Office office = content_.office();
        core::ReceiptRules rules;
        rules.kiosk_id = setup_.kiosk_id;
        rules.office_name = office.name.empty() ? setup_.office_name : office.name;
        rules.reply_days = office.reply_days;
        rules.extension_days = office.extension_days;
        rules.calendar = &calendar_;
        receipt = db_->submit(app, *key_, rules, now, &error);
    }
    if (!receipt) {
        // The system's reason for staff (a full disk, a read-only folder), never the application's contents.
        std::fprintf(stderr, "kiosk: an application could not be stored: %s\n", error.c_str());
        v.notice = str::kApplySubmitFailed;
        return;
    }
    if (usage_) usage_->record_event(core::UsageEvent::ApplicationSubmitted, today);
    ApplyView copy;  // the checked copy goes the same way as the draft
    copy.draft = std::move(app);
    wipe(copy);
    wipe(v);
    v.can_accept = can_accept();
    v.visit_receipt = receipt;
    v.receipt = std::move(receipt);
    v.step = ApplyStep::Receipt;
    ++model.scroll_generation;
}

}  // namespace kiosk::ui
