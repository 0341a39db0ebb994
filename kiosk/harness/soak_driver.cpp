// soak_driver.cpp — see soak_driver.h.
//
// A soak run must reach the whole product, not only the home screen, so most touches land on what the ui::Probe
// recorded last frame as tappable (tiles, list rows, keys, form fields, staff buttons), with some weight towards
// going forward on the request form; the rest are random points, scrolls and flings, a 3 s hold on the home banner
// (the staff PIN pad), the PIN itself, field text an input method would commit (valid ID numbers, phones, postcodes,
// rare-character names) through the ime-text hook, finger strokes in the 手写 box and a signature, and idle gaps
// past the privacy and staff timeouts (cheap on the virtual clock).
//
// The driver also checks what must hold whatever a visitor does — after an idle gap past the reset no draft, no
// history, no search and no staff screen remain; the staff "quit" button is never offered on a public screen and
// never tapped (labels in kNeverTap) — and counts the screens it saw. The same seed gives the same touches; what the
// kiosk answers can still differ slightly from run to run (the search worker and the USB watcher run on threads).
//
// Index of this file:
// [SECTION] Names and what a visitor types
// [SECTION] Watching: screens seen and checks
// [SECTION] Frames: carrying out the planned steps
// [SECTION] Planning what a visitor does next
#include "harness/soak_driver.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/requests/application.h"
#include "core/requests/field_check.h"
#include "core/base/strings_zh.h"
#include "ui/request/apply_form.h"

namespace kiosk::ui {
namespace {

constexpr double kFrameMs = 16.0;
constexpr double kHoldStepMs = 100.0;   // virtual time per frame while a finger is held still
constexpr int kSettleCap = 24;          // frames of inertia to wait out at most before the next touch
constexpr int kLabelRetries = 4;        // frames to look for a planned label before giving the plan up

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Names and what a visitor types
//---------------------------------------------------------------------------------------------------------------------

const char* step_name(ApplyStep s) {
    switch (s) {
        case ApplyStep::Applicant: return "apply:applicant";
        case ApplyStep::Contact: return "apply:contact";
        case ApplyStep::Info: return "apply:info";
        case ApplyStep::Signature: return "apply:signature";
        case ApplyStep::Review: return "apply:review";
        case ApplyStep::Receipt: return "apply:receipt";
    }
    return "apply:?";
}

const char* keyboard_name(InputMode m) {
    switch (m) {
        case InputMode::Pinyin: return "keyboard:pinyin";
        case InputMode::Handwriting: return "keyboard:handwriting";
        case InputMode::Latin: return "keyboard:abc";
        case InputMode::Digits: return "keyboard:digits";
        case InputMode::Parts: return "keyboard:parts";
    }
    return "keyboard:?";
}

std::string staff_name(const StaffModel& m) {
    switch (m.page) {
        case StaffPage::Closed: return "staff:closed";
        case StaffPage::Pin: return m.pin_locked ? "staff:pin-locked" : "staff:pin";
        case StaffPage::Main: return "staff:main";
        case StaffPage::Staging: return "staff:staging";
        case StaffPage::Diff: return "staff:diff";
        case StaffPage::Result: return "staff:result";
        case StaffPage::ConfirmQuit: return "staff:confirm-quit";
        case StaffPage::Usage: return "staff:usage";
        default: return "staff:page-" + std::to_string(static_cast<int>(m.page));
    }
}

bool never_tap(const std::string& label) {
    for (const char* bad : kNeverTap)
        if (label.find(bad) != std::string::npos) return true;
    return false;
}

// Whether a finger going down at `p` could press a kNeverTap button: on or near one, or anywhere while the screen
// still moves (inertia), since the probe is a frame old and the button may scroll under the finger.
bool unsafe_press(ImVec2 p, const Probe& shown, bool animating) {
    for (const ProbeItem& item : shown.items()) {
        if (!item.tappable || !never_tap(item.text)) continue;
        if (animating) return true;
        if (p.x >= item.min.x - 8 && p.x <= item.max.x + 8 && p.y >= item.min.y - 8 && p.y <= item.max.y + 8) return true;
    }
    return false;
}

bool is_one_of(const std::string& label, std::initializer_list<const char*> labels) {
    for (const char* l : labels)
        if (label == l) return true;
    return false;
}

// Field text an input method could commit: valid values (so the form can be submitted) and a few that are not.
std::string field_text_for(core::FormField f, std::mt19937_64& rng) {
    auto u = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto digits = [&](int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s += static_cast<char>('0' + u(10));
        return s;
    };
    using core::FormField;
    static const char* kNames[] = {"刘䶮", "𠮷田", "王𪚥", "张三", "李秀英", "欧阳明", "马", "买买提·艾力"};
    switch (f) {
        case FormField::Name:
        case FormField::LegalRep:
        case FormField::ContactName: return kNames[u(8)];
        case FormField::Workplace: return u(2) ? "石桥镇农机站" : "安澜县第一中学";
        case FormField::IdNumber: {
            if (u(8) == 0) return digits(17);  // too short: refused, and kept for correcting
            char birth[16];
            std::snprintf(birth, sizeof birth, "%04d%02d%02d", 1940 + u(65), 1 + u(12), 1 + u(28));
            const std::string first17 = "110105" + std::string(birth) + digits(3);
            return first17 + core::resident_id_check_char(first17);
        }
        case FormField::OrgName: return "安澜县石桥镇杨柳村股份经济合作社";
        case FormField::CreditCode: {
            static const char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            std::string first17 = "91620000";
            for (int i = 0; i < 9; ++i) first17 += kAlphabet[u(31)];
            return first17 + core::credit_code_check_char(first17);
        }
        case FormField::Phone: return u(6) == 0 ? "0931-" + digits(7) : "139" + digits(8);
        case FormField::Address: return "安澜县石桥镇杨柳村三组" + std::to_string(1 + u(60)) + "号";
        case FormField::Postcode: return u(8) == 0 ? digits(5) : "736400";
        case FormField::Email: return u(2) ? "" : "shiqiao" + digits(3) + "@example.cn";
        case FormField::InfoName: return u(2) ? "2026年低保资金发放情况" : "杨柳村道路硬化工程的审批文件";
        case FormField::InfoDocNo: return "安民发〔2021〕" + std::to_string(1 + u(40)) + "号";
        case FormField::InfoDescription: return "想了解本村今年的补助名单和发放标准。";
        case FormField::FeeWaiverReason: return "家里是低保户";
        default: return "测试";
    }
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Watching: screens seen and checks
//---------------------------------------------------------------------------------------------------------------------

std::string soak_screen_name(const SoakView& view) {
    if (view.staff_open && view.staff) return staff_name(*view.staff);
    if (!view.app) return "startup-notice";
    const AppModel& m = *view.app;
    if (m.attract) return "attract";
    switch (m.route.screen) {
        case Screen::Home: return "home";
        case Screen::Catalog: return m.catalog.year_filter_shown ? "catalog:years" : "catalog";
        case Screen::Document: return "document";
        case Screen::Guides: return "guides";
        case Screen::Guide: return "guide";
        case Screen::Fees: return "fees";
        case Screen::DisclosureGuide: return "disclosure-guide";
        case Screen::Notices: return "notices";
        case Screen::Search:
            if (m.search.filters_open) return "search:filters";
            return m.search.query.empty() ? "search" : "search:results";
        case Screen::Apply:
            if (m.apply.editing) return keyboard_name(m.apply.mode);
            return step_name(m.apply.receipt ? ApplyStep::Receipt : m.apply.step);
        default: return "screen-" + std::to_string(static_cast<int>(m.route.screen));
    }
}

SoakDriver::SoakDriver(SoakSettings settings) : settings_(std::move(settings)), rng_(settings_.seed) {}

ImVec2 SoakDriver::point_in(ImVec2 min, ImVec2 max, float margin) {
    const float w = std::max(0.0f, max.x - min.x - 2 * margin), h = std::max(0.0f, max.y - min.y - 2 * margin);
    return ImVec2(min.x + margin + static_cast<float>(uniform()) * w, min.y + margin + static_cast<float>(uniform()) * h);
}

void SoakDriver::fail(const std::string& why, const Probe& shown) {
    failure_ = "soak check failed after " + std::to_string(counts_.touches) + " touches (screen " + last_screen_ +
               "): " + why + "\nVisible on screen:\n" + shown.dump();
    done_ = true;
}

void SoakDriver::note_screen(const SoakView& view) {
    const std::string name = soak_screen_name(view);
    if (name == last_screen_) return;
    if (name == "apply:receipt") ++counts_.receipts;
    ++screens_[name];
    last_screen_ = name;
}

// What must hold after any sequence of touches.
void SoakDriver::check(const Probe& shown, const SoakView& view) {
    ++counts_.checks;
    if (!view.staff_open) {
        for (const ProbeItem& item : shown.items()) {
            if (item.tappable && never_tap(item.text)) {
                fail("'" + item.text + "' is offered on a public screen", shown);
                return;
            }
        }
    }
    if (view.staff_open && view.staff && view.staff->page == StaffPage::ConfirmQuit) {
        fail("the soak reached 退出程序's confirmation, which it must never tap", shown);
        return;
    }
    if (after_staff_gap_) {
        after_staff_gap_ = false;
        if (view.staff_open) { fail("staff mode stayed open through an idle gap past its timeout", shown); return; }
    }
    if (after_reset_gap_ && !view.staff_open) {
        after_reset_gap_ = false;
        if (view.app) {
            const AppModel& m = *view.app;
            if (m.apply.has_personal_data()) { fail("the request form kept a draft through the idle reset", shown); return; }
            if (!m.history.empty()) { fail("the idle reset left a history for 返回", shown); return; }
            if (m.route.screen != Screen::Home) { fail("the idle reset did not go home", shown); return; }
            if (!m.search.query.empty()) { fail("the idle reset kept the last search", shown); return; }
        }
    }
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Frames: carrying out the planned steps
//---------------------------------------------------------------------------------------------------------------------

FrameInput SoakDriver::next_frame(const Probe& shown, ImVec2 screen, bool animating, const SoakView& view) {
    FrameInput in;
    in.finger = true;  // the very event path a touchscreen uses (platform/kiosk_runner.cpp)
    if (done_) return in;
    note_screen(view);
    const bool idle_now = plan_.empty() && !last_down_;
    if (idle_now) check(shown, view);  // between gestures: nothing half-done on screen
    if (done_) return in;
    for (int guard = 0; guard < 8; ++guard) {
        if (plan_.empty()) {
            if (counts_.touches >= settings_.touches) {
                if (final_rest_) { done_ = true; return in; }
                // Last, an idle gap past the reset: the run ends at rest (checked like any other gap), where the
                // platform takes its end figure.
                final_rest_ = true;
                plan_idle_gap(view, true);
            } else {
                plan_next(shown, screen, view);
            }
            phase_ = 0;
        }
        if (step_frame(plan_.front(), shown, animating, &in)) {
            last_pointer_ = in.pointer;
            last_down_ = in.down;
            return in;
        }
    }
    return in;  // a frame without input: the plans on offer did not fit this screen
}

// Expands the front step into this frame's input; pops it when done. False: the step could not run (its label is
// not on screen); the whole plan is dropped, since its later steps assumed this one.
bool SoakDriver::step_frame(Step& s, const Probe& shown, bool animating, FrameInput* in) {
    auto finish = [&](bool touch) {
        if (touch && s.counts) ++counts_.touches;
        plan_.pop_front();
        phase_ = 0;
        held_ms_ = 0;
    };
    // Before a finger goes down: never where a kNeverTap button is or may be by now. Wait for the screen to stand
    // still (bounded), else give the plan up.
    const bool press = phase_ == 0 && (s.kind == Step::Kind::TapAt || s.kind == Step::Kind::Drag ||
                                       s.kind == Step::Kind::Hold || s.kind == Step::Kind::Stroke);
    if (press) {
        const ImVec2 at = s.kind == Step::Kind::Stroke ? s.path.front() : s.a;
        if (unsafe_press(at, shown, animating)) {
            if (animating && ++press_waits_ < 120) return true;  // an empty frame: let the inertia run out
            press_waits_ = 0;
            plan_.clear();
            return false;
        }
        press_waits_ = 0;
    }
    switch (s.kind) {
        case Step::Kind::TapLabel: {
            const ProbeItem* item = shown.find_tappable(s.text, false);
            if (!item || never_tap(item->text)) {
                if (++phase_ < kLabelRetries) return true;  // the screen may still be changing: an empty frame
                plan_.clear();
                phase_ = 0;
                return false;
            }
            s.kind = Step::Kind::TapAt;
            s.a = point_in(item->min, item->max, std::min(item->max.x - item->min.x, item->max.y - item->min.y) * 0.2f);
            phase_ = 0;
            ++counts_.probe_taps;
            return step_frame(s, shown, animating, in);
        }
        case Step::Kind::TapAt:
            in->pointer = s.a;
            if (phase_ < s.frames) { in->down = true; ++phase_; return true; }
            if (phase_ == s.frames) { in->down = false; ++phase_; ++counts_.taps; return true; }  // lift
            in->pointer = ImVec2(-1e6f, -1e6f);  // one frame for the new screen to be drawn and probed
            finish(true);
            return true;
        case Step::Kind::Drag: {
            if (phase_ <= s.frames) {
                const float f = static_cast<float>(phase_) / static_cast<float>(s.frames);
                in->pointer = ImVec2(s.a.x + (s.b.x - s.a.x) * f, s.a.y + (s.b.y - s.a.y) * f);
                in->down = true;
            } else if (phase_ <= s.frames + s.hold_end) {
                in->pointer = s.b;
                in->down = true;
            } else {
                in->pointer = s.b;
                in->down = false;
                ++counts_.drags;
                finish(true);
                plan_.push_front(settle_step(kSettleCap));
                return true;
            }
            ++phase_;
            return true;
        }
        case Step::Kind::Hold:
            in->pointer = s.a;
            if (held_ms_ < s.ms) {
                in->down = true;
                in->advance_ms = phase_ == 0 ? kFrameMs : kHoldStepMs;
                held_ms_ += in->advance_ms;
                ++phase_;
                return true;
            }
            in->down = false;
            ++counts_.holds;
            finish(true);
            plan_.push_front(settle_step(2));
            return true;
        case Step::Kind::Stroke: {
            const auto n = static_cast<int>(s.path.size());
            if (phase_ < n) {
                in->pointer = s.path[static_cast<std::size_t>(phase_)];
                in->down = true;
                ++phase_;
                return true;
            }
            in->pointer = s.path.back();
            in->down = false;
            ++counts_.strokes;
            finish(true);
            return true;
        }
        case Step::Kind::Wait:
            in->advance_ms = s.ms;
            finish(false);
            plan_.push_front(settle_step(3));
            return true;
        case Step::Kind::Commit:
            if (hooks_.commit_text) hooks_.commit_text(s.text);
            ++counts_.texts_committed;
            finish(false);
            return true;
        case Step::Kind::Settle:
            // At least one frame; more while the UI animates (inertia, a search landing), within the cap.
            if (++phase_ >= s.frames || (phase_ > 1 && !animating)) finish(false);
            return true;
    }
    return false;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Planning what a visitor does next
//---------------------------------------------------------------------------------------------------------------------

SoakDriver::Step SoakDriver::settle_step(int cap) {
    Step s;
    s.kind = Step::Kind::Settle;
    s.frames = cap;
    s.counts = false;
    return s;
}

SoakDriver::Step SoakDriver::commit_step(std::string text) {
    Step s;
    s.kind = Step::Kind::Commit;
    s.text = std::move(text);
    s.counts = false;
    return s;
}

void SoakDriver::plan_tap_label(const std::string& label, bool counts) {
    Step s;
    s.kind = Step::Kind::TapLabel;
    s.text = label;
    s.frames = 1;
    s.counts = counts;
    plan_.push_back(std::move(s));
}

// A point anywhere on the screen, but not on a kNeverTap button: a random tap there would quit the kiosk.
ImVec2 SoakDriver::random_point(const Probe& shown, ImVec2 screen) {
    ImVec2 p{1, 1};
    for (int attempt = 0; attempt < 20; ++attempt) {
        p = point_in(ImVec2(0, 0), screen, 2);
        bool ok = true;
        for (const ProbeItem& item : shown.items()) {
            if (item.tappable && never_tap(item.text) && p.x >= item.min.x - 4 && p.x <= item.max.x + 4 &&
                p.y >= item.min.y - 4 && p.y <= item.max.y + 4)
                ok = false;
        }
        if (ok) return p;
    }
    return ImVec2(1, 1);
}

void SoakDriver::plan_random_tap(const Probe& shown, ImVec2 screen) {
    Step s;
    s.kind = Step::Kind::TapAt;
    s.a = random_point(shown, screen);
    s.frames = 1 + pick(4);
    ++counts_.random_taps;
    plan_.push_back(s);
}

void SoakDriver::plan_drag(const Probe& shown, ImVec2 screen) {
    Step s;
    s.kind = Step::Kind::Drag;
    s.a = random_point(shown, screen);
    const double r = uniform();
    if (r < 0.7) {  // a scroll up or down, like reading
        const float dy = static_cast<float>((uniform() - 0.5) * screen.y * 1.2);
        s.b = ImVec2(std::clamp(s.a.x + static_cast<float>((uniform() - 0.5) * 40), 1.0f, screen.x - 1),
                     std::clamp(s.a.y + dy, 1.0f, screen.y - 1));
    } else {  // anywhere: sideways, diagonal, tiny (a shaky tap)
        s.b = r < 0.85 ? random_point(shown, screen)
                       : ImVec2(std::clamp(s.a.x + static_cast<float>((uniform() - 0.5) * 30), 1.0f, screen.x - 1),
                                std::clamp(s.a.y + static_cast<float>((uniform() - 0.5) * 30), 1.0f, screen.y - 1));
    }
    s.frames = 2 + pick(14);                // fast flicks to slow pulls
    s.hold_end = uniform() < 0.5 ? 0 : 4;   // held still before lifting: no fling
    plan_.push_back(s);
}

void SoakDriver::plan_strokes(ImVec2 box_min, ImVec2 box_max, int count) {
    for (int i = 0; i < count; ++i) {
        Step s;
        s.kind = Step::Kind::Stroke;
        const int points = 2 + pick(8);
        ImVec2 p = point_in(box_min, box_max, 2);
        for (int k = 0; k < points; ++k) {
            s.path.push_back(p);
            const ImVec2 next = point_in(box_min, box_max, 2);
            p = ImVec2(p.x + (next.x - p.x) * 0.4f, p.y + (next.y - p.y) * 0.4f);
        }
        plan_.push_back(std::move(s));
    }
}

void SoakDriver::plan_idle_gap(const SoakView& view, bool past_reset) {
    (void)view;
    const Timeouts& t = settings_.timeouts;
    // Past every reset: a long page open (a document, 公开指南) waits long_page_idle_ms before it.
    const double reset = std::max({t.idle_reset_ms, t.staff_idle_ms, t.long_page_idle_ms}) + 5'000;
    const double r = past_reset ? 0.5 : uniform();
    Step s;
    s.kind = Step::Kind::Wait;
    if (r < 0.3) s.ms = t.form_warning_ms + 1'000;  // the form's 还在吗 countdown, not yet the wipe
    else if (r < 0.9) s.ms = reset;                  // the idle reset (and staff mode closing)
    else s.ms = 5 * 60'000 + 5'000;                  // past the PIN lockout
    if (s.ms >= reset) after_reset_gap_ = after_staff_gap_ = true;
    ++counts_.idle_gaps;
    plan_.push_back(s);
}

// The PIN pad: mostly the right PIN after a banner hold (staff coming to work), else random digits (a visitor
// trying): wrong PINs and the lockout are part of the soak too.
bool SoakDriver::plan_pin(const Probe& shown, const SoakView& view) {
    if (!view.staff_open || !view.staff || view.staff->page != StaffPage::Pin) return false;
    if (view.staff->pin_locked) {
        if (uniform() < 0.5) { plan_tap_label(str::kStaffPinCancel); return true; }
        return false;
    }
    const bool wanted = pin_wanted_ > 0 ? uniform() < 0.9 : uniform() < 0.3;
    pin_wanted_ = 0;
    if (!wanted || settings_.staff_pin.empty() || !shown.find_tappable(str::kStaffPinOk, false)) return false;
    for (int i = 0; i < view.staff->pin_digits; ++i) plan_tap_label(str::kStaffPinBackspace);
    for (char c : settings_.staff_pin) plan_tap_label(std::string(1, c));
    plan_tap_label(str::kStaffPinOk);
    ++counts_.pins_typed;
    return true;
}

// The request form, as a visitor who means to finish it: fill the empty or refused field of the step with text an
// input method would commit, sign, and go on; a visitor who does not is the random taps.
bool SoakDriver::plan_form_help(const Probe& shown, ImVec2 screen, const SoakView& view) {
    if (!view.app || view.staff_open || view.app->attract || view.app->route.screen != Screen::Apply) return false;
    const ApplyView& v = view.app->apply;
    if (v.receipt) return false;
    if (v.editing) {
        if ((v.mode == InputMode::Handwriting || v.mode == InputMode::Parts) && uniform() < 0.3) {
            if (const ProbeItem* box = shown.find_tappable(str::kHandwritingBox, false)) {
                plan_strokes(box->min, box->max, 1 + pick(4));
                return true;
            }
        }
        if (!is_choice(*v.editing) && *v.editing != core::FormField::Signature && uniform() < 0.4) {
            if (!v.buffer.empty()) plan_tap_label(str::kKeyClear, false);
            plan_.push_back(commit_step(field_text_for(*v.editing, rng_)));
            plan_tap_label(str::kInputDone);
            return true;
        }
        return false;
    }
    if (uniform() < 0.45) return false;
    if (v.step == ApplyStep::Signature && v.draft.signature.empty()) {
        // The pad fills the middle of the step: a name's worth of strokes there.
        plan_strokes(ImVec2(screen.x * 0.3f, screen.y * 0.42f), ImVec2(screen.x * 0.7f, screen.y * 0.58f), 1 + pick(3));
        return true;
    }
    for (core::FormField f : step_fields(v.step, v.draft)) {
        if (is_choice(f) || f == core::FormField::Signature) continue;
        const bool empty = field_text(v.draft, f).empty() && !is_optional(f, v.draft);
        if (!empty && !v.errors.count(f)) continue;
        const char* label = core::form_field_zh(f);
        if (shown.find_tappable(label, false)) { plan_tap_label(label); return true; }
    }
    for (const char* forward : {str::kApplySubmit, str::kApplyNext, str::kApplyToReview, str::kStillThereContinue}) {
        if (shown.find_tappable(forward, false)) { plan_tap_label(forward); return true; }
    }
    if (v.step == ApplyStep::Review) {  // 提交申请 is below the fold: scroll towards it
        Step s;
        s.kind = Step::Kind::Drag;
        s.a = ImVec2(screen.x * 0.7f, screen.y * 0.7f);
        s.b = ImVec2(screen.x * 0.7f, screen.y * 0.3f);
        s.frames = 8;
        s.hold_end = 4;
        plan_.push_back(s);
        return true;
    }
    return false;
}

// Search: now and then a word that finds something (pinyin, initials, a 文号), typed key by key.
bool SoakDriver::plan_search_word(const Probe& shown) {
    static const char* kWords[] = {"dibao", "hydj", "jiehun", "ysqgk", "2021 25", "gaoling", "zxqk", "qq"};
    if (uniform() > 0.25 || !shown.find_tappable("a", false)) return false;
    for (char c : std::string(kWords[pick(8)])) plan_tap_label(c == ' ' ? std::string(str::kKeySpace) : std::string(1, c));
    return true;
}

void SoakDriver::plan_next(const Probe& shown, ImVec2 screen, const SoakView& view) {
    if (plan_pin(shown, view)) return;
    if (plan_form_help(shown, screen, view)) return;
    const bool on_home = view.app && !view.staff_open && !view.app->attract && view.app->route.screen == Screen::Home;
    if (view.app && !view.staff_open && view.app->route.screen == Screen::Search && plan_search_word(shown)) return;
    const double r = uniform();
    // About one plan in 70 is an idle gap (most of them past the reset): a visit ends, the next visitor comes.
    if (r < 0.015) { plan_idle_gap(view, false); return; }
    if (r < 0.035) {
        Step s;
        s.kind = Step::Kind::Hold;
        if (on_home && uniform() < 0.8) {
            // The staff gesture: 3 s on the banner (office name and clock) opens the PIN pad.
            s.a = ImVec2(screen.x * (0.05f + 0.3f * static_cast<float>(uniform())), screen.y * 0.03f);
            s.ms = 3'000 + 100 + pick(5) * 100;
            pin_wanted_ = 1;
            ++counts_.banner_holds;
        } else {
            s.a = random_point(shown, screen);
            s.ms = 400 + pick(20) * 100;
        }
        plan_.push_back(s);
        return;
    }
    if (r < 0.15) { plan_drag(shown, screen); return; }
    if (r < 0.23) { plan_random_tap(shown, screen); return; }
    if (r < 0.245) {
        Step s;
        s.kind = Step::Kind::Wait;
        s.ms = 200 + pick(50) * 100;  // a reader pausing, under every timeout
        plan_.push_back(s);
        return;
    }
    // What the screen offers: one of its tappable items, weighted towards going forward on the form.
    std::vector<const ProbeItem*> items;
    std::vector<double> weights;
    double total = 0;
    const bool form = view.app && view.app->route.screen == Screen::Apply && !view.staff_open;
    for (const ProbeItem& item : shown.items()) {
        if (!item.tappable || never_tap(item.text)) continue;
        double w = 1.0;
        if (form && is_one_of(item.text, {str::kApplyNext, str::kApplySubmit, str::kApplyToReview, str::kInputDone}))
            w = 4.0;
        // The staff badge is on every public screen while the stick is in: visitors rarely tap it.
        if (!view.staff_open && item.text.rfind(str::kStaffBadgeShortest, 0) == 0) w = 0.04;
        items.push_back(&item);
        weights.push_back(w);
        total += w;
    }
    if (items.empty()) { plan_random_tap(shown, screen); return; }
    double at = uniform() * total;
    std::size_t i = 0;
    while (i + 1 < items.size() && at >= weights[i]) at -= weights[i++];
    const ProbeItem& item = *items[i];
    Step s;
    s.kind = Step::Kind::TapAt;
    s.a = point_in(item.min, item.max, std::min(item.max.x - item.min.x, item.max.y - item.min.y) * 0.2f);
    s.frames = 1 + (uniform() < 0.2 ? pick(6) : 0);
    ++counts_.probe_taps;
    plan_.push_back(s);
}

}  // namespace kiosk::ui
