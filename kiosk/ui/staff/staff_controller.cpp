// staff_controller.cpp — see staff_controller.h.
#include "ui/staff/staff_controller.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include "core/requests/application_store.h"
#include "core/updates/bundle_format.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::ui {
namespace {

std::string format_int(const char* fmt, int n) {
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, n);
    return buf;
}

}  // namespace

void StaffController::refresh_installed() {
    refresh_applications();
    model_.current = install_.current_info();
    model_.previous = install_.previous_info();
    model_.installed_version = install_.installed_version();
    // No current.db: the screen shows live_info_ as 出厂内容.
    model_.bundles = raw_bundles_;
    for (auto& b : model_.bundles) {
        b.older_or_equal = false;
        if (b.info.ok() && b.info.have_manifest && !model_.installed_version.empty() &&
            core::is_valid_version(b.info.manifest.content_version) &&
            core::is_valid_version(model_.installed_version))
            b.older_or_equal = core::compare_versions(b.info.manifest.content_version, model_.installed_version) <= 0;
    }
}

void StaffController::refresh_applications() {
    model_.applications_pending = 0;
    model_.applications_readable = true;
    std::error_code ec;
    if (applications_db_.empty() || !std::filesystem::exists(applications_db_, ec)) return;  // none received yet
    std::string error;
    const auto store = core::ApplicationStore::open(applications_db_, &error);
    if (!store) {
        model_.applications_readable = false;
        std::fprintf(stderr, "kiosk: applications database: %s\n", error.c_str());
        return;
    }
    model_.applications_pending = store->pending_count();
}

void StaffController::export_applications(int stick, long long wall_seconds) {
    if (stick < 0 || stick >= static_cast<int>(model_.sticks.size())) return;
    const StaffStick s = model_.sticks[stick];
    std::string error;
    const auto store = core::ApplicationStore::open(applications_db_, &error);
    if (!store) {
        show_message(core::format_text(str::kErrExportWrite.zh, error.c_str()), false);
        return;
    }
    // Synchronous: a month of forms is a few hundred KiB, and export_pending fsyncs and reads back before it returns.
    const core::ExportResult r =
        store->export_pending(s.path + "/" + str::kStaffExportFolder, kiosk_id_, wall_seconds);
    refresh_applications();
    if (!r.ok) {
        std::fprintf(stderr, "kiosk: export to %s failed: %s\n", s.path.c_str(), r.error_en.c_str());
        show_message(r.error_zh, false);
    } else if (r.count == 0) {
        show_message(str::kStaffNonePending, true);
    } else {
        std::fprintf(stderr, "kiosk: %d applications exported to %s\n", r.count, r.file.c_str());
        char buf[1024];
        std::snprintf(buf, sizeof buf, str::kStaffExportedFmt, r.count, s.name.c_str(),
                      std::filesystem::path(r.file).filename().string().c_str());
        show_message(buf, true);
    }
}

void StaffController::set_sticks(std::vector<StaffStick> sticks) { model_.sticks = std::move(sticks); }

void StaffController::set_bundles(std::vector<StaffBundle> bundles) {
    raw_bundles_ = std::move(bundles);
    if (worker_.running() && !staging_path_.empty()) {
        bool still_there = false;
        for (const auto& b : raw_bundles_) still_there |= b.path == staging_path_;
        if (!still_there) worker_.cancel();  // ends with SourceRemoved; current.db is untouched
    }
    if (open()) refresh_installed();
    else model_.bundles = raw_bundles_;
}

void StaffController::show_result(const core::UpdateResult& r) { show_message(r.message_zh(), r.ok()); }

void StaffController::show_message(const std::string& zh, bool ok) {
    model_.message = zh;
    model_.message_ok = ok;
    model_.page = StaffPage::Result;
}

void StaffController::close() {
    model_.page = StaffPage::Closed;
    pin_entry_.clear();
    model_.pin_digits = 0;
    model_.pin_message.clear();
    press_start_ms_ = -1;
}

bool StaffController::poll(double now_ms, bool touched) {
    if (touched || last_touch_ms_ == 0) last_touch_ms_ = now_ms;
    const bool running = worker_.running();
    model_.staging = running;
    if (running) {
        const auto total = worker_.total_bytes(), done = worker_.done_bytes();
        model_.percent = total ? static_cast<int>(done * 100 / total) : 0;
    }
    if (auto finished = worker_.take_finished()) {
        auto& [result, staged] = *finished;
        model_.staging = false;
        staging_path_.clear();
        if (result.ok() && staged) {
            staged_ = std::move(*staged);
            model_.diff = staged_->diff;
            model_.staged_version = staged_->manifest.content_version;
            model_.waiting_confirm = true;
            if (model_.page == StaffPage::Staging) model_.page = StaffPage::Diff;
        } else {
            core::UpdateResult shown = result;
            const bool stopped = user_stopped_;
            if (open()) {
                if (stopped) show_message(str::kStaffCancelled, false);
                else show_result(shown);
            } else if (!stopped) {
                pending_result_ = shown;
            }
        }
        user_stopped_ = false;
    }
    was_running_ = running;
    // Staff screens never stay open for the next visitor. A running stage goes on; its result waits for the PIN.
    if (open() && now_ms - last_touch_ms_ >= idle_close_ms_) close();
    model_.badge = !raw_bundles_.empty() || model_.staging || model_.waiting_confirm;
    return running;
}

void StaffController::watch_long_press(const Gesture& g, bool started_on_banner, double now_ms) {
    if (open()) { press_start_ms_ = -1; return; }
    if (g.pressed) press_start_ms_ = started_on_banner ? now_ms : -1;
    if (!g.down || g.dragged) { press_start_ms_ = -1; return; }
    if (press_start_ms_ >= 0 && now_ms - press_start_ms_ >= kStaffLongPressMs) {
        press_start_ms_ = -1;
        apply(StaffAction::of(StaffAction::Kind::OpenPin), 0, now_ms);
    }
}

void StaffController::apply(const StaffAction& a, long long wall_seconds, double now_ms) {
    using K = StaffAction::Kind;
    if (a.kind == K::None) return;
    last_touch_ms_ = now_ms;
    switch (a.kind) {
        case K::None: break;
        case K::OpenPin:
            pin_entry_.clear();
            model_.pin_digits = 0;
            model_.pin_message.clear();
            model_.pin_locked = false;
            model_.pin_set = pin_.is_set();
            model_.page = StaffPage::Pin;
            break;
        case K::PinDigit:
            if (pin_entry_.size() < 12 && a.number >= 0 && a.number <= 9) pin_entry_.push_back(char('0' + a.number));
            model_.pin_digits = static_cast<int>(pin_entry_.size());
            break;
        case K::PinBackspace:
            if (!pin_entry_.empty()) pin_entry_.pop_back();
            model_.pin_digits = static_cast<int>(pin_entry_.size());
            break;
        case K::PinCancel: close(); break;
        case K::PinOk: {
            if (!core::is_valid_pin(pin_entry_)) {
                model_.pin_message = str::kStaffPinTooShort;
                pin_entry_.clear();
                model_.pin_digits = 0;
                break;
            }
            const core::PinCheck check = pin_.check(pin_entry_, wall_seconds);
            pin_entry_.assign(pin_entry_.size(), '\0');
            pin_entry_.clear();
            model_.pin_digits = 0;
            model_.pin_locked = check.status == core::PinCheck::Status::LockedOut;
            switch (check.status) {
                case core::PinCheck::Status::Ok:
                    model_.pin_message.clear();
                    refresh_installed();
                    if (pending_result_) { show_result(*pending_result_); pending_result_.reset(); }
                    else if (model_.waiting_confirm) model_.page = StaffPage::Diff;
                    else if (worker_.running()) model_.page = StaffPage::Staging;
                    else model_.page = StaffPage::Main;
                    break;
                case core::PinCheck::Status::Wrong:
                    model_.pin_message = format_int(str::kStaffPinWrongFmt, check.tries_left);
                    break;
                case core::PinCheck::Status::LockedOut:
                    model_.pin_message =
                        format_int(str::kStaffPinLockedFmt, static_cast<int>((check.locked_seconds + 59) / 60));
                    break;
                case core::PinCheck::Status::NotSet:
                    model_.pin_set = false;
                    break;
            }
            break;
        }
        case K::Import:
        case K::ImportOlder: {
            if (a.number < 0 || a.number >= static_cast<int>(model_.bundles.size())) break;
            const StaffBundle& b = model_.bundles[a.number];
            const bool older = a.kind == K::ImportOlder;
            if (!worker_.start_stage(b.path, older)) {
                core::UpdateResult busy;
                busy.outcome = core::UpdateOutcome::Busy;
                show_result(busy);
                break;
            }
            staging_path_ = b.path;
            model_.staging_file = b.file_name;
            model_.staged_older = older;
            model_.staging = true;
            model_.percent = 0;
            user_stopped_ = false;
            model_.page = StaffPage::Staging;
            break;
        }
        case K::StopStaging:
            if (worker_.running()) { user_stopped_ = true; worker_.cancel(); }
            break;
        case K::Confirm: {
            if (!staged_) { model_.page = StaffPage::Main; break; }
            const core::UpdateResult r = worker_.commit(*staged_);
            staged_.reset();
            model_.waiting_confirm = false;
            if (r.ok()) content_changed_ = true;
            if (usage_) usage_->record_update(r, core::local_iso_date(wall_seconds));
            refresh_installed();
            show_result(r);
            break;
        }
        case K::CancelDiff:
            if (staged_) worker_.discard(*staged_);
            staged_.reset();
            model_.waiting_confirm = false;
            show_message(str::kStaffCancelled, false);
            break;
        case K::Rollback: {
            const core::UpdateResult r = worker_.rollback();
            if (r.ok()) content_changed_ = true;
            if (usage_) usage_->record_update(r, core::local_iso_date(wall_seconds));
            refresh_installed();
            show_result(r);
            break;
        }
        case K::Dismiss:
            refresh_installed();
            model_.page = StaffPage::Main;
            break;
        case K::ExportApplications: export_applications(a.number, wall_seconds); break;
        case K::AskQuit: model_.page = StaffPage::ConfirmQuit; break;
        case K::ShowUsage: load_usage(wall_seconds); model_.page = StaffPage::Usage; break;
        case K::Quit:
            std::fprintf(stderr, "kiosk: staff asked to quit\n");
            quit_requested_ = true;
            break;
        case K::Leave:
        case K::Exit: close(); break;
    }
}

bool StaffController::take_content_changed() {
    const bool c = content_changed_;
    content_changed_ = false;
    return c;
}

double StaffController::next_wake_ms() const {
    if (open()) return last_touch_ms_ + idle_close_ms_;
    return 1e300;
}

}  // namespace kiosk::ui
