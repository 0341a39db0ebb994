// bench_idle.h — `kioskctl bench idle`: the idle-CPU figure, the kiosk left untouched on the demo content.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_bench_idle(const std::vector<std::string>& args);

}  // namespace kiosk::tools
