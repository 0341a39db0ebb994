// The search counts kept for staff: counted per query and day, no-result searches marked, nothing else stored.
#include <catch2/catch.hpp>

#include "core/usage_log.h"
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
