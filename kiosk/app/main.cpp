// main.cpp — the kiosk program: parses the command line and hands over to the platform loop.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "core/operation/kiosk_config.h"
#include "harness/drivers.h"
#include "platform/config_options.h"
#include "platform/ime_setup.h"
#include "platform/run_options.h"

namespace {

void usage() {
    std::fprintf(stderr,
                 "usage: kiosk --content SNAPSHOT.db [--window] [--size WxH] [--fonts FILE]\n"
                 "       kiosk --headless --size WxH --content SNAPSHOT.db --script FILE [--screenshot-dir DIR]\n"
                 "             [--time UNIX_SECONDS] [--data DIR]\n"
                 "updates from a USB stick:\n"
                 "       --watch DIR            a folder sticks are mounted under (repeatable; default /media,\n"
                 "                              /media/*, /run/media/*/*, /mnt)\n"
                 "       --trusted-keys PATH    a .pub file or a folder of them (repeatable; default\n"
                 "                              /etc/disclosure-kiosk/trusted-keys)\n"
                 "       --staff-pin FILE       the staff PIN's hash (default DATA/staff-pin; kioskctl set-pin)\n"
                 "       --slow-import-ms N     pause N ms per copied chunk of an import (tests, demos)\n"
                 "       --content is then the factory snapshot, shown until an update is imported into DATA/content\n"
                 "the request form:\n"
                 "       --office-key FILE      the office's public key applications are sealed to (default\n"
                 "                              /etc/disclosure-kiosk/office.pub; without it the form takes none)\n"
                 "       --kiosk-id ID          this kiosk in receipt numbers (default CY01, 查阅 01; letters I O S V Z are not used)\n"
                 "       --printer NAME_OR_URI  print each receipt: a CUPS queue, or ipp://HOST/ipp/print for an IPP\n"
                 "                              printer spoken to directly (default none: the receipt says to photograph it)\n"
                 "       --ime-data DIR         the 拼音 keyboard's deployed data (default DATA/ime-pinyin; deployed for\n"
                 "                              the snapshot shown in a child process when it is not: kioskctl ime-deploy)\n"
                 "       --no-speech            no 朗读 button (kiosk.conf speech = off)\n"
                 "       --speech-volume N      朗读's volume, 0-100 (default 80)\n"
                 "a kiosk in a township hall:\n"
                 "       --config FILE          read this kiosk.conf first (default /etc/disclosure-kiosk/kiosk.conf when\n"
                 "                              it exists and the run is not --headless); the command line overrides it\n"
                 "       --no-config            read no config file\n"
                 "       --orientation WORD     auto (as the display reports), landscape or portrait: the picture and\n"
                 "                              touches are turned a quarter turn when the display has the other shape\n"
                 "       --rotate left|right    which way it is turned: left = counterclockwise (default), right =\n"
                 "                              clockwise (the other way if the picture stands on its head)\n"
                 "reliability (kioskctl bench soak, kioskctl bench idle):\n"
                 "       --headless --soak N    N random touches over every screen instead of a script; prints screens\n"
                 "                              visited and resident memory, exits 1 if memory grew > 5 %% after settling\n"
                 "       --seed N               the soak's random seed (default 1)\n"
                 "       --soak-pin PIN         the PIN the soak types on the staff pad (its hash: --staff-pin)\n"
                 "       --render-every N       a soak rasterises one frame in N (every frame is still built)\n"
                 "       --run-seconds N        end after N seconds (with --headless and no script: the normal loop on\n"
                 "                              the real clock instead of the 3-frame start-up check)\n"
                 "       --redraw-always        draw a frame every ~16 ms even when untouched (benchmark baseline)\n");
}

// A whole number ≥ 0 for OPTION, or a clear message.
template <typename Int>
bool count_arg(const std::string& option, const std::string& text, Int* out) {
    char* end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || v < 0) {
        std::fprintf(stderr, "%s takes a whole number, not '%s'\n", option.c_str(), text.c_str());
        return false;
    }
    *out = static_cast<Int>(v);
    return true;
}

// Exit code when a frame threw: anything but 0 and kExitStaffQuit makes systemd restart the kiosk.
constexpr int kExitUnexpectedError = 70;  // EX_SOFTWARE

}  // namespace

int main(int argc, char** argv) {
    // The hidden mode the kiosk starts itself in to deploy the 拼音 data (platform/ime_setup.h), before any SDL.
    if (argc == 4 && std::strcmp(argv[1], "--deploy-ime") == 0) return kiosk::platform::run_ime_deploy(argv[2], argv[3]);
    kiosk::platform::RunOptions opt;
    // kiosk.conf first, so that every option below overrides it.
    if (const std::string config_file = kiosk::platform::config_file_for(argc, argv); !config_file.empty())
        kiosk::platform::apply_config_file(config_file, argc, argv, opt);
    bool watch_given = false, keys_given = false;  // the first --watch / --trusted-keys replaces the config's list
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) { usage(); std::exit(2); }
            return argv[++i];
        };
        if (a == "--content") opt.content_path = value();
        else if (a == "--headless") opt.headless = true;
        else if (a == "--window") opt.windowed = true;
        else if (a == "--script") opt.script_path = value();
        else if (a == "--screenshot-dir") opt.screenshot_dir = value();
        else if (a == "--fonts") opt.fonts_file = value();
        else if (a == "--time") opt.fixed_time = std::atoll(value().c_str());
        else if (a == "--data") opt.data_dir = value();
        else if (a == "--watch") {
            if (!watch_given) opt.watch_roots.clear();
            watch_given = true;
            opt.watch_roots.push_back(value());
        } else if (a == "--trusted-keys") {
            if (!keys_given) opt.trusted_keys.clear();
            keys_given = true;
            opt.trusted_keys.push_back(value());
        }
        else if (a == "--config") value();  // read above
        else if (a == "--no-config") {}
        else if (a == "--orientation") {
            const std::string word = value();
            if (word == "auto") opt.orientation = kiosk::core::Orientation::Auto;
            else if (word == "landscape") opt.orientation = kiosk::core::Orientation::Landscape;
            else if (word == "portrait") opt.orientation = kiosk::core::Orientation::Portrait;
            else { std::fprintf(stderr, "unknown orientation: %s (auto, landscape or portrait)\n", word.c_str()); return 2; }
        }
        else if (a == "--rotate") {
            const std::string word = value();
            if (word == "left") opt.rotate = kiosk::core::TurnDirection::Left;
            else if (word == "right") opt.rotate = kiosk::core::TurnDirection::Right;
            else { std::fprintf(stderr, "unknown rotate: %s (left or right)\n", word.c_str()); return 2; }
        }
        else if (a == "--staff-pin") opt.staff_pin_file = value();
        else if (a == "--office-key") opt.office_key = value();
        else if (a == "--kiosk-id") opt.kiosk_id = value();
        else if (a == "--ime-data") opt.ime_data = value();
        else if (a == "--printer") opt.printer = value();
        else if (a == "--no-speech") opt.speech = false;
        else if (a == "--speech-volume") {
            long n = 0;
            if (!count_arg(a, value(), &n) || n > 100) { std::fprintf(stderr, "--speech-volume: 0 to 100\n"); return 2; }
            opt.speech_volume = static_cast<int>(n);
        }
        else if (a == "--slow-import-ms") opt.slow_import_ms = std::atoi(value().c_str());
        // Reliability: the soak and the idle benchmark (harness/soak_run.h, kioskctl bench soak / idle).
        else if (a == "--soak") { if (!count_arg(a, value(), &opt.soak_touches)) return 2; }
        else if (a == "--seed") { long long seed = 0; if (!count_arg(a, value(), &seed)) return 2; opt.soak_seed = seed; }
        else if (a == "--soak-pin") opt.soak_pin = value();
        else if (a == "--render-every") { long n = 0; if (!count_arg(a, value(), &n)) return 2; opt.render_every = int(n); }
        else if (a == "--run-seconds") { long n = 0; if (!count_arg(a, value(), &n)) return 2; opt.run_seconds = int(n); }
        else if (a == "--redraw-always") opt.redraw_always = true;
        else if (a == "--size") {
            const std::string s = value();
            if (std::sscanf(s.c_str(), "%dx%d", &opt.width, &opt.height) != 2 || opt.width < 320 || opt.height < 320) {
                usage();
                return 2;
            }
        } else if (a == "--help" || a == "-h") { usage(); return 0; }
        else { std::fprintf(stderr, "unknown option: %s\n", a.c_str()); usage(); return 2; }
    }
    if (opt.content_path.empty()) { usage(); return 2; }
    if (opt.soak_touches > 0 && (!opt.headless || !opt.script_path.empty())) {
        std::fprintf(stderr, "--soak needs --headless and no --script\n");
        return 2;
    }
    // A frame that throws must not end the kiosk silently: say what (exception texts carry no visitor's input) and
    // exit non-zero, so that systemd restarts it and the journal shows why.
    std::string driver_error;
    const auto driver = kiosk::harness::make_driver(opt, &driver_error);
    if (!driver && !driver_error.empty()) {
        std::fprintf(stderr, "%s\n", driver_error.c_str());
        return 2;
    }
    try {
        return kiosk::platform::run_kiosk(opt, driver.get());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: stopped by an unexpected error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "kiosk: stopped by an unexpected error (not a std::exception)\n");
    }
    return kExitUnexpectedError;
}
