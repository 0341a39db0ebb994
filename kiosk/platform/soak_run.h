// soak_run.h — one headless soak run (`kiosk --headless --soak TOUCHES --seed N`, issue 7): ui::SoakDriver's random
// visitors through the platform loop, with what the run must show at the end — resident memory after warm-up and at
// the end, frames, touches and time, the screens reached — and the exit code.
//
// Memory is the target, not speed: the end may be at most kMaxGrowth above the figure where resident memory settled
// after warm-up: past 10 % of the touches or 5,000, whichever is larger (at most half the run), the first point where
// the samples of the last tenth of the run (one each 0.5 % of it) lie within 1 % of each other. A run that has not
// settled by half its length (a short one: a tenth past its warm-up) is measured from there. Kept apart from
// kiosk_runner.cpp so the loop only asks for the next frame's input and whether to draw it.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "ui/soak_driver.h"

namespace kiosk::platform {

inline constexpr double kMaxGrowth = 0.05;

struct SoakOptions {
    long touches = 0;
    std::uint64_t seed = 1;
    std::string staff_pin;  // --soak-pin: the PIN whose hash --staff-pin holds (typed on the pad)
    int render_every = 1;   // rasterise one frame in N (every frame is still built, laid out, probed and its glyphs
                            // uploaded to the texture; only SDL's software rasteriser is skipped)
    ui::Timeouts timeouts;
};

// Resident set size of this process (/proc/self/statm), 0 if it cannot be read: in all, and the part that is pages
// of files (fonts, dictionaries, the snapshot's mappings), which the kernel can drop and read again.
struct Resident {
    std::uint64_t total = 0, files = 0;
};
Resident resident_memory();
std::uint64_t resident_bytes();

class SoakRun {
public:
    explicit SoakRun(const SoakOptions& options);
    ui::SoakDriver& driver() { return driver_; }
    // Before each frame: the input for it (and the memory samples, taken between touches).
    ui::FrameInput next_frame(const ui::Probe& shown, ImVec2 screen, bool animating, const ui::SoakView& view);
    bool done() const { return driver_.done(); }
    // Whether this frame is rasterised by the SDL renderer: every render_every-th, and the first of each screen.
    bool draw_this_frame() const { return draw_; }
    // After the loop: prints the report to stderr and returns the exit code (0 passed, 1 failed). `frames` counts
    // the frames built; `quit_by_staff`: the loop ended through staff mode, which the soak never asks for.
    int finish(long frames, bool quit_by_staff);

private:
    void sample_memory();
    SoakOptions options_;
    ui::SoakDriver driver_;
    long frames_ = 0, drawn_ = 0;
    bool draw_ = true;
    std::set<std::string> drawn_screens_;  // screens rasterised at least once
    double start_ms_ = 0;
    long warmup_touches_ = 0, sample_every_ = 0, next_sample_at_ = 0, settle_window_ = 3;
    std::vector<std::uint64_t> samples_;  // resident bytes, one per sample_every_ touches after warm-up
    std::uint64_t settled_ = 0, peak_ = 0;
    long settled_at_ = 0;                 // touches when settled_ was taken
    bool settled_by_cap_ = false;         // never settled: taken at half the run
    long progress_step_ = 0, next_progress_ = 0;
};

}  // namespace kiosk::platform
