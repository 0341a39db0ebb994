// apply_screen.h — the overlays KioskApp draws over everything: the privacy countdown and the form's 要放弃吗 question.
#pragma once

#include "ui/app_model.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// After 60 s without a touch on the form: "还在吗？", the seconds left before everything typed is wiped, and a big
// 继续填写. Covers the screen (a tap anywhere continues). Returns true when tapped. `on_form` false: the same
// question over a page being read, with 继续阅读 (the kiosk goes home when the seconds run out).
bool draw_still_there(Ui& ui, int seconds_left, bool on_form = true);

// 要放弃这份申请吗？ over everything, after 返回 or 首页 on a form with something typed (ApplyView::leave_ask): a big
// 继续填写 (also a tap beside the question) and 放弃. Returns KeepFilling, Abandon, or nothing.
Action draw_leave_form(Ui& ui);

}  // namespace kiosk::ui
