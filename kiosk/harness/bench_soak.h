// bench_soak.h — `kioskctl bench soak`: the soak test, the kiosk driven by random visitors and staff.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_bench_soak(const std::vector<std::string>& args);

}  // namespace kiosk::tools
