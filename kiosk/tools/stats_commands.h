// stats_commands.h — kioskctl stats: the kiosk's usage figures by month, from its data folder.
//   stats [--data DIR] [--csv] [--months N] [--from YYYY-MM] [--searches [--limit N]]
// DIR defaults to the installed kiosk's /var/lib/disclosure-kiosk; N months (default 6) from --from, or ending with
// this month. Only reads: a data folder without usage.db is an error, never a new empty file.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_stats(const std::vector<std::string>& args);

}  // namespace kiosk::tools
