// config_commands.h — kioskctl's commands for setting a kiosk up:
//   config check [FILE]        every problem of kiosk.conf (default /etc/disclosure-kiosk/kiosk.conf) with its line,
//                              in Chinese and English, and the values the kiosk will use; exit 0 ok, 1 errors
//   self-check [--config FILE] [--data DIR] [--content SNAPSHOT] [--fonts FILE]
//                              the kiosk's start-up self-check (core/operation/self_check.h) for that configuration
//   pin-hash                   reads a PIN on standard input, prints the staff_pin_hash line for kiosk.conf
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_config(const std::vector<std::string>& args);
int cmd_self_check(const std::vector<std::string>& args);
int cmd_pin_hash(const std::vector<std::string>& args);

}  // namespace kiosk::tools
