// screens.h — one function per screen: draws the model inside `area` and returns what the person asked for.
//
// Screens only read the model and emit an Action; they never query content themselves.
#pragma once

#include <imgui.h>

#include <string>

#include "ui/app_model.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

struct Area {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

Action draw_home(Ui& ui, const AppModel& model, Area area);
Action draw_catalog(Ui& ui, const AppModel& model, Area area);
Action draw_document(Ui& ui, AppModel& model, Area area);  // lays out the body (cached in the model)
Action draw_guides(Ui& ui, const AppModel& model, Area area);
Action draw_guide(Ui& ui, const AppModel& model, Area area);
Action draw_fees(Ui& ui, const AppModel& model, Area area);
Action draw_apply(Ui& ui, const AppModel& model, Area area);
Action draw_disclosure_guide(Ui& ui, AppModel& model, Area area);
Action draw_notices(Ui& ui, const AppModel& model, Area area);
Action draw_search(Ui& ui, const AppModel& model, Area area);
// The search bar on the home screen and above lists: a large button that opens the search screen.
bool search_bar(Ui& ui, const char* id, ImVec2 size);

// Shown instead of the kiosk when no content could be opened: what happened, in plain words, and whom to ask.
void draw_startup_failure(Ui& ui, const std::string& detail);

// The title shown in the top bar for each screen.
const char* screen_title(Screen screen);

}  // namespace kiosk::ui
