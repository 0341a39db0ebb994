// soak_run.cpp — see soak_run.h.
#include "platform/soak_run.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace kiosk::platform {
namespace {

double monotonic_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double mib(std::uint64_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

}  // namespace

Resident resident_memory() {
    Resident r;
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f) return r;
    unsigned long long size = 0, resident = 0, shared = 0;
    const int n = std::fscanf(f, "%llu %llu %llu", &size, &resident, &shared);
    std::fclose(f);
    if (n != 3) return r;
    const auto page = static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
    r.total = resident * page;
    r.files = shared * page;
    return r;
}

std::uint64_t resident_bytes() { return resident_memory().total; }

SoakRun::SoakRun(const SoakOptions& options)
    : options_(options),
      driver_(ui::SoakSettings{options.touches, options.seed, options.staff_pin, options.timeouts}) {
    options_.render_every = std::max(1, options_.render_every);
    warmup_touches_ = std::min(std::max(options_.touches / 10, 5'000L), options_.touches / 2);
    sample_every_ = std::max(50L, options_.touches / 200);
    // Settled: no more than 1 % between the lowest and highest sample over a tenth of the run (one-time steps —
    // the first import's new 拼音 engine, a malloc arena for a thread — must be behind it, not inside the window).
    settle_window_ = std::max(3L, options_.touches / 10 / sample_every_);
    next_sample_at_ = warmup_touches_;
    progress_step_ = std::max(1L, options_.touches / 20);
    next_progress_ = progress_step_;
    start_ms_ = monotonic_ms();
}

void SoakRun::sample_memory() {
    const long touches = driver_.counts().touches;
    const Resident now = resident_memory();
    const std::uint64_t rss = now.total;
    peak_ = std::max(peak_, rss);
    if (touches >= next_progress_) {
        // What the program holds on the heap, apart from what malloc keeps for reuse: a leak grows the first, a new
        // high-water mark only the resident figure.
        const struct mallinfo2 heap = mallinfo2();
        std::fprintf(stderr,
                     "soak: %ld/%ld touches, %ld frames, resident %.1f MiB (of it file pages %.1f), heap in use %.1f MiB "
                     "(%.1f free in malloc's arenas), %.0f s\n",
                     touches, options_.touches, frames_, mib(rss), mib(now.files), mib(heap.uordblks + heap.hblkhd),
                     mib(heap.fordblks), (monotonic_ms() - start_ms_) / 1000.0);
        next_progress_ += progress_step_;
    }
    if (settled_ || touches < next_sample_at_) return;
    next_sample_at_ += sample_every_;
    samples_.push_back(rss);
    if (samples_.size() >= static_cast<std::size_t>(settle_window_)) {
        const auto [lo, hi] = std::minmax_element(samples_.end() - settle_window_, samples_.end());
        if (*hi <= *lo + *lo / 100) {
            settled_ = rss;
            settled_at_ = touches;
        }
    }
    // Still growing at half the run (or a tenth past the warm-up, in a short run): compare from here.
    if (!settled_ && touches >= std::max(options_.touches / 2, warmup_touches_ + options_.touches / 10)) {
        settled_ = rss;
        settled_at_ = touches;
        settled_by_cap_ = true;
    }
}

ui::FrameInput SoakRun::next_frame(const ui::Probe& shown, ImVec2 screen, bool animating, const ui::SoakView& view) {
    const long before = driver_.counts().touches;
    ui::FrameInput in = driver_.next_frame(shown, screen, animating, view);
    if (driver_.counts().touches != before) sample_memory();
    // Every screen is rasterised the first time it shows; after that one frame in render_every is (the renderer's
    // path is the same for all of them, and it is most of a frame's cost).
    const bool first_visit = drawn_screens_.insert(ui::soak_screen_name(view)).second;
    draw_ = frames_ % options_.render_every == 0 || first_visit;
    ++frames_;
    if (draw_) ++drawn_;
    return in;
}

int SoakRun::finish(long frames, bool quit_by_staff) {
    const double seconds = (monotonic_ms() - start_ms_) / 1000.0;
    const std::uint64_t end = resident_bytes();
    peak_ = std::max(peak_, end);
    const ui::SoakCounts& c = driver_.counts();
    std::fprintf(stderr,
                 "soak: seed %llu, %ld touches (%ld taps: %ld on widgets, %ld anywhere; %ld drags, %ld holds, %ld strokes), "
                 "%ld texts committed, %ld PINs typed, %ld banner holds, %ld idle gaps, %ld receipts, %ld checks\n",
                 static_cast<unsigned long long>(options_.seed), c.touches, c.taps, c.probe_taps, c.random_taps,
                 c.drags, c.holds, c.strokes, c.texts_committed, c.pins_typed, c.banner_holds, c.idle_gaps,
                 c.receipts, c.checks);
    std::fprintf(stderr, "soak: %ld frames (%ld drawn), %.1f s, %.0f touches/s\n", frames, drawn_, seconds,
                 seconds > 0 ? static_cast<double>(c.touches) / seconds : 0.0);
    std::string list;
    for (const auto& [name, visits] : driver_.screens()) list += " " + name + " " + std::to_string(visits) + ",";
    if (!list.empty()) list.pop_back();
    std::fprintf(stderr, "soak: screens visited %zu:%s\n", driver_.screens().size(), list.c_str());
    int code = 0;
    if (driver_.failed()) {
        std::fprintf(stderr, "%s\n", driver_.failure().c_str());
        code = 1;
    }
    if (quit_by_staff) {
        std::fprintf(stderr, "soak: FAILED: the kiosk was quit through staff mode, which the soak never taps\n");
        code = 1;
    }
    if (!driver_.done()) {
        std::fprintf(stderr, "soak: FAILED: the loop ended before the soak did\n");
        code = 1;
    }
    if (!settled_) {
        std::fprintf(stderr, "soak: resident memory end %.1f MiB (run too short to settle; no memory check)\n", mib(end));
    } else {
        const double ratio = static_cast<double>(end) / static_cast<double>(settled_);
        std::fprintf(stderr,
                     "soak: resident memory settled %.1f MiB (after %ld touches%s), end %.1f MiB, peak %.1f MiB, "
                     "end/settled ratio %.3f (limit %.2f)\n",
                     mib(settled_), settled_at_, settled_by_cap_ ? ", not settled by then" : "", mib(end), mib(peak_),
                     ratio, 1.0 + kMaxGrowth);
        if (ratio > 1.0 + kMaxGrowth) {
            std::fprintf(stderr, "soak: FAILED: resident memory grew %.1f %% after it settled\n", (ratio - 1) * 100);
            code = 1;
        }
    }
    if (code == 0) std::fprintf(stderr, "soak: passed\n");
    return code;
}

}  // namespace kiosk::platform
