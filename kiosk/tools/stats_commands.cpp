// stats_commands.cpp — see stats_commands.h. Thin: parse the line, read through core, print core's report.
#include "tools/stats_commands.h"

#include <cstdio>
#include <ctime>
#include <filesystem>

#include "core/base/data_dir.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/operation/usage_log.h"
#include "core/operation/usage_report.h"
#include "tools/kioskctl_commands.h"

namespace kiosk::tools {

namespace {

// The installed kiosk's data folder (the default of kiosk.conf's data_dir).
constexpr const char* kInstalledDataDir = "/var/lib/disclosure-kiosk";
constexpr int kMaxMonths = 120;

int usage_error(const std::string& what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what.c_str(), str::kKioskctlUsage);
    return kExitUsage;
}

bool parse_count(const std::string& s, int lo, int hi, int* out) {
    if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    const int n = std::stoi(s);
    if (n < lo || n > hi) return false;
    *out = n;
    return true;
}

}  // namespace

int cmd_stats(const std::vector<std::string>& args) {
    std::string data = kInstalledDataDir, from;
    int months = 6, limit = 20;
    bool csv = false, searches = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--csv") csv = true;
        else if (a == "--searches") searches = true;
        else if (a == "--data") {
            if (!has_value) return usage_error("--data needs the kiosk's data folder");
            data = args[++i];
        } else if (a == "--months") {
            if (!has_value || !parse_count(args[++i], 1, kMaxMonths, &months))
                return usage_error(core::format_text("--months needs a number of months from 1 to %d", kMaxMonths));
        } else if (a == "--limit") {
            if (!has_value || !parse_count(args[++i], 1, 1000, &limit))
                return usage_error("--limit needs a number of words from 1 to 1000");
        } else if (a == "--from") {
            if (!has_value || !core::is_usage_month(args[++i]))
                return usage_error("--from needs a month as YYYY-MM, e.g. 2026-06");
            from = args[i];
        } else {
            return usage_error("stats: unknown argument " + a);
        }
    }
    if (from.empty()) {
        const std::string this_month = core::local_iso_date(static_cast<long long>(std::time(nullptr))).substr(0, 7);
        from = core::add_months(this_month, -(months - 1));
    }
    const std::string path = core::usage_db_in(data);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        std::fprintf(stderr, "%s\n%s\n", core::format_text(str::kStatsNoUsageDb.zh, path.c_str()).c_str(),
                     core::format_text(str::kStatsNoUsageDb.en, path.c_str()).c_str());
        return kExitDataError;
    }
    std::string error;
    const auto log = core::UsageLog::open(path, &error);
    if (!log) {
        std::fprintf(stderr, "%s\n%s\n", core::format_text(str::kStatsCannotOpen.zh, error.c_str()).c_str(),
                     core::format_text(str::kStatsCannotOpen.en, error.c_str()).c_str());
        return kExitDataError;
    }
    try {
        const core::UsageReport report = core::build_usage_report(*log, from, months, searches, limit);
        const std::string text = csv ? core::usage_report_csv(report) : core::usage_report_table(report);
        std::fwrite(text.data(), 1, text.size(), stdout);
    } catch (const core::SqliteError& e) {
        std::fprintf(stderr, "%s\n%s\n", core::format_text(str::kStatsCannotOpen.zh, e.what()).c_str(),
                     core::format_text(str::kStatsCannotOpen.en, e.what()).c_str());
        return kExitDataError;
    }
    return kExitOk;
}

}  // namespace kiosk::tools
