// workday_calendar.cpp — see workday_calendar.h.
#include "core/requests/workday_calendar.h"

#include <stdexcept>

#include "core/base/civil_date.h"

namespace kiosk::core {

WorkdayCalendar::WorkdayCalendar(const std::vector<CalendarDay>& days, const std::vector<int>& covered_years)
    : covered_(covered_years.begin(), covered_years.end()) {
    for (const auto& day : days) {
        if (const auto d = days_from_iso(day.date)) overrides_[*d] = day.kind;
    }
}

bool WorkdayCalendar::is_workday_days(std::int64_t days, bool* uncovered) const {
    const int wd = weekday_from_days(days);
    const bool weekday = wd >= 1 && wd <= 5;
    if (!covers_year(civil_from_days(days).year)) {
        if (uncovered) *uncovered = true;
        return weekday;
    }
    const auto it = overrides_.find(days);
    if (it == overrides_.end()) return weekday;
    return it->second == DayKind::AdjustedWorkday;
}

bool WorkdayCalendar::is_workday(const std::string& date) const {
    const auto d = days_from_iso(date);
    if (!d) throw std::invalid_argument("not a YYYY-MM-DD date: " + date);
    return is_workday_days(*d, nullptr);
}

DeadlineResult WorkdayCalendar::add_working_days(const std::string& from_date, int n) const {
    const auto from = days_from_iso(from_date);
    if (!from) throw std::invalid_argument("not a YYYY-MM-DD date: " + from_date);
    if (n < 0) throw std::invalid_argument("negative number of working days");
    DeadlineResult r;
    std::int64_t day = *from;
    for (int counted = 0; counted < n;) {
        ++day;
        if (is_workday_days(day, &r.used_fallback)) ++counted;
    }
    r.date = iso_from_days(day);
    return r;
}

}  // namespace kiosk::core
