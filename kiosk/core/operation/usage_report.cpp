// usage_report.cpp — see usage_report.h.
#include "core/operation/usage_report.h"

#include <algorithm>
#include <cstdio>

#include "core/base/utf8.h"
#include "core/base/csv_writer.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

int display_width(const std::string& s) { return static_cast<int>(terminal_columns(s)); }

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

std::string usage_report_csv(const UsageReport& r) {
    std::string out = std::string(str::kStatsCsvHeader) + "\n";
    for (const MonthFigures& m : r.months) {
        std::vector<std::string> cells = {m.month};
        for (const int n : row_of(m)) cells.push_back(std::to_string(n));
        out += csv_row(cells, "\n");
    }
    if (!r.with_searches) return out;
    // Further tables below the months, each after a blank line and with its own header row.
    out += "\n" + std::string(str::kStatsCsvTopHeader) + "\n";
    for (const QueryCount& q : r.top)
        out += csv_row({q.query, std::to_string(q.searches), std::to_string(q.without_results)}, "\n");
    out += "\n" + std::string(str::kStatsCsvNotFoundHeader) + "\n";
    for (const QueryCount& q : r.not_found)
        out += csv_row({q.query, std::to_string(q.without_results), std::to_string(q.searches)}, "\n");
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
