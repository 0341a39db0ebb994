// data_dir.h — where the kiosk keeps what it writes, inside its data folder (--data; /var/lib/… when installed).
// The kiosk and kioskctl both use these names, so a shell command and the staff screen act on the same files.
//   DATA/content/   installed content (content_install.h)     DATA/audit.db    every update attempt
//   DATA/usage.db   usage figures                             DATA/staff-pin   the staff PIN's Argon2id hash
//   DATA/applications.db   requests for information, sealed to the office (application_store.h)
#pragma once

#include <string>

namespace kiosk::core {

inline std::string content_dir_in(const std::string& data) { return data + "/content"; }
inline std::string audit_db_in(const std::string& data) { return data + "/audit.db"; }
inline std::string usage_db_in(const std::string& data) { return data + "/usage.db"; }
inline std::string staff_pin_in(const std::string& data) { return data + "/staff-pin"; }
inline std::string applications_db_in(const std::string& data) { return data + "/applications.db"; }

}  // namespace kiosk::core
