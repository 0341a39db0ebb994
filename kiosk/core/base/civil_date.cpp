// civil_date.cpp — see civil_date.h. The arithmetic is <chrono>'s calendar: a count of days is a std::chrono::sys_days,
// a date a year_month_day, so leap years, month lengths and weekdays are the standard library's, not ours. Only the
// calendar types are used (g++ 12 has them); nothing here reads a clock or a time zone.
#include "core/base/civil_date.h"

#include <chrono>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace chr = std::chrono;

namespace {

chr::sys_days to_sys_days(std::int64_t days) { return chr::sys_days{chr::days{days}}; }

chr::year_month_day to_ymd(int year, int month, int day) {
    return {chr::year{year}, chr::month{static_cast<unsigned>(month)}, chr::day{static_cast<unsigned>(day)}};
}

}  // namespace

bool is_leap_year(int year) { return chr::year{year}.is_leap(); }

int days_in_month(int year, int month) {
    if (month < 1 || month > 12) return 0;
    const chr::year_month_day_last last = chr::year{year} / chr::month{static_cast<unsigned>(month)} / chr::last;
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool is_valid_civil(int year, int month, int day) {
    // Ranges first: chrono's month and day hold only small numbers, and a year only ±32767.
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    if (year < static_cast<int>(chr::year::min()) || year > static_cast<int>(chr::year::max())) return false;
    return to_ymd(year, month, day).ok();
}

std::int64_t days_from_civil(int year, int month, int day) {
    return chr::sys_days{to_ymd(year, month, day)}.time_since_epoch().count();
}

CivilDate civil_from_days(std::int64_t days) {
    const chr::year_month_day ymd{to_sys_days(days)};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int weekday_from_days(std::int64_t days) {
    return static_cast<int>(chr::weekday{to_sys_days(days)}.c_encoding());
}

std::optional<std::int64_t> days_from_iso(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t pos, std::size_t len) -> int {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            if (iso[i] < '0' || iso[i] > '9') return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0 || !is_valid_civil(y, m, d)) return std::nullopt;
    return days_from_civil(y, m, d);
}

std::string iso_from_days(std::int64_t days) {
    const CivilDate c = civil_from_days(days);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string chinese_date(const CivilDate& date) {
    return format_text(str::kDateZhFmt, date.year, date.month, date.day);
}

std::string chinese_date(std::string_view iso) {
    const auto days = days_from_iso(iso);
    return days ? chinese_date(civil_from_days(*days)) : std::string(iso);
}

}  // namespace kiosk::core
