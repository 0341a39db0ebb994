// search_commands.h — kioskctl's search commands: search (the kiosk's search from a shell), searches (what visitors
// looked for, for staff), bench search (the search benchmark against a LIKE scan).
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_search(const std::vector<std::string>& args);
int cmd_searches(const std::vector<std::string>& args);
int cmd_bench_search(const std::vector<std::string>& args);

}  // namespace kiosk::tools
