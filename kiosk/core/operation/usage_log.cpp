// usage_log.cpp — see usage_log.h.
//
// The office wants to know how the kiosk is used and what people look for and cannot find; nothing about the person
// is stored. So every figure is a count per day: screens viewed (per kind of screen), documents opened (per document
// id: that is about the content, not the reader), words typed into search with how many of those searches found
// nothing, applications submitted (a count only, nothing typed), content updates applied and rolled back. There are
// no times finer than the day and no sequence of what one visitor did: two visitors' taps on the same day add to the
// same numbers and cannot be told apart.
//
// The database lives in the kiosk's data folder (DATA/usage.db), is written with WAL, and a content update never
// touches it. Commits are not fsynced one by one (synchronous = NORMAL): a count is not a record, and losing the last
// seconds of counts to a power cut is better than a visitor waiting for the disk on every tap; WAL keeps the file
// whole either way. If it cannot be opened (a read-only disk), the kiosk goes on without it, and a failed count is
// swallowed: counting never disturbs a visitor.
//
// The schema carries its version in PRAGMA user_version. Version 1 (user_version 0 on disk: the first kiosks did not
// set it) held search_counts only; version 2 adds day_counts. Opening migrates an older file in place and keeps its
// rows; a file from a newer kiosk program is refused untouched (the counts are then off, nothing is lost).
#include "core/operation/usage_log.h"

#include <sqlite3.h>

#include <cstdio>
#include <map>

#include "core/base/sqlite_util.h"
#include "core/base/text_format.h"
#include "core/updates/update_result.h"

namespace kiosk::core {

namespace {

// Version 1: what the first kiosks wrote (without setting user_version).
constexpr const char* kSearchCountsTable =
    "CREATE TABLE IF NOT EXISTS search_counts ("
    "  query TEXT NOT NULL, day TEXT NOT NULL,"
    "  searches INTEGER NOT NULL DEFAULT 0, without_results INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (query, day)) STRICT;";
// Version 2: one row per day, figure and item (a screen kind, a document id, or '' for a plain count).
constexpr const char* kDayCountsTable =
    "CREATE TABLE IF NOT EXISTS day_counts ("
    "  day TEXT NOT NULL, figure TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', n INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (day, figure, item)) STRICT;";

// The names figures have in day_counts. Stable: they are on disk.
constexpr const char* kScreenFigure = "screen";
constexpr const char* kDocumentFigure = "document";
const char* event_figure(UsageEvent e) {
    switch (e) {
        case UsageEvent::ApplicationSubmitted: return "application";
        case UsageEvent::UpdateApplied: return "update";
        case UsageEvent::UpdateRolledBack: return "rollback";
    }
    return "unknown";
}

int schema_version_on_disk(sqlite3* db) {
    Statement version(db, "PRAGMA user_version");
    const int v = version.step() ? version.int32(0) : 0;
    if (v > 0) return v;
    Statement table(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_counts'");
    return table.step() ? 1 : 0;
}

// Brings the file from `found` to kSchemaVersion in one transaction: all of it or, on any error, none of it.
void migrate(sqlite3* db, int found) {
    exec_sql(db, "BEGIN IMMEDIATE");
    try {
        if (found < 1) exec_sql(db, kSearchCountsTable);
        if (found < 2) exec_sql(db, kDayCountsTable);
        exec_sql(db, "PRAGMA user_version = 2");
        exec_sql(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace

std::unique_ptr<UsageLog> UsageLog::open(const std::string& path, std::string* error) {
    sqlite3* db = open_durable_database(path, SQLITE_OPEN_NOMUTEX, "", error);
    if (!db) return nullptr;
    int found = 0;
    try {
        exec_sql(db, "PRAGMA synchronous = NORMAL");  // see the header: counts are not worth an fsync per tap
        found = schema_version_on_disk(db);
        if (found > kSchemaVersion) {
            *error = format_text("usage.db has schema version %d, this kiosk program reads up to %d; counting is off "
                                 "and the file is left as it is",
                                 found, kSchemaVersion);
            sqlite3_close(db);
            return nullptr;
        }
        if (found < kSchemaVersion) migrate(db, found);
    } catch (const std::exception& e) {
        *error = e.what();
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<UsageLog>(new UsageLog(db, found));
}

UsageLog::~UsageLog() { sqlite3_close(db_); }

void UsageLog::record_search(const std::string& query, int results, const std::string& day) {
    if (query.empty()) return;
    try {
        Statement st(db_, "INSERT INTO search_counts (query, day, searches, without_results) VALUES (?1, ?2, 1, ?3) "
                          "ON CONFLICT (query, day) DO UPDATE SET searches = searches + 1, "
                          "without_results = without_results + excluded.without_results");
        st.bind(1, query.substr(0, 200)).bind(2, day).bind(3, results == 0 ? 1 : 0).run();
    } catch (const std::exception&) {
        // A full disk or a locked file: the visitor is not to notice.
    }
}

void UsageLog::add(const char* figure, const std::string& item, const std::string& day) {
    try {
        Statement st(db_, "INSERT INTO day_counts (day, figure, item, n) VALUES (?1, ?2, ?3, 1) "
                          "ON CONFLICT (day, figure, item) DO UPDATE SET n = n + 1");
        st.bind(1, day).bind(2, figure).bind(3, item.substr(0, 100)).run();
    } catch (const std::exception&) {
        // As above: never the visitor's problem.
    }
}

void UsageLog::record_screen(const std::string& screen, const std::string& day) {
    if (!screen.empty()) add(kScreenFigure, screen, day);
}

void UsageLog::record_document(std::int64_t document_id, const std::string& day) {
    add(kDocumentFigure, std::to_string(document_id), day);
}

void UsageLog::record_event(UsageEvent event, const std::string& day) { add(event_figure(event), "", day); }

void UsageLog::record_update(const UpdateResult& r, const std::string& day) {
    if (!r.ok()) return;  // a refused or failed update changed nothing
    record_event(r.rolled_back ? UsageEvent::UpdateRolledBack : UsageEvent::UpdateApplied, day);
}

std::vector<QueryCount> UsageLog::top_queries(const std::string& from_day, int limit, bool only_without_results,
                                              const std::string& to_day) const {
    std::vector<QueryCount> out;
    // Ordered by what the list is about: all searches, or the ones that found nothing.
    Statement st(db_, "SELECT query, sum(searches), sum(without_results) FROM search_counts "
                      "WHERE day >= ?1 AND day <= ?4 "
                      "GROUP BY query HAVING (?2 = 0 OR sum(without_results) > 0) "
                      "ORDER BY CASE WHEN ?2 = 0 THEN sum(searches) ELSE sum(without_results) END DESC, "
                      "sum(searches) DESC, query LIMIT ?3");
    st.bind(1, from_day).bind(2, only_without_results ? 1 : 0).bind(3, limit).bind(4, to_day);
    while (st.step()) out.push_back({st.text(0), st.int32(1), st.int32(2)});
    return out;
}

std::vector<MonthFigures> UsageLog::monthly(const std::string& first_month, int months) const {
    std::vector<MonthFigures> out;
    if (months <= 0 || !is_usage_month(first_month)) return out;
    std::map<std::string, std::size_t> index;
    for (int i = 0; i < months; ++i) {
        out.push_back(MonthFigures{add_months(first_month, i)});
        index[out.back().month] = out.size() - 1;
    }
    // Days are YYYY-MM-DD text, so a month's days sort between "YYYY-MM-01" and "YYYY-MM-31".
    const std::string from = first_month + "-01", to = out.back().month + "-31";
    Statement counts(db_, "SELECT substr(day, 1, 7), figure, sum(n) FROM day_counts WHERE day >= ?1 AND day <= ?2 "
                          "GROUP BY 1, 2");
    counts.bind(1, from).bind(2, to);
    while (counts.step()) {
        const auto it = index.find(counts.text(0));
        if (it == index.end()) continue;
        MonthFigures& m = out[it->second];
        const std::string figure = counts.text(1);
        const int n = counts.int32(2);
        if (figure == kScreenFigure) m.screens_viewed = n;
        else if (figure == kDocumentFigure) m.documents_opened = n;
        else if (figure == event_figure(UsageEvent::ApplicationSubmitted)) m.applications_submitted = n;
        else if (figure == event_figure(UsageEvent::UpdateApplied)) m.updates_applied = n;
        else if (figure == event_figure(UsageEvent::UpdateRolledBack)) m.updates_rolled_back = n;
    }
    Statement searches(db_, "SELECT substr(day, 1, 7), sum(searches), sum(without_results) FROM search_counts "
                            "WHERE day >= ?1 AND day <= ?2 GROUP BY 1");
    searches.bind(1, from).bind(2, to);
    while (searches.step()) {
        const auto it = index.find(searches.text(0));
        if (it == index.end()) continue;
        out[it->second].searches = searches.int32(1);
        out[it->second].searches_without_results = searches.int32(2);
    }
    return out;
}

namespace {

std::vector<ItemCount> item_counts(sqlite3* db, const char* figure, const std::string& from_day,
                                   const std::string& to_day, int limit) {
    std::vector<ItemCount> out;
    Statement st(db, "SELECT item, sum(n) FROM day_counts WHERE figure = ?1 AND day >= ?2 AND day <= ?3 "
                     "GROUP BY item ORDER BY sum(n) DESC, item LIMIT ?4");
    st.bind(1, figure).bind(2, from_day).bind(3, to_day).bind(4, limit);
    while (st.step()) out.push_back({st.text(0), st.int32(1)});
    return out;
}

}  // namespace

std::vector<ItemCount> UsageLog::screen_views(const std::string& from_day, const std::string& to_day) const {
    return item_counts(db_, kScreenFigure, from_day, to_day, 100);
}

std::vector<ItemCount> UsageLog::top_documents(const std::string& from_day, const std::string& to_day,
                                               int limit) const {
    return item_counts(db_, kDocumentFigure, from_day, to_day, limit);
}


bool is_usage_month(const std::string& month) {
    if (month.size() != 7 || month[4] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (month[i] < '0' || month[i] > '9') return false;
    const int m = (month[5] - '0') * 10 + (month[6] - '0');
    return m >= 1 && m <= 12;
}

std::string add_months(const std::string& month, int delta) {
    const int year = std::stoi(month.substr(0, 4));
    const int m = std::stoi(month.substr(5, 2));
    int index = year * 12 + (m - 1) + delta;
    if (index < 0) index = 0;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
    return buf;
}

}  // namespace kiosk::core
