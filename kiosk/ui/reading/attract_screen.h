// attract_screen.h — what an idle kiosk shows after the idle reset, until someone touches it.
//
// A kiosk standing in a hall should say from across the room what it is and what is new: the office's name, the
// clock and date, the newest announcements from the content, large, and a plain "点击屏幕开始" for people who have
// never used a touchscreen. It is drawn in the 长辈模式 look (high contrast, the largest text) because whoever walks
// up first may not see well.
//
// It never animates: with more announcements than fit, it changes page every kAttractPageMs and the platform sleeps
// in between (KioskApp::next_wake_ms), so an idle kiosk costs next to no CPU. The first touch anywhere leaves it for
// the home screen and clicks nothing: it answers on the press, and the screen below was not there to be pressed.
#pragma once

#include "ui/app_model.h"
#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// How long each page of announcements stays before the next.
inline constexpr double kAttractPageMs = 10'000;
// The newest announcements shown at most; the rest are one tap away on 通知公告.
inline constexpr int kAttractMaxNotices = 6;

// Draws the whole window. `shown_for_ms`: how long it has been up (which page is shown). Sets *pages to how many
// pages the announcements take at this size. Returns Action::home() on the first touch.
Action draw_attract(Ui& ui, const AppModel& model, double shown_for_ms, int* pages);

}  // namespace kiosk::ui
