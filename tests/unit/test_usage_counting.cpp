// How the kiosk counts its use: ui::Controller files screens viewed, documents opened and submitted
// applications in core::UsageLog under the current day — what a visitor asked for, never the idle reset's way home.
// Expected counts follow from the actions each test takes, on a snapshot of tests/fixtures/pack_minimal.
#include <catch2/catch.hpp>

#include "controller_fixture.h"
#include "core/updates/signing.h"
#include "core/base/strings_zh.h"
#include "core/operation/usage_log.h"
#include "test_support.h"
#include "ui/controller.h"

using namespace kiosk;
using test_support::TempDir;

namespace {

struct Kiosk : test_support::ControllerKiosk {
    Kiosk() : ControllerKiosk(true) {}
    int views(const std::string& screen, const std::string& day = "2026-11-24") const {
        for (const auto& v : usage->screen_views(day, day))
            if (v.item == screen) return v.count;
        return 0;
    }
};

}  // namespace

TEST_CASE("screens and documents a visitor opens are counted — the idle reset's way home is not", "[usage]") {
    Kiosk k;
    auto& c = *k.controller;
    c.apply(ui::Action::go(ui::Screen::Catalog), k.model);
    REQUIRE_FALSE(k.model.catalog.items.empty());
    const std::int64_t id = k.model.catalog.items.front().id;
    c.apply(ui::Action::open_document(id), k.model);
    c.apply(ui::Action::back(), k.model);  // the catalog again: seen twice
    c.apply(ui::Action::home(), k.model);
    c.apply(ui::Action::go(ui::Screen::Notices), k.model);
    c.reset_for_next_visitor(k.model);  // home by itself: nobody asked for it
    CHECK(k.model.route.screen == ui::Screen::Home);

    CHECK(k.views("catalog") == 2);
    CHECK(k.views("document") == 1);
    CHECK(k.views("home") == 1);
    CHECK(k.views("notices") == 1);
    const auto docs = k.usage->top_documents("2026-11-24", "2026-11-24", 5);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].item == std::to_string(id));
    CHECK(docs[0].count == 1);
    const auto month = k.usage->monthly("2026-11", 1);
    CHECK(month[0].screens_viewed == 5);
    CHECK(month[0].documents_opened == 1);
}

TEST_CASE("counts go under the day it is now, not the day the kiosk started", "[usage]") {
    Kiosk k;
    k.controller->apply(ui::Action::go(ui::Screen::Fees), k.model);
    k.controller->set_today("2026-12-01", k.model);
    k.controller->apply(ui::Action::go(ui::Screen::Guides), k.model);
    CHECK(k.views("fees", "2026-11-24") == 1);
    CHECK(k.views("guides", "2026-11-24") == 0);
    CHECK(k.views("guides", "2026-12-01") == 1);
}

TEST_CASE("a submitted application is counted once, as a number — a refused one is not", "[usage]") {
    Kiosk k;
    std::string error;
    const std::string office_pub = (k.dir / "office.pub").string();
    REQUIRE(core::generate_office_key_files((k.dir / "office.key").string(), office_pub, &error));
    ui::ApplySetup setup{k.dir.path().string(), office_pub, "CY01", ""};
    auto& c = *k.controller;
    // A disk with less free space than the form needs (here: a threshold above any disk): the form opens saying it
    // cannot take applications, before anyone types.
    setup.min_free_bytes = std::uint64_t{1} << 62;
    c.set_apply_setup(setup);
    c.apply(ui::Action::apply(ui::ApplyOp::Start), k.model);
    CHECK_FALSE(k.model.apply.can_accept);
    setup.min_free_bytes = 0;
    c.set_apply_setup(setup);
    c.apply(ui::Action::apply(ui::ApplyOp::Start), k.model);
    CHECK(k.model.apply.can_accept);
    REQUIRE(k.model.route.screen == ui::Screen::Apply);
    const long long now = 1795483800;  // 2026-11-24
    // Nothing filled in: the form says what is missing and nothing is stored or counted.
    c.apply(ui::Action::apply(ui::ApplyOp::Submit, now), k.model);
    CHECK_FALSE(k.model.apply.receipt);
    CHECK(k.usage->monthly("2026-11", 1)[0].applications_submitted == 0);

    core::Application& a = k.model.apply.draft;
    a.kind = core::ApplicantKind::Citizen;
    a.name = "刘䶮";
    a.id_number = "11010519491231002X";
    a.phone = "13912345678";
    a.address = "安澜县石桥镇杨柳村三组12号";
    a.info_name = "2026年城乡低保标准";
    a.info_description = "想了解今年低保标准";
    a.form = core::ProvideForm::Paper;
    a.delivery = core::Delivery::Pickup;
    a.signature = {{100, 100, false}, {200, 150, false}, {300, 120, true}};
    // The disk fills while the form is open: 提交申请 stores nothing, says why, and keeps what was typed.
    setup.min_free_bytes = std::uint64_t{1} << 62;
    c.set_apply_setup(setup);
    c.apply(ui::Action::apply(ui::ApplyOp::Submit, now), k.model);
    CHECK_FALSE(k.model.apply.receipt);
    CHECK(k.model.apply.notice == std::string(str::kApplyDiskFull));
    CHECK(k.model.apply.draft.name == "刘䶮");
    CHECK(k.usage->monthly("2026-11", 1)[0].applications_submitted == 0);
    setup.min_free_bytes = 0;  // staff made room
    c.set_apply_setup(setup);
    c.apply(ui::Action::apply(ui::ApplyOp::Submit, now), k.model);
    REQUIRE(k.model.apply.receipt);
    CHECK(k.usage->monthly("2026-11", 1)[0].applications_submitted == 1);
}
