// drivers.h — the headless drivers the kiosk program can run under (platform/frame_driver.h): a UI script
// (--script), random visitors (--soak), and fault injection from the environment (KIOSK_FAULT_THROW_AT_FRAME).
#pragma once

#include <memory>
#include <string>

#include "platform/frame_driver.h"
#include "platform/run_options.h"

namespace kiosk::harness {

// The driver the options and the environment ask for; null when none (the plain kiosk). On a problem (a script
// that does not parse) returns null and sets *error.
std::unique_ptr<platform::FrameDriver> make_driver(const platform::RunOptions& options, std::string* error);

}  // namespace kiosk::harness
