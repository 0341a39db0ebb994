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
// The finger-sized chip in the bottom bar of the public screens, between 字号 and 长辈模式, when model.badge.
// Its own small ImGui window on top, so it takes touches only where it is. `elder_mode`: the public screens'
// current look (the bar's buttons are wider then).
StaffAction draw_staff_badge(Ui& ui, const StaffModel& model, bool elder_mode);
// The home screen's banner (office name and clock), where a long press opens the PIN pad: its bottom edge.
float home_banner_bottom(const Ui& ui);

}  // namespace kiosk::ui
