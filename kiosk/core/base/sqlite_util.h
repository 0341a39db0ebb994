// sqlite_util.h — a thin RAII layer over sqlite3 prepared statements, shared by the snapshot writer and the reader.
//
// Values always go in through bind(), never into SQL text: content comes from staff spreadsheets, and a quote in a
// title must stay a quote. Errors become exceptions carrying sqlite's message so callers can turn them into their
// own bilingual errors.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
            throw SqliteError(sqlite3_errmsg(db));
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, std::string_view v) {
        check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Statement& bind(int i, std::int64_t v) {
        check(sqlite3_bind_int64(stmt_, i, v));
        return *this;
    }
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v) {
        check(sqlite3_bind_double(stmt_, i, v));
        return *this;
    }
    Statement& bind(int i, std::optional<double> v) {
        if (v) return bind(i, *v);
        check(sqlite3_bind_null(stmt_, i));
        return *this;
    }
    Statement& bind_blob(int i, const void* data, std::size_t size) {
        check(sqlite3_bind_blob64(stmt_, i, data, size, SQLITE_TRANSIENT));
        return *this;
    }

    // True while a row is available.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw SqliteError(sqlite3_errmsg(db_));
    }
    // For statements that return no rows.
    void run() {
        while (step()) {
        }
        reset();
    }
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }

    std::string text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    int int32(int col) const { return sqlite3_column_int(stmt_, col); }
    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    int columns() const { return sqlite3_column_count(stmt_); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    std::vector<unsigned char> blob(int col) const {
        const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
        const int n = sqlite3_column_bytes(stmt_, col);
        return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK) throw SqliteError(sqlite3_errmsg(db_));
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

inline void exec_sql(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        throw SqliteError(msg);
    }
}

// Opens (creating it if need be) one of the kiosk's own databases — usage counts, the audit log, applications —
// which must survive a power cut: WAL with synchronous = FULL, so a COMMIT returns only after the WAL is fsynced.
// Then runs `schema_sql` (CREATE … IF NOT EXISTS). `mutex_flag` is SQLITE_OPEN_NOMUTEX for a connection used by one
// thread, SQLITE_OPEN_FULLMUTEX when threads share it. nullptr with *error on failure.
inline sqlite3* open_durable_database(const std::string& path, int mutex_flag, const char* schema_sql,
                                      std::string* error) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | mutex_flag, nullptr) !=
        SQLITE_OK) {
        *error = db ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        return nullptr;
    }
    try {
        exec_sql(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        Statement mode(db, "PRAGMA journal_mode");
        if (!mode.step() || mode.text(0) != "wal") throw SqliteError("WAL mode not available on " + path);
        exec_sql(db, schema_sql);
    } catch (const std::exception& e) {
        *error = e.what();
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

}  // namespace kiosk::core
