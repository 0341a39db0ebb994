// script_driver.h — runs a headless UI script: taps by label, drags, waits, expectations, screenshots.
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
    std::string kind;  // expect-visible-count: what is counted (a probe item kind, ui/kit/probe.h)
};

class ScriptDriver {
public:
    void set_hooks(ScriptHooks hooks) { hooks_ = std::move(hooks); }
    bool load(const std::string& path, std::string* error);
    // Called before each frame with what the previous frame showed. `animating`: the UI wants more frames; `view`:
    // the models behind it (check-layout reads the text size, 长辈模式 and the screen's name there).
    FrameInput next_frame(const Probe& shown, ImVec2 screen, bool animating, const SoakView& view = {});
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
    std::uintmax_t sound_mark_ = 0;  // expect-sound / expect-silence: the played-sound file's size when it began
    double real_start_ms_ = 0;     // wait-for, usb-…: when the wait began (real time)
    std::size_t stroke_ = 0;       // draw-strokes: the stroke being drawn
    std::vector<ImVec2> stroke_path_;   // draw-strokes: that stroke's pointer position per frame
    bool done_ = false;
    std::string failure_;
};

}  // namespace kiosk::ui
