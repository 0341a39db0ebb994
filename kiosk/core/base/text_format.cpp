// text_format.cpp — see text_format.h.
#include "core/base/text_format.h"

#include <cstdlib>
#include <ctime>

#include <cstdarg>
#include <cstdio>

namespace kiosk::core {

std::string format_text(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    va_list copy;
    va_copy(copy, args);
    const int n = std::vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    std::string out;
    if (n > 0) {
        out.resize(static_cast<std::size_t>(n));
        std::vsnprintf(out.data(), out.size() + 1, fmt, args);
    }
    va_end(args);
    return out;
}

std::string format_time(long long t, const char* fmt, bool utc) {
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    if (utc) gmtime_r(&tt, &tm);
    else localtime_r(&tt, &tm);
    char buf[64];
    const std::size_t n = std::strftime(buf, sizeof buf, fmt, &tm);
    return std::string(buf, n);
}

std::string local_iso_date(long long t) { return format_time(t, "%Y-%m-%d"); }

std::string format_now(const char* fmt, bool utc) { return format_time(static_cast<long long>(std::time(nullptr)), fmt, utc); }

long long build_time_now() {
    if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) {
        char* end = nullptr;
        const long long t = std::strtoll(e, &end, 10);
        if (end && *end == '\0' && t >= 0) return t;
    }
    return static_cast<long long>(std::time(nullptr));
}

std::string json_quoted(std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

}  // namespace kiosk::core
