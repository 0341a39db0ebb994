// usage_log.h — what the kiosk counts for staff, in its own small database beside (never inside) the content.
//
// Only words typed into search are kept, counted per day, with how many of those searches found nothing: the office
// learns what people look for and cannot find. Nothing about the person is stored — no times finer than the day, no
// sequence of what one visitor did. The database lives in the kiosk's data folder, is written with WAL and full sync,
// and a content update never touches it. If it cannot be opened (a read-only disk), the kiosk goes on without it.
#pragma once

#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace kiosk::core {

struct QueryCount {
    std::string query;
    int searches = 0;
    int without_results = 0;
};

class UsageLog {
public:
    // nullptr (with *error set) if the database cannot be opened or created.
    static std::unique_ptr<UsageLog> open(const std::string& path, std::string* error);
    ~UsageLog();
    UsageLog(const UsageLog&) = delete;
    UsageLog& operator=(const UsageLog&) = delete;

    // `day` is YYYY-MM-DD. Failures are swallowed: counting must never disturb a visitor.
    void record_search(const std::string& query, int results, const std::string& day);
    // Most frequent queries since `from_day` (inclusive), and those that found nothing.
    std::vector<QueryCount> top_queries(const std::string& from_day, int limit, bool only_without_results) const;

private:
    explicit UsageLog(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

}  // namespace kiosk::core
