// snapshot_check.cpp — see snapshot_check.h.
//
// Sections: the defensive connection; the reference schema (built once, in memory, from the same DDL pack uses);
// the checks; the diff.
#include "core/snapshot/snapshot_check.h"

#include <sodium.h>
#include <sqlite3.h>

#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "core/snapshot/content_limits.h"
#include "core/snapshot/schema.h"
#include "core/search/search_index.h"
#include "core/search/search_tokenizer.h"
#include "core/base/sqlite_util.h"

namespace kiosk::core {

namespace {

// file: URI for a path, with the characters URIs reserve escaped.
std::string file_uri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
            uri += buf;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

UpdateResult result(UpdateOutcome o, std::string detail, std::string part = "") {
    UpdateResult r;
    r.outcome = o;
    r.detail = std::move(detail);
    r.part = std::move(part);
    return r;
}

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;  // type, name, tbl_name, sql

std::set<SchemaRow> schema_rows(sqlite3* db) {
    std::set<SchemaRow> rows;
    Statement st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    while (st.step()) rows.insert({st.text(0), st.text(1), st.text(2), st.text(3)});
    return rows;
}

// What pack writes, made once from the very DDL pack runs: any difference in a staged snapshot is refused.
const std::set<SchemaRow>& reference_schema() {
    static std::once_flag once;
    static std::set<SchemaRow> rows;
    std::call_once(once, [] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        std::string error;
        register_search_tokenizer(db, &error);
        exec_sql(db, kSnapshotSchemaSql);
        exec_sql(db, kSearchIndexSchemaSql);
        rows = schema_rows(db);
        sqlite3_close(db);
    });
    return rows;
}

// The first row of a query that must return nothing, as text; "" when it returns nothing.
std::string first_violation(sqlite3* db, const char* sql) {
    Statement st(db, sql);
    return st.step() ? st.text(0) : std::string();
}

// Values the kiosk trusts without looking twice. CHECK constraints are not re-run when a file is read, so a hand-made
// file could break any of them; these are the ones whose breaking would matter (names used as labels and paths,
// types that choose a decoder) and that pack cannot break whatever the sources say: a snapshot breaking them is
// forged or made by something other than pack. Lengths and characters staff can get wrong are content limits
// (content_limits.h), checked after these.
constexpr const char* kValueChecks[] = {
    "SELECT 'attachment name ' || quote(name) FROM attachments WHERE typeof(name) <> 'text' OR name = '' "
    "  OR instr(name, '/') OR instr(name, char(92)) LIMIT 1",
    "SELECT 'attachment mime ' || quote(mime) FROM attachments WHERE mime NOT IN ('image/png', 'image/jpeg') LIMIT 1",
    "SELECT 'attachment data type ' || id FROM attachments WHERE typeof(data) <> 'blob' LIMIT 1",
    "SELECT 'attachment without document ' || id FROM attachments "
    "  WHERE document_id NOT IN (SELECT id FROM documents) LIMIT 1",
    "SELECT 'document validity ' || id FROM documents WHERE validity NOT IN ('valid', 'expired', 'repealed') LIMIT 1",
    "SELECT 'document text type ' || id FROM documents WHERE typeof(title) <> 'text' OR typeof(body) <> 'text' "
    "  OR typeof(published_date) <> 'text' LIMIT 1",
    // An empty synonym would be a word found in every text.
    "SELECT 'synonym ' || id FROM search_synonyms WHERE typeof(word) <> 'text' OR word = '' "
    "  OR typeof(grp) <> 'integer' LIMIT 1",
};

}  // namespace

// ---- The defensive connection ---------------------------------------------------------------------------------------

sqlite3* open_snapshot_defensively(const std::string& path, std::string* error) {
    sqlite3* db = nullptr;
    // immutable: a staged file has no writer, so no locks, no -wal or -shm files next to it, whatever its header says.
    const int rc = sqlite3_open_v2(file_uri(path).c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        *error = db ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxReadValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    char* err = nullptr;
    if (sqlite3_exec(db, "PRAGMA query_only = 1; PRAGMA cell_size_check = 1; PRAGMA mmap_size = 0;", nullptr, nullptr,
                     &err) != SQLITE_OK) {
        *error = err ? err : "pragma failed";
        sqlite3_free(err);
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

// ---- The checks -------------------------------------------------------------------------------------------------

UpdateResult check_snapshot(const std::string& path) {
    std::string error;
    sqlite3* db = open_snapshot_defensively(path, &error);
    if (!db) return result(UpdateOutcome::Damaged, error, kSnapshotPartName);
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{db};
    try {
        // The staged copy is ours alone (nobody can truncate it under us), so its pages may be read through mmap:
        // integrity_check of a 500 MB snapshot takes a quarter of the time it takes through read(2).
        exec_sql(db, "PRAGMA mmap_size = 4294967296");
        // The schema first: reading it runs nothing, and an unexpected object must be refused before any query
        // could touch it.
        std::set<SchemaRow> rows;
        try {
            rows = schema_rows(db);
        } catch (const SqliteError& e) {
            return result(UpdateOutcome::Damaged, std::string("schema unreadable: ") + e.what(), kSnapshotPartName);
        }
        const auto& want = reference_schema();
        for (const auto& row : rows) {
            if (want.count(row)) continue;
            const std::string& type = std::get<0>(row);
            const std::string what = type + " " + std::get<1>(row);
            // Triggers and views are code that would run on the kiosk's queries.
            if (type == "trigger" || type == "view") return result(UpdateOutcome::UnsafeContent, "unexpected " + what);
            return result(UpdateOutcome::UnsupportedSchema, "unexpected or changed " + what);
        }
        for (const auto& row : want) {
            if (!rows.count(row)) {
                return result(UpdateOutcome::UnsupportedSchema, "missing " + std::get<0>(row) + " " + std::get<1>(row));
            }
        }
        {
            Statement st(db, "SELECT value FROM meta WHERE key = 'schema_version'");
            if (!st.step() || st.text(0) != std::to_string(kSchemaVersion)) {
                return result(UpdateOutcome::UnsupportedSchema, "meta.schema_version is not " + std::to_string(kSchemaVersion));
            }
        }
        {
            Statement st(db, "PRAGMA integrity_check(1)");
            const std::string verdict = st.step() ? st.text(0) : std::string("no answer");
            if (verdict != "ok") return result(UpdateOutcome::Damaged, "integrity_check: " + verdict, kSnapshotPartName);
        }
        for (const char* sql : kValueChecks) {
            const std::string bad = first_violation(db, sql);
            if (!bad.empty()) return result(UpdateOutcome::UnsafeContent, bad);
        }
        // Recordings choose a decoder by their format and are decoded whole when played: held to what pack allows
        // (content_limits.h), so a forged one cannot make a kiosk decode an hour of audio into memory.
        {
            const std::string bad = first_violation(
                db, ("SELECT 'recording ' || quote(kind) || ' ' || quote(ref) FROM recordings "
                     "WHERE typeof(data) <> 'blob' OR typeof(duration_ms) <> 'integer' OR format NOT IN ('vorbis', 'opus') "
                     "OR length(data) > " + std::to_string(kMaxRecordingBytes) +
                     " OR duration_ms > " + std::to_string(kMaxRecordingSeconds * 1000LL) + " LIMIT 1").c_str());
            if (!bad.empty()) return result(UpdateOutcome::UnsafeContent, bad);
        }
        // Past the checks above the snapshot is one pack could have made, so a value over a limit is a packing
        // mistake (an old kioskctl, a hand-edited file), not an attack: it has its own reason and words.
        for (const ContentLimit& limit : kContentLimits) {
            const std::string bad = first_violation(db, limit_violation_sql(limit).c_str());
            if (!bad.empty()) {
                UpdateResult r = result(UpdateOutcome::ContentLimit, bad);
                r.limit = &limit;
                return r;
            }
        }
    } catch (const SqliteError& e) {
        // A value over the length limit, a malformed page found while reading, …
        return result(UpdateOutcome::Damaged, e.what(), kSnapshotPartName);
    }
    return result(UpdateOutcome::Ok, "");
}

// ---- The diff -----------------------------------------------------------------------------------------------------

namespace {

// key → digest of the row's other columns, for one query whose first column is the key.
std::map<std::string, std::string> row_digests(sqlite3* db, const char* sql) {
    std::map<std::string, std::string> out;
    if (!db) return out;
    try {
        Statement st(db, sql);
        const int columns = st.columns();
        while (st.step()) {
            crypto_generichash_state h;
            crypto_generichash_init(&h, nullptr, 0, 16);
            std::string key = st.text(0);
            for (int c = 1; c < columns; ++c) {
                const std::string v = st.is_null(c) ? std::string("\x01NULL") : st.text(c);
                const std::uint64_t n = v.size();
                crypto_generichash_update(&h, reinterpret_cast<const unsigned char*>(&n), sizeof n);
                crypto_generichash_update(&h, reinterpret_cast<const unsigned char*>(v.data()), v.size());
            }
            unsigned char digest[16];
            crypto_generichash_final(&h, digest, sizeof digest);
            out[key] = std::string(reinterpret_cast<char*>(digest), sizeof digest);
        }
    } catch (const SqliteError&) {
        out.clear();
    }
    return out;
}

void count_changes(const std::map<std::string, std::string>& before, const std::map<std::string, std::string>& after,
                   int* added, int* removed, int* changed) {
    for (const auto& [key, digest] : after) {
        const auto it = before.find(key);
        if (it == before.end()) ++*added;
        else if (it->second != digest) ++*changed;
    }
    for (const auto& entry : before) {
        if (!after.count(entry.first)) ++*removed;
    }
}

// The first column is the row's identity across versions; the rest is what a reader would see change.
constexpr const char* kDocumentRows =
    "SELECT d.index_no, d.title, d.doc_no, d.issuer, d.category, d.genre, d.written_date, d.published_date, "
    "d.validity, d.keywords, d.summary, d.body, "
    "(SELECT group_concat(a.name || ':' || length(a.data), '|') FROM attachments a WHERE a.document_id = d.id) "
    "FROM documents d";
constexpr const char* kGuideRows =
    "SELECT g.code, g.name, g.kind, g.agency, g.basis, g.conditions, g.legal_days, g.promised_days, g.charged, g.fee, "
    "g.place, g.hours, g.phone, g.complaint_phone, g.visits, g.progress, "
    "(SELECT group_concat(m.name || m.copies || m.original_or_copy || m.medium || m.note, '|') "
    "   FROM guide_materials m WHERE m.guide_id = g.id), "
    "(SELECT group_concat(s.name || s.description, '|') FROM guide_steps s WHERE s.guide_id = g.id) "
    "FROM guides g";
constexpr const char* kFeeRows =
    "SELECT category || '/' || item, amount, unit, standard_text, basis, approver, note, effective_date FROM fees";

}  // namespace

ContentDiff diff_snapshots(const std::string& old_path, const std::string& new_path) {
    ContentDiff diff;
    std::string error;
    sqlite3* before = old_path.empty() ? nullptr : open_snapshot_defensively(old_path, &error);
    sqlite3* after = open_snapshot_defensively(new_path, &error);
    count_changes(row_digests(before, kDocumentRows), row_digests(after, kDocumentRows), &diff.documents_added,
                  &diff.documents_removed, &diff.documents_changed);
    count_changes(row_digests(before, kGuideRows), row_digests(after, kGuideRows), &diff.guides_added,
                  &diff.guides_removed, &diff.guides_changed);
    count_changes(row_digests(before, kFeeRows), row_digests(after, kFeeRows), &diff.fees_added, &diff.fees_removed,
                  &diff.fees_changed);
    sqlite3_close(before);
    sqlite3_close(after);
    return diff;
}

}  // namespace kiosk::core
