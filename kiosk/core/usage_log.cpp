// usage_log.cpp — see usage_log.h.
#include "core/usage_log.h"

#include <sqlite3.h>

#include "core/sqlite_util.h"

namespace kiosk::core {

std::unique_ptr<UsageLog> UsageLog::open(const std::string& path, std::string* error) {
    sqlite3* db = open_durable_database(path, SQLITE_OPEN_NOMUTEX,
                                        "CREATE TABLE IF NOT EXISTS search_counts ("
                                        "  query TEXT NOT NULL, day TEXT NOT NULL,"
                                        "  searches INTEGER NOT NULL DEFAULT 0, without_results INTEGER NOT NULL DEFAULT 0,"
                                        "  PRIMARY KEY (query, day)) STRICT;",
                                        error);
    return db ? std::unique_ptr<UsageLog>(new UsageLog(db)) : nullptr;
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

std::vector<QueryCount> UsageLog::top_queries(const std::string& from_day, int limit, bool only_without_results) const {
    std::vector<QueryCount> out;
    Statement st(db_, "SELECT query, sum(searches), sum(without_results) FROM search_counts WHERE day >= ?1 "
                      "GROUP BY query HAVING (?2 = 0 OR sum(without_results) > 0) "
                      "ORDER BY sum(searches) DESC, query LIMIT ?3");
    st.bind(1, from_day).bind(2, only_without_results ? 1 : 0).bind(3, limit);
    while (st.step()) out.push_back({st.text(0), st.int32(1), st.int32(2)});
    return out;
}

}  // namespace kiosk::core
