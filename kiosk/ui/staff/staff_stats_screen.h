// staff_stats_screen.h — the staff screen's 使用情况 page: how the kiosk was used, month by month, and what people
// searched for this month, above all what they searched for and did not find.
//
// Drawn from StaffModel only (StaffController::load_usage fills it from core::UsageLog); bar charts straight on
// ImGui's draw list, one small chart per figure for the last 6 months, so a change stands out without reading
// numbers (every bar still carries its number, for the monthly report).
#pragma once

#include "ui/screens.h"
#include "ui/staff/staff_model.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// The big 使用情况 button on the staff main page, at the cursor, `width` wide. ShowUsage when tapped.
StaffAction draw_usage_entry(Ui& ui, float width);
// The page inside `area` (below the staff header). 返回 is Dismiss: back to the main page.
StaffAction draw_staff_stats(Ui& ui, const StaffModel& m, Area area);

}  // namespace kiosk::ui
