// staff_controller_usage.cpp — StaffController's 使用情况 page: reads the usage figures into the model.
//
// Its own file so the staff flow (staff_controller.cpp) stays about updates; the screen (staff_stats_screen.cpp)
// only draws what this puts in StaffModel and never touches the database.
#include "ui/staff/staff_controller.h"

#include <cstdio>

#include "core/base/text_format.h"

namespace kiosk::ui {

namespace {
constexpr int kUsageMonths = 6;
constexpr int kUsageWords = 8;
}  // namespace

void StaffController::load_usage(long long wall_seconds) {
    model_.usage_available = false;
    model_.usage_months.clear();
    model_.usage_top_searches.clear();
    model_.usage_not_found.clear();
    if (!usage_) return;
    const std::string today = core::local_iso_date(wall_seconds);
    const std::string this_month = today.substr(0, 7);
    try {
        model_.usage_months = usage_->monthly(core::add_months(this_month, -(kUsageMonths - 1)), kUsageMonths);
        model_.usage_top_searches = usage_->top_queries(this_month + "-01", kUsageWords, false);
        model_.usage_not_found = usage_->top_queries(this_month + "-01", kUsageWords, true);
        model_.usage_available = true;
    } catch (const std::exception& e) {
        // The page says the figures cannot be shown; nothing else is affected.
        std::fprintf(stderr, "kiosk: usage figures cannot be read: %s\n", e.what());
    }
}

}  // namespace kiosk::ui
