// audit_log.cpp — see audit_log.h.
#include "core/audit_log.h"

#include <sqlite3.h>

#include <ctime>

#include "core/sqlite_util.h"

namespace kiosk::core {

namespace {

std::string local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

}  // namespace

std::unique_ptr<AuditLog> AuditLog::open(const std::string& path, std::string* error) {
    sqlite3* db = nullptr;
    // FULLMUTEX: the update worker records staging on its thread, the staff screen records commits on the UI's.
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        *error = db ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        return nullptr;
    }
    try {
        exec_sql(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000;"
                     "CREATE TABLE IF NOT EXISTS update_attempts ("
                     "  id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, source TEXT NOT NULL,"
                     "  publisher TEXT NOT NULL, version TEXT NOT NULL, outcome TEXT NOT NULL,"
                     "  detail TEXT NOT NULL) STRICT;");
    } catch (const std::exception& e) {
        *error = e.what();
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<AuditLog>(new AuditLog(db));
}

AuditLog::~AuditLog() { sqlite3_close(db_); }

void AuditLog::record(const std::string& action, const std::string& source, const UpdateResult& r) {
    try {
        Statement st(db_, "INSERT INTO update_attempts (at, action, source, publisher, version, outcome, detail) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, local_now()).bind(2, action).bind(3, source).bind(4, r.manifest.publisher);
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
