// kiosk_app.cpp — see kiosk_app.h.
#include "ui/kiosk_app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "ui/kit/access_bar.h"
#include "ui/kit/plain_words.h"
#include "ui/request/apply_screen.h"
#include "ui/reading/attract_screen.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

KioskApp::KioskApp(const core::ContentStore& store, const std::string& today, core::UsageLog* usage,
                   const Timeouts& timeouts)
    : controller_(store, usage), timeouts_(timeouts) {
    controller_.load(model_, today);
}

bool KioskApp::on_form() const {
    return model_.route.screen == Screen::Apply && model_.apply.step != ApplyStep::Receipt && model_.apply.can_accept;
}

bool KioskApp::warns() const { return !model_.attract && model_.route.screen != Screen::Home; }

IdleDeadlines KioskApp::deadlines() const {
    // Every frame: the lengths were counted once, when the page was opened or the content loaded.
    const bool long_page = (model_.route.screen == Screen::Document && model_.document.doc && model_.document.long_page) ||
                           (model_.route.screen == Screen::DisclosureGuide && model_.disclosure_guide_long);
    return idle_deadlines(timeouts_, long_page);
}

double KioskApp::next_wake_ms() const {
    // While it reads, the lit part follows the voice: a few frames a second are enough.
    if (speaking_) return last_now_ms_ + 100;
    if (model_.attract) {
        // Only to turn the page (the clock's minute is the platform's own wake).
        if (attract_pages_ <= 1) return 1e300;
        return attract_since_ms_ + (std::floor((last_now_ms_ - attract_since_ms_) / kAttractPageMs) + 1) * kAttractPageMs;
    }
    const IdleDeadlines d = deadlines();
    const double reset = last_touch_ms_ + d.reset_ms;  // at rest too: the attract screen is due then
    if (!warns()) return reset;
    const double warn = last_touch_ms_ + d.warn_ms;
    if (last_now_ms_ < warn) return warn;
    // The countdown shows whole seconds: wake at the next one.
    return std::min(reset, last_touch_ms_ + std::ceil((last_now_ms_ - last_touch_ms_ + 1) / 1000.0) * 1000.0);
}

Action KioskApp::draw_top_bar(Ui& ui) {
    Action action;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(t.screen.x, t.header_h), t.header_bg);
    const float pad = t.unit * 1.5f;
    const float y = (t.header_h - t.touch) * 0.5f;
    const float button_w = t.touch * 2.3f;
    ImGui::SetCursorScreenPos(ImVec2(pad, y));
    if (button(ui, str::kBack, button_w, ButtonKind::OnHeader, Icon::Back)) action = Action::back();
    ImGui::SetCursorScreenPos(ImVec2(t.screen.x - pad - button_w, y));
    if (button(ui, str::kHome, button_w, ButtonKind::OnHeader, Icon::Home)) action = Action::home();

    const char* title = screen_title(model_.route.screen);
    const float fs = ui.fonts->size(FontRole::Heading);
    const float tw = text::text_width(*ui.fonts, FontRole::Heading, title);
    const float room = t.screen.x - (pad + button_w) * 2 - pad * 2;
    const FontRole role = tw <= room ? FontRole::Heading : FontRole::Body;
    const float w = text::text_width(*ui.fonts, role, title);
    const float s = ui.fonts->size(role);
    const ImVec2 pos((t.screen.x - w) * 0.5f, (t.header_h - s) * 0.5f - fs * 0.05f);
    ui.fonts->draw(dl, role, pos, t.on_header, title);
    ui.probe->record(title, pos, ImVec2(pos.x + w, pos.y + s), ImVec2(0, 0), t.screen, false);
    // The screen's name is said first, then what its page offers.
    speech_part(ui, "screen", title, pos, ImVec2(pos.x + w, pos.y + s), true);
    return action;
}

void KioskApp::read_aloud(const Ui& ui) {
    SpeechRequest request;
    request.parts = ui.speech_offers;
    request.slow = model_.elder_mode;
    // A recording the county made of this page is played instead of the synthetic voice.
    switch (model_.route.screen) {
        case Screen::Guide:
            if (model_.guide.guide) { request.recording_kind = "guide"; request.recording_ref = model_.guide.guide->name; }
            break;
        case Screen::DisclosureGuide:
            request.recording_kind = "page";
            request.recording_ref = "disclosure_guide";
            break;
        case Screen::Notices:
            // The first notice in view: a recorded notice is read by the one who wrote it.
            for (const SpeechPart& p : request.parts) {
                if (p.key.rfind("notice:", 0) != 0) continue;
                const long long id = std::atoll(p.key.c_str() + 7);
                for (const core::Announcement& n : model_.notices)
                    if (n.id == id) { request.recording_kind = "notice"; request.recording_ref = n.title; }
                break;
            }
            break;
        default: break;
    }
    if (request.parts.empty() && request.recording_kind.empty()) return;
    speech_->speak(std::move(request));
    speaking_ = true;
}

void KioskApp::prepare_frame(Ui& ui, int width, int height) {
    // The attract screen has 长辈模式's high-contrast colours (its own larger text is set while it draws).
    const bool high_contrast = model_.elder_mode || model_.attract;
    const int look = static_cast<int>(model_.effective_text_size()) * 2 + (high_contrast ? 1 : 0);
    if (ui.relayout_frames > 0) --ui.relayout_frames;
    if (look != last_look_) ui.relayout_frames = last_look_ < 0 ? 0 : 3;
    last_look_ = look;
    ui.theme = Theme::for_window(width, height, high_contrast);
    ui.fonts->set_sizes(text::FontSizes::for_window(std::min(width, height), model_.effective_text_size()));
}

void KioskApp::frame(Ui& ui) {
    if (ui.gesture.down || ui.gesture.released || last_touch_ms_ == 0) last_touch_ms_ = ui.now_ms;
    if (speech_) {
        speaking_ = speech_->speaking();
        ui.speech_key = speaking_ ? speech_->current_key() : std::string();
    }
    last_now_ms_ = ui.now_ms;
    if (ui.wall_seconds != last_wall_seconds_) {
        last_wall_seconds_ = ui.wall_seconds;
        controller_.set_today(core::local_iso_date(ui.wall_seconds), model_);
    }
    const IdleDeadlines idle = deadlines();
    if (ui.now_ms - last_touch_ms_ >= idle.reset_ms && !model_.attract) {
        // Even from an untouched home screen: the idle kiosk shows its announcements and invites the next visitor.
        controller_.reset_for_next_visitor(model_);  // wipes the request form's draft too (Controller::clear_visit)
        stop_speech();  // the next visitor finds a quiet kiosk (and the attract screen never speaks)
        model_.attract = true;
        attract_since_ms_ = ui.now_ms;
        ui.animating = true;
    }
    if (!warns()) still_there_ = false;
    else if (ui.now_ms - last_touch_ms_ >= idle.warn_ms) still_there_ = true;
    if (controller_.poll(model_)) ui.animating = true;  // a search is running: keep drawing until it lands
    ui.scroll_reset = seen_generation_ != model_.scroll_generation;
    if (ui.scroll_reset && seen_generation_ >= 0) stop_speech();  // another page: what was read belongs to the last
    seen_generation_ = model_.scroll_generation;

    const Theme& t = ui.theme;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(t.screen);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.page_bg));
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(ui.fonts->get(FontRole::Body));

    Action action;
    if (model_.attract) {
        // The attract screen keeps the bar's strip free for the chip, with the page number at its left.
        const AccessBarLayout bar = access_bar_layout(ui, false, staff_chip_width_);
        staff_chip_place_ = bar.chip;
        if (bar.bar.min.y < bar.controls.min.y)
            staff_chip_place_ = {ImVec2(t.screen.x * 0.35f, bar.controls.min.y + (bar.controls.height() - t.touch) * 0.5f),
                                 ImVec2(t.screen.x - t.unit * 2, bar.controls.min.y + (bar.controls.height() + t.touch) * 0.5f)};
        action = draw_attract(ui, model_, ui.now_ms - attract_since_ms_, &attract_pages_);
        ImGui::PopFont();
        ImGui::End();
        ImGui::PopStyleColor();
        controller_.apply(action, model_);  // a touch: home (Controller::go_home ends the attract screen)
        if (action.kind != Action::Kind::None) ui.animating = true;
        return;
    }
    const float pad = t.unit * 2;
    // The reading-comfort bar sits at the bottom of every screen, with the staff chip's place in it; the screens
    // get what is above it.
    const AccessBarLayout bar = access_bar_layout(ui, model_.elder_mode, staff_chip_width_, speech_ != nullptr);
    staff_chip_place_ = bar.chip;
    const Area full{ImVec2(0, 0), ImVec2(t.screen.x, bar.bar.min.y)};
    const Area content{ImVec2(pad, t.header_h + pad), ImVec2(t.screen.x - pad, bar.bar.min.y - pad)};
    if (model_.route.screen != Screen::Home) action = draw_top_bar(ui);
    const Action bar_action = draw_access_bar(ui, model_, bar, speaking_);
    if (bar_action.kind != Action::Kind::None) action = bar_action;
    Action screen_action;
    switch (model_.route.screen) {
        case Screen::Home: screen_action = draw_home(ui, model_, full); break;
        case Screen::Catalog: screen_action = draw_catalog(ui, model_, content); break;
        case Screen::Document: screen_action = draw_document(ui, model_, content); break;
        case Screen::Guides: screen_action = draw_guides(ui, model_, content); break;
        case Screen::Guide: screen_action = draw_guide(ui, model_, content); break;
        case Screen::Fees: screen_action = draw_fees(ui, model_, content); break;
        case Screen::Apply: screen_action = draw_apply(ui, model_, content); break;
        case Screen::DisclosureGuide: screen_action = draw_disclosure_guide(ui, model_, content); break;
        case Screen::Notices: screen_action = draw_notices(ui, model_, content); break;
        case Screen::Search: screen_action = draw_search(ui, model_, content); break;
    }
    if (screen_action.kind != Action::Kind::None) action = screen_action;

    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor();
    if (!model_.explained.empty()) {
        // The card covers the screen; the page below takes no tap until 知道了 (ui/kit/plain_words.h says why).
        action = Action{};
        if (explanation_card(ui, model_.explained)) action = Action::close_explanation();
    }
    if (model_.route.screen == Screen::Apply && model_.apply.leave_ask != LeaveAsk::None) {
        // 要放弃这份申请吗？ is modal: nothing below takes a tap until it is answered.
        action = draw_leave_form(ui);
    }
    if (still_there_) {
        // Over everything: the screen below takes no input until the visitor says they are still there.
        action = Action{};
        const int left = static_cast<int>(std::ceil((idle.reset_ms - (ui.now_ms - last_touch_ms_)) / 1000.0));
        const int most = static_cast<int>((idle.reset_ms - idle.warn_ms) / 1000);
        if (draw_still_there(ui, std::clamp(left, 0, most), on_form())) still_there_ = false;
    }
    if (action.kind == Action::Kind::ReadAloud) {
        if (speaking_) stop_speech();
        else if (speech_) read_aloud(ui);
    } else {
        controller_.apply(action, model_);
    }
    if (action.kind != Action::Kind::None) ui.animating = true;  // draw the new screen at once
}

}  // namespace kiosk::ui
