// bench_stats.h — the few figures every benchmark reports: elapsed milliseconds and percentiles of a sample.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <vector>

namespace kiosk::harness {

using BenchClock = std::chrono::steady_clock;

inline double ms_since(BenchClock::time_point t0) {
    return std::chrono::duration<double, std::milli>(BenchClock::now() - t0).count();
}

// The nearest-rank percentile (p in 0–1) of `v`; 0 for an empty sample.
inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}

}  // namespace kiosk::harness
