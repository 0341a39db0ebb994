// controller_fixture.h — a kiosk without pixels for tests: the snapshot of tests/fixtures/pack_minimal, a
// ui::Controller over it (with a usage log when asked) and the model its screens would read, loaded on a fixed day.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "core/content/content_store.h"
#include "core/operation/usage_log.h"
#include "core/pack/pack.h"
#include "test_support.h"
#include "ui/controller.h"

namespace test_support {

struct ControllerKiosk {
    TempDir dir;
    std::unique_ptr<kiosk::core::ContentStore> store;
    std::unique_ptr<kiosk::core::UsageLog> usage;
    std::unique_ptr<kiosk::ui::Controller> controller;
    kiosk::ui::AppModel model;

    explicit ControllerKiosk(bool with_usage = false) {
        const std::string snapshot = (dir / "minimal.db").string();
        const kiosk::core::PackResult r = kiosk::core::pack_content({fixture("pack_minimal"), snapshot, "2024.06", "", ""});
        if (!r.ok) throw std::runtime_error("fixture did not pack");
        store = kiosk::core::ContentStore::open(snapshot);
        if (with_usage) {
            std::string error;
            usage = kiosk::core::UsageLog::open((dir / "usage.db").string(), &error);
            if (!usage) throw std::runtime_error(error);
        }
        controller = std::make_unique<kiosk::ui::Controller>(*store, usage.get());
        controller->load(model, "2026-11-24");
    }
    void act(const kiosk::ui::Action& a) { controller->apply(a, model); }
};

}  // namespace test_support
