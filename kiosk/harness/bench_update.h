// bench_update.h — `kioskctl bench update`: the performance and reliability figures for a monthly update.
//
// Generates a large signed bundle (the demo snapshot with incompressible attachment rows added up to --size-mb,
// default 500 MB; --quick 40 MB) in --work DIR (default /var/tmp/kiosk-bench-update), then measures in the same run,
// each the median of 3: plain `cp` of the bundle on the same disk (the baseline), `cp` + `sync` (for reference),
// verify_bundle, and a full ContentInstall::import into a fresh content folder. Then the kiosk's frame time while an
// UpdateWorker stages the bundle (real frames, headless, SDL software renderer) against frames without an import,
// and finally the long fault-injection run (kiosk/harness/fault_injection.h) at --faults N points (default 2000,
// --quick 50). Prints a table: figure | ours | baseline | ratio | target | met.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

// Exits 0 when every measurement was taken (targets met or not: the table says), 1 if something could not be
// measured or a fault point left a kiosk that does not start, 2 on a bad command line.
int cmd_bench_update(const std::vector<std::string>& args);

}  // namespace kiosk::tools
