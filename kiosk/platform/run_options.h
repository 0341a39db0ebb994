// run_options.h — how the kiosk program was asked to run (parsed from the command line by app/main.cpp).
#pragma once

#include <string>
#include <vector>

#include "core/operation/kiosk_config.h"
#include "ui/timeouts.h"

namespace kiosk::platform {

struct RunOptions {
    std::string content_path;       // the factory (demo) snapshot, shown until an update has been imported
    bool headless = false;          // SDL offscreen video + software renderer, virtual clock
    bool windowed = false;          // a window instead of fullscreen (development)
    int width = 1920, height = 1080;  // window size for headless and windowed runs
    std::string script_path;        // headless: steps to run (harness/script_driver.h)
    std::string screenshot_dir = ".";
    std::string fonts_file;         // the font chain (fonts/fallback.txt); empty = built-in default
    long long fixed_time = 0;       // Unix time to show as "now" (0 = the real clock): reproducible screenshots
    std::string data_dir;           // writable folder for usage counts; empty = ~/.local/state/disclosure-kiosk
    // Updates from a USB stick. Installed content lives in DATA/content/ (core/updates/content_install.h).
    std::vector<std::string> watch_roots;   // --watch DIR (repeatable); empty = platform::default_usb_roots()
    std::vector<std::string> trusted_keys;  // --trusted-keys FILE_OR_DIR (repeatable); empty = kDefaultTrustedKeys
    std::string staff_pin_file;             // --staff-pin FILE; empty = DATA/staff-pin
    int slow_import_ms = 0;                 // --slow-import-ms N: pause N ms per copied chunk (tests and demos
                                            // that show the progress bar or pull the stick mid-import)
    // The request form: applications are sealed to the office's public key and stored in DATA.
    std::string office_key = "/etc/disclosure-kiosk/office.pub";  // --office-key FILE; missing = cannot accept
    std::string kiosk_id = "CY01";                                // --kiosk-id ID: this kiosk in receipt numbers
    std::string ime_data;  // --ime-data DIR: the 拼音 keyboard's deployed Rime data; empty = input::pinyin_user_dir(DATA)
    // A kiosk in a township hall: these also come from /etc/disclosure-kiosk/kiosk.conf (core/operation/kiosk_config.h);
    // the command line wins over the file.
    ui::Timeouts timeouts;  // idle reset / attract screen, the form's 还在吗, staff mode closing
    bool speech = true;     // 朗读 (kiosk.conf speech; --no-speech): the access bar's button and the voice
    int speech_volume = 80;  // kiosk.conf speech_volume, --speech-volume N: 0–100
    std::string printer;    // --printer NAME: the CUPS queue receipts print on; empty = none (the receipt says to
                            // photograph the screen)
    core::Orientation orientation = core::Orientation::Auto;  // --orientation: turn the picture (screen_rotation.h)
    core::TurnDirection rotate = core::TurnDirection::Left;   // --rotate left|right: which way, when it is turned
    std::string office_name;     // kiosk.conf's office: the attract screen's name when the content has none
    std::string staff_pin_hash;  // kiosk.conf's staff_pin_hash: the PIN while DATA/staff-pin holds none
    std::vector<std::string> config_notes;  // kiosk.conf's problems (Chinese), shown to staff with the self-check's
    // Reliability (harness/soak_run.h; kioskctl bench soak / bench idle).
    long soak_touches = 0;      // --soak N (headless): N random touches instead of a script
    unsigned long long soak_seed = 1;  // --seed N
    std::string soak_pin;       // --soak-pin PIN: what the soak types on the PIN pad (the hash is in --staff-pin)
    int render_every = 1;       // --render-every N: a soak rasterises one frame in N (all are built and probed)
    int run_seconds = 0;        // --run-seconds N (headless, no script): the normal loop, real clock, for N s
    bool redraw_always = false;  // --redraw-always: a frame every ~16 ms even untouched (the idle benchmark's baseline)
};

inline constexpr const char* kDefaultTrustedKeys = "/etc/disclosure-kiosk/trusted-keys";

// The exit code after staff chose 退出程序 on the staff screen: the service unit does not restart on it
// (RestartPreventExitStatus=3), while a crash or any other exit is restarted.
inline constexpr int kExitStaffQuit = 3;

// Runs the kiosk until it is closed (or the script ends). Returns the process exit code: 0 ok, 1 a script step
// failed, 2 the kiosk could not start (the reason is printed), kExitStaffQuit.
class FrameDriver;
// The kiosk's frame loop until it ends; `driver` (harness/drivers.h), when given, drives a headless run or watches.
int run_kiosk(const RunOptions& options, FrameDriver* driver = nullptr);

}  // namespace kiosk::platform
