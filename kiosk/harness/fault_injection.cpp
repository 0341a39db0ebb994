// fault_injection.cpp — see fault_injection.h.
//
// Killing the importer at chosen points and checking what it left. The unit test (a few hundred points) and
// `kioskctl bench update --faults N` (thousands) run exactly this method:
//
//   1. A dry run of the import into a fresh install records every FaultHook call (its step name and when it came).
//   2. Kill points are chosen from that record: every step name at its first and last call, then calls spread evenly
//      over the whole list; when the import has fewer hook calls than points wanted, the rest are *timed* points
//      (a kill a measured number of microseconds after a hook call, or after the start), spread evenly over the
//      import's duration, so the kill also lands inside a write, inside the snapshot check, inside a rename.
//   3. Each point: a fresh install holding the old snapshot as current.db; fork(); the child runs the import and
//      SIGKILLs itself at the point (it never returns to the caller: _exit or death, no test-framework teardown);
//      the parent waits, then checks as the kiosk would at its next start: recover() succeeds and empties staging/,
//      live_snapshot() is current.db and opens with ContentStore, PRAGMA integrity_check is "ok", and its digest
//      (content version + every document row) is exactly the old or the new snapshot's — never a mix; finally a
//      re-run of the import succeeds (Ok, or NotNewer when the switch had already happened).
#include "harness/fault_injection.h"

#include <signal.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "core/content/content_store.h"
#include "core/updates/content_install.h"
#include "core/updates/signing.h"

namespace kiosk::tools::fault {
namespace {

namespace fs = std::filesystem;

std::int64_t now_us() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

// The child's side: never returns. Exit codes: 0 the import finished Ok, 10 + outcome otherwise.
[[noreturn]] void child_import(const Scenario& s, const std::string& dir, const KillPoint& p) {
    auto kill_after = [](std::int64_t delay_us) {
        // A detached thread (the child is single-threaded until now, so this is safe after fork) that kills the
        // whole process in the middle of whatever the import is doing then.
        std::thread([delay_us] {
            const timespec ts{static_cast<time_t>(delay_us / 1'000'000), static_cast<long>(delay_us % 1'000'000) * 1000};
            nanosleep(&ts, nullptr);
            kill(getpid(), SIGKILL);
        }).detach();
    };
    core::ContentInstall install(dir);
    core::ImportOptions o;
    std::size_t call = 0;
    o.fault = [&](const char*) {
        if (call++ != p.call) return;
        if (p.delay_us == 0) raise(SIGKILL);
        kill_after(p.delay_us);
    };
    if (p.call == kFromStart) kill_after(p.delay_us);
    const core::UpdateResult r = install.import(s.bundle, s.keys, o);
    _exit(r.ok() ? 0 : 10 + static_cast<int>(r.outcome));
}

}  // namespace

// Two snapshots with the same digest show the same catalog; a file that is half one and half the other cannot match
// either.
std::string content_digest(const std::string& snapshot_path, std::string* error) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(snapshot_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        if (error) *error = std::string("open: ") + (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return "";
    }
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    bool ok = true;
    auto feed_query = [&](const char* sql) {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK) {
            ok = false;
            if (error) *error = sqlite3_errmsg(db);
            return;
        }
        int rc;
        long rows = 0;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const int type = sqlite3_column_type(q, c);
                const unsigned char tag = static_cast<unsigned char>(type);
                crypto_generichash_update(&st, &tag, 1);
                const void* p = type == SQLITE_BLOB ? sqlite3_column_blob(q, c) : sqlite3_column_text(q, c);
                const std::uint64_t n = p ? static_cast<std::uint64_t>(sqlite3_column_bytes(q, c)) : 0;
                crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(&n), sizeof n);
                if (n) crypto_generichash_update(&st, static_cast<const unsigned char*>(p), n);
            }
        }
        if (rc != SQLITE_DONE) {
            ok = false;
            if (error) *error = sqlite3_errmsg(db);
        }
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(&rows), sizeof rows);
    };
    feed_query("SELECT value FROM meta WHERE key = 'content_version'");
    if (ok) feed_query("SELECT * FROM documents ORDER BY id");
    sqlite3_close(db);
    if (!ok) return "";
    unsigned char out[32];
    crypto_generichash_final(&st, out, sizeof out);
    return core::to_hex(out, sizeof out);
}

std::string integrity_check(const std::string& path) {
    sqlite3* db = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* q = nullptr;
        result = "cannot run";
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &q, nullptr) == SQLITE_OK) {
            result.clear();
            while (sqlite3_step(q) == SQLITE_ROW) {
                if (!result.empty()) result += "; ";
                const unsigned char* t = sqlite3_column_text(q, 0);
                result += t ? reinterpret_cast<const char*>(t) : "?";
            }
            if (result.empty()) result = "no answer";
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return result;
}

bool dir_is_empty_or_missing(const std::string& dir) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) return true;
    return fs::is_empty(dir, ec) && !ec;
}

bool make_install(const Scenario& s, const std::string& dir, std::string* error) {
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    core::ContentInstall install(dir);
    if (!install.recover(error)) return false;
    if (!fs::copy_file(s.old_snapshot, install.current_path(), fs::copy_options::overwrite_existing, ec)) {
        *error = "copy old snapshot: " + ec.message();
        return false;
    }
    return true;
}

DryRun dry_run(const Scenario& s, std::string* error) {
    DryRun d;
    const std::string dir = s.work_dir + "/dry-run";
    if (!make_install(s, dir, error)) return d;
    core::ContentInstall install(dir);
    core::ImportOptions o;
    const std::int64_t t0 = now_us();
    o.fault = [&](const char* step) { d.calls.push_back({step ? step : "?", now_us() - t0}); };
    const core::UpdateResult r = install.import(s.bundle, s.keys, o);
    d.total_us = now_us() - t0;
    d.outcome = r.outcome;
    d.detail = r.detail;
    std::error_code ec;
    fs::remove_all(dir, ec);
    return d;
}

std::vector<KillPoint> choose_points(const DryRun& d, std::size_t n) {
    std::set<KillPoint> chosen;
    const std::size_t calls = d.calls.size();
    auto at_call = [&](std::size_t i) { chosen.insert({i, 0, d.calls[i].step}); };
    std::set<std::string> seen;
    for (std::size_t i = 0; i < calls; ++i)
        if (seen.insert(d.calls[i].step).second) at_call(i);
    seen.clear();
    for (std::size_t i = calls; i-- > 0;)
        if (seen.insert(d.calls[i].step).second) at_call(i);
    const std::size_t hook_target = std::min(n, calls);
    if (chosen.size() < hook_target) {
        // An even spread over the call indices on top of the points above; widened until collisions are made up.
        const std::set<KillPoint> base = chosen;
        for (std::size_t want = hook_target - base.size(); chosen.size() < hook_target && want <= calls; ++want) {
            chosen = base;
            for (std::size_t k = 0; k < want; ++k) at_call(want == 1 ? 0 : k * (calls - 1) / (want - 1));
        }
    }
    if (chosen.size() < n && d.total_us > 0) {
        // Timed points: instants spread evenly over the import, each expressed as a delay after the hook call
        // before it (or the start), so the kill falls inside the work between two hooks.
        const std::size_t want = n - chosen.size();
        for (std::size_t k = 0; k < want * 4 && chosen.size() < n; ++k) {
            // A stride through [0, total) that visits new instants on every pass (golden-ratio sequence).
            const double frac = std::fmod(0.5 + static_cast<double>(k) * 0.6180339887498949, 1.0);
            const std::int64_t t = 1 + static_cast<std::int64_t>(frac * static_cast<double>(d.total_us - 1));
            std::size_t before = kFromStart;
            for (std::size_t i = 0; i < calls && d.calls[i].at_us <= t; ++i) before = i;
            const std::int64_t base = before == kFromStart ? 0 : d.calls[before].at_us;
            const std::int64_t delay = std::max<std::int64_t>(1, t - base);
            chosen.insert({before, delay, before == kFromStart ? "start" : d.calls[before].step});
        }
    }
    return {chosen.begin(), chosen.end()};
}

PointResult run_point(const Scenario& s, const KillPoint& p) {
    PointResult res;
    res.point = p;
    const std::string dir = s.work_dir + "/point";
    std::string error;
    if (!make_install(s, dir, &error)) {
        res.problem = "setup: " + error;
        return res;
    }
    std::fflush(nullptr);  // nothing buffered is written twice by the child
    const pid_t pid = fork();
    if (pid < 0) {
        res.problem = "fork failed";
        return res;
    }
    if (pid == 0) child_import(s, dir, p);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    res.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    if (!res.killed) {
        res.child_exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
        if (res.child_exit != 0) {
            res.problem = "the child's import ended with exit " + std::to_string(res.child_exit) +
                          (WIFSIGNALED(status) ? " (a crash)" : " (an outcome other than ok)");
        }
    }
    auto add = [&](const std::string& what) {
        if (!res.problem.empty()) res.problem += "; ";
        res.problem += what;
    };

    // (a) What the kiosk would show if it started now.
    core::ContentInstall install(dir);
    if (!install.recover(&error)) add("recover failed: " + error);
    res.staging_empty = dir_is_empty_or_missing(install.staging_dir());
    if (!res.staging_empty) add("staging/ not empty after recover");
    std::string note;
    const std::string live = install.live_snapshot(dir + "/no-factory.db", &note);
    if (live != install.current_path()) add("live snapshot is " + live + " (" + note + "), not current.db");
    try {
        const auto store = core::ContentStore::open(live);
        const std::string version = store->info().content_version;
        const std::string check = integrity_check(live);
        const std::string digest = content_digest(live, &error);
        if (check != "ok") add("integrity_check: " + check);
        if (digest == s.old_digest && version == s.old_version) {
            res.live_was_new = false;
        } else if (digest == s.new_digest && version == s.new_version) {
            res.live_was_new = true;
        } else {
            add("live snapshot (version " + version + ") matches neither the old nor the new content");
        }
        if (res.problem.empty()) res.starts = true;
    } catch (const std::exception& e) {
        add(std::string("live snapshot does not open: ") + e.what());
    }

    // (b) A re-run of the import.
    const core::UpdateResult again = install.import(s.bundle, s.keys, {});
    res.rerun = again.outcome;
    res.rerun_ok = again.ok() || (res.live_was_new && again.outcome == core::UpdateOutcome::NotNewer);
    if (!res.rerun_ok) add(std::string("re-run: ") + core::outcome_token(again.outcome) + " " + again.detail);
    if (res.rerun_ok) {
        const std::string after = content_digest(install.current_path(), &error);
        if (after != s.new_digest) add("after the re-run current.db is not the new content");
    }
    if (!dir_is_empty_or_missing(install.staging_dir())) add("staging/ not empty after the re-run");

    std::error_code ec;
    fs::remove_all(dir, ec);
    return res;
}

Summary run_points(const Scenario& s, const std::vector<KillPoint>& points,
                   const std::function<void(const Summary&, const PointResult&)>& progress) {
    Summary sum;
    for (const KillPoint& p : points) {
        PointResult r = run_point(s, p);
        ++sum.tried;
        (p.delay_us == 0 ? sum.at_hook : sum.timed) += 1;
        if (r.killed) {
            ++sum.killed;
            if (p.delay_us == 0) sum.steps_killed_at.insert(p.step);
        }
        if (r.starts) ++sum.starts;
        if (r.rerun_ok) ++sum.rerun_ok;
        if (r.live_was_new) ++sum.live_new;
        if (!r.ok()) sum.failures.push_back(r);
        if (progress) progress(sum, r);
    }
    return sum;
}

std::string describe(const KillPoint& p) {
    char buf[160];
    if (p.call == kFromStart) std::snprintf(buf, sizeof buf, "%lld us after the start", static_cast<long long>(p.delay_us));
    else std::snprintf(buf, sizeof buf, "hook call %zu (%s) + %lld us", p.call, p.step.c_str(),
                       static_cast<long long>(p.delay_us));
    return buf;
}

}  // namespace kiosk::tools::fault
