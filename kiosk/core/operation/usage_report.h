// usage_report.h — the usage figures (core/operation/usage_log.h) laid out for people: CSV for a spreadsheet, a plain table
// for a terminal. kioskctl stats prints them; kept in core so the unit tests check the very text staff get.
//
// The CSV's header row is Chinese, like kioskctl application-stats, because it is opened in WPS or Excel by the
// office. Search words were typed by the public; every cell goes through core/base/csv_writer.h, which quotes it as
// CSV needs and defuses what a spreadsheet would take for a formula.
#pragma once

#include <string>
#include <vector>

#include "core/operation/usage_log.h"

namespace kiosk::core {

struct UsageReport {
    std::vector<MonthFigures> months;   // consecutive, oldest first
    bool with_searches = false;
    std::vector<QueryCount> top;        // the most searched words in those months
    std::vector<QueryCount> not_found;  // the words whose searches found nothing, most often first
};

// `months` months from `first_month` (YYYY-MM); with `searches`, the `limit` most searched words and the `limit`
// most frequent ones without results over the same months. Throws SqliteError if the database cannot be read.
UsageReport build_usage_report(const UsageLog& log, const std::string& first_month, int months, bool searches,
                               int limit);

std::string usage_report_csv(const UsageReport& report);
std::string usage_report_table(const UsageReport& report);

}  // namespace kiosk::core
