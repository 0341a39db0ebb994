// soak_driver.h — random visitors for the headless soak test: taps, drags, typing, strokes, long presses
// and idle gaps over every screen, as the same FrameInput the script driver gives the platform loop.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <deque>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "ui/app_model.h"
#include "ui/kit/probe.h"
#include "harness/script_driver.h"
#include "ui/staff/staff_model.h"
#include "ui/timeouts.h"

namespace kiosk::ui {

// A short English name for the screen shown ("home", "apply:contact", "keyboard:pinyin", "staff:pin"), for the
// "screens visited" count: one name per thing a visitor or staff member can see.
std::string soak_screen_name(const SoakView& view);

// Labels the soak never taps: staff mode's 退出程序 ends the kiosk on purpose (exit code 3), which a soak must not do.
inline constexpr const char* kNeverTap[] = {"退出程序", "确定退出"};

struct SoakSettings {
    long touches = 3000;        // taps, drags, holds and strokes to make before the run ends
    std::uint64_t seed = 1;
    std::string staff_pin;      // typed when the PIN pad shows (most of the time); empty: random digits only
    Timeouts timeouts;          // the idle gaps are chosen to pass these
};

struct SoakCounts {
    long touches = 0, taps = 0, probe_taps = 0, random_taps = 0, drags = 0, holds = 0, strokes = 0;
    long texts_committed = 0, idle_gaps = 0, pins_typed = 0, banner_holds = 0, receipts = 0, checks = 0;
};

class SoakDriver {
public:
    explicit SoakDriver(SoakSettings settings);
    void set_hooks(ScriptHooks hooks) { hooks_ = std::move(hooks); }
    // Called before each frame with what the previous frame showed; like ScriptDriver::next_frame.
    FrameInput next_frame(const Probe& shown, ImVec2 screen, bool animating, const SoakView& view);
    bool done() const { return done_; }
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; }
    const SoakCounts& counts() const { return counts_; }
    // Screen name → how many times it was entered.
    const std::map<std::string, long>& screens() const { return screens_; }

private:
    // One planned piece of a gesture; expanded into frames lazily, so a label is looked up when its tap starts.
    struct Step {
        enum class Kind { TapAt, TapLabel, Drag, Hold, Wait, Commit, Stroke, Settle } kind = Kind::Wait;
        ImVec2 a{0, 0}, b{0, 0};
        std::string text;  // TapLabel: the label; Commit: the text
        std::vector<ImVec2> path;  // Stroke: the points, in pixels
        int frames = 1;    // TapAt / TapLabel: frames held down; Drag: frames moving; Settle: the cap
        int hold_end = 0;  // Drag: frames held still at the end (no fling)
        double ms = 0;     // Hold: how long; Wait: virtual time to let pass
        bool counts = true;  // a touch towards SoakSettings::touches
    };

    static Step settle_step(int cap);  // no input while the UI settles: ≥ 1 frame, more while animating, ≤ cap
    static Step commit_step(std::string text);  // text an input method commits into the field being edited
    void plan_next(const Probe& shown, ImVec2 screen, const SoakView& view);
    void plan_tap_label(const std::string& label, bool counts = true);
    void plan_random_tap(const Probe& shown, ImVec2 screen);
    void plan_drag(const Probe& shown, ImVec2 screen);
    ImVec2 random_point(const Probe& shown, ImVec2 screen);
    void plan_strokes(ImVec2 box_min, ImVec2 box_max, int count);
    void plan_idle_gap(const SoakView& view, bool past_reset);  // past_reset: always long enough to reset
    bool plan_form_help(const Probe& shown, ImVec2 screen, const SoakView& view);
    bool plan_search_word(const Probe& shown);
    bool plan_pin(const Probe& shown, const SoakView& view);
    bool step_frame(Step& s, const Probe& shown, bool animating, FrameInput* in);
    void check(const Probe& shown, const SoakView& view);
    void note_screen(const SoakView& view);
    void fail(const std::string& why, const Probe& shown);

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }
    int pick(int n) { return static_cast<int>(uniform() * n) % n; }
    ImVec2 point_in(ImVec2 min, ImVec2 max, float margin);

    SoakSettings settings_;
    std::mt19937_64 rng_;
    ScriptHooks hooks_;
    std::deque<Step> plan_;
    int phase_ = 0;            // frames into plan_.front()
    double held_ms_ = 0;       // Hold: virtual time held so far
    int press_waits_ = 0;      // empty frames spent waiting for the screen to stand still before a press
    ImVec2 last_pointer_{-1e6f, -1e6f};
    bool last_down_ = false;
    SoakCounts counts_;
    std::map<std::string, long> screens_;
    std::string last_screen_;
    bool after_reset_gap_ = false;  // the last step was an idle gap past the reset: check the kiosk forgot
    bool after_staff_gap_ = false;  // ... past the staff timeout: check staff mode closed
    int pin_wanted_ = 0;            // the banner was held: the next PIN pad gets the right PIN
    bool final_rest_ = false;       // the last idle gap, after the last touch, is planned
    bool done_ = false;
    std::string failure_;
};

}  // namespace kiosk::ui
