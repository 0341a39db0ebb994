// exit_codes.h — kioskctl's exit codes, shared by its commands and the benchmarks it runs.
//
// They are part of the interface (CI and the monthly update script test them): 0 ok, 1 the data is wrong (content
// errors, a snapshot that cannot be read), 2 the command line is wrong.
#pragma once

namespace kiosk {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDataError = 1;
inline constexpr int kExitUsage = 2;

}  // namespace kiosk
