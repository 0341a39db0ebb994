// bench_soak.cpp — see bench_soak.h.
//
//   kioskctl bench soak [--taps N] [--seed N] [--size WxH] [--render-every N] [--work DIR]
//                       [--content demo.db] [--fonts fallback.txt] [--ime-data DIR] [--kiosk PATH]
//
// Sets up what a township hall's kiosk has — a county key, an office key, a staff PIN (246810), and a "stick" in a
// watched folder with two newer signed bundles of the demo content (so staff can import, confirm, roll back and
// export applications while visitors tap) — in --work DIR/SIZE (default /var/tmp/kiosk-bench-soak, made afresh),
// with a copy of the 拼音 data (--ime-data, default ime-test/ beside kioskctl; the kiosk redeploys it after imports),
// then runs the kiosk binary beside kioskctl: `kiosk --headless --soak N --seed N …` (harness/soak_run.h). The
// kiosk prints the figures (touches, frames, time, screens visited, resident memory settled / end / ratio) and
// exits 1 if memory grew more than 5 % after it settled or a soak check failed; this command exits with that code
// (and says so plainly if the kiosk crashed). Defaults: 100,000 touches, seed 1, 1920x1080, one frame in 25 rasterised.
#include "harness/bench_soak.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/updates/bundle_io.h"
#include "core/updates/signing.h"
#include "core/operation/staff_pin.h"
#include "core/base/exit_codes.h"
#include "harness/kiosk_child.h"

namespace kiosk::tools {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSoakPin = "246810";
constexpr long long kSoakTime = 1795483800;  // 2026-11-24 09:30 UTC+8, as the UI tests: the virtual clock's start

struct Options {
    long taps = 100'000;
    long long seed = 1;
    std::string size = "1920x1080";
    int render_every = 25;
    std::string work = "/var/tmp/kiosk-bench-soak";
    std::string content, fonts, ime_data, kiosk;
};

bool whole_number(const std::string& s, long long* out) {
    char* end = nullptr;
    const long long v = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || v < 0) return false;
    *out = v;
    return true;
}

bool parse(const std::vector<std::string>& args, Options* o, std::string* error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size()) { *error = a + " needs a value"; return false; }
        const std::string& v = args[++i];
        long long n = 0;
        if (a == "--taps" || a == "--seed" || a == "--render-every") {
            if (!whole_number(v, &n)) { *error = a + " takes a whole number, not '" + v + "'"; return false; }
            if (a == "--taps") o->taps = static_cast<long>(n);
            else if (a == "--seed") o->seed = n;
            else o->render_every = static_cast<int>(std::max(1LL, n));
        } else if (a == "--size") o->size = v;
        else if (a == "--work") o->work = v;
        else if (a == "--content") o->content = v;
        else if (a == "--fonts") o->fonts = v;
        else if (a == "--ime-data") o->ime_data = v;
        else if (a == "--kiosk") o->kiosk = v;
        else { *error = "unknown option " + a; return false; }
    }
    int w = 0, h = 0;
    if (std::sscanf(o->size.c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 320) {
        *error = "--size takes WIDTHxHEIGHT, e.g. 1080x1920";
        return false;
    }
    return true;
}

// A copy of the snapshot at another content version (and one title changed, so the staff diff shows a change).
bool newer_snapshot(const std::string& from, const std::string& to, const std::string& version, std::string* error) {
    std::error_code ec;
    fs::remove(to, ec);
    if (!fs::copy_file(from, to, ec)) { *error = "copy " + from + ": " + ec.message(); return false; }
    sqlite3* db = nullptr;
    char* err = nullptr;
    const std::string sql = "UPDATE meta SET value = '" + version + "' WHERE key = 'content_version';"
                            "UPDATE documents SET genre = genre || '（" + version + "）';";
    const bool ok = sqlite3_open(to.c_str(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok) *error = to + ": " + (err ? err : db ? sqlite3_errmsg(db) : "cannot open");
    sqlite3_free(err);
    sqlite3_close(db);
    return ok;
}

// Keys, PIN, and the stick with two newer bundles, under `dir`.
bool set_up(const Options& o, const std::string& dir, std::string* error) {
    std::error_code ec;
    fs::remove_all(dir, ec);
    for (const char* sub : {"keys", "data", "watched/U盘", "scratch"}) fs::create_directories(dir + "/" + sub, ec);
    if (ec) { *error = dir + ": " + ec.message(); return false; }
    if (!core::generate_key_files(dir + "/keys/county.key", dir + "/keys/county.pub", error) ||
        !core::generate_office_key_files(dir + "/keys/office.key", dir + "/keys/office.pub", error))
        return false;
    const auto key = core::read_secret_key(dir + "/keys/county.key", error);
    if (!key) return false;
    for (const char* version : {"2099.1", "2099.2"}) {
        const std::string db = dir + "/scratch/" + version + ".db";
        if (!newer_snapshot(o.content, db, version, error) ||
            !core::write_bundle(db, *key, dir + "/watched/U盘/" + version + ".kiosk", error))
            return false;
    }
    fs::remove_all(dir + "/scratch", ec);
    // The 拼音 data: a copy, since the kiosk deploys the new content's data into it after each import (the UI tests'
    // shared folder must stay as it is).
    if (!o.ime_data.empty()) {
        fs::copy(o.ime_data, dir + "/ime-pinyin", fs::copy_options::recursive, ec);
        if (ec) { *error = "copy " + o.ime_data + ": " + ec.message(); return false; }
    }
    return core::set_staff_pin(dir + "/data/staff-pin", kSoakPin, error);
}

}  // namespace

int cmd_bench_soak(const std::vector<std::string>& args) {
    Options o;
    std::string error;
    if (!parse(args, &o, &error)) {
        std::fprintf(stderr, "bench soak: %s\n", error.c_str());
        return kExitUsage;
    }
    const std::string here = kioskctl_dir();
    if (o.content.empty()) o.content = here + "demo.db";
    if (o.kiosk.empty()) o.kiosk = here + "kiosk";
    if (o.ime_data.empty() && fs::exists(here + "ime-test/ime-pinyin")) o.ime_data = here + "ime-test/ime-pinyin";
    if (!fs::exists(o.content)) {
        std::fprintf(stderr, "bench soak: no snapshot at %s (give --content)\n", o.content.c_str());
        return kExitUsage;
    }
    const std::string dir = o.work + "/" + o.size;
    std::printf("bench soak: %ld touches, seed %lld, %s headless (one frame in %d rasterised), kiosk %s, work %s\n",
                o.taps, o.seed, o.size.c_str(), o.render_every, o.kiosk.c_str(), dir.c_str());
    std::fflush(stdout);
    if (!set_up(o, dir, &error)) {
        std::fprintf(stderr, "bench soak: setting up: %s\n", error.c_str());
        return kExitDataError;
    }
    std::vector<std::string> argv = {o.kiosk, "--headless", "--size", o.size, "--content", o.content,
                                     "--data", dir + "/data", "--watch", dir + "/watched",
                                     "--trusted-keys", dir + "/keys/county.pub", "--staff-pin", dir + "/data/staff-pin",
                                     "--office-key", dir + "/keys/office.pub", "--time", std::to_string(kSoakTime),
                                     "--soak", std::to_string(o.taps), "--seed", std::to_string(o.seed),
                                     "--soak-pin", kSoakPin, "--render-every", std::to_string(o.render_every)};
    if (!o.fonts.empty()) argv.insert(argv.end(), {"--fonts", o.fonts});
    if (!o.ime_data.empty()) argv.insert(argv.end(), {"--ime-data", dir + "/ime-pinyin"});
    const auto t0 = std::chrono::steady_clock::now();
    Child child = start_child(argv, {"SDL_AUDIODRIVER=dummy"}, "", &error);
    if (!child.started()) {
        std::fprintf(stderr, "bench soak: %s\n", error.c_str());
        return kExitDataError;
    }
    const int code = wait_child(child);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (code == 0) std::printf("bench soak: passed in %.0f s\n", seconds);
    else if (code == 1) std::printf("bench soak: FAILED in %.0f s (the kiosk's report above says why)\n", seconds);
    else std::printf("bench soak: FAILED: the kiosk ended with status %d after %.0f s (a crash, or it could not "
                     "start)\n", code, seconds);
    return code == 0 ? kExitOk : 1;
}

}  // namespace kiosk::tools
