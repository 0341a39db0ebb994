// make_usage_history.cpp — writes five months of made-up but plausible usage figures into DATA/usage.db, through
// core::UsageLog itself, for the tests that show them: the staff screen's 使用情况 page (tests/staff_stats.sh) and
// kioskctl stats (tests/CMakeLists.txt, tools.stats_csv). Deterministic: month k (0 = the oldest of the five before
// LAST_MONTH) has the figures the formulas below give, so a test can name the numbers it expects.
//
//   make_usage_history DATA_DIR LAST_MONTH      e.g. make_usage_history build/test-data/x 2026-11
//
// LAST_MONTH itself gets a few searches on its first days (the words staff see for "this month").
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/base/data_dir.h"
#include "core/operation/usage_log.h"

using namespace kiosk::core;

namespace {

void repeat(int times, const auto& record) {
    for (int i = 0; i < times; ++i) record(i);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || !is_usage_month(argv[2])) {
        std::fprintf(stderr, "usage: make_usage_history DATA_DIR LAST_MONTH(YYYY-MM)\n");
        return 2;
    }
    std::filesystem::create_directories(argv[1]);
    std::string error;
    auto log = UsageLog::open(usage_db_in(argv[1]), &error);
    if (!log) {
        std::fprintf(stderr, "make_usage_history: %s\n", error.c_str());
        return 1;
    }
    const std::string last = argv[2];
    for (int k = 0; k < 5; ++k) {
        const std::string month = add_months(last, k - 5);
        // Spread over the month's days, as real use would be.
        auto day = [&](int i) { return month + "-" + (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1); };
        const char* screens[] = {"home", "catalog", "document", "guides", "guide", "fees", "notices", "search"};
        repeat(300 + 80 * k, [&](int i) { log->record_screen(screens[i % 8], day(i)); });
        repeat(90 + 25 * k, [&](int i) { log->record_document(1 + i % 17, day(i)); });
        repeat(40 + 10 * k, [&](int i) { log->record_search(i % 3 ? "dibao" : "gaoling", 3, day(i)); });
        repeat(6 + k, [&](int i) { log->record_search("yibao", 0, day(i)); });
        repeat(2 + k % 3, [&](int i) { log->record_event(UsageEvent::ApplicationSubmitted, day(i)); });
        log->record_event(UsageEvent::UpdateApplied, day(3));
        if (k == 2) log->record_event(UsageEvent::UpdateRolledBack, day(4));
    }
    // This month so far: the words staff are to see, the ones found and the ones that found nothing.
    auto early = [&](int i) { return last + "-0" + std::to_string(1 + i % 9); };
    repeat(12, [&](int i) { log->record_search("dibao", 5, early(i)); });
    repeat(7, [&](int i) { log->record_search("gaoling", 2, early(i)); });
    repeat(4, [&](int i) { log->record_search("jiehun", 1, early(i)); });
    repeat(6, [&](int i) { log->record_search("yibao", 0, early(i)); });
    repeat(3, [&](int i) { log->record_search("shebaoka", 0, early(i)); });
    repeat(2, [&](int i) { log->record_search("kuaidi", 0, early(i)); });
    repeat(150, [&](int i) { log->record_screen(i % 2 ? "catalog" : "home", early(i)); });
    repeat(40, [&](int i) { log->record_document(1 + i % 5, early(i)); });
    log->record_event(UsageEvent::ApplicationSubmitted, early(2));
    std::printf("%s\n", usage_db_in(argv[1]).c_str());
    return 0;
}
