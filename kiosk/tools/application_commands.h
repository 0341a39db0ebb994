// application_commands.h — kioskctl's commands for requests for information, the staff screen's twins:
//   keygen --office SECRET PUBLIC     the office's key pair (the kiosk gets only PUBLIC)
//   export-applications --data DIR --to STICK_DIR [--kiosk-id ID]
//                                     pending applications to one sealed file + checksum, read back, then marked
//   open-applications --key office.key FILE.kapps -o OUT_DIR
//                                     at the office: CSV of all, and a printable PDF per application
//   application-stats --data DIR [--csv]   monthly counts by applicant kind, for the annual report
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

int cmd_keygen_office(const std::vector<std::string>& args);
int cmd_export_applications(const std::vector<std::string>& args);
int cmd_open_applications(const std::vector<std::string>& args);
int cmd_application_stats(const std::vector<std::string>& args);

}  // namespace kiosk::tools
