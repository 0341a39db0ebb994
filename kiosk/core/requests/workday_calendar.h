// workday_calendar.h — working days as the Regulation counts them.
//
// A working day is Monday–Friday, minus the public holidays, plus the adjusted working weekend days (调休) that the
// State Council announces each year. That list comes with the content (calendar.csv), one year at a time, so a
// deadline can run into a year nobody has entered yet; then the count falls back to plain Monday–Friday and says so,
// and staff are told the date is provisional rather than shown a wrong date as if it were certain.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/content/content_model.h"

namespace kiosk::core {

struct DeadlineResult {
    std::string date;            // YYYY-MM-DD
    bool used_fallback = false;  // some day counted lies in a year the calendar does not cover (Mon–Fri assumed)
};

class WorkdayCalendar {
public:
    WorkdayCalendar() = default;
    // `days` as ContentStore::calendar() returns them; `covered_years` as ContentStore::calendar_years(). Days with a
    // malformed date are ignored (pack has validated them).
    WorkdayCalendar(const std::vector<CalendarDay>& days, const std::vector<int>& covered_years);

    bool covers_year(int year) const { return covered_.count(year) != 0; }

    // Throws std::invalid_argument if `date` is not a valid YYYY-MM-DD.
    bool is_workday(const std::string& date) const;

    // The date `n` working days after `from_date`. Counting starts the day after receipt (an application handed in
    // on day D is "received" on D, and day 1 of the period is the first working day after D), so n = 20 gives the
    // last day of a 20-working-day reply period; n = 0 gives from_date itself (answered on the spot).
    // Throws std::invalid_argument on a malformed date or a negative n.
    DeadlineResult add_working_days(const std::string& from_date, int n) const;

private:
    bool is_workday_days(std::int64_t days, bool* uncovered) const;

    std::unordered_map<std::int64_t, DayKind> overrides_;  // days since epoch → 休 / 班
    std::set<int> covered_;
};

}  // namespace kiosk::core
