// kioskctl stats' text (core/operation/usage_report.h): the CSV rows and the plain table, from figures written just before.
#include <catch2/catch.hpp>

#include "core/operation/usage_log.h"
#include "core/operation/usage_report.h"
#include "test_support.h"

using namespace kiosk::core;

namespace {

std::unique_ptr<UsageLog> log_with_figures(const test_support::TempDir& dir) {
    std::string error;
    auto log = UsageLog::open((dir / "usage.db").string(), &error);
    REQUIRE(log);
    for (int i = 0; i < 3; ++i) log->record_screen("home", "2026-10-0" + std::to_string(i + 1));
    log->record_document(4, "2026-10-02");
    log->record_search("dibao", 2, "2026-10-02");
    log->record_search("dibao", 2, "2026-11-02");
    log->record_search("yibao", 0, "2026-11-03");
    log->record_search("=1+1", 0, "2026-11-03");  // typed by the public: must not become a formula
    log->record_event(UsageEvent::ApplicationSubmitted, "2026-11-04");
    log->record_event(UsageEvent::UpdateApplied, "2026-11-05");
    log->record_event(UsageEvent::UpdateRolledBack, "2026-11-06");
    return log;
}

}  // namespace

TEST_CASE("stats CSV: a row per month with every figure, then the words tables", "[usage]") {
    test_support::TempDir dir;
    const auto log = log_with_figures(dir);
    const std::string csv = usage_report_csv(build_usage_report(*log, "2026-09", 3, false, 10));
    CHECK(csv ==
          "月份,浏览页面,打开文件,检索,检索无结果,提交申请,内容更新,内容回退\n"
          "2026-09,0,0,0,0,0,0,0\n"
          "2026-10,3,1,1,0,0,0,0\n"
          "2026-11,0,0,3,2,1,1,1\n");
    const std::string with_words = usage_report_csv(build_usage_report(*log, "2026-11", 1, true, 10));
    CHECK(with_words.find("检索最多的词,检索次数,其中无结果\n") != std::string::npos);
    // November's words only: dibao once in November (its October search is outside the period).
    CHECK(with_words.find("\ndibao,1,0\n") != std::string::npos);
    // Equal counts: in the words' order ('=' sorts before letters).
    CHECK(with_words.find("没有找到结果的词,无结果次数,检索次数\n'=1+1,1,1\nyibao,1,1\n") != std::string::npos);
}

TEST_CASE("stats table: aligned columns, a total row, the words below", "[usage]") {
    test_support::TempDir dir;
    const auto log = log_with_figures(dir);
    const std::string table = usage_report_table(build_usage_report(*log, "2026-10", 2, true, 10));
    CHECK(table.find("2026-10 — 2026-11") != std::string::npos);
    CHECK(table.find("合计") != std::string::npos);
    // The total row adds the months: 3 screens, 1 document, 3 searches (…), 1 rollback.
    const auto total_at = table.find("合计");
    const std::string total_line = table.substr(total_at, table.find('\n', total_at) - total_at);
    CHECK(total_line.find("  3  ") != std::string::npos);
    CHECK(total_line.back() == '1');
    CHECK(table.find("yibao") != std::string::npos);
    // Every month line is as wide as the header line (columns line up, Chinese counted as two).
    std::vector<std::string> lines;
    for (std::size_t at = 0, next; (next = table.find('\n', at)) != std::string::npos; at = next + 1)
        lines.push_back(table.substr(at, next - at));
    REQUIRE(lines.size() > 5);
    CHECK(lines[2].rfind("月份", 0) == 0);
    const auto cjk_width = [](const std::string& s) {
        int w = 0;
        for (std::size_t i = 0; i < s.size();) {
            const auto c = static_cast<unsigned char>(s[i]);
            const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            w += len >= 3 ? 2 : 1;
            i += len;
        }
        return w;
    };
    CHECK(cjk_width(lines[3]) == cjk_width(lines[2]));
    CHECK(cjk_width(lines[5]) == cjk_width(lines[2]));  // the total row
}
