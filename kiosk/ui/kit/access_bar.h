// access_bar.h — the reading-comfort bar at the bottom of every screen: text size (标准 / 大 / 特大) and 长辈模式,
// each one tap away wherever the reader is.
#pragma once

#include "ui/app_model.h"
#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

float access_bar_height(const Ui& ui);
Action draw_access_bar(Ui& ui, const AppModel& model, Area area);

}  // namespace kiosk::ui
