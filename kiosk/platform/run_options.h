// run_options.h — how the kiosk program was asked to run (parsed from the command line by app/main.cpp).
#pragma once

#include <string>

namespace kiosk::platform {

struct RunOptions {
    std::string content_path;       // the snapshot to open read-only
    bool headless = false;          // SDL offscreen video + software renderer, virtual clock
    bool windowed = false;          // a window instead of fullscreen (development)
    int width = 1920, height = 1080;  // window size for headless and windowed runs
    std::string script_path;        // headless: steps to run (ui/script_driver.h)
    std::string screenshot_dir = ".";
    std::string fonts_file;         // the font chain (fonts/fallback.txt); empty = built-in default
    long long fixed_time = 0;       // Unix time to show as "now" (0 = the real clock): reproducible screenshots
    std::string data_dir;           // writable folder for usage counts; empty = ~/.local/state/disclosure-kiosk
};

// Runs the kiosk until it is closed (or the script ends). Returns the process exit code: 0 ok, 1 a script step
// failed, 2 the kiosk could not start (the reason is printed).
int run_kiosk(const RunOptions& options);

}  // namespace kiosk::platform
