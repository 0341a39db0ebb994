// text_format.h — printf-style formatting into std::string, for messages with a number or a name in them.
//
// The message templates live in strings_zh.h as plain C strings (so they are reviewed with every other word of the
// product); this fills them in. Only for our own templates: never pass staff-written text as the format.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::core {

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
std::string format_text(const char* fmt, ...);
// A message from the string table with its arguments; without arguments the text itself, never read as a format
// (so a '%' in it stays, and -Wformat-security has nothing to say).
template <typename... Args>
std::string format_message(const char* text, Args... args) {
    if constexpr (sizeof...(Args) == 0) return text;
    else return format_text(text, args...);
}

// strftime of Unix seconds `t` (local time, or UTC when `utc`), e.g. "%Y-%m-%d %H:%M" for receipts and logs.
// `s` as a JSON string literal, quotes included (control characters escaped; UTF-8 passes through).
std::string json_quoted(std::string_view s);

std::string format_time(long long t, const char* fmt, bool utc = false);
// The same for now.
std::string format_now(const char* fmt, bool utc = false);
// The local calendar date Unix seconds fall on, YYYY-MM-DD: "today" for the form, deadlines and the usage counts.
std::string local_iso_date(long long t);
// The time a build step records (a snapshot's built_at, a bundle's created_at): SOURCE_DATE_EPOCH when set, as
// Debian's reproducible builds set it, else now.
long long build_time_now();

}  // namespace kiosk::core
