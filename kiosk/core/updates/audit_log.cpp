// audit_log.cpp — see audit_log.h.
#include "core/updates/audit_log.h"

#include <sqlite3.h>

#include "core/base/sqlite_util.h"
#include "core/base/text_format.h"

namespace kiosk::core {

std::unique_ptr<AuditLog> AuditLog::open(const std::string& path, std::string* error) {
    // FULLMUTEX: the update worker records staging on its thread, the staff screen records commits on the UI's.
    sqlite3* db = open_durable_database(path, SQLITE_OPEN_FULLMUTEX,
                                        "CREATE TABLE IF NOT EXISTS update_attempts ("
                                        "  id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,"
                                        "  source TEXT NOT NULL, publisher TEXT NOT NULL, version TEXT NOT NULL,"
                                        "  outcome TEXT NOT NULL, detail TEXT NOT NULL) STRICT;",
                                        error);
    return db ? std::unique_ptr<AuditLog>(new AuditLog(db)) : nullptr;
}

AuditLog::~AuditLog() { sqlite3_close(db_); }

void AuditLog::record(const std::string& action, const std::string& source, const UpdateResult& r) {
    try {
        Statement st(db_, "INSERT INTO update_attempts (at, action, source, publisher, version, outcome, detail) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, format_now("%Y-%m-%d %H:%M:%S")).bind(2, action).bind(3, source).bind(4, r.manifest.publisher);
        st.bind(5, r.manifest.content_version).bind(6, outcome_token(r.outcome)).bind(7, r.message_zh()).run();
    } catch (const std::exception&) {
        // A full disk must not turn a finished import into a failed one; the import itself already reported.
    }
}

std::vector<AuditEntry> AuditLog::recent(int limit) const {
    std::vector<AuditEntry> out;
    try {
        Statement st(db_, "SELECT at, action, source, publisher, version, outcome, detail FROM update_attempts "
                          "ORDER BY id DESC LIMIT ?1");
        st.bind(1, limit);
        while (st.step()) {
            out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
        }
    } catch (const std::exception&) {
    }
    return out;
}

}  // namespace kiosk::core
