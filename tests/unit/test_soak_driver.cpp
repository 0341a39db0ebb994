// test_soak_driver.cpp — the soak's random visitors (harness/soak_driver.h) against a fake screen: they end after their
// touches, never press the staff "quit" button, repeat themselves for a seed, and their checks do fail when the kiosk
// keeps what the idle reset must wipe.
#include <catch2/catch.hpp>

#include <vector>

#include "harness/soak_driver.h"

using namespace kiosk::ui;

namespace {

const ImVec2 kScreen(1920, 1080);

struct Rect {
    ImVec2 min, max;
    bool contains(ImVec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
};

const Rect kQuit{{800, 900}, {1100, 980}};

// A staff screen with 退出程序 on it, some buttons, and a keypad; staff mode "closes" for a while after an idle gap
// past its timeout, as the real one does.
struct FakeKiosk {
    Probe probe;
    AppModel app;
    StaffModel staff;
    bool staff_open = true;
    int closed_frames = 0;

    void draw() {
        probe.begin_frame(kScreen);
        if (staff_open) {
            probe.record("退出程序（维护）", kQuit.min, kQuit.max, ImVec2(0, 0), kScreen, true);
            probe.record("退出", ImVec2(1700, 0), ImVec2(1900, 80), ImVec2(0, 0), kScreen, true);
            probe.record("检查并导入", ImVec2(100, 100), ImVec2(400, 180), ImVec2(0, 0), kScreen, true);
        }
        for (int d = 0; d < 10; ++d) {
            const float x = 100.0f + 150.0f * static_cast<float>(d);
            probe.record(std::string(1, static_cast<char>('0' + d)), ImVec2(x, 400), ImVec2(x + 120, 500), ImVec2(0, 0),
                         kScreen, true);
        }
    }
    SoakView view() {
        staff.page = staff_open ? StaffPage::Main : StaffPage::Closed;
        return SoakView{&app, &staff, staff_open};
    }
    void after(const FrameInput& in) {
        if (in.advance_ms >= Timeouts{}.staff_idle_ms) { staff_open = false; closed_frames = 30; }
        if (!staff_open && --closed_frames <= 0) staff_open = true;
    }
};

}  // namespace

TEST_CASE("soak: ends after its touches and never presses 退出程序", "[soak]") {
    SoakSettings settings;
    settings.touches = 4000;
    settings.seed = 11;
    SoakDriver driver(settings);
    FakeKiosk kiosk;
    long frames = 0, presses = 0, quit_presses = 0, gaps = 0;
    bool was_down = false;
    while (!driver.done() && frames < 500'000) {
        kiosk.draw();
        const FrameInput in = driver.next_frame(kiosk.probe, kScreen, false, kiosk.view());
        if (in.down && !was_down) {
            ++presses;
            if (kiosk.staff_open && kQuit.contains(in.pointer)) ++quit_presses;
        }
        if (in.advance_ms > 60'000) ++gaps;
        was_down = in.down;
        kiosk.after(in);
        ++frames;
    }
    INFO(driver.failure());
    REQUIRE(driver.done());
    REQUIRE_FALSE(driver.failed());
    CHECK(driver.counts().touches >= 4000);
    CHECK(presses >= 4000);
    CHECK(quit_presses == 0);
    CHECK(gaps > 0);
    CHECK(driver.counts().drags > 0);
    CHECK(driver.counts().random_taps > 0);
}

TEST_CASE("soak: the same seed gives the same touches", "[soak]") {
    auto run = [](std::uint64_t seed) {
        SoakSettings settings;
        settings.touches = 500;
        settings.seed = seed;
        SoakDriver driver(settings);
        FakeKiosk kiosk;
        std::vector<float> trace;
        for (int frame = 0; frame < 3000 && !driver.done(); ++frame) {
            kiosk.draw();
            const FrameInput in = driver.next_frame(kiosk.probe, kScreen, false, kiosk.view());
            trace.push_back(in.down ? in.pointer.x + in.pointer.y * 3 : -1);
            kiosk.after(in);
        }
        return trace;
    };
    CHECK(run(3) == run(3));
    CHECK(run(3) != run(4));
}

TEST_CASE("soak: an idle reset that leaves a history or a draft is reported", "[soak]") {
    SoakSettings settings;
    settings.touches = 20'000;
    settings.seed = 2;
    SoakDriver driver(settings);
    FakeKiosk kiosk;
    kiosk.staff_open = false;
    kiosk.closed_frames = 1 << 30;                     // the public screens, all along
    kiosk.app.route.screen = Screen::Catalog;          // and a kiosk that never goes home
    kiosk.app.history.push_back(Route{Screen::Home, 0});
    for (long frame = 0; frame < 500'000 && !driver.done(); ++frame) {
        kiosk.draw();
        driver.next_frame(kiosk.probe, kScreen, false, kiosk.view());
    }
    REQUIRE(driver.failed());
    CHECK_THAT(driver.failure(), Catch::Contains("idle reset"));
}

TEST_CASE("soak: screen names", "[soak]") {
    AppModel app;
    StaffModel staff;
    CHECK(soak_screen_name(SoakView{&app, &staff, false}) == "home");
    app.route.screen = Screen::Apply;
    app.apply.step = ApplyStep::Contact;
    CHECK(soak_screen_name(SoakView{&app, &staff, false}) == "apply:contact");
    app.apply.editing = kiosk::core::FormField::Phone;
    app.apply.mode = InputMode::Digits;
    CHECK(soak_screen_name(SoakView{&app, &staff, false}) == "keyboard:digits");
    staff.page = StaffPage::Pin;
    CHECK(soak_screen_name(SoakView{&app, &staff, true}) == "staff:pin");
    CHECK(soak_screen_name(SoakView{nullptr, nullptr, false}) == "startup-notice");
}
