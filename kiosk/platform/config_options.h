// config_options.h — kiosk.conf (core/operation/kiosk_config.h) turned into RunOptions, before the command line is read.
//
// The kiosk reads /etc/disclosure-kiosk/kiosk.conf when it exists (not in headless runs, which are tests and must
// not depend on the machine's configuration; there --config names a file explicitly). Every value the file gives
// is applied first and the command line then overrides it. Each problem goes to stderr (the journal under systemd)
// in Chinese and English, and its Chinese line also to the staff page.
#pragma once

#include <string>

#include "core/operation/kiosk_config.h"
#include "platform/run_options.h"

namespace kiosk::platform {

// The config file to read for this command line: --config FILE, else the default when it exists and the run is not
// headless, else "" (--no-config, or nothing to read).
std::string config_file_for(int argc, char** argv);

// Loads `path` and applies it to `opt` (every field, defaults included), logging its problems to stderr. The files
// of keys the command line replaces (--content, --fonts, --office-key, --trusted-keys) are not checked: the kiosk
// does not use them, and its self-check reports on the ones it does.
void apply_config_file(const std::string& path, int argc, char** argv, RunOptions& opt);

// Applies a loaded config to `opt` and logs its problems.
void apply_config(const core::ConfigResult& config, RunOptions& opt);

}  // namespace kiosk::platform
