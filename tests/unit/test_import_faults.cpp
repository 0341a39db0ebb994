// Fault injection on the import: the importer is killed (SIGKILL, in a forked child) at a few hundred
// points spread over the whole import — at every FaultHook step and inside the work between them — and after each
// the kiosk must start with one complete snapshot, the old or the new, never a mix, and a re-run must succeed. The
// method (kiosk/harness/fault_injection.h) is the one `kioskctl bench update --faults N` runs at larger scale.
// Also: the source pulled away mid-copy (truncated, unlinked) and the cancel flag.
#include <catch2/catch.hpp>

#include <sodium.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "bundle_fixture.h"
#include "core/updates/content_install.h"
#include "core/content/content_store.h"
#include "test_support.h"
#include "harness/fault_injection.h"

using namespace kiosk::core;
namespace fault = kiosk::tools::fault;
namespace fs = std::filesystem;
using test_support::BundleFixture;
using test_support::TempDir;

namespace {

fault::Scenario scenario(const BundleFixture& fx, const TempDir& work) {
    fault::Scenario s;
    s.bundle = fx.v2_bundle.string();
    s.keys = fx.trusted;
    s.old_snapshot = fx.v1_db.string();
    s.old_digest = fx.v1_digest;
    s.new_digest = fx.v2_digest;
    s.old_version = fx.v1_version;
    s.new_version = fx.v2_version;
    s.work_dir = work.path().string();
    return s;
}

std::string file_hash(const fs::path& p) {
    const std::string bytes = test_support::read_bytes(p);
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    return to_hex(out, sizeof out);
}

}  // namespace

TEST_CASE("import faults: the importer killed at 200+ points always leaves a kiosk that starts, and a re-run succeeds", "[import][faults]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    TempDir work;
    const fault::Scenario s = scenario(fx, work);

    std::string error;
    const fault::DryRun dry = fault::dry_run(s, &error);
    INFO(error << " " << dry.detail);
    REQUIRE(dry.outcome == UpdateOutcome::Ok);
    REQUIRE_FALSE(dry.calls.empty());
    std::map<std::string, int> steps;
    for (const auto& c : dry.calls) ++steps[c.step];
    // The import changes the disk in these ways; a step added to content_install.cpp shows up here.
    for (const char* expected : {"create-staging", "write", "fsync-staged", "rename-current"}) {
        INFO("step " << expected);
        CHECK(steps.count(expected));
    }

    const std::vector<fault::KillPoint> points = fault::choose_points(dry, 220);
    REQUIRE(points.size() >= 200);
    std::set<std::string> covered;
    for (const auto& p : points)
        if (p.delay_us == 0) covered.insert(p.step);
    CHECK(covered.size() == steps.size());  // every step name has a kill right at it

    const fault::Summary sum = fault::run_points(s, points, [](const fault::Summary&, const fault::PointResult&) {});
    for (const auto& f : sum.failures) {
        INFO("kill point " << fault::describe(f.point) << (f.killed ? " (killed)" : " (not reached)"));
        FAIL_CHECK(f.problem);
    }
    std::printf("import faults: %zu points (%zu at hook steps, %zu timed), %zu killed, %zu left the new content, "
                "%zu started, %zu re-runs ok; dry run %zu hook calls in %.1f ms\n",
                sum.tried, sum.at_hook, sum.timed, sum.killed, sum.live_new, sum.starts, sum.rerun_ok,
                dry.calls.size(), static_cast<double>(dry.total_us) / 1000);
    CHECK(sum.tried >= 200);
    CHECK(sum.starts == sum.tried);
    CHECK(sum.rerun_ok == sum.tried);
    // Not vacuous: the kills really happened, at every step, both before and after the switch.
    std::set<std::string> names;
    for (const auto& [name, n] : steps) names.insert(name);
    CHECK(sum.steps_killed_at == names);
    CHECK(sum.killed >= sum.tried / 2);
    CHECK(sum.live_new > 0);
    CHECK(sum.live_new < sum.tried);
}

TEST_CASE("import faults: the source pulled away or the import cancelled mid-copy leaves the old content", "[import][faults]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    TempDir tmp;
    const fs::path stick = tmp / "stick.kiosk";
    const fs::path dir = tmp / "content";

    auto fresh = [&] {
        std::error_code ec;
        fs::remove_all(dir, ec);
        fs::create_directories(dir);
        ContentInstall install(dir.string());
        std::string error;
        REQUIRE(install.recover(&error));
        fs::copy_file(fx.v1_db, install.current_path());
        fs::copy_file(fx.v2_bundle, stick, fs::copy_options::overwrite_existing);
    };
    // The hook runs `pull` at the first chunk written to staging (the first chunk was read; more is to come).
    auto import_pulling = [&](std::function<void()> pull, const std::atomic<bool>* cancel = nullptr) {
        ContentInstall install(dir.string());
        ImportOptions o;
        o.cancel = cancel;
        int writes = 0;
        o.fault = [&](const char* step) {
            if (std::string(step) == "write" && ++writes == 1) pull();
        };
        const UpdateResult r = install.import(stick.string(), fx.trusted, o);
        CHECK(writes >= 1);  // the pull really happened mid-copy
        return r;
    };
    auto check_unchanged_and_rerun = [&] {
        ContentInstall install(dir.string());
        CHECK(file_hash(install.current_path()) == file_hash(fx.v1_db));
        CHECK(fault::dir_is_empty_or_missing(install.staging_dir()));
        std::string error;
        REQUIRE(install.recover(&error));
        fs::copy_file(fx.v2_bundle, stick, fs::copy_options::overwrite_existing);  // the stick comes back
        const UpdateResult again = install.import(stick.string(), fx.trusted, {});
        CHECK(again.outcome == UpdateOutcome::Ok);
        CHECK(fault::content_digest(install.current_path(), &error) == fx.v2_digest);
    };
    REQUIRE(fs::file_size(fx.v2_bundle) > (1u << 20) + 4096);  // more than one chunk, so there is a read after the pull

    SECTION("truncated: SourceRemoved, because the file shrank after it was opened (a short file from the start "
            "would be Damaged, caught by the size check before any byte is copied)") {
        fresh();
        const UpdateResult r = import_pulling([&] { fs::resize_file(stick, fs::file_size(stick) / 2); });
        INFO(r.detail);
        CHECK(r.outcome == UpdateOutcome::SourceRemoved);
        CHECK(r.part == kSnapshotPartName);
        check_unchanged_and_rerun();
    }
    SECTION("truncated to nothing and unlinked: SourceRemoved") {
        fresh();
        const UpdateResult r = import_pulling([&] {
            fs::resize_file(stick, 0);
            fs::remove(stick);
        });
        INFO(r.detail);
        CHECK(r.outcome == UpdateOutcome::SourceRemoved);
        check_unchanged_and_rerun();
    }
    SECTION("unlinked only: the open file still reads to the end, every byte hashed, so the import is Ok") {
        // POSIX keeps an unlinked file readable through the descriptor already open; what was hashed is what was
        // written, so the result is the complete new snapshot. (A pulled stick fails reads with EIO instead,
        // which is_removal_errno() turns into SourceRemoved.)
        fresh();
        const UpdateResult r = import_pulling([&] { fs::remove(stick); });
        INFO(r.detail);
        CHECK(r.outcome == UpdateOutcome::Ok);
        std::string error;
        CHECK(fault::content_digest(ContentInstall(dir.string()).current_path(), &error) == fx.v2_digest);
    }
    SECTION("the cancel flag (staff are about to pull the stick): SourceRemoved") {
        fresh();
        std::atomic<bool> cancel{false};
        const UpdateResult r = import_pulling([&] { cancel.store(true); }, &cancel);
        INFO(r.detail);
        CHECK(r.outcome == UpdateOutcome::SourceRemoved);
        check_unchanged_and_rerun();
    }
}
