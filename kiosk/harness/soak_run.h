// soak_run.h — one headless soak run (`kiosk --headless --soak TOUCHES --seed N`): ui::SoakDriver's random
// visitors through the platform loop, with what the run must show at the end — resident memory after warm-up and at
// the end, frames, touches and time, the screens reached — and the exit code.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "harness/soak_driver.h"

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
    void progress();  // after each touch: the peak, and a line every 5 % of the run
    void at_rest();   // the attract screen has just come up after the idle reset
    std::uint64_t highest_at_rest(long from, long to, int* count, bool private_only) const;
    SoakOptions options_;
    ui::SoakDriver driver_;
    long frames_ = 0, drawn_ = 0;
    bool draw_ = true;
    std::set<std::string> drawn_screens_;  // screens rasterised at least once
    std::string last_screen_;
    double start_ms_ = 0;
    long warmup_touches_ = 0;
    struct Sample {
        long touches;
        std::uint64_t rss, private_rss;  // in all; without file pages
    };
    std::vector<Sample> rest_;  // resident memory each time the kiosk came to rest
    std::uint64_t peak_ = 0;
    long progress_step_ = 0, next_progress_ = 0;
    std::size_t leak_per_touch_ = 0;  // fault injection: bytes lost at every touch
    std::vector<char*> leaked_;
};

}  // namespace kiosk::platform
