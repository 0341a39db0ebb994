// kioskctl_commands.h — kioskctl's commands: pack, info, bench, gen-corpus, --help.
//
// Exit codes are part of the interface (CI and the monthly update script test them): 0 ok, 1 the data is wrong
// (content errors, a snapshot that cannot be read), 2 the command line is wrong.
#pragma once

namespace kiosk::tools {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDataError = 1;
inline constexpr int kExitUsage = 2;

int run_kioskctl(int argc, char** argv);

}  // namespace kiosk::tools
