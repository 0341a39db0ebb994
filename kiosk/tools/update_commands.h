// update_commands.h — kioskctl's update commands: the same core code the kiosk's staff screen runs, from a shell.
//   verify BUNDLE --pubkey F        check signature, key and every part's hash (opens no database)
//   import BUNDLE --data DIR --pubkey F [--allow-older] [--factory SNAPSHOT]
//   rollback --data DIR             swap current and previous content
//   status --data DIR               installed versions and the last attempts from the audit log
//   set-pin PIN_FILE                the staff PIN (read from standard input), stored as an Argon2id hash
// `pack … --key` (bundles) lives with pack in kioskctl_commands.cpp and calls write_bundle_command() here.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_verify(const std::vector<std::string>& args);
int cmd_import(const std::vector<std::string>& args);
int cmd_rollback(const std::vector<std::string>& args);
int cmd_status(const std::vector<std::string>& args);
int cmd_set_pin(const std::vector<std::string>& args);
// The PIN from standard input, not echoed at a terminal (a script may pipe it in); set-pin and pin-hash.
std::string read_pin_from_stdin();
// Signs `snapshot` into a bundle at `output` with the secret key in `key_file`; prints the manifest.
int write_bundle_command(const std::string& snapshot, const std::string& key_file, const std::string& output);

}  // namespace kiosk::tools
