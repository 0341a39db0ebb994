// test_content_install.cpp — import, rollback, recovery and fallback of the installed content; the staff PIN; the
// audit log; the update worker. The malformed-bundle corpus and the kill tests are in test_bundle_corpus.cpp and
// test_import_faults.cpp.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "bundle_fixture.h"
#include "core/updates/audit_log.h"
#include "core/updates/content_install.h"
#include "core/content/content_store.h"
#include "core/operation/staff_pin.h"
#include "core/updates/update_worker.h"

using namespace kiosk::core;
using test_support::bundle_fixture;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

std::string version_of(const std::string& path) { return ContentStore::open(path)->info().content_version; }

std::vector<std::string> files_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) out.push_back(fs::relative(e.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("imports switch content, keep the one before, and refuse what is not newer", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    CHECK(install.installed_version().empty());

    UpdateResult r = install.import(f.v1_bundle, f.trusted, {});
    REQUIRE(r.outcome == UpdateOutcome::Ok);
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK_FALSE(fs::exists(install.previous_path()));
    CHECK(r.diff.documents_added == 73);
    CHECK(r.diff.documents_removed == 0);

    r = install.import(f.v2_bundle, f.trusted, {});
    REQUIRE(r.outcome == UpdateOutcome::Ok);
    CHECK(version_of(install.current_path()) == f.v2_version);
    CHECK(version_of(install.previous_path()) == f.v1_version);
    CHECK(r.diff.documents_changed == 1);  // the one corrected title
    CHECK(r.diff.documents_added == 0);
    CHECK(r.diff.guides_changed == 0);

    const std::string before = test_support::read_bytes(install.current_path());
    r = install.import(f.v1_bundle, f.trusted, {});
    CHECK(r.outcome == UpdateOutcome::NotNewer);
    CHECK(r.installed_version == f.v2_version);
    CHECK(r.message_zh().find(f.v2_version) != std::string::npos);
    r = install.import(f.v2_bundle, f.trusted, {});
    CHECK(r.outcome == UpdateOutcome::NotNewer);  // the same version again
    CHECK(test_support::read_bytes(install.current_path()) == before);
    CHECK(files_in(install.staging_dir()).empty());

    ImportOptions back;
    back.allow_older = true;
    r = install.import(f.v1_bundle, f.trusted, back);
    REQUIRE(r.outcome == UpdateOutcome::Ok);
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK(version_of(install.previous_path()) == f.v2_version);
}

TEST_CASE("rollback swaps current and previous, and a second rollback undoes it", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    CHECK(install.rollback({}).outcome == UpdateOutcome::NothingToRollBack);
    REQUIRE(install.import(f.v1_bundle, f.trusted, {}).ok());
    CHECK(install.rollback({}).outcome == UpdateOutcome::NothingToRollBack);
    REQUIRE(install.import(f.v2_bundle, f.trusted, {}).ok());

    UpdateResult r = install.rollback({});
    REQUIRE(r.ok());
    CHECK(r.rolled_back);
    CHECK(r.manifest.content_version == f.v1_version);
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK(version_of(install.previous_path()) == f.v2_version);
    REQUIRE(install.rollback({}).ok());
    CHECK(version_of(install.current_path()) == f.v2_version);
    CHECK(version_of(install.previous_path()) == f.v1_version);
    CHECK(files_in(data / "content") == std::vector<std::string>{"current.db", "previous.db", "staging"});
}

TEST_CASE("staging then discarding leaves the install as it was", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    REQUIRE(install.import(f.v1_bundle, f.trusted, {}).ok());
    StagedUpdate staged;
    const UpdateResult r = install.stage(f.v2_bundle, f.trusted, {}, &staged);
    REQUIRE(r.ok());
    CHECK(staged.manifest.content_version == f.v2_version);
    CHECK(staged.diff.documents_changed == 1);
    CHECK(fs::exists(staged.staged_path));
    CHECK(version_of(install.current_path()) == f.v1_version);  // staging switches nothing
    install.discard(staged);
    CHECK(files_in(install.staging_dir()).empty());
    CHECK(version_of(install.current_path()) == f.v1_version);
}

TEST_CASE("the first import is compared with the factory snapshot", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    install.set_factory_snapshot(f.v2_db.string());
    CHECK(install.installed_version() == f.v2_version);
    CHECK(install.import(f.v1_bundle, f.trusted, {}).outcome == UpdateOutcome::NotNewer);
    CHECK_FALSE(fs::exists(install.current_path()));
}

TEST_CASE("the first import keeps the factory snapshot as the one to roll back to", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    install.set_factory_snapshot(f.v1_db.string());
    REQUIRE(install.import(f.v2_bundle, f.trusted, {}).ok());
    CHECK(version_of(install.current_path()) == f.v2_version);
    REQUIRE(fs::exists(install.previous_path()));
    CHECK(test_support::read_bytes(install.previous_path()) == test_support::read_bytes(f.v1_db));
    REQUIRE(install.rollback({}).ok());
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK(version_of(install.previous_path()) == f.v2_version);
    CHECK(fs::exists(f.v1_db));  // the factory file itself is never moved
}

TEST_CASE("too little disk space is refused before anything is written", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    ImportOptions options;
    options.reserve_bytes = 1ull << 62;
    const UpdateResult r = install.import(f.v1_bundle, f.trusted, options);
    CHECK(r.outcome == UpdateOutcome::NoSpace);
    CHECK(r.message_zh().find("MB") != std::string::npos);
    CHECK(files_in(data / "content") == std::vector<std::string>{"staging"});
}

TEST_CASE("start-up recovery clears leftovers and finishes an interrupted rollback", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    const fs::path dir = data / "content";
    ContentInstall install(dir.string());
    std::string error;
    REQUIRE(install.recover(&error));
    REQUIRE(install.import(f.v1_bundle, f.trusted, {}).ok());
    REQUIRE(install.import(f.v2_bundle, f.trusted, {}).ok());
    test_support::write_bytes(dir / "staging" / "incoming.db", "half a copy");
    test_support::write_bytes(dir / ".previous.db.new", "a link that was never renamed");
    // A rollback killed after previous became current: current = v1, previous gone, the swap link holds v2.
    fs::rename(dir / "current.db", dir / ".rollback.db.swap");
    fs::rename(dir / "previous.db", dir / "current.db");
    REQUIRE(install.recover(&error));
    CHECK(files_in(dir) == std::vector<std::string>{"current.db", "previous.db", "staging"});
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK(version_of(install.previous_path()) == f.v2_version);
}

TEST_CASE("a damaged current snapshot falls back to the previous one, then to the factory one", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    std::string note;
    CHECK(install.live_snapshot("factory.db", &note) == "factory.db");
    CHECK(note.empty());
    REQUIRE(install.import(f.v1_bundle, f.trusted, {}).ok());
    REQUIRE(install.import(f.v2_bundle, f.trusted, {}).ok());
    CHECK(install.live_snapshot("factory.db", &note) == install.current_path());

    test_support::write_bytes(install.current_path(), "not a database any more");
    CHECK(install.live_snapshot("factory.db", &note) == install.previous_path());
    CHECK(note.find("上一版本") != std::string::npos);
    test_support::write_bytes(install.previous_path(), "nor this");
    note.clear();
    CHECK(install.live_snapshot("factory.db", &note) == "factory.db");
    CHECK_FALSE(note.empty());
}

TEST_CASE("every attempt is in the audit log with its outcome", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    auto audit = AuditLog::open((data / "audit.db").string(), &error);
    REQUIRE(audit);
    install.set_audit_log(audit.get());
    REQUIRE(install.import(f.v2_bundle, f.trusted, {}).ok());
    CHECK(install.import(f.v1_bundle, f.trusted, {}).outcome == UpdateOutcome::NotNewer);
    ImportOptions older;
    older.allow_older = true;
    REQUIRE(install.import(f.v1_bundle, f.trusted, older).ok());
    REQUIRE(install.rollback({}).ok());
    const auto rows = audit->recent(10);
    REQUIRE(rows.size() == 4);  // one row per import (not one per stage and commit), and the rollback
    CHECK(rows[0].action == "rollback");
    CHECK(rows[0].outcome == "ok");
    CHECK(rows[0].detail.find("回退") != std::string::npos);
    CHECK(rows[1].action == "import");
    CHECK(rows[2].outcome == "not-newer");
    CHECK(rows[2].version == f.v1_version);
    CHECK(rows[2].source == f.v1_bundle.string());
    CHECK(rows[3].outcome == "ok");
    CHECK(rows[3].publisher == "安澜县石桥镇人民政府");
}

TEST_CASE("the update worker stages on its own thread and reports progress", "[install]") {
    const auto& f = bundle_fixture();
    TempDir data;
    ContentInstall install((data / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    UpdateWorker worker(install, f.trusted);
    CHECK(worker.inspect(f.v1_bundle.string()).ok());
    REQUIRE(worker.start_stage(f.v1_bundle.string(), false));
    std::optional<std::pair<UpdateResult, std::optional<StagedUpdate>>> done;
    for (int i = 0; i < 1000 && !done; ++i) {
        done = worker.take_finished();
        if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(done);
    REQUIRE(done->first.ok());
    REQUIRE(done->second);
    CHECK(worker.total_bytes() > 0);
    CHECK(worker.done_bytes() == worker.total_bytes());
    REQUIRE(worker.commit(*done->second).ok());
    CHECK(version_of(install.current_path()) == f.v1_version);
    CHECK_FALSE(worker.take_finished());  // once per job
}

TEST_CASE("the staff PIN is kept as an Argon2id hash, with a lockout that survives a restart", "[pin]") {
    TempDir dir;
    const std::string file = (dir / "staff-pin").string();
    StaffPin unset(file);
    CHECK_FALSE(unset.is_set());
    CHECK(unset.check("2468", 1000).status == PinCheck::Status::NotSet);

    std::string error;
    CHECK_FALSE(set_staff_pin(file, "12a4", &error));
    CHECK_FALSE(set_staff_pin(file, "123", &error));
    CHECK(error.find("4 到 12 位数字") != std::string::npos);
    REQUIRE(set_staff_pin(file, "246810", &error));
    const std::string stored = test_support::read_bytes(file);
    CHECK(stored.rfind("$argon2id$", 0) == 0);
    CHECK(stored.find("246810") == std::string::npos);
    CHECK((fs::status(file).permissions() & fs::perms::others_read) == fs::perms::none);

    StaffPin pin(file);
    CHECK(pin.check("246810", 1000).status == PinCheck::Status::Ok);
    PinCheck c = pin.check("111111", 1000);
    CHECK(c.status == PinCheck::Status::Wrong);
    CHECK(c.tries_left == kMaxPinFailures - 1);
    for (int i = 2; i < kMaxPinFailures; ++i) CHECK(pin.check("111111", 1000 + i).status == PinCheck::Status::Wrong);
    c = pin.check("111111", 1010);
    CHECK(c.status == PinCheck::Status::LockedOut);
    CHECK(c.locked_seconds == kPinLockoutSeconds);

    StaffPin after_restart(file);  // the lockout is on disk
    c = after_restart.check("246810", 1100);
    CHECK(c.status == PinCheck::Status::LockedOut);  // even the right PIN waits
    CHECK(c.locked_seconds == 1010 + kPinLockoutSeconds - 1100);
    CHECK(after_restart.check("246810", 1010 + kPinLockoutSeconds).status == PinCheck::Status::Ok);
    CHECK(after_restart.check("111111", 2000).tries_left == kMaxPinFailures - 1);  // a fresh count
}
