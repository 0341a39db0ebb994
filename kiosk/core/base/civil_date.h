// civil_date.h — calendar dates as whole days, with no clocks and no time zones.
//
// Deadlines in the Regulation are counted in calendar days and working days; a time zone or a daylight-saving rule
// can only add off-by-one bugs. So a date is a count of days since 1970-01-01 in the proleptic Gregorian calendar,
// converted by C++20's <chrono> calendar (std::chrono::year_month_day and sys_days), never by a clock.
//
// chinese_date is the one way a date is written for people: 2026年12月24日, on screens, receipts and generated text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid_civil(int year, int month, int day);

// Days since 1970-01-01 (negative before it).
std::int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(std::int64_t days);

// 0 = Sunday … 6 = Saturday, the tm_wday convention.
int weekday_from_days(std::int64_t days);

// Strict "YYYY-MM-DD" (the normalised form everything in core stores) to days; nullopt if malformed or not a real
// date. For the lenient spellings staff type, see value_parse.h.
std::optional<std::int64_t> days_from_iso(std::string_view iso);
std::string iso_from_days(std::int64_t days);

// "2026年12月24日" (no leading zeros), as dates are written in Chinese documents and on receipts.
std::string chinese_date(const CivilDate& date);
// The same from a stored "YYYY-MM-DD"; anything that is not such a date is returned unchanged.
std::string chinese_date(std::string_view iso);

}  // namespace kiosk::core
