// kioskctl_commands.h — kioskctl's commands: pack, info, bench, gen-corpus, --help.
#pragma once

#include "core/base/exit_codes.h"

namespace kiosk::tools {

int run_kioskctl(int argc, char** argv);

}  // namespace kiosk::tools
