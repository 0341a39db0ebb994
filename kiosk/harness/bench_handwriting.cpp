// bench_handwriting.cpp — see bench_handwriting.h.
#include "harness/bench_handwriting.h"
#include "harness/bench_stats.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "input/handwriting.h"
#include "core/base/exit_codes.h"

namespace kiosk::tools {
namespace {

using Clock = harness::BenchClock;

using harness::ms_since;
using harness::percentile;

std::string ratio(double ours, double base) {
    if (base <= 0) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", ours / base);
    return buf;
}

void row(const char* name, double ours, double base, const char* unit) {
    std::printf("%-40s | %9.3f %-2s | %9.3f %-2s | %s\n", name, ours, unit, base, unit, ratio(ours, base).c_str());
}

}  // namespace

int cmd_bench_handwriting(const std::vector<std::string>& args) {
    std::string model = input::kDefaultHandwritingModel;
    std::string strokes_file = std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/handwriting/characters.txt";
    int repeat = 20, loads = 5;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--quick") repeat = 2, loads = 2;
        else if (a == "--repeat" && has_value) repeat = std::max(1, std::atoi(args[++i].c_str()));
        else if (a == "--model" && has_value) model = args[++i];
        else if (a == "--strokes" && has_value) strokes_file = args[++i];
        else {
            std::fprintf(stderr, "kioskctl bench handwriting: unknown option %s\n", a.c_str());
            return kExitUsage;
        }
    }

    std::string error;
    const auto samples = input::read_stroke_samples(strokes_file, &error);
    if (samples.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }

    // Opening the model: the first (page cache as it is) and then the median of `loads` more.
    auto t0 = Clock::now();
    auto recognizer = input::HandwritingRecognizer::open(model, &error);
    const double first_open = ms_since(t0);
    if (!recognizer) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    // The model is mapped, not read: the first recognition pays for touching it.
    double first_recognition = 0;
    {
        const auto first = input::fingerlike(samples.front().strokes, 1);
        t0 = Clock::now();
        recognizer->recognize(first, 10);
        first_recognition = ms_since(t0);
    }
    std::vector<double> opens;
    for (int i = 0; i < loads; ++i) {
        t0 = Clock::now();
        auto again = input::HandwritingRecognizer::open(model, &error);
        opens.push_back(ms_since(t0));
        if (!again) return kExitDataError;
    }

    // The keyboard's work: after every finger lift, the strokes so far.
    std::size_t points_in = 0, points_out = 0, lifts = 0;
    std::vector<std::vector<input::Stroke>> characters;
    for (std::size_t k = 0; k < samples.size(); ++k) {
        characters.push_back(input::fingerlike(samples[k].strokes, static_cast<unsigned>(k + 1)));
        for (const auto& s : characters.back()) points_in += s.points.size();
        for (const auto& s : input::normalise_strokes(characters.back())) points_out += s.size();
        lifts += characters.back().size();
    }
    std::vector<double> ours, base, ours_full, base_full, prep;
    std::size_t twice = 0;
    int ours_hits = 0, base_hits = 0;
    for (int rep = 0; rep < repeat; ++rep) {
        for (std::size_t k = 0; k < characters.size(); ++k) {
            const auto& all = characters[k];
            for (std::size_t n = 1; n <= all.size(); ++n) {
                const std::vector<input::Stroke> so_far(all.begin(), all.begin() + static_cast<long>(n));
                // Alternate which goes first, so neither always runs on a warmer cache.
                std::vector<std::string> a, b;
                double ta = 0, tb = 0;
                for (int order = 0; order < 2; ++order) {
                    if ((order == 0) == (rep % 2 == 0)) {
                        t0 = Clock::now();
                        a = recognizer->recognize(so_far, 10);
                        ta = ms_since(t0);
                    } else {
                        t0 = Clock::now();
                        b = recognizer->recognize_unprocessed(so_far, 10);
                        tb = ms_since(t0);
                    }
                }
                ours.push_back(ta), base.push_back(tb);
                t0 = Clock::now();
                bool enlarged = false;
                const auto canvas = input::normalise_strokes(so_far, 1.0f, true, &enlarged);
                prep.push_back(ms_since(t0));
                if (rep == 0) twice += enlarged;
                if (n == all.size()) {
                    ours_full.push_back(ta), base_full.push_back(tb);
                    if (rep == 0) {
                        const auto top5 = [&](const std::vector<std::string>& c) {
                            return std::find(c.begin(), c.begin() + std::min<std::size_t>(5, c.size()),
                                             samples[k].character) != c.begin() + std::min<std::size_t>(5, c.size());
                        };
                        ours_hits += top5(a), base_hits += top5(b);
                    }
                }
            }
        }
    }

    std::printf("bench handwriting: model %s (%zu characters); %zu recorded characters from %s, finger-like "
                "(%zu points in, %zu after thinning); %zu finger lifts x %d repeats\n",
                model.c_str(), recognizer->character_count(), samples.size(), strokes_file.c_str(), points_in,
                points_out, lifts, repeat);
    std::printf("\n%-40s | %12s | %12s | %s\n", "figure", "ours", "baseline", "ratio");
    std::printf("%-40s | %9.1f ms | %12s | %s\n", "model open, first", first_open, "-", "-");
    std::printf("%-40s | %9.1f ms | %12s | %s\n", "model open, median", percentile(opens, 0.5), "-", "-");
    std::printf("%-40s | %9.1f ms | %12s | %s\n", "first recognition after open", first_recognition, "-", "-");
    row("per finger lift, median", percentile(ours, 0.5), percentile(base, 0.5), "ms");
    row("per finger lift, p95", percentile(ours, 0.95), percentile(base, 0.95), "ms");
    row("whole character, median", percentile(ours_full, 0.5), percentile(base_full, 0.5), "ms");
    row("whole character, p95", percentile(ours_full, 0.95), percentile(base_full, 0.95), "ms");
    std::printf("%-40s | %9.3f ms | %12s | %s\n", "   of which normalising, median", percentile(prep, 0.5), "-",
                "-");
    std::printf("%-40s | %9zu/%-2zu | %12s | %s\n", "   lifts classified twice (small ink)", twice, lifts, "-", "-");
    std::printf("%-40s | %9d/%-2zu | %9d/%-2zu | -\n", "recorded characters in the top 5", ours_hits, samples.size(),
                base_hits, samples.size());
    // What the normalising is for: the same characters written at a third of the size in the box's top left corner.
    int ours_small = 0, base_small = 0;
    for (std::size_t k = 0; k < characters.size(); ++k) {
        auto small = characters[k];
        for (auto& st : small)
            for (auto& [x, y] : st.points) x = 40 + x * 0.33f, y = 60 + y * 0.33f;
        const auto in = [&](const std::vector<std::string>& c) {
            return std::find(c.begin(), c.end(), samples[k].character) != c.end();
        };
        ours_small += in(recognizer->recognize(small, 5)), base_small += in(recognizer->recognize_unprocessed(small, 5));
    }
    std::printf("%-40s | %9d/%-2zu | %9d/%-2zu | -\n", "   the same written small in a corner", ours_small,
                samples.size(), base_small, samples.size());
    std::printf("(baseline: Zinnia given every point unprocessed; ratio = ours / baseline)\n");
    return kExitOk;
}

}  // namespace kiosk::tools
