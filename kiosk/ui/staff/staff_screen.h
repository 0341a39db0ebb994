// staff_screen.h — the staff screens (PIN pad, content update) and the badge on the public screens.
//
// They draw StaffModel and return a StaffAction, like the public screens; they never call core.
#pragma once

#include "ui/screens.h"
#include "ui/staff/staff_model.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// The whole window while staff mode is open (its own ImGui window, covering the public screens).
StaffAction draw_staff(Ui& ui, const StaffModel& model);
// The PIN pad inside `area` (pin_pad.cpp).
StaffAction draw_pin_pad(Ui& ui, const StaffModel& model, Area area);
// The finger-sized chip on the public screens when model.badge: in the place the bottom bar keeps for it
// (ui/kit/access_bar.h), with the longest of its words that fit there. Its own small ImGui window on top, so it
// takes touches only where it is.
StaffAction draw_staff_badge(Ui& ui, const StaffModel& model, Area place);
// The narrowest the chip can be (its shortest words and padding), for the bar to make room; 0 when none is shown.
float staff_badge_min_width(const Ui& ui, const StaffModel& model);
// The home screen's banner (office name and clock), where a long press opens the PIN pad: its bottom edge.
float home_banner_bottom(const Ui& ui);

}  // namespace kiosk::ui
