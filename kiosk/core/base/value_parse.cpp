// value_parse.cpp — see value_parse.h.
#include "core/base/value_parse.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "core/base/civil_date.h"
#include "core/base/csv_reader.h"
#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

// Reads 1..max_digits ASCII digits at `pos`; returns -1 if there are none or too many.
int read_digits(std::string_view s, std::size_t& pos, int min_digits, int max_digits) {
    int value = 0, count = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        if (++count > max_digits) return -1;
        value = value * 10 + (s[pos] - '0');
        ++pos;
    }
    return count >= min_digits ? value : -1;
}

bool consume(std::string_view s, std::size_t& pos, std::string_view token) {
    if (s.substr(pos, token.size()) != token) return false;
    pos += token.size();
    return true;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view raw) {
    const std::string folded = nfkc_fold(trim_spaces(raw));
    const std::string_view s = folded;
    std::size_t pos = 0;
    const int y = read_digits(s, pos, 4, 4);
    if (y < 0) return std::nullopt;

    int m = -1, d = -1;
    if (consume(s, pos, "-") || consume(s, pos, "/")) {
        const char sep = s[pos - 1];
        m = read_digits(s, pos, 1, 2);
        if (m < 0 || pos >= s.size() || s[pos] != sep) return std::nullopt;
        ++pos;
        d = read_digits(s, pos, 1, 2);
        if (d < 0 || pos != s.size()) return std::nullopt;
    } else if (consume(s, pos, "年")) {
        m = read_digits(s, pos, 1, 2);
        if (m < 0 || !consume(s, pos, "月")) return std::nullopt;
        d = read_digits(s, pos, 1, 2);
        if (d < 0 || !consume(s, pos, "日") || pos != s.size()) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (y < 1900 || y > 2199 || !is_valid_civil(y, m, d)) return std::nullopt;
    return iso_from_days(days_from_civil(y, m, d));
}

std::optional<long long> parse_integer(std::string_view raw) {
    const std::string s = nfkc_fold(trim_spaces(raw));
    if (s.empty()) return std::nullopt;
    std::size_t pos = 0;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        pos = 1;
    }
    if (pos >= s.size()) return std::nullopt;
    long long value = 0;
    for (; pos < s.size(); ++pos) {
        if (s[pos] < '0' || s[pos] > '9') return std::nullopt;
        if (value > (9'000'000'000'000'000'000LL - 9) / 10) return std::nullopt;
        value = value * 10 + (s[pos] - '0');
    }
    return negative ? -value : value;
}

std::optional<double> parse_number(std::string_view raw) {
    const std::string s = nfkc_fold(trim_spaces(raw));
    // Grammar: [+-]? digits ('.' digits)?  — checked by hand so strtod's hex, "inf" and exponents cannot slip in.
    std::size_t pos = 0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
    std::size_t int_digits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++int_digits;
    if (int_digits == 0) return std::nullopt;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        std::size_t frac_digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++frac_digits;
        if (frac_digits == 0) return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    errno = 0;
    const double v = std::strtod(s.c_str(), nullptr);
    if (errno != 0 || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<Validity> parse_validity(std::string_view raw) {
    const std::string_view s = trim_spaces(raw);
    if (s == "有效") return Validity::Valid;
    if (s == "失效") return Validity::Expired;
    if (s == "废止") return Validity::Repealed;
    return std::nullopt;
}

std::optional<DayKind> parse_day_kind(std::string_view raw) {
    const std::string_view s = trim_spaces(raw);
    if (s == "休") return DayKind::Holiday;
    if (s == "班") return DayKind::AdjustedWorkday;
    return std::nullopt;
}

std::optional<bool> parse_yes_no(std::string_view raw) {
    const std::string_view s = trim_spaces(raw);
    if (s == "是") return true;
    if (s == "否") return false;
    return std::nullopt;
}

bool is_one_of(std::string_view raw, const std::vector<std::string_view>& allowed) {
    const std::string_view s = trim_spaces(raw);
    for (const auto a : allowed) {
        if (s == a) return true;
    }
    return false;
}

std::vector<std::string> split_list(std::string_view s, bool keep_empty) {
    std::vector<std::string> items;
    std::size_t start = 0, pos = 0;
    auto flush = [&](std::size_t end) {
        const std::string_view item = trim_spaces(s.substr(start, end - start));
        if (!item.empty() || keep_empty) items.emplace_back(item);
    };
    while (pos < s.size()) {
        if (s[pos] == ';') {
            flush(pos);
            start = pos = pos + 1;
        } else if (s.substr(pos, 3) == "；") {
            flush(pos);
            start = pos = pos + 3;
        } else {
            ++pos;
        }
    }
    flush(s.size());
    return items;
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += "；";
        out += items[i];
    }
    return out;
}

std::string normalize_doc_no(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {
        {"[", "]"}, {"(", ")"}, {"（", "）"}, {"【", "】"}, {"［", "］"}, {"〔", "〕"}, {"﹝", "﹞"},
    };
    std::string out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        bool replaced = false;
        for (const auto& [open, close] : kBrackets) {
            if (s.substr(pos, open.size()) != open) continue;
            const std::size_t digits_at = pos + open.size();
            const std::string_view year = s.substr(digits_at, 4);
            bool four_digits = year.size() == 4;
            for (const char c : year) four_digits = four_digits && c >= '0' && c <= '9';
            if (four_digits && s.substr(digits_at + 4, close.size()) == close) {
                out += "〔";
                out += year;
                out += "〕";
                pos = digits_at + 4 + close.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) out.push_back(s[pos++]);
    }
    return out;
}

}  // namespace kiosk::core
