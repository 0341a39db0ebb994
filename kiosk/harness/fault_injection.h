// fault_injection.h — killing the importer at chosen points and checking what it left: the method shared by the unit
// test (tests/unit/test_import_faults.cpp) and `kioskctl bench update --faults N` (fault_injection.cpp tells how).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/updates/bundle_io.h"
#include "core/updates/update_result.h"

namespace kiosk::tools::fault {

// BLAKE2b-256 of the content version and every document row, as hex; "" with *error if it is no readable snapshot.
std::string content_digest(const std::string& snapshot_path, std::string* error);
// PRAGMA integrity_check on a read-only connection: "ok" or what SQLite found.
std::string integrity_check(const std::string& path);
bool dir_is_empty_or_missing(const std::string& dir);

// What the dry run saw: one entry per FaultHook call.
struct StepRecord {
    std::string step;
    std::int64_t at_us = 0;  // since the import started
};

struct DryRun {
    std::vector<StepRecord> calls;
    std::int64_t total_us = 0;
    core::UpdateOutcome outcome = core::UpdateOutcome::IoError;
    std::string detail;
};

// Where to kill: at hook call `call` (0-based) after `delay_us` more microseconds; call == kFromStart counts the
// delay from the start of the import instead. delay_us == 0: inside the hook, before the step's own work.
inline constexpr std::size_t kFromStart = static_cast<std::size_t>(-1);
struct KillPoint {
    std::size_t call = 0;
    std::int64_t delay_us = 0;
    std::string step;  // the hook call's step name ("start" for kFromStart)
    bool operator<(const KillPoint& o) const { return call != o.call ? call < o.call : delay_us < o.delay_us; }
    bool operator==(const KillPoint& o) const { return call == o.call && delay_us == o.delay_us; }
};

// The old and new snapshots, the bundle of the new one and where to work.
struct Scenario {
    std::string bundle;           // signed bundle of the new snapshot
    core::TrustedKeys keys;       // trusts the bundle's key
    std::string old_snapshot;     // copied in as current.db before each point
    std::string old_digest, new_digest;
    std::string old_version, new_version;
    std::string work_dir;         // each point runs in work_dir/point (made afresh, removed after)
};

struct PointResult {
    KillPoint point;
    bool killed = false;     // the child died by SIGKILL (false: the import ended before the point)
    int child_exit = -1;     // when not killed
    bool live_was_new = false;
    bool starts = false;     // (a): a kiosk starting now shows one complete snapshot, old or new
    bool staging_empty = false;  // (c)
    core::UpdateOutcome rerun = core::UpdateOutcome::IoError;
    bool rerun_ok = false;   // (b)
    std::string problem;     // empty when every check passed
    bool ok() const { return problem.empty(); }
};

struct Summary {
    std::size_t tried = 0, killed = 0, starts = 0, rerun_ok = 0, live_new = 0, at_hook = 0, timed = 0;
    std::set<std::string> steps_killed_at;  // step names where a hook-call point killed the child
    std::vector<PointResult> failures;
};

// A fresh install in `dir` holding the scenario's old snapshot as current.db. False with *error.
bool make_install(const Scenario& s, const std::string& dir, std::string* error);
// The import once, undisturbed, recording every FaultHook call.
DryRun dry_run(const Scenario& s, std::string* error);
// Up to `n` distinct points covering every step name and spread over the import, in import order.
std::vector<KillPoint> choose_points(const DryRun& d, std::size_t n);
// One point: the import killed there in a forked child, then the checks.
PointResult run_point(const Scenario& s, const KillPoint& p);
// Every point; `progress` (may be empty) is told after each.
Summary run_points(const Scenario& s, const std::vector<KillPoint>& points,
                   const std::function<void(const Summary&, const PointResult&)>& progress);
std::string describe(const KillPoint& p);

}  // namespace kiosk::tools::fault
