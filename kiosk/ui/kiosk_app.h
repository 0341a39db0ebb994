// kiosk_app.h — the whole public interface for one frame: top bar, the current screen, the idle reset.
#pragma once

#include <string>

#include "core/content/content_store.h"
#include "ui/app_model.h"
#include "ui/controller.h"
#include "ui/screens.h"
#include "ui/timeouts.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {


class KioskApp {
public:
    KioskApp(const core::ContentStore& store, const std::string& today, core::UsageLog* usage,
             const Timeouts& timeouts = Timeouts{});
    // Before ImGui's frame starts: the theme and text sizes this visitor chose, for a window of this size.
    void prepare_frame(Ui& ui, int width, int height);
    void frame(Ui& ui);
    // Milliseconds (on ui.now_ms's clock) when the app needs a frame even without input; the platform sleeps until then.
    double next_wake_ms() const;
    const AppModel& model() const { return model_; }
    // Home, with the reader's settings cleared: when staff mode closes, the next visitor starts fresh. The idle
    // clock starts again from the next frame (staff's taps were not seen here).
    void reset_for_next_visitor() {
        stop_speech();
        controller_.reset_for_next_visitor(model_);
        last_touch_ms_ = 0;
    }
    // The request form's office key, kiosk id and data folder (ui/request/apply_controller.h).
    void set_apply_setup(const ApplySetup& setup) { controller_.set_apply_setup(setup); }
    // The receipt's printing, as the platform's printer reports it (shown under the receipt).
    void set_receipt_paper(ReceiptPaper paper) { model_.apply.paper = paper; }
    // The staff chip (ui/staff/staff_screen.h) is shown this frame and needs at least this width (0: no chip); the
    // bottom bar makes room for it, and the screens are laid out above that.
    void set_staff_chip_width(float width) { staff_chip_width_ = width; }
    // Where the chip goes, as the last frame laid it out.
    Area staff_chip_place() const { return staff_chip_place_; }
    // The voice 朗读 reads with (ui/kit/read_aloud.h); null = the kiosk does not read aloud (kiosk.conf's speech =
    // off, or no voice): the button is not shown. Owned by the platform, outlives the app.
    void set_speech(SpeechOutput* speech) { speech_ = speech; }
    // Text committed into the field being edited or the search bar, as an input method would (the script driver's
    // ime-text step).
    void commit_text(const std::string& text) {
        controller_.apply(model_.route.screen == Screen::Search ? Action::search_type(text)
                                                                : Action::apply(ApplyOp::Type, 0, text),
                          model_);
    }

private:
    Action draw_top_bar(Ui& ui);
    Controller controller_;
    AppModel model_;
    Timeouts timeouts_;
    double last_touch_ms_ = 0;
    int seen_generation_ = -1;
    int last_look_ = -1;  // text size and theme of the last frame, to notice a change
    bool on_form() const;
    // Every screen but home warns before the idle reset (home has nothing of the visitor's open).
    bool warns() const;
    // The deadlines for what is on screen: later while a long page is open (timeouts.h kLongPageChars).
    IdleDeadlines deadlines() const;
    bool still_there_ = false;  // the "还在吗？" countdown is up (until a tap on it)
    double last_now_ms_ = 0;
    // The attract screen (ui/reading/attract_screen.h): since when it is up, and how many pages its announcements take.
    double attract_since_ms_ = 0;
    int attract_pages_ = 1;
    long long last_wall_seconds_ = -1;  // the date is looked up again when the clock moves
    float staff_chip_width_ = 0;
    Area staff_chip_place_{};
    SpeechOutput* speech_ = nullptr;
    bool speaking_ = false;  // as the voice said at the start of this frame
    // 朗读 tapped: what this frame offered, the page's own recording looked up by the platform.
    void read_aloud(const Ui& ui);
    void stop_speech() { if (speech_ && speech_->speaking()) speech_->stop(); speaking_ = false; }
};

}  // namespace kiosk::ui
