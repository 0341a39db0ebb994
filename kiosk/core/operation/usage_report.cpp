// usage_report.cpp — see usage_report.h.
#include "core/operation/usage_report.h"

#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

// Columns a string takes in a terminal: Chinese characters and full-width forms take two.
int display_width(const std::string& s) {
    int w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        w += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                               (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                               (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000))
                 ? 2
                 : 1;
        i += len;
    }
    return w;
}

std::string pad_left(const std::string& s, int width) {
    const int w = display_width(s);
    return w >= width ? s : std::string(static_cast<std::size_t>(width - w), ' ') + s;
}

std::string pad_right(const std::string& s, int width) {
    const int w = display_width(s);
    return w >= width ? s : s + std::string(static_cast<std::size_t>(width - w), ' ');
}

// The figures of one month in the columns' order (kStatsCsvHeader).
std::vector<int> row_of(const MonthFigures& m) {
    return {m.screens_viewed,          m.documents_opened, m.searches,          m.searches_without_results,
            m.applications_submitted, m.updates_applied,  m.updates_rolled_back};
}

std::vector<std::string> split_header(const char* header) {
    std::vector<std::string> out;
    std::string cell;
    for (const char* p = header; *p; ++p) {
        if (*p == ',') { out.push_back(cell); cell.clear(); }
        else cell += *p;
    }
    out.push_back(cell);
    return out;
}

std::string period(const UsageReport& r) {
    if (r.months.empty()) return "";
    return r.months.front().month + " — " + r.months.back().month;
}

}  // namespace

UsageReport build_usage_report(const UsageLog& log, const std::string& first_month, int months, bool searches,
                               int limit) {
    UsageReport r;
    r.months = log.monthly(first_month, months);
    r.with_searches = searches;
    if (searches && !r.months.empty()) {
        const std::string from = r.months.front().month + "-01", to = r.months.back().month + "-31";
        r.top = log.top_queries(from, limit, false, to);
        r.not_found = log.top_queries(from, limit, true, to);
    }
    return r;
}

std::string csv_field(const std::string& s) {
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string quoted = "\"";
    for (const char c : v) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string usage_report_csv(const UsageReport& r) {
    std::string out = std::string(str::kStatsCsvHeader) + "\n";
    for (const MonthFigures& m : r.months) {
        out += m.month;
        for (const int n : row_of(m)) out += "," + std::to_string(n);
        out += "\n";
    }
    if (!r.with_searches) return out;
    // Further tables below the months, each after a blank line and with its own header row.
    out += "\n" + std::string(str::kStatsCsvTopHeader) + "\n";
    for (const QueryCount& q : r.top)
        out += csv_field(q.query) + "," + std::to_string(q.searches) + "," + std::to_string(q.without_results) + "\n";
    out += "\n" + std::string(str::kStatsCsvNotFoundHeader) + "\n";
    for (const QueryCount& q : r.not_found)
        out += csv_field(q.query) + "," + std::to_string(q.without_results) + "," + std::to_string(q.searches) + "\n";
    return out;
}

std::string usage_report_table(const UsageReport& r) {
    const std::vector<std::string> header = split_header(str::kStatsCsvHeader);
    std::vector<int> widths;
    for (const std::string& h : header) widths.push_back(std::max(display_width(h), 7));
    widths[0] = std::max(widths[0], 8);
    std::string out = format_text("%s %s\n\n", str::kStatsTableTitle, period(r).c_str());
    for (std::size_t c = 0; c < header.size(); ++c)
        out += (c == 0 ? pad_right(header[c], widths[c]) : "  " + pad_left(header[c], widths[c]));
    out += "\n";
    std::vector<int> total(header.size() - 1, 0);
    auto add_row = [&](const std::string& label, const std::vector<int>& figures) {
        out += pad_right(label, widths[0]);
        for (std::size_t c = 0; c < figures.size(); ++c)
            out += "  " + pad_left(std::to_string(figures[c]), widths[c + 1]);
        out += "\n";
    };
    for (const MonthFigures& m : r.months) {
        const std::vector<int> row = row_of(m);
        for (std::size_t c = 0; c < row.size(); ++c) total[c] += row[c];
        add_row(m.month, row);
    }
    add_row(str::kStatsTableTotal, total);
    if (!r.with_searches) return out;
    auto add_words = [&](const char* title, const std::vector<QueryCount>& words, bool not_found) {
        out += format_text("\n%s\n", title);
        if (words.empty()) out += std::string("  ") + str::kStatsTableNone + "\n";
        for (const QueryCount& q : words)
            out += "  " + pad_left(std::to_string(not_found ? q.without_results : q.searches), 6) + "  " + q.query +
                   "\n";
    };
    add_words(str::kStatsTableTop, r.top, false);
    add_words(str::kStatsTableNotFound, r.not_found, true);
    return out;
}

}  // namespace kiosk::core
