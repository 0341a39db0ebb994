// bench_soak.h — `kioskctl bench soak`: issue 7's soak test, the kiosk driven by random visitors and staff.
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
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_bench_soak(const std::vector<std::string>& args);

}  // namespace kiosk::tools
