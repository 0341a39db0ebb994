// test_self_check.cpp — the start-up self-check (core/operation/self_check.h): a read-only data folder, missing and damaged
// fonts, a corrupt current.db and the fallbacks after it, and the free-space thresholds.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bundle_fixture.h"
#include "core/updates/content_install.h"
#include "core/base/data_dir.h"
#include "core/operation/self_check.h"

using namespace kiosk::core;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

bool has_finding(const SelfCheckReport& r, CheckFinding::Topic topic, CheckSeverity s, const std::string& en) {
    for (const auto& f : r.findings)
        if (f.topic == topic && f.severity == s && f.en.find(en) != std::string::npos) return true;
    return false;
}

std::string describe(const SelfCheckReport& r) {
    std::string out;
    for (const auto& f : r.findings) out += f.en + "\n";
    return out;
}

// Runs check_data_dir in a child that is not root (root writes anywhere, so a read-only folder would not be one for
// it). Returns what the child found: 1 writable, 0 not, -1 the child could not run the check.
int writable_as_non_root(const std::string& dir) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
        SelfCheckReport r;
        check_data_dir(dir, r);
        const bool reported = has_finding(r, CheckFinding::Topic::Data, CheckSeverity::Error, "not writable");
        ::_exit(r.data_writable ? 1 : (reported ? 0 : 4));
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
    const int code = WEXITSTATUS(status);
    return code == 1 ? 1 : code == 0 ? 0 : -1;
}

}  // namespace

TEST_CASE("the data folder must take a file: a read-only one is an error, a writable one is left clean", "[self_check]") {
    TempDir dir;
    const fs::path data = dir / "data";
    fs::create_directories(data);
    SelfCheckReport ok;
    check_data_dir(data.string(), ok);
    CHECK(ok.data_writable);
    CHECK(has_finding(ok, CheckFinding::Topic::Data, CheckSeverity::Ok, "is writable"));
    CHECK(fs::is_empty(data));  // the probe file is gone

    // A folder created by the check when it is missing, as the kiosk would.
    SelfCheckReport created;
    check_data_dir((dir / "new" / "deeper").string(), created);
    CHECK(created.data_writable);

    // Read-only for the (non-root) kiosk user; the temp folder above it must let that user through.
    ::chmod(dir.path().c_str(), 0755);
    ::chmod(data.c_str(), 0555);
    CHECK(writable_as_non_root(data.string()) == 0);
    ::chmod(data.c_str(), 0777);
    CHECK(writable_as_non_root(data.string()) == 1);
}

TEST_CASE("fonts: each named file must exist and look like a font — no Chinese face means Debian's Noto CJK", "[self_check]") {
    TempDir dir;
    const std::string real = std::string(KIOSK_SOURCE_DIR) + "/fonts/fallback.txt";
    SECTION("the repository's chain is usable as it is") {
        SelfCheckReport r;
        check_fonts(real, r);
        INFO(describe(r));
        CHECK(r.fonts_usable);
        CHECK(r.fonts_file == real);
        CHECK(has_finding(r, CheckFinding::Topic::Fonts, CheckSeverity::Ok, "font files usable"));
    }
    SECTION("a missing face is named, a fake font file is caught, and the Noto paths take over") {
        test_support::write_bytes(dir / "fake.ttf", "<html>404 not found</html>");
        test_support::write_bytes(dir / "fallback.txt",
                                  "# a chain whose Chinese faces are gone\n"
                                  "regular | Noto Sans CJK SC | /nonexistent/NotoSansCJK-Regular.ttc\n"
                                  "regular | Fake | " + (dir / "fake.ttf").string() + "\n");
        SelfCheckReport r;
        check_fonts((dir / "fallback.txt").string(), r);
        INFO(describe(r));
        CHECK(has_finding(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, "/nonexistent/NotoSansCJK-Regular.ttc"));
        CHECK(has_finding(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, "is not a font file"));
        CHECK(r.fonts_file.empty());  // the built-in chain: Debian's Noto CJK paths
        // This machine has fonts-noto-cjk (.ci/debian-packages.txt), so the fallback is usable and says so.
        CHECK(r.fonts_usable);
        CHECK(has_finding(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, "using Debian's Noto CJK font"));
        CHECK_FALSE(r.has_errors());
        CHECK(r.staff_lines().size() == 4);  // two missing faces, the fake file, the fallback
    }
    SECTION("a missing chain file") {
        SelfCheckReport r;
        check_fonts((dir / "nope.txt").string(), r);
        INFO(describe(r));
        CHECK(has_finding(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, "cannot be read"));
        CHECK(r.fonts_file.empty());
        CHECK(r.fonts_usable);
    }
}

TEST_CASE("content: current, else previous, else factory, each said and why — none opening is an error", "[self_check]") {
    const auto& f = test_support::bundle_fixture();
    TempDir dir;
    const std::string data = (dir / "data").string();
    const std::string factory = f.v1_db.string();
    ContentInstall install(content_dir_in(data));
    std::string error;
    REQUIRE(install.recover(&error));
    auto check = [&](const std::string& factory_path) {
        SelfCheckReport r;
        check_snapshot(data, factory_path, r);
        return r;
    };

    SelfCheckReport r = check(factory);
    CHECK(r.snapshot == SelfCheckReport::Snapshot::Factory);
    CHECK(r.snapshot_path == factory);
    CHECK(has_finding(r, CheckFinding::Topic::Content, CheckSeverity::Ok, "nothing imported yet"));

    fs::copy_file(f.v2_db, install.current_path());
    r = check(factory);
    CHECK(r.snapshot == SelfCheckReport::Snapshot::Current);
    CHECK(has_finding(r, CheckFinding::Topic::Content, CheckSeverity::Ok, f.v2_version));

    // A corrupt current.db with a good previous.db: the previous one, and a warning for staff.
    fs::copy_file(f.v1_db, install.previous_path());
    test_support::write_bytes(install.current_path(), "SQLite format 3\0 torn in half");
    r = check(factory);
    CHECK(r.snapshot == SelfCheckReport::Snapshot::Previous);
    CHECK(r.snapshot_path == install.previous_path());
    CHECK(has_finding(r, CheckFinding::Topic::Content, CheckSeverity::Warning, "current.db is damaged"));
    CHECK(r.staff_lines().size() == 1);

    // Both imported ones corrupt: the factory snapshot, and the warning says the imported ones failed.
    test_support::write_bytes(install.previous_path(), "junk");
    r = check(factory);
    CHECK(r.snapshot == SelfCheckReport::Snapshot::Factory);
    CHECK(has_finding(r, CheckFinding::Topic::Content, CheckSeverity::Warning, "no imported snapshot opens"));

    // And no factory snapshot either: an error, and nothing to show.
    r = check((dir / "missing.db").string());
    CHECK(r.snapshot == SelfCheckReport::Snapshot::None);
    CHECK(r.snapshot_path.empty());
    CHECK(has_finding(r, CheckFinding::Topic::Content, CheckSeverity::Error, "no snapshot opens"));
    CHECK(r.has_errors());
}

TEST_CASE("free space: a warning under the first threshold, an error and no applications under the second", "[self_check]") {
    TempDir dir;
    SelfCheckInputs limits;
    limits.warn_free_bytes = 0;
    limits.error_free_bytes = 0;
    SelfCheckReport plenty;
    check_free_space(dir.path().string(), limits, plenty);
    REQUIRE(plenty.free_space_known);
    CHECK_FALSE(plenty.disk_full);
    CHECK(has_finding(plenty, CheckFinding::Topic::Disk, CheckSeverity::Ok, "MB free"));

    limits.warn_free_bytes = plenty.free_bytes + (1ull << 40);  // more than this disk has
    SelfCheckReport low;
    check_free_space(dir.path().string(), limits, low);
    CHECK_FALSE(low.disk_full);
    CHECK(has_finding(low, CheckFinding::Topic::Disk, CheckSeverity::Warning, "free space soon"));

    limits.error_free_bytes = limits.warn_free_bytes;
    SelfCheckReport full;
    check_free_space(dir.path().string(), limits, full);
    CHECK(full.disk_full);
    CHECK(has_finding(full, CheckFinding::Topic::Disk, CheckSeverity::Error, "takes no applications"));

    SelfCheckReport unknown;
    check_free_space((dir / "no" / "such").string(), limits, unknown);
    CHECK_FALSE(unknown.free_space_known);
    CHECK(has_finding(unknown, CheckFinding::Topic::Disk, CheckSeverity::Warning, "cannot read the free disk space"));
}

TEST_CASE("the whole self-check on a fresh kiosk reports every topic once and no problem", "[self_check]") {
    const auto& f = test_support::bundle_fixture();
    TempDir dir;
    SelfCheckInputs in;
    in.fonts_file = std::string(KIOSK_SOURCE_DIR) + "/fonts/fallback.txt";
    in.factory_snapshot = f.v1_db.string();
    in.data_dir = (dir / "data").string();
    in.warn_free_bytes = in.error_free_bytes = 0;
    const SelfCheckReport r = run_self_check(in);
    INFO(describe(r));
    CHECK(r.findings.size() == 4);
    CHECK(r.staff_lines().empty());
    CHECK_FALSE(r.has_errors());
    CHECK(r.data_writable);
    CHECK(r.snapshot == SelfCheckReport::Snapshot::Factory);
}
