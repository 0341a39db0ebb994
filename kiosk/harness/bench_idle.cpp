// bench_idle.cpp — see bench_idle.h.
//
//   kioskctl bench idle [--seconds 60] [--baseline-seconds 10] [--settle 3] [--video offscreen|cage|both]
//                       [--size WxH] [--content demo.db] [--fonts fallback.txt] [--ime-data DIR] [--kiosk PATH]
//                       [--work DIR]
//
// Starts the kiosk binary beside kioskctl on the real clock and its real event wait (`--run-seconds`, no script),
// lets it settle, then reads its CPU time (utime + stime of the whole process, the USB watcher thread included,
// from /proc/PID/stat) over --seconds untouched and prints it as % of one core (target < 1 %). The baseline, in the
// same run: the same kiosk with --redraw-always (a frame every ~16 ms, as a loop that redraws regardless would) over
// --baseline-seconds; the ratio is idle / baseline. Then SIGTERM, which must end the kiosk cleanly (the systemd stop).
//
// Two ways to run it without a display: SDL's offscreen video (headless; note that SDL 2.26's offscreen driver has
// no blocking event wait, so SDL_WaitEventTimeout polls every 1 ms there) and the kiosk fullscreen under cage with
// wlroots' headless backend (Wayland, as on a kiosk PC; as root it runs as `nobody`, cage refuses root). --video
// both (the default) measures both when cage is installed. Exits 0 when every measurement was taken (the table says
// whether the target is met), 1 if one could not be taken or the kiosk did not stop cleanly, 2 on a bad command line.
#include "harness/bench_idle.h"

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/base/exit_codes.h"
#include "harness/kiosk_child.h"

namespace kiosk::tools {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr double kTargetPercent = 1.0;
constexpr const char* kCageUser = "nobody";  // cage refuses to run as root

struct Options {
    double seconds = 60, baseline_seconds = 10, settle = 3;
    std::string video = "both";
    std::string size = "1920x1080";
    std::string work = "/var/tmp/kiosk-bench-idle";
    std::string content, fonts, ime_data, kiosk;
};

bool parse(const std::vector<std::string>& args, Options* o, std::string* error) {
    bool baseline_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size()) { *error = a + " needs a value"; return false; }
        const std::string& v = args[++i];
        if (a == "--seconds" || a == "--baseline-seconds" || a == "--settle") {
            char* end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (v.empty() || *end != '\0' || !(d > 0) || d > 3600) {
                *error = a + " takes a number of seconds (0–3600], not '" + v + "'";
                return false;
            }
            if (a == "--seconds") o->seconds = d;
            else if (a == "--settle") o->settle = d;
            else { o->baseline_seconds = d; baseline_given = true; }
        } else if (a == "--video") {
            if (v != "offscreen" && v != "cage" && v != "both") { *error = "--video is offscreen, cage or both"; return false; }
            o->video = v;
        } else if (a == "--size") o->size = v;
        else if (a == "--content") o->content = v;
        else if (a == "--fonts") o->fonts = v;
        else if (a == "--ime-data") o->ime_data = v;
        else if (a == "--kiosk") o->kiosk = v;
        else if (a == "--work") o->work = v;
        else { *error = "unknown option " + a; return false; }
    }
    if (!baseline_given) o->baseline_seconds = std::min(10.0, o->seconds);
    return true;
}

std::string find_program(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string d; std::getline(dirs, d, ':');)
        if (!d.empty() && access((d + "/" + name).c_str(), X_OK) == 0) return d + "/" + name;
    return "";
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Measure {
    bool ok = false;
    std::string problem;
    double cpu_s = 0, window_s = 0;
    long frames = -1;          // frames the kiosk drew in its whole run (settle included), from its last line
    double ran_s = 0;
    bool clean_stop = false;   // SIGTERM ended it through its own loop ("stopping on signal 15")
    double percent() const { return window_s > 0 ? 100.0 * cpu_s / window_s : 0; }
};

// One kiosk run: start, settle, CPU over `window` s, SIGTERM, wait, read its log.
Measure measure(const Options& o, bool cage, bool redraw, double window, const std::string& dir, uid_t run_as) {
    Measure m;
    const std::string tag = std::string(cage ? "cage" : "offscreen") + (redraw ? "-redraw" : "-idle");
    const std::string data = dir + "/data-" + tag, log = dir + "/" + tag + ".log";
    std::error_code ec;
    fs::remove_all(data, ec);
    fs::remove(log, ec);
    fs::create_directories(data, ec);
    if (run_as != static_cast<uid_t>(-1) && chown(data.c_str(), run_as, static_cast<gid_t>(-1)) != 0) {
        m.problem = "cannot give " + data + " to " + kCageUser;
        return m;
    }
    const int run_seconds = static_cast<int>(o.settle + window) + 30;  // a bound if the SIGTERM never arrives
    std::vector<std::string> kiosk = {o.kiosk, "--content", o.content, "--data", data, "--ime-data", o.ime_data,
                                      "--run-seconds", std::to_string(run_seconds)};
    if (!o.fonts.empty()) kiosk.insert(kiosk.end(), {"--fonts", o.fonts});
    if (redraw) kiosk.push_back("--redraw-always");
    std::vector<std::string> argv, env = {"SDL_AUDIODRIVER=dummy"};
    if (!cage) {
        kiosk.insert(kiosk.begin() + 1, {"--headless", "--size", o.size});
        argv = kiosk;
    } else {
        const std::string xdg = dir + "/xdg";
        fs::create_directories(xdg, ec);
        chmod(xdg.c_str(), 0700);
        if (run_as != static_cast<uid_t>(-1) && chown(xdg.c_str(), run_as, static_cast<gid_t>(-1)) != 0) {
            m.problem = "cannot give " + xdg + " to " + kCageUser;
            return m;
        }
        kiosk.insert(kiosk.begin() + 1, "--no-config");
        if (run_as != static_cast<uid_t>(-1)) argv = {find_program("runuser"), "-u", kCageUser, "--"};
        argv.insert(argv.end(), {"/usr/bin/env", "-u", "WAYLAND_DISPLAY", "-u", "DISPLAY", "XDG_RUNTIME_DIR=" + xdg,
                                 "WLR_BACKENDS=headless", "WLR_LIBINPUT_NO_DEVICES=1", "WLR_RENDERER=pixman",
                                 "SDL_VIDEODRIVER=wayland", "SDL_VIDEO_WAYLAND_ALLOW_LIBDECOR=0",
                                 find_program("cage"), "--"});
        argv.insert(argv.end(), kiosk.begin(), kiosk.end());
    }
    std::string error;
    Child child = start_child(argv, env, log, &error);
    if (!child.started()) { m.problem = error; return m; }
    std::this_thread::sleep_for(std::chrono::duration<double>(o.settle));
    pid_t pid = cage ? -1 : child.pid;
    for (int tries = 0; cage && pid < 0 && tries < 150 && child_running(child); ++tries) {
        pid = find_descendant(child.pid, "kiosk");
        if (pid < 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (pid < 0 || !child_running(child)) {
        m.problem = "the kiosk is not running (see " + log + ")";
        if (child_running(child)) kill(child.pid, SIGKILL);
        wait_child(child);
        return m;
    }
    const double c0 = cpu_seconds(pid);
    const auto t0 = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(window));
    const double c1 = cpu_seconds(pid);
    m.window_s = std::chrono::duration<double>(Clock::now() - t0).count();
    m.cpu_s = c1 - c0;
    kill(pid, SIGTERM);  // as `systemctl stop` does
    for (int tries = 0; tries < 150 && child_running(child); ++tries)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (child_running(child)) kill(child.pid, SIGKILL);
    const int code = wait_child(child);
    const std::string text = read_file(log);
    m.clean_stop = text.find("stopping on signal 15") != std::string::npos && (cage || code == 0);
    if (const std::size_t at = text.rfind("kiosk: ran "); at != std::string::npos)
        std::sscanf(text.c_str() + at, "kiosk: ran %lf s, %ld frames", &m.ran_s, &m.frames);
    if (c0 < 0 || c1 < 0) m.problem = "cannot read /proc/" + std::to_string(pid) + "/stat";
    else if (!m.clean_stop) m.problem = "the kiosk did not stop cleanly on SIGTERM (exit " + std::to_string(code) + ", see " + log + ")";
    m.ok = m.problem.empty();
    return m;
}

}  // namespace

int cmd_bench_idle(const std::vector<std::string>& args) {
    Options o;
    std::string error;
    if (!parse(args, &o, &error)) {
        std::fprintf(stderr, "bench idle: %s\n", error.c_str());
        return kExitUsage;
    }
    const std::string here = kioskctl_dir();
    if (o.content.empty()) o.content = here + "demo.db";
    if (o.kiosk.empty()) o.kiosk = here + "kiosk";
    std::error_code ec;
    o.content = fs::absolute(o.content, ec).string();
    if (!fs::exists(o.content)) {
        std::fprintf(stderr, "bench idle: no snapshot at %s (give --content)\n", o.content.c_str());
        return kExitUsage;
    }
    fs::create_directories(o.work, ec);
    // The 拼音 data deployed before measuring, so the idle kiosk is not the one deploying it.
    if (o.ime_data.empty() && fs::exists(here + "ime-test/ime-pinyin")) o.ime_data = here + "ime-test/ime-pinyin";
    if (o.ime_data.empty()) {
        o.ime_data = o.work + "/ime-pinyin";
        Child deploy = start_child({o.kiosk, "--deploy-ime", o.content, o.ime_data}, {}, o.work + "/ime-deploy.log", &error);
        if (!deploy.started() || wait_child(deploy) != 0) {
            std::fprintf(stderr, "bench idle: cannot deploy the 拼音 data (see %s/ime-deploy.log)\n", o.work.c_str());
            return kExitDataError;
        }
    }
    const bool want_cage = o.video != "offscreen", want_offscreen = o.video != "cage";
    const std::string cage = find_program("cage");
    uid_t run_as = static_cast<uid_t>(-1);
    if (want_cage && !cage.empty() && geteuid() == 0) {
        const passwd* pw = getpwnam(kCageUser);
        if (pw) run_as = pw->pw_uid;
    }

    std::printf("bench idle: the kiosk untouched on %s; CPU = utime+stime of the kiosk process, all threads (the USB "
                "watcher's 2 s scan included), over %.0f s after %.0f s to settle; baseline: the same kiosk with "
                "--redraw-always over %.0f s\n",
                o.content.c_str(), o.seconds, o.settle, o.baseline_seconds);
    std::printf("%-46s | %-28s | %-28s | %-8s | %s\n", "video", "untouched: % of one core", "redraw every 16 ms",
                "ratio", "target < 1 %");
    std::fflush(stdout);
    int failures = 0;
    auto row = [&](bool use_cage) {
        const std::string name = use_cage ? "cage, wlroots headless (Wayland, as deployed)"
                                          : "SDL offscreen (headless " + o.size + ")";
        const std::string dir = o.work + (use_cage ? "/cage" : "/offscreen");
        fs::create_directories(dir, ec);
        if (run_as != static_cast<uid_t>(-1)) chown(dir.c_str(), run_as, static_cast<gid_t>(-1));
        const Measure idle = measure(o, use_cage, false, o.seconds, dir, use_cage ? run_as : static_cast<uid_t>(-1));
        const Measure busy =
            measure(o, use_cage, true, o.baseline_seconds, dir, use_cage ? run_as : static_cast<uid_t>(-1));
        if (!idle.ok || !busy.ok) {
            std::printf("%-46s | not measured: %s\n", name.c_str(), (!idle.ok ? idle.problem : busy.problem).c_str());
            ++failures;
            return;
        }
        char a[64], b[64];
        std::snprintf(a, sizeof a, "%.2f %% (%ld frames in %.0f s)", idle.percent(), idle.frames, idle.ran_s);
        std::snprintf(b, sizeof b, "%.1f %% (%ld frames in %.0f s)", busy.percent(), busy.frames, busy.ran_s);
        const double ratio = busy.percent() > 0 ? idle.percent() / busy.percent() : 0;
        std::printf("%-46s | %-28s | %-28s | %-8.4f | %s\n", name.c_str(), a, b, ratio,
                    idle.percent() < kTargetPercent ? "met" : "not met");
        std::printf("bench idle: %s: idle / redraw-always ratio %.4f; SIGTERM stopped both cleanly\n",
                    use_cage ? "cage" : "offscreen", ratio);
        std::fflush(stdout);
    };
    if (want_offscreen) row(false);
    if (want_cage && cage.empty()) std::printf("%-46s | skipped: cage is not installed\n", "cage");
    else if (want_cage) row(true);
    std::printf("SDL 2.26's offscreen video driver has no blocking event wait: there SDL_WaitEventTimeout sleeps 1 ms "
                "at a time, which is most of the offscreen idle figure. Under cage (and X11) SDL waits on the display "
                "connection, as on a kiosk PC.\n");
    return failures ? kExitDataError : kExitOk;
}

}  // namespace kiosk::tools
