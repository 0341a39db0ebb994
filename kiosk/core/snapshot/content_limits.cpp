// content_limits.cpp — see content_limits.h. The C++ measure and the SQL measure of each rule sit side by side here.
#include "core/snapshot/content_limits.h"

#include "core/base/utf8.h"

namespace kiosk::core {

LimitBreach check_limit(const ContentLimit& limit, std::string_view value) {
    if (limit.measure == LimitMeasure::Count) return LimitBreach::None;
    // SQL: length(CAST(x AS BLOB)) or, for a BLOB, length(x): bytes either way.
    if (static_cast<long long>(value.size()) > limit.max) return LimitBreach::TooLong;
    switch (limit.chars) {
        case LimitChars::Any:
            break;
        case LimitChars::OneLine:
            for (std::size_t i = 0; i < value.size();) {
                const char32_t c = next_code_point(value, i);
                if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return LimitBreach::BadCharacter;
            }
            break;
        case LimitChars::FileName:
            if (!value.empty() && value.front() == '.') return LimitBreach::BadCharacter;
            if (value.find("..") != std::string_view::npos) return LimitBreach::BadCharacter;
            for (const char c : value) {
                if (static_cast<unsigned char>(c) < 0x20) return LimitBreach::BadCharacter;
            }
            break;
    }
    return LimitBreach::None;
}

std::string limit_violation_sql(const ContentLimit& limit) {
    const std::string column = limit.column;
    if (limit.measure == LimitMeasure::Count) {
        // count_breaks_limit(): the count over the rows the limit applies to. A subquery, not HAVING without GROUP BY,
        // which SQLite accepts only since 3.39.
        const std::string count = "count(DISTINCT " + column + ")";
        const std::string where = *limit.rows ? std::string(" WHERE ") + limit.rows : "";
        return "SELECT '" + std::string(limit.table) + "." + column + ": ' || n || ' distinct values (limit " +
               std::to_string(limit.max) + ")' FROM (SELECT " + count + " AS n FROM " + limit.table + where +
               ") WHERE n > " + std::to_string(limit.max);
    }
    const std::string size =
        limit.measure == LimitMeasure::BlobBytes ? "length(" + column + ")" : "length(CAST(" + column + " AS BLOB))";
    const std::string max = std::to_string(limit.max);
    // A NUL byte is found in the bytes: GLOB stops reading text at one.
    const std::string nul = "instr(CAST(" + column + " AS BLOB), x'00')";
    std::string broken = size + " > " + max;
    std::string rule;
    switch (limit.chars) {
        case LimitChars::Any:
            break;
        case LimitChars::OneLine:
            broken += " OR " + nul + " OR " + column +
                      " GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'";
            rule = ", one line without control characters";
            break;
        case LimitChars::FileName:
            broken += " OR substr(" + column + ", 1, 1) = '.' OR instr(" + column + ", '..') OR " + nul + " OR " +
                      column + " GLOB '*[' || char(1) || '-' || char(31) || ']*'";
            rule = ", a file name without a leading dot, two dots in a row or control characters";
            break;
    }
    const std::string rows = *limit.rows ? std::string(limit.rows) + " AND (" + broken + ")" : broken;
    return "SELECT '" + std::string(limit.table) + "." + column + " of row ' || rowid || ': ' || " + size +
           " || ' bytes (limit " + max + " bytes" + rule + ")' FROM " + limit.table + " WHERE " + rows + " LIMIT 1";
}

}  // namespace kiosk::core
