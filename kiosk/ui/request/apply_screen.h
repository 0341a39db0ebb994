// apply_screen.h — the request form's overlay that KioskApp draws over everything: the privacy countdown.
#pragma once

#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// After 60 s without a touch on the form: "还在吗？", the seconds left before everything typed is wiped, and a big
// 继续填写. Covers the screen (a tap anywhere continues). Returns true when tapped.
bool draw_still_there(Ui& ui, int seconds_left);

}  // namespace kiosk::ui
