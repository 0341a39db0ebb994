// audit_log.h — every attempt to change the kiosk's content, kept in the kiosk's data folder (audit.db).
//
// One row per attempt: import, verify, rollback, refused or not, with the bundle's file name, publisher, version
// and the reason. Content updates never touch this database (it is not in the content folder). Written with WAL
// and full sync so a power cut right after an import still shows it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/updates/update_result.h"

struct sqlite3;

namespace kiosk::core {

struct AuditEntry {
    std::string at;          // local time, "YYYY-MM-DD HH:MM:SS"
    std::string action;      // "import", "stage", "commit", "rollback", "verify"
    std::string source;      // bundle file (as given), or "" for rollback
    std::string publisher;
    std::string version;     // the bundle's content version (rollback: the version gone back to)
    std::string outcome;     // outcome_token()
    std::string detail;      // the reason in Chinese (message_zh), for staff reading the log
};

class AuditLog {
public:
    static std::unique_ptr<AuditLog> open(const std::string& path, std::string* error);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Records `result` for `action` on `source`, stamped with the current local time. Never throws.
    void record(const std::string& action, const std::string& source, const UpdateResult& result);
    std::vector<AuditEntry> recent(int limit) const;  // newest first

private:
    explicit AuditLog(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

}  // namespace kiosk::core
