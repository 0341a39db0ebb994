// test_usb_watch.cpp — the USB watcher finds *.kiosk files on "sticks" under a root, and notices them come and go.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "platform/usb_watch.h"

namespace fs = std::filesystem;
using kiosk::platform::scan_usb_roots;
using kiosk::platform::UsbWatch;

namespace {

struct TempRoot {
    fs::path dir;
    TempRoot() {
        dir = fs::temp_directory_path() / ("usb-watch-test-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(dir);
    }
    ~TempRoot() { std::error_code ec; fs::remove_all(dir, ec); }
};

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

// Waits (real time, bounded) until a rescan asked for now has finished.
void rescan(UsbWatch& w) {
    const auto ticket = w.request_rescan();
    for (int i = 0; i < 500 && !w.scan_done(ticket); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(w.scan_done(ticket));
}

}  // namespace

TEST_CASE("scan finds bundles at a stick's top level and one folder down, nothing else", "[usb]") {
    TempRoot root;
    write(root.dir / "STICK" / "2026-12.kiosk", "abc");
    write(root.dir / "STICK" / "更新" / "2027-01.kiosk", "abcdef");
    write(root.dir / "STICK" / "a" / "b" / "too-deep.kiosk", "x");
    write(root.dir / "STICK" / "notes.txt", "x");
    write(root.dir / "STICK" / ".hidden" / "hidden.kiosk", "x");
    write(root.dir / "STICK" / "plain.kiosk.bak", "x");
    const auto files = scan_usb_roots({root.dir.string()});
    REQUIRE(files.size() == 2);
    CHECK(files[0].path == (root.dir / "STICK" / "2026-12.kiosk").string());
    CHECK(files[0].size == 3);
    CHECK(files[1].path == (root.dir / "STICK" / "更新" / "2027-01.kiosk").string());
    CHECK(files[1].size == 6);
    CHECK(files[1].mtime > 0);
}

TEST_CASE("scan takes '*' patterns, dedupes overlapping roots, and a missing root is no stick", "[usb]") {
    TempRoot root;
    write(root.dir / "user" / "STICK" / "x.kiosk", "1");
    CHECK(scan_usb_roots({(root.dir / "*").string()}).size() == 1);
    CHECK(scan_usb_roots({root.dir.string(), (root.dir / "*").string(), (root.dir / "*" / "*").string()}).size() == 1);
    CHECK(scan_usb_roots({(root.dir / "nothing-here").string(), "/nonexistent/*/*"}).empty());
}

TEST_CASE("the watcher publishes a new generation when a stick comes, changes and goes", "[usb]") {
    TempRoot root;
    UsbWatch w({root.dir.string()}, 60'000);  // a long interval: only rescans requested by the test run
    int inspected = 0;
    w.set_inspector([&](const std::string&) {
        ++inspected;
        kiosk::core::UpdateResult r;
        r.outcome = kiosk::core::UpdateOutcome::UnknownKey;
        return r;
    });
    std::atomic<int> notified{0};
    w.set_notify([&] { ++notified; });
    w.start();
    rescan(w);
    CHECK(w.generation() == 0);
    CHECK(w.snapshot().files.empty());

    write(root.dir / "STICK" / "a.kiosk", "12345");
    rescan(w);
    const auto g1 = w.generation();
    CHECK(g1 > 0);
    auto snap = w.snapshot();
    REQUIRE(snap.files.size() == 1);
    CHECK(snap.files[0].inspected);
    CHECK(snap.files[0].info.outcome == kiosk::core::UpdateOutcome::UnknownKey);
    CHECK(notified.load() == 1);

    rescan(w);  // nothing changed: same generation, not inspected again
    CHECK(w.generation() == g1);
    CHECK(inspected == 1);

    write(root.dir / "STICK" / "b.kiosk", "x");
    rescan(w);
    CHECK(w.generation() > g1);
    CHECK(w.snapshot().files.size() == 2);
    CHECK(inspected == 2);  // only the new file was read

    fs::remove_all(root.dir / "STICK");
    rescan(w);
    CHECK(w.snapshot().files.empty());
    CHECK(notified.load() == 3);
    w.stop();
}

TEST_CASE("default roots are the usual mount points", "[usb]") {
    const auto roots = kiosk::platform::default_usb_roots();
    CHECK(std::find(roots.begin(), roots.end(), "/media") != roots.end());
    CHECK(std::find(roots.begin(), roots.end(), "/run/media/*/*") != roots.end());
    CHECK(std::find(roots.begin(), roots.end(), "/mnt") != roots.end());
}

TEST_CASE("sticks to export to: a folder holding a bundle at its top, mount points, never plain folders", "[usb]") {
    using kiosk::platform::scan_usb_volumes;
    TempRoot root;
    write(root.dir / "STICK" / "2026-12.kiosk", "abc");
    write(root.dir / "OTHER" / "更新" / "2027-01.kiosk", "abc");  // the bundle is a folder down: OTHER is not known
    write(root.dir / "EMPTY" / "notes.txt", "x");                // a plain folder with no bundle, not mounted
    const std::vector<std::string> roots{root.dir.string()};
    const auto volumes = scan_usb_volumes(roots, scan_usb_roots(roots));
    REQUIRE(volumes.size() == 1);
    CHECK(volumes[0].path == (root.dir / "STICK").string());
    CHECK(volumes[0].name == "STICK");
    // A real mount point under a root is a stick even without a bundle on it: /proc is one under "/".
    bool proc = false;
    for (const auto& v : scan_usb_volumes({"/"}, {})) proc |= v.path == "/proc";
    CHECK(proc);
    CHECK(scan_usb_volumes({(root.dir / "nothing-here").string()}, {}).empty());
}

TEST_CASE("the watcher's snapshot carries the sticks, and a new generation when one comes or goes", "[usb]") {
    TempRoot root;
    UsbWatch w({root.dir.string()}, 60'000);
    w.start();
    rescan(w);
    CHECK(w.snapshot().volumes.empty());
    write(root.dir / "U盘" / "a.kiosk", "1");
    rescan(w);
    const auto gen = w.generation();
    REQUIRE(w.snapshot().volumes.size() == 1);
    CHECK(w.snapshot().volumes[0].name == "U盘");
    fs::remove_all(root.dir / "U盘");
    rescan(w);
    CHECK(w.generation() != gen);
    CHECK(w.snapshot().volumes.empty());
    w.stop();
}
