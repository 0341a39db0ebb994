// Nothing is lost by one tap or a slow reader: 返回 / 首页 on a request form with something typed ask first
// (ApplyView::leave_ask) and leave only on 放弃; the visit's receipt survives 首页 and the form's restarts but not
// the idle reset; a long page gets the longer idle limit (ui/timeouts.h). On a snapshot of
// tests/fixtures/pack_minimal, through ui::Controller as the screens' actions reach it.
#include <catch2/catch.hpp>

#include "controller_fixture.h"
#include "ui/timeouts.h"

using namespace kiosk;
using test_support::TempDir;

namespace {

struct Kiosk : test_support::ControllerKiosk {
    void op(ui::ApplyOp o, std::int64_t arg = 0, std::string text = {}) { act(ui::Action::apply(o, arg, std::move(text))); }
    void type_name(const std::string& name) {
        op(ui::ApplyOp::EditField, static_cast<int>(core::FormField::Name));
        op(ui::ApplyOp::Type, 0, name);
        op(ui::ApplyOp::DoneEditing);
    }
};

}  // namespace

TEST_CASE("an empty form is left at once by 返回 and 首页", "[apply][leave]") {
    Kiosk k;
    k.act(ui::Action::go(ui::Screen::Apply));
    REQUIRE(k.model.route.screen == ui::Screen::Apply);
    k.act(ui::Action::back());
    CHECK(k.model.route.screen == ui::Screen::Home);
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::None);
    k.act(ui::Action::go(ui::Screen::Apply));
    k.act(ui::Action::home());
    CHECK(k.model.route.screen == ui::Screen::Home);
}

TEST_CASE("返回 on step 1 with a name typed asks: 继续填写 keeps it, 放弃 leaves and wipes", "[apply][leave]") {
    Kiosk k;
    k.act(ui::Action::go(ui::Screen::Catalog));
    k.act(ui::Action::go(ui::Screen::Apply));
    k.type_name("张三");
    k.act(ui::Action::back());
    CHECK(k.model.route.screen == ui::Screen::Apply);
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::Back);
    CHECK(k.model.apply.draft.name == "张三");

    k.op(ui::ApplyOp::KeepFilling);
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::None);
    CHECK(k.model.route.screen == ui::Screen::Apply);
    CHECK(k.model.apply.draft.name == "张三");

    k.act(ui::Action::back());
    k.op(ui::ApplyOp::Abandon);
    CHECK(k.model.route.screen == ui::Screen::Catalog);  // where 返回 leads, not home
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::None);
    CHECK(k.model.apply.draft.name.empty());
}

TEST_CASE("首页 on any step with something typed asks: 放弃 goes home with the draft wiped", "[apply][leave]") {
    Kiosk k;
    k.act(ui::Action::go(ui::Screen::Apply));
    k.type_name("李四");
    k.model.apply.step = ui::ApplyStep::Info;  // a later step: 首页 asks there too
    k.act(ui::Action::home());
    CHECK(k.model.route.screen == ui::Screen::Apply);
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::Home);
    k.op(ui::ApplyOp::Abandon);
    CHECK(k.model.route.screen == ui::Screen::Home);
    CHECK(k.model.apply.draft.name.empty());
}

TEST_CASE("a signature alone counts as something typed", "[apply][leave]") {
    Kiosk k;
    k.act(ui::Action::go(ui::Screen::Apply));
    k.op(ui::ApplyOp::SignPoint, 500 * 10000 + 500);
    k.act(ui::Action::home());
    CHECK(k.model.apply.leave_ask == ui::LeaveAsk::Home);
}

TEST_CASE("the visit's receipt survives 返回, 首页 and a new form, and not the idle reset", "[apply][receipt]") {
    Kiosk k;
    k.act(ui::Action::go(ui::Screen::Apply));
    core::Receipt r;
    r.number = "CY01-20261124-0017";
    // As submit leaves it (submitting needs an office key; test_application.cpp covers the store).
    k.model.apply.visit_receipt = r;
    k.model.apply.receipt = r;
    k.model.apply.step = ui::ApplyStep::Receipt;

    // 返回 from the receipt: the form's start, where 再看一次回执 brings it back.
    k.act(ui::Action::back());
    CHECK(k.model.route.screen == ui::Screen::Apply);
    CHECK(k.model.apply.step == ui::ApplyStep::Applicant);
    CHECK_FALSE(k.model.apply.receipt);
    REQUIRE(k.model.apply.visit_receipt);
    k.op(ui::ApplyOp::ShowReceipt);
    CHECK(k.model.apply.step == ui::ApplyStep::Receipt);
    REQUIRE(k.model.apply.receipt);
    CHECK(k.model.apply.receipt->number == r.number);

    k.op(ui::ApplyOp::Finish);
    CHECK(k.model.route.screen == ui::Screen::Home);
    k.act(ui::Action::go(ui::Screen::Apply));  // a fresh form, same visit
    REQUIRE(k.model.apply.visit_receipt);
    CHECK(k.model.apply.visit_receipt->number == r.number);

    k.controller->reset_for_next_visitor(k.model);
    CHECK_FALSE(k.model.apply.visit_receipt);
    CHECK_FALSE(k.model.apply.receipt);
    k.act(ui::Action::go(ui::Screen::Apply));
    k.op(ui::ApplyOp::ShowReceipt);
    CHECK(k.model.apply.step == ui::ApplyStep::Applicant);
}

TEST_CASE("a long page waits longer before 还在吗 and the reset, and the countdown keeps its length", "[idle]") {
    ui::Timeouts t;
    const ui::IdleDeadlines normal = ui::idle_deadlines(t, false);
    CHECK(normal.warn_ms == 60'000);
    CHECK(normal.reset_ms == 90'000);
    const ui::IdleDeadlines long_page = ui::idle_deadlines(t, true);
    CHECK(long_page.reset_ms == 180'000);
    CHECK(long_page.warn_ms == 150'000);
    // An office that set a reset longer than the long-page limit never gets a shorter one on a long page.
    t.idle_reset_ms = 300'000;
    t.form_warning_ms = 240'000;
    CHECK(ui::idle_deadlines(t, true).reset_ms == 300'000);
    CHECK(ui::idle_deadlines(t, true).warn_ms == 240'000);
}
