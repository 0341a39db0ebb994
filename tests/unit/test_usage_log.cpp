// The usage figures kept for staff (core/operation/usage_log.h): counted per day, searches per query with the ones that found
// nothing marked, the schema migrated from the first kiosks' file, and nothing finer than a day stored.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <set>
#include <stdexcept>

#include "core/updates/update_result.h"
#include "core/operation/usage_log.h"
#include "core/base/text_format.h"
#include "test_support.h"

using namespace kiosk::core;

TEST_CASE("searches are counted per query, and the ones that found nothing are marked", "[usage]") {
    test_support::TempDir dir;
    std::string error;
    const std::string path = (dir / "usage.db").string();
    {
        auto log = UsageLog::open(path, &error);
        REQUIRE(log);
        log->record_search("低保", 5, "2026-11-23");
        log->record_search("低保", 3, "2026-11-24");
        log->record_search("量子计算", 0, "2026-11-24");
        log->record_search("", 0, "2026-11-24");  // nothing typed: not a search
    }
    auto log = UsageLog::open(path, &error);  // survives reopening
    REQUIRE(log);
    const auto all = log->top_queries("2026-11-01", 10, false);
    REQUIRE(all.size() == 2);
    CHECK(all[0].query == "低保");
    CHECK(all[0].searches == 2);
    CHECK(all[0].without_results == 0);
    const auto nothing = log->top_queries("2026-11-01", 10, true);
    REQUIRE(nothing.size() == 1);
    CHECK(nothing[0].query == "量子计算");
    CHECK(log->top_queries("2026-11-24", 10, false)[0].searches == 1);  // only that day
}

TEST_CASE("a usage database that cannot be created is reported, not fatal", "[usage]") {
    std::string error;
    CHECK_FALSE(UsageLog::open("/nonexistent-dir/usage.db", &error));
    CHECK_FALSE(error.empty());
}

// ---- Every figure per day, the schema's versions ---------------------------------------------------------

namespace {

// The usage.db the first kiosks wrote: search_counts only, user_version never set (kept verbatim from that release).
void write_version1_file(const std::string& path) {
    REQUIRE(test_support::write_database(
        path,
        "PRAGMA journal_mode = WAL;"
        "CREATE TABLE IF NOT EXISTS search_counts ("
        "  query TEXT NOT NULL, day TEXT NOT NULL,"
        "  searches INTEGER NOT NULL DEFAULT 0, without_results INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (query, day)) STRICT;"
        "INSERT INTO search_counts VALUES ('低保', '2026-09-03', 4, 0), ('医保', '2026-09-03', 2, 2);"));
}

int user_version(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

const MonthFigures& month_of(const std::vector<MonthFigures>& months, const std::string& m) {
    for (const auto& f : months)
        if (f.month == m) return f;
    throw std::runtime_error("month " + m + " not in the figures");
}

}  // namespace

TEST_CASE("each figure is counted per day and summed per month, with empty months present", "[usage]") {
    test_support::TempDir dir;
    std::string error;
    auto log = UsageLog::open((dir / "usage.db").string(), &error);
    REQUIRE(log);
    log->record_screen("catalog", "2026-10-31");
    log->record_screen("catalog", "2026-11-01");
    log->record_screen("document", "2026-11-01");
    log->record_screen("home", "2026-11-30");
    log->record_document(7, "2026-11-01");
    log->record_document(7, "2026-11-02");
    log->record_document(9, "2026-11-02");
    log->record_search("低保", 3, "2026-11-02");
    log->record_search("量子计算", 0, "2026-11-02");
    log->record_search("量子计算", 0, "2026-12-01");
    log->record_event(UsageEvent::ApplicationSubmitted, "2026-11-05");
    log->record_event(UsageEvent::UpdateApplied, "2026-11-06");
    log->record_event(UsageEvent::UpdateRolledBack, "2026-11-07");
    log->record_event(UsageEvent::UpdateApplied, "2026-12-01");

    const auto months = log->monthly("2026-09", 4);
    REQUIRE(months.size() == 4);
    CHECK(months[0].month == "2026-09");
    CHECK(months[0].screens_viewed == 0);  // nothing counted, still a row
    CHECK(month_of(months, "2026-10").screens_viewed == 1);
    const MonthFigures& nov = month_of(months, "2026-11");
    CHECK(nov.screens_viewed == 3);  // the 30th counts, the 31st of October does not
    CHECK(nov.documents_opened == 3);
    CHECK(nov.searches == 2);
    CHECK(nov.searches_without_results == 1);
    CHECK(nov.applications_submitted == 1);
    CHECK(nov.updates_applied == 1);
    CHECK(nov.updates_rolled_back == 1);
    const MonthFigures& dec = month_of(months, "2026-12");
    CHECK(dec.searches == 1);
    CHECK(dec.searches_without_results == 1);
    CHECK(dec.updates_applied == 1);
    CHECK(dec.screens_viewed == 0);

    const auto screens = log->screen_views("2026-11-01", "2026-11-30");
    REQUIRE(screens.size() == 3);
    CHECK(screens[0].item == "catalog");
    CHECK(screens[0].count == 1);
    const auto docs = log->top_documents("2026-11-01", "2026-11-30", 10);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].item == "7");
    CHECK(docs[0].count == 2);
    // Words between two days: December's search is outside November.
    const auto nothing = log->top_queries("2026-11-01", 10, true, "2026-11-30");
    REQUIRE(nothing.size() == 1);
    CHECK(nothing[0].searches == 1);
}

TEST_CASE("an update counts only when it took effect, a rollback as a rollback", "[usage]") {
    test_support::TempDir dir;
    std::string error;
    auto log = UsageLog::open((dir / "usage.db").string(), &error);
    REQUIRE(log);
    UpdateResult refused;
    refused.outcome = UpdateOutcome::BadSignature;
    log->record_update(refused, "2026-11-03");
    UpdateResult applied;
    applied.outcome = UpdateOutcome::Ok;
    log->record_update(applied, "2026-11-03");
    log->record_update(applied, "2026-11-04");
    UpdateResult rolled_back;
    rolled_back.outcome = UpdateOutcome::Ok;
    rolled_back.rolled_back = true;
    log->record_update(rolled_back, "2026-11-04");
    UpdateResult nothing_to_roll_back;
    nothing_to_roll_back.outcome = UpdateOutcome::NothingToRollBack;
    nothing_to_roll_back.rolled_back = true;
    log->record_update(nothing_to_roll_back, "2026-11-04");
    const auto m = log->monthly("2026-11", 1);
    REQUIRE(m.size() == 1);
    CHECK(m[0].updates_applied == 2);
    CHECK(m[0].updates_rolled_back == 1);
}

TEST_CASE("a usage.db from the first kiosks opens, keeps its searches and gains the new figures", "[usage]") {
    test_support::TempDir dir;
    const std::string path = (dir / "usage.db").string();
    write_version1_file(path);
    REQUIRE(user_version(path) == 0);
    std::string error;
    {
        auto log = UsageLog::open(path, &error);
        REQUIRE(log);
        CHECK(log->version_found() == 1);
        const auto words = log->top_queries("2026-09-01", 10, false);
        REQUIRE(words.size() == 2);
        CHECK(words[0].query == "低保");
        CHECK(words[0].searches == 4);
        CHECK(words[1].without_results == 2);
        log->record_screen("home", "2026-11-01");
        log->record_search("低保", 1, "2026-09-03");  // adds to the old row
    }
    CHECK(user_version(path) == UsageLog::kSchemaVersion);
    auto log = UsageLog::open(path, &error);  // the second time there is nothing to migrate
    REQUIRE(log);
    CHECK(log->version_found() == UsageLog::kSchemaVersion);
    CHECK(log->top_queries("2026-09-01", 1, false)[0].searches == 5);
    CHECK(log->monthly("2026-09", 3)[0].searches == 7);
    CHECK(log->monthly("2026-11", 1)[0].screens_viewed == 1);
}

TEST_CASE("a usage.db from a newer kiosk program is refused and left as it was", "[usage]") {
    test_support::TempDir dir;
    const std::string path = (dir / "usage.db").string();
    write_version1_file(path);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 9", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    std::string error;
    CHECK_FALSE(UsageLog::open(path, &error));
    CHECK(error.find("9") != std::string::npos);
    CHECK(user_version(path) == 9);
    // Its rows are still there for the newer program.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM search_counts", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 2);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("usage.db holds counts per day and nothing finer: no times, no sequence, nothing typed but search words",
          "[usage]") {
    test_support::TempDir dir;
    const std::string path = (dir / "usage.db").string();
    std::string error;
    {
        auto log = UsageLog::open(path, &error);
        REQUIRE(log);
        log->record_screen("apply", "2026-11-24");
        log->record_event(UsageEvent::ApplicationSubmitted, "2026-11-24");
        log->record_document(3, "2026-11-24");
        log->record_search("dibao", 2, "2026-11-24");
    }
    // Every column of every table is one of these: a day, what was counted, and how many times.
    const std::set<std::string> allowed = {"day", "figure", "item", "n", "query", "searches", "without_results"};
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                               "WHERE m.type = 'table'",
                               -1, &st, nullptr) == SQLITE_OK);
    int columns = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const std::string column = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
        INFO(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)) << "." << column);
        CHECK(allowed.count(column) == 1);
        ++columns;
    }
    sqlite3_finalize(st);
    CHECK(columns == 8);
    // And a day is a day: ten characters, no time of day.
    REQUIRE(sqlite3_prepare_v2(db, "SELECT day FROM day_counts UNION ALL SELECT day FROM search_counts", -1, &st,
                               nullptr) == SQLITE_OK);
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))).size() == 10);
        ++rows;
    }
    CHECK(rows == 4);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("a count that cannot be written is dropped without disturbing the caller", "[usage]") {
    test_support::TempDir dir;
    const std::string path = (dir / "usage.db").string();
    std::string error;
    auto log = UsageLog::open(path, &error);
    REQUIRE(log);
    {
        // Someone removes the table behind the kiosk's back (a damaged or hand-edited file).
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "DROP TABLE day_counts", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    CHECK_NOTHROW(log->record_screen("home", "2026-11-24"));
    CHECK_NOTHROW(log->record_event(UsageEvent::ApplicationSubmitted, "2026-11-24"));
    CHECK_THROWS(log->monthly("2026-11", 1));  // a reader is told (the staff page says the figures are unreadable)
}

TEST_CASE("months are counted forward and back across years", "[usage]") {
    CHECK(add_months("2026-11", -5) == "2026-06");
    CHECK(add_months("2026-02", -3) == "2025-11");
    CHECK(add_months("2026-12", 1) == "2027-01");
    CHECK(add_months("2026-01", 0) == "2026-01");
    CHECK(is_usage_month("2026-06"));
    CHECK_FALSE(is_usage_month("2026-13"));
    CHECK_FALSE(is_usage_month("2026-00"));
    CHECK_FALSE(is_usage_month("2026-6"));
    CHECK_FALSE(is_usage_month("2026/06"));
    CHECK(local_iso_date(1795483800).size() == 10);
}
