// soak_run.cpp — see soak_run.h.
//
// Memory is the target, not speed. Resident memory is read at rest — each time the idle reset has brought up the
// attract screen, where the kiosk also hands the heap a visit freed back to the system — so that the figures compared
// are of one state, not of a search or an import half-way; the driver ends a visit with an idle gap about every hundred
// touches, as visitors do. Settled: the highest figure at rest over the first half of what follows the warm-up (10 %
// of the touches or 5,000, whichever is larger, at most half the run). The end: the highest in the last tenth of the
// run (at least 1,000 touches), which holds the rest after the driver's final idle gap. Highest against highest, so
// that state that comes and goes — the snapshot in use after an import or a rollback, a new 拼音 engine, SQLite's
// bounded page caches — does not decide the verdict; a leak raises the end above all of the first half. The end may be
// at most kMaxGrowth above the settled figure (KIOSK_FAULT_LEAK_KB_PER_TOUCH shows that it fails). Kept apart from
// kiosk_runner.cpp so the loop only asks for the next frame's input and whether to draw it.
#include "harness/soak_run.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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
    progress_step_ = std::max(1L, options_.touches / 20);
    if (const char* leak = std::getenv("KIOSK_FAULT_LEAK_KB_PER_TOUCH"))
        leak_per_touch_ = std::strtoul(leak, nullptr, 10) * 1024;
    next_progress_ = progress_step_;
    start_ms_ = monotonic_ms();
}

void SoakRun::progress() {
    const long touches = driver_.counts().touches;
    if (leak_per_touch_) {
        // Fault injection (KIOSK_FAULT_LEAK_KB_PER_TOUCH): memory taken, written and never given back, so the test
        // of the memory check can see it fail.
        char* lost = static_cast<char*>(std::malloc(leak_per_touch_));
        if (lost) std::memset(lost, 1, leak_per_touch_);
        leaked_.push_back(lost);
    }
    const Resident now = resident_memory();
    peak_ = std::max(peak_, now.total);
    if (touches < next_progress_) return;
    next_progress_ += progress_step_;
    // What the program holds on the heap, apart from what malloc keeps for reuse: a leak grows the first, a new
    // high-water mark only the resident figure.
    const struct mallinfo2 heap = mallinfo2();
    std::fprintf(stderr,
                 "soak: %ld/%ld touches, %ld frames, resident %.1f MiB (of it file pages %.1f), heap in use %.1f MiB "
                 "(%.1f free in malloc's arenas), %.0f s\n",
                 touches, options_.touches, frames_, mib(now.total), mib(now.files), mib(heap.uordblks + heap.hblkhd),
                 mib(heap.fordblks), (monotonic_ms() - start_ms_) / 1000.0);
}

// The kiosk at rest: the idle reset has just shown the attract screen (and returned the freed heap, kiosk_runner.cpp).
// Taken here rather than at a touch count so that every figure compared is of the same state, not of a search or an
// import half-way.
void SoakRun::at_rest() {
    const Resident now = resident_memory();
    peak_ = std::max(peak_, now.total);
    rest_.push_back({driver_.counts().touches, now.total, now.total - now.files});
    if (std::getenv("SOAK_DEBUG_REST")) {
        const struct mallinfo2 heap = mallinfo2();
        std::fprintf(stderr, "REST %ld (from %s) total %.1f private %.1f inuse %.1f free %.1f mmap %.1f arenas %.1f\n",
                     driver_.counts().touches, last_screen_.c_str(), mib(now.total), mib(now.total - now.files),
                     mib(heap.uordblks), mib(heap.fordblks), mib(heap.hblkhd), mib(heap.arena));
    }
}

// The highest figure at rest with touches in [from, to); 0 if none.
std::uint64_t SoakRun::highest_at_rest(long from, long to, int* count, bool private_only) const {
    std::uint64_t hi = 0;
    *count = 0;
    for (const Sample& r : rest_) {
        if (r.touches < from || r.touches >= to) continue;
        hi = std::max(hi, private_only ? r.private_rss : r.rss);
        ++*count;
    }
    return hi;
}

ui::FrameInput SoakRun::next_frame(const ui::Probe& shown, ImVec2 screen, bool animating, const ui::SoakView& view) {
    const std::string screen_name = ui::soak_screen_name(view);
    if (screen_name == "attract" && last_screen_ != "attract") at_rest();
    last_screen_ = screen_name;
    const long before = driver_.counts().touches;
    ui::FrameInput in = driver_.next_frame(shown, screen, animating, view);
    if (driver_.counts().touches != before) progress();
    // Every screen is rasterised the first time it shows; after that one frame in render_every is (the renderer's
    // path is the same for all of them, and it is most of a frame's cost).
    const bool first_visit = drawn_screens_.insert(screen_name).second;
    draw_ = frames_ % options_.render_every == 0 || first_visit;
    ++frames_;
    if (draw_) ++drawn_;
    return in;
}

int SoakRun::finish(long frames, bool quit_by_staff) {
    const double seconds = (monotonic_ms() - start_ms_) / 1000.0;
    peak_ = std::max(peak_, resident_bytes());
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
    // The trend at a glance: the highest figure at rest in each tenth of the run.
    std::string tenths;
    const long tenth = std::max(1L, options_.touches / 10);
    for (long from = 0; from < options_.touches; from += tenth) {
        int n = 0;
        const std::uint64_t hi = highest_at_rest(from, from + tenth, &n, false);
        const std::uint64_t hi_private = highest_at_rest(from, from + tenth, &n, true);
        char one[48];
        std::snprintf(one, sizeof one, n ? " %.1f/%.1f" : " -", mib(hi), mib(hi_private));
        tenths += one;
    }
    std::fprintf(stderr, "soak: resident memory at rest, highest in each tenth of the run (MiB):%s\n", tenths.c_str());
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
    // Settled: the highest figure at rest over the first half of what follows the warm-up; the end: the highest in
    // the last window (a tenth of the run, at least 1,000 touches), which holds the rest after the final idle gap.
    int settled_n = 0, end_n = 0;
    const long window = std::max(options_.touches / 10, 1'000L);
    const long from = warmup_touches_;
    const long settled_to = std::min(from + std::max(window, (options_.touches - from) / 2), options_.touches - window);
    const std::uint64_t settled = highest_at_rest(from, settled_to, &settled_n, false);
    const std::uint64_t end = highest_at_rest(options_.touches - window, options_.touches + 1'000'000, &end_n, false);
    if (!settled_n || !end_n) {
        std::fprintf(stderr, "soak: FAILED: no figure at rest %s (the idle reset never showed the attract screen?)\n",
                     settled_n ? "at the end" : "after the warm-up");
        code = 1;
    } else {
        const double ratio = static_cast<double>(end) / static_cast<double>(settled);
        std::fprintf(stderr,
                     "soak: resident memory at rest (after the idle reset, %zu times): settled %.1f MiB (highest of %d "
                     "in touches %ld-%ld), end %.1f MiB (highest of %d in the last %ld touches), peak %.1f MiB "
                     "(anywhere); end/settled ratio %.3f (limit %.2f)\n",
                     rest_.size(), mib(settled), settled_n, from, settled_to, mib(end), end_n, window, mib(peak_), ratio,
                     1.0 + kMaxGrowth);
        if (ratio > 1.0 + kMaxGrowth) {
            std::fprintf(stderr, "soak: FAILED: resident memory grew %.1f %% after it settled\n", (ratio - 1) * 100);
            code = 1;
        }
    }
    if (code == 0) std::fprintf(stderr, "soak: passed\n");
    return code;
}

}  // namespace kiosk::platform
