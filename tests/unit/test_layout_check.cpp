// The layout check (ui/kit/layout_check.h) on hand-made frames: each kind of finding is made, and a clean frame has
// none, so a layout test that passes has really looked.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "ui/kit/layout_check.h"

using namespace kiosk::ui;

namespace {

const ImVec2 kScreen{1920, 1080};

Probe frame() {
    Probe p;
    p.begin_frame(kScreen);
    return p;
}

void add(Probe& p, const std::string& text, ImVec2 a, ImVec2 b, bool tappable, ProbeLayout layout = {}) {
    p.record(text, a, b, ImVec2(0, 0), kScreen, tappable, layout);
}

bool has(const std::vector<LayoutFinding>& f, const std::string& kind, const std::string& item) {
    return std::any_of(f.begin(), f.end(), [&](const LayoutFinding& x) { return x.kind == kind && x.item == item; });
}

constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kBlack = IM_COL32(0, 0, 0, 255);
constexpr ImU32 kBlue = IM_COL32(0x0B, 0x4F, 0x8C, 255);

}  // namespace

TEST_CASE("layout check: a clean frame has no findings", "[layout]") {
    Probe p = frame();
    add(p, "公开目录", {100, 100}, {500, 300}, true,
        {{100, 100}, {500, 300}, {200, 150}, {400, 250}, kWhite, kBlue, false});
    add(p, "办事指南", {520, 100}, {920, 300}, true);
    add(p, "办公时间：周一至周五", {100, 400}, {800, 450}, false,
        {{100, 400}, {1800, 450}, {100, 400}, {800, 450}, kBlack, kWhite, false});
    const auto f = check_layout(p, LayoutRules::for_mode(true));
    INFO(describe(f));
    CHECK(f.empty());
}

TEST_CASE("layout check: each kind of finding is made", "[layout]") {
    Probe p = frame();
    // A tile whose words run below it, and whose subtitle was dropped.
    add(p, "收费标准", {100, 100}, {500, 178}, true,
        {{100, 100}, {500, 178}, {200, 60}, {400, 230}, kWhite, kBlue, true});
    // A button smaller than a finger, in faint grey on white.
    add(p, "下一页", {600, 100}, {650, 150}, true,
        {{600, 100}, {650, 150}, {605, 110}, {645, 140}, IM_COL32(170, 170, 170, 255), kWhite, false});
    // A chip lying on another button.
    add(p, "工作人员", {610, 120}, {720, 220}, true);
    // Words off the right edge.
    add(p, "很长很长的标题", {1700, 600}, {1920, 650}, false,
        {{1700, 600}, {2100, 650}, {1700, 600}, {2100, 650}, kBlack, kWhite, false});
    const auto standard = check_layout(p, LayoutRules{});
    INFO(describe(standard));
    CHECK(has(standard, "cut", "收费标准"));
    CHECK(has(standard, "spill", "收费标准"));
    CHECK(has(standard, "touch", "下一页"));
    CHECK(has(standard, "contrast", "下一页"));
    CHECK(has(standard, "overlap", "下一页"));
    CHECK(has(standard, "outside", "很长很长的标题"));
    CHECK_FALSE(has(standard, "touch", "收费标准"));  // 400×78 is a finger's size at 标准 …
    CHECK(has(check_layout(p, LayoutRules::for_mode(true)), "touch", "收费标准"));  // … not in 长辈模式
}

TEST_CASE("layout check: words inside a tappable card are its own", "[layout]") {
    Probe p = frame();
    add(p, "关于2024年低保标准的通知", {100, 100}, {1800, 300}, true);
    add(p, "关于2024年低保标准的通知", {120, 120}, {900, 170}, false);
    add(p, "有效", {1600, 120}, {1700, 170}, false);
    CHECK(check_layout(p, LayoutRules{}).empty());
    add(p, "半在卡片外的字", {1750, 280}, {1900, 330}, false);  // partly outside the card: a finding
    CHECK(has(check_layout(p, LayoutRules{}), "overlap", "关于2024年低保标准的通知"));
}

TEST_CASE("layout check: contrast ratios as WCAG computes them", "[layout]") {
    CHECK(contrast_ratio(kBlack, kWhite) == Approx(21.0).epsilon(0.001));
    CHECK(contrast_ratio(kWhite, kWhite) == Approx(1.0));
    CHECK(contrast_ratio(IM_COL32(0x76, 0x76, 0x76, 255), kWhite) == Approx(4.54).margin(0.02));
    // White at half alpha on black is mid grey: about 5.3:1.
    CHECK(contrast_ratio(IM_COL32(255, 255, 255, 128), kBlack) == Approx(5.3).margin(0.2));
}

TEST_CASE("layout probe: only cards wholly on the screen are counted, and nothing under an overlay is tapped", "[layout]") {
    Probe p = frame();
    // A list scrolled in the band y 200–800: two cards inside it, one cut by its bottom edge, one past the window's.
    const ImVec2 list_min{100, 200}, list_max{1800, 800};
    p.record("第一份", {100, 200}, {1800, 400}, list_min, list_max, true, {}, "document");
    p.record("第二份", {100, 420}, {1800, 620}, list_min, list_max, true, {}, "document");
    p.record("第三份", {100, 640}, {1800, 840}, list_min, list_max, true, {}, "document");
    p.record("第四份", {1700, 420}, {2000, 620}, ImVec2(0, 0), kScreen, true, {}, "document");
    p.record("下一页", {1600, 900}, {1800, 1000}, ImVec2(0, 0), kScreen, true);
    CHECK(p.count_whole("document") == 2);
    CHECK(p.count_whole("guide") == 0);
    CHECK(p.find_tappable("下一页", false) != nullptr);
    p.cover_all();  // a question over the whole screen
    CHECK(p.count_whole("document") == 0);
    CHECK(p.find_tappable("下一页", false) == nullptr);
}
