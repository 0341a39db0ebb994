// controller.h — applies screen actions to the model through core queries; the only UI code that sees ContentStore.
#pragma once

#include <string>

#include "core/content_store.h"
#include "ui/app_model.h"

namespace kiosk::ui {

class Controller {
public:
    explicit Controller(const core::ContentStore& store) : store_(store) {}
    // Fills what every screen needs at start: office, lists, the disclosure guide. `today` is YYYY-MM-DD.
    void load(AppModel& model, const std::string& today);
    void apply(const Action& action, AppModel& model);
    // Back to the home screen with every filter cleared: the next visitor starts fresh.
    void reset(AppModel& model);

private:
    void navigate(AppModel& model, Route route, bool push);
    void reload_catalog_page(AppModel& model);
    const core::ContentStore& store_;
};

}  // namespace kiosk::ui
