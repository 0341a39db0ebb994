// bench_idle.h — `kioskctl bench idle`: issue 7's idle-CPU figure, the kiosk left untouched on the demo content.
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
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_bench_idle(const std::vector<std::string>& args);

}  // namespace kiosk::tools
