// Working-day deadlines on the State Council's 2025 holiday arrangement (国办发明电〔2024〕12号): 春节 1/28–2/4 off
// with 1/26 (Sun) and 2/8 (Sat) worked; 国庆+中秋 10/1–10/8 off with 9/28 (Sun) and 10/11 (Sat) worked. Expected
// dates below were counted by hand on a printed calendar, day by day.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "core/requests/workday_calendar.h"

using namespace kiosk::core;

namespace {

WorkdayCalendar calendar_2025() {
    std::vector<CalendarDay> days;
    auto holiday = [&](const char* d, const char* name) { days.push_back({d, DayKind::Holiday, name}); };
    auto workday = [&](const char* d, const char* name) { days.push_back({d, DayKind::AdjustedWorkday, name}); };
    holiday("2025-01-01", "元旦");
    workday("2025-01-26", "春节调休");
    for (const char* d : {"2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
                          "2025-02-03", "2025-02-04"}) {
        holiday(d, "春节");
    }
    workday("2025-02-08", "春节调休");
    workday("2025-09-28", "国庆调休");
    for (const char* d : {"2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
                          "2025-10-07", "2025-10-08"}) {
        holiday(d, "国庆节、中秋节");
    }
    workday("2025-10-11", "国庆调休");
    return WorkdayCalendar(days, {2025});
}

}  // namespace

TEST_CASE("is_workday follows holidays and adjusted weekend days", "[workday]") {
    const WorkdayCalendar cal = calendar_2025();
    const std::pair<const char*, bool> cases[] = {
        {"2025-09-26", true},   // Friday
        {"2025-09-27", false},  // Saturday
        {"2025-09-28", true},   // Sunday, worked (调休)
        {"2025-10-01", false},  // 国庆
        {"2025-10-08", false},  // Wednesday, still 国庆 holiday
        {"2025-10-09", true},
        {"2025-10-11", true},   // Saturday, worked
        {"2025-10-12", false},  // Sunday
        {"2025-01-28", false},  // 除夕
        {"2025-02-08", true},   // Saturday, worked
        {"2026-01-01", true},   // uncovered year: plain Monday–Friday (a Thursday)
        {"2026-01-03", false},  // uncovered year Saturday
    };
    for (const auto& [date, expected] : cases) {
        INFO(date);
        CHECK(cal.is_workday(date) == expected);
    }
    CHECK(cal.covers_year(2025));
    CHECK_FALSE(cal.covers_year(2026));
}

TEST_CASE("deadlines across 国庆 count the 调休 weekend days", "[workday]") {
    const WorkdayCalendar cal = calendar_2025();
    struct Case {
        const char* from;
        int n;
        const char* expected;
    };
    const Case cases[] = {
        {"2025-09-26", 0, "2025-09-26"},   // answered on the spot
        {"2025-09-26", 1, "2025-09-28"},   // the Sunday is worked
        {"2025-09-26", 3, "2025-09-30"},
        {"2025-09-26", 4, "2025-10-09"},   // jumps the whole holiday
        {"2025-09-26", 6, "2025-10-11"},   // the Saturday is worked
        {"2025-09-26", 20, "2025-10-30"},  // the Regulation's 20 working days
        {"2025-10-03", 1, "2025-10-09"},   // received during the holiday
    };
    for (const auto& c : cases) {
        INFO(c.from << " + " << c.n);
        const DeadlineResult r = cal.add_working_days(c.from, c.n);
        CHECK(r.date == c.expected);
        CHECK_FALSE(r.used_fallback);
    }
}

TEST_CASE("deadlines across 春节", "[workday]") {
    const WorkdayCalendar cal = calendar_2025();
    CHECK(cal.add_working_days("2025-01-24", 2).date == "2025-01-27");   // Sun 1/26 worked, Mon 1/27
    CHECK(cal.add_working_days("2025-01-24", 3).date == "2025-02-05");   // after the 8-day holiday
    CHECK(cal.add_working_days("2025-01-24", 7).date == "2025-02-10");   // 补正告知: 7 working days
    CHECK(cal.add_working_days("2025-01-24", 20).date == "2025-02-27");
}

TEST_CASE("a deadline running into an uncovered year falls back to Monday–Friday and says so", "[workday]") {
    const WorkdayCalendar cal = calendar_2025();
    const DeadlineResult inside = cal.add_working_days("2025-12-15", 5);
    CHECK(inside.date == "2025-12-22");
    CHECK_FALSE(inside.used_fallback);
    // 12 working days left in 2025, then 2026 counted Monday–Friday (1/1 counts: nobody entered 2026's 元旦 yet).
    const DeadlineResult across = cal.add_working_days("2025-12-15", 20);
    CHECK(across.date == "2026-01-12");
    CHECK(across.used_fallback);
    // A weekend in the uncovered year, even if no working day is counted there, is still a day of the period.
    CHECK(cal.add_working_days("2025-12-31", 0).used_fallback == false);
}

TEST_CASE("an empty calendar is plain Monday–Friday with the fallback flag", "[workday]") {
    const WorkdayCalendar cal;
    const DeadlineResult r = cal.add_working_days("2024-05-31", 1);  // Friday → Monday
    CHECK(r.date == "2024-06-03");
    CHECK(r.used_fallback);
}

TEST_CASE("bad input is refused", "[workday]") {
    const WorkdayCalendar cal = calendar_2025();
    CHECK_THROWS_AS(cal.add_working_days("2025-02-30", 1), std::invalid_argument);
    CHECK_THROWS_AS(cal.add_working_days("2025-02-03", -1), std::invalid_argument);
    CHECK_THROWS_AS(cal.is_workday("2025/1/1"), std::invalid_argument);
}
