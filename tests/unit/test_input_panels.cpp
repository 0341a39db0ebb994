// test_input_panels.cpp — the pure parts of the request form's 拼音 and 手写 keyboards (ui/keyboards/pinyin_panel.h,
// ui/keyboards/handwriting_panel.h): where candidate buttons go, and how a finger's gesture becomes strokes in box units.
// Also that the visitor reset reaches the panels' forget() (the pinyin engine's session learning).
#include <catch2/catch.hpp>

#include <memory>

#include "ui/keyboards/handwriting_panel.h"
#include "ui/keyboards/keyboard_panel.h"
#include "ui/keyboards/pinyin_panel.h"

using namespace kiosk::ui;

namespace {

Gesture frame(Gesture prev, ImVec2 pos, bool down) {
    Gesture g = prev;
    g.pressed = down && !prev.down;
    g.released = !down && prev.down;
    if (g.pressed) g.start = pos;
    g.down = down;
    g.pos = pos;
    return g;
}

}  // namespace

TEST_CASE("stroke capture: a press inside the box becomes a stroke in box units until the lift", "[input_panels]") {
    StrokeCapture c;
    const ImVec2 a(100, 200), b(300, 400);  // a 200 px box
    Gesture g;
    g = frame(g, ImVec2(150, 300), true);
    CHECK_FALSE(c.update(g, a, b));
    CHECK(c.writing());
    g = frame(g, ImVec2(150, 300), true);  // the finger resting: no duplicate point
    CHECK_FALSE(c.update(g, a, b));
    g = frame(g, ImVec2(250, 300), true);
    CHECK_FALSE(c.update(g, a, b));
    g = frame(g, ImVec2(400, 300), true);  // outside: clamped to the edge
    CHECK_FALSE(c.update(g, a, b));
    g = frame(g, ImVec2(400, 300), false);
    CHECK(c.update(g, a, b));  // lifted: the stroke is done
    CHECK_FALSE(c.writing());
    REQUIRE(c.strokes().size() == 1);
    const auto& p = c.strokes()[0].points;
    REQUIRE(p.size() == 3);
    CHECK(p[0].first == Approx(250));
    CHECK(p[0].second == Approx(500));
    CHECK(p[1].first == Approx(750));
    CHECK(p[2].first == Approx(1000));
    CHECK(p[2].second == Approx(500));
}

TEST_CASE("stroke capture: presses outside the box are not strokes — undo and clear", "[input_panels]") {
    StrokeCapture c;
    const ImVec2 a(0, 0), b(100, 100);
    Gesture g;
    // Starts outside and moves in (a drag from the keys): ignored.
    g = frame(g, ImVec2(150, 50), true);
    CHECK_FALSE(c.update(g, a, b));
    g = frame(g, ImVec2(50, 50), true);
    CHECK_FALSE(c.update(g, a, b));
    g = frame(g, ImVec2(50, 50), false);
    CHECK_FALSE(c.update(g, a, b));
    CHECK(c.strokes().empty());
    // Two strokes: a tap (one point, a dot) and a line.
    for (int s = 0; s < 2; ++s) {
        g = frame(g, ImVec2(10, 10), true);
        c.update(g, a, b);
        if (s == 1) { g = frame(g, ImVec2(90, 10), true); c.update(g, a, b); }
        g = frame(g, g.pos, false);
        CHECK(c.update(g, a, b));
    }
    REQUIRE(c.strokes().size() == 2);
    CHECK(c.strokes()[0].points.size() == 1);
    CHECK(c.strokes()[1].points.size() == 2);
    c.undo();
    REQUIRE(c.strokes().size() == 1);
    CHECK(c.strokes()[0].points.size() == 1);
    c.clear();
    CHECK(c.strokes().empty());
}

TEST_CASE("candidate bar: words flow into rows, wide enough for a finger, never past the bar", "[input_panels]") {
    // Six short words in a wide bar: one row, each at least the minimum, left to right.
    auto one = layout_candidates({40, 40, 80, 40, 200, 40}, 1200, 100, 10, 8, 2);
    REQUIRE(one.size() == 6);
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(one[i].row == 0);
        CHECK(one[i].w >= 100);
        if (i > 0) CHECK(one[i].x >= one[i - 1].x + one[i - 1].w + 8 - 0.01f);
    }
    CHECK(one[4].w >= 220);
    CHECK(one.back().x + one.back().w <= 1200 + 0.01f);
    // A narrow bar: wraps to the second row.
    auto two = layout_candidates({200, 200, 200, 200}, 500, 100, 10, 8, 2);
    CHECK(two[0].row == 0);
    CHECK(two[1].row == 0);
    CHECK(two[2].row == 1);
    CHECK(two[3].row == 1);
    // More than fits in max_rows: the last row shares the width, nothing runs past the bar.
    auto squeezed = layout_candidates({300, 300, 300, 300, 300}, 500, 100, 10, 8, 2);
    for (const auto& s : squeezed) {
        CHECK(s.row <= 1);
        CHECK(s.x + s.w <= 500 + 0.01f);
    }
}

namespace {
struct CountingPanel : KeyboardPanel {
    int* resets;
    int* forgets;
    CountingPanel(int* r, int* f) : resets(r), forgets(f) {}
    PanelInput draw(Ui&, Area) override { return {}; }
    void reset() override { ++*resets; }
    void forget() override { ++*forgets; }
};
}  // namespace

TEST_CASE("keyboard panels: reset and forget reach the registered panels", "[input_panels]") {
    int resets = 0, forgets = 0;
    set_keyboard_panel(InputMode::Pinyin, std::make_unique<CountingPanel>(&resets, &forgets));
    reset_keyboard_panels();
    CHECK(resets == 1);
    CHECK(forgets == 0);
    forget_keyboard_panels();
    CHECK(forgets == 1);
    set_keyboard_panel(InputMode::Pinyin, nullptr);
    forget_keyboard_panels();
    CHECK(forgets == 1);
}

TEST_CASE("handwriting keys: 删除 / 空格 beside the candidates, never cut, the cells share the rest", "[input_panels]") {
    // Portrait 1080: a 1030 px row, 120 px cells.
    const HandwritingKeys k = layout_handwriting_keys(1030, 120, 12, 5, 110, 150);
    CHECK(k.key_w == Approx(150));
    CHECK(k.cell_w <= 120 * 1.4f + 0.01f);
    CHECK(k.key_x == Approx(5 * (k.cell_w + 12)));
    CHECK(k.key_x + k.key_w <= 1030 + 0.01f);  // inside the row
    // A narrow row (landscape, beside the box): the cells narrow, the key keeps its width.
    const HandwritingKeys n = layout_handwriting_keys(700, 120, 12, 5, 110, 150);
    CHECK(n.key_w == Approx(150));
    CHECK(n.cell_w == Approx((700 - 150 - 60) / 5.0f));
    CHECK(n.key_x + n.key_w <= 700 + 0.01f);
    // 长辈模式: the label is wider than the wanted key, the key is as wide as its label.
    const HandwritingKeys e = layout_handwriting_keys(1030, 160, 12, 5, 190, 150);
    CHECK(e.key_w == Approx(190));
    CHECK(e.key_x + e.key_w <= 1030 + 0.01f);
}

TEST_CASE("pinyin pages: 第 N / M 页 when counted, 第 N 页 when not, nothing for a single page", "[input_panels]") {
    kiosk::input::ImeState s;
    CHECK(page_label(s).empty());  // no candidates
    s.candidates = {"燕", "眼", "演"};
    CHECK(page_label(s).empty());  // one page: nothing to say
    s.more_after = true;
    s.pages = 42;
    CHECK(page_label(s) == "第 1 / 42 页");
    s.page = 13;
    s.more_before = true;
    CHECK(page_label(s) == "第 14 / 42 页");
    s.pages = 0;  // the list goes on beyond the count
    CHECK(page_label(s) == "第 14 页");
}

TEST_CASE("pinyin pages: the 生僻字 key goes to the rare pages, 常用字 back to the first", "[input_panels]") {
    kiosk::input::ImeState s;
    s.candidates = {"燕"};
    CHECK(rare_key_target(s) == -1);  // nothing rare (or not a name field): no key
    s.rare_page = 9;
    CHECK(rare_key_target(s) == 9);
    s.page = 8;
    CHECK(rare_key_target(s) == 9);
    s.page = 9;
    CHECK(rare_key_target(s) == 0);
    s.page = 11;
    CHECK(rare_key_target(s) == 0);
    s.candidates.clear();
    CHECK(rare_key_target(s) == -1);
}
