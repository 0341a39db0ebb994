// usage_log.h — what the kiosk counts for staff, in its own small database beside (never inside) the content.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace kiosk::core {

struct UpdateResult;

struct QueryCount {
    std::string query;
    int searches = 0;
    int without_results = 0;
};

// One calendar month's figures ("YYYY-MM"), as the staff screen charts them and kioskctl stats prints them.
struct MonthFigures {
    std::string month;
    int screens_viewed = 0;
    int documents_opened = 0;
    int searches = 0;
    int searches_without_results = 0;
    int applications_submitted = 0;
    int updates_applied = 0;
    int updates_rolled_back = 0;
};

struct ItemCount {
    std::string item;  // a screen kind ("catalog"), or a document id as text
    int count = 0;
};

// The figures that are one number per day (besides searches, which keep their words).
enum class UsageEvent { ApplicationSubmitted, UpdateApplied, UpdateRolledBack };

class UsageLog {
public:
    static constexpr int kSchemaVersion = 2;

    // nullptr (with *error set) if the database cannot be opened, created or migrated, or is from a newer kiosk.
    static std::unique_ptr<UsageLog> open(const std::string& path, std::string* error);
    ~UsageLog();
    UsageLog(const UsageLog&) = delete;
    UsageLog& operator=(const UsageLog&) = delete;

    // `day` is YYYY-MM-DD. Failures are swallowed: counting must never disturb a visitor.
    void record_search(const std::string& query, int results, const std::string& day);
    // `screen` is a short stable name for the kind of screen ("home", "catalog", …; ui/controller.cpp's list).
    void record_screen(const std::string& screen, const std::string& day);
    void record_document(std::int64_t document_id, const std::string& day);
    void record_event(UsageEvent event, const std::string& day);
    // A content update's outcome, for the staff screen and kioskctl alike: only one that took effect counts, as
    // applied or (r.rolled_back) as rolled back.
    void record_update(const UpdateResult& r, const std::string& day);

    // Most frequent queries from `from_day` to `to_day` (both inclusive), and those that found nothing.
    std::vector<QueryCount> top_queries(const std::string& from_day, int limit, bool only_without_results,
                                        const std::string& to_day = "9999-12-31") const;
    // `months` consecutive months from `first_month` (YYYY-MM), every one present (zeros where nothing was counted).
    std::vector<MonthFigures> monthly(const std::string& first_month, int months) const;
    // Views per screen kind, or opens per document, between two days (inclusive), most first.
    std::vector<ItemCount> screen_views(const std::string& from_day, const std::string& to_day) const;
    std::vector<ItemCount> top_documents(const std::string& from_day, const std::string& to_day, int limit) const;

    // The schema version found on disk before open() migrated it (0 for a new file), for tests and kioskctl.
    int version_found() const { return version_found_; }

private:
    UsageLog(sqlite3* db, int version_found) : db_(db), version_found_(version_found) {}
    void add(const char* figure, const std::string& item, const std::string& day);
    sqlite3* db_;
    int version_found_ = 0;
};

// "YYYY-MM" plus `delta` months (negative to go back). `month` must be valid (is_usage_month).
std::string add_months(const std::string& month, int delta);
// Strictly "YYYY-MM" with a month 01–12.
bool is_usage_month(const std::string& month);

}  // namespace kiosk::core
