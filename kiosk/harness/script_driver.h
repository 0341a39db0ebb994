// script_driver.h — runs a headless UI script: taps by label, drags, waits, expectations, screenshots.
//
// Script syntax, one step a line ('#' starts a comment):
//   tap LABEL            tap the visible button whose label is exactly LABEL
//   tap~ TEXT            tap the first visible button whose label contains TEXT
//   tap-at X Y           tap a point; X and Y are fractions of the window (0–1) so scripts fit both orientations
//   drag X0 Y0 X1 Y1     press at (X0,Y0), move to (X1,Y1) over a few frames, release (fractions again)
//   finger-tap-at X Y, finger-drag X0 Y0 X1 Y1
//                        the same, sent as SDL touch-finger events through the platform's event path
//   type-keys TEXT       tap the on-screen keyboard's keys for TEXT (letters, digits, spaces)
//   scroll-to TEXT       drag the page up, a little at a time, until TEXT is visible (as a reader scrolls to find it)
//   wait MS              let MS milliseconds of (virtual) time pass
//   expect TEXT          some visible text contains TEXT
//   expect-not TEXT      no visible text contains TEXT
//   screenshot NAME      save the next frame as NAME.png in the screenshot folder
//   long-press X Y MS    press at (X,Y) and hold still for MS milliseconds of virtual time, then release
//   wait-for TEXT        let frames run until some visible text contains TEXT (work on another thread, e.g. an
//                        import being staged); bounded by 60 s of real time
//   usb-insert SRC_DIR   "insert a stick": copy SRC_DIR into the first --watch folder (as ROOT/NAME, NAME being
//                        SRC_DIR's last component; copied under a hidden name, then renamed), then have the USB
//                        watcher rescan at once and wait (real time, bounded) until that scan is done
//   usb-remove           "pull the stick": delete the folder the last usb-insert made, rescan, wait likewise
//   ime-text TEXT        commit TEXT into the field being edited, as an input method would after a pick (for
//                        characters the on-screen keys cannot type, e.g. the rare names 刘䶮, 𠮷田, 王𪚥)
//   draw-strokes X0 Y0 X1 Y1 ...; X0 Y0 ...
//                        write with a finger: one stroke per ';'-separated list of points (press at the first, move
//                        through the others over a few frames each, lift at the last), as fractions of the 手写
//                        keyboard's writing box (the item named 写字框) when it is shown, else of the window
// The driver decides the pointer for each frame; the UI runs unchanged. A failed step ends the run with the file,
// the line, the step and what was visible.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/driver_io.h"
#include "ui/kit/probe.h"

namespace kiosk::ui {

struct ScriptStep {
    int line = 0;
    std::string verb;
    std::string arg;  // the rest of the line, trimmed
    std::vector<float> numbers;
    bool finger = false;  // a finger-… step
    std::vector<std::vector<float>> strokes;  // draw-strokes: x,y pairs per stroke
};

class ScriptDriver {
public:
    void set_hooks(ScriptHooks hooks) { hooks_ = std::move(hooks); }
    bool load(const std::string& path, std::string* error);
    // Called before each frame with what the previous frame showed. `animating`: the UI wants more frames.
    FrameInput next_frame(const Probe& shown, ImVec2 screen, bool animating);
    // After the frame is drawn: the file name to save it to, if a screenshot step asked for it.
    std::optional<std::string> take_screenshot_request();
    bool done() const { return done_; }
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; }
    int steps_run() const { return static_cast<int>(index_); }

private:
    void fail(const std::string& why, const Probe& shown);
    void advance() { ++index_; phase_ = 0; }
    std::string path_;
    std::vector<ScriptStep> steps_;
    size_t index_ = 0;
    int phase_ = 0;
    int settle_ = 0;  // frames left to let the UI settle after a step
    int retries_ = 0;  // frames spent looking for a label
    int animate_frames_ = 0;  // frames spent letting an animation (inertia) finish
    int scroll_drags_ = 0;  // drags made by the current scroll-to step
    bool settle_resumes_step_ = false;  // after settling, continue the current step instead of the next
    ImVec2 target_{0, 0}, target_end_{0, 0};
    std::optional<std::string> screenshot_;
    ScriptHooks hooks_;
    std::string inserted_;         // the folder the last usb-insert made
    std::uint64_t ticket_ = 0;     // the rescan a usb-… step waits for
    double hold_ms_ = 0;           // long-press: virtual time held so far
    double real_start_ms_ = 0;     // wait-for, usb-…: when the wait began (real time)
    std::size_t stroke_ = 0;       // draw-strokes: the stroke being drawn
    std::vector<ImVec2> stroke_path_;   // draw-strokes: that stroke's pointer position per frame
    bool done_ = false;
    std::string failure_;
};

}  // namespace kiosk::ui
