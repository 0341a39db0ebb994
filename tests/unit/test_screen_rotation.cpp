// test_screen_rotation.cpp — the geometry of the turned picture (platform/screen_rotation.h): when the UI is turned,
// its size, and that a touch on the display lands where the UI drew what was touched.
#include <catch2/catch.hpp>

#include "platform/screen_rotation.h"

using kiosk::core::Orientation;
using kiosk::core::TurnDirection;
using kiosk::platform::RotationGeometry;

namespace {
bool same(ImVec2 a, ImVec2 b) { return std::abs(a.x - b.x) < 1e-3f && std::abs(a.y - b.y) < 1e-3f; }
}  // namespace

TEST_CASE("the UI is turned only when the wanted shape differs from the display's", "[rotation]") {
    struct Case { Orientation wanted; int w, h; bool rotated; };
    const Case cases[] = {
        {Orientation::Auto, 1920, 1080, false},      {Orientation::Auto, 1080, 1920, false},
        {Orientation::Portrait, 1920, 1080, true},   {Orientation::Portrait, 1080, 1920, false},
        {Orientation::Landscape, 1080, 1920, true},  {Orientation::Landscape, 1920, 1080, false},
        {Orientation::Portrait, 1200, 1200, false},  {Orientation::Landscape, 1200, 1200, false},
    };
    for (const Case& c : cases) {
        INFO(kiosk::core::orientation_name(c.wanted) << " on " << c.w << "x" << c.h);
        const RotationGeometry g = RotationGeometry::for_output(c.wanted, c.w, c.h);
        CHECK(g.rotated == c.rotated);
        CHECK(g.view_w() == (c.rotated ? c.h : c.w));
        CHECK(g.view_h() == (c.rotated ? c.w : c.h));
    }
}

TEST_CASE("a touch on the turned display maps to the UI point drawn there, and back", "[rotation]") {
    const RotationGeometry g = RotationGeometry::for_output(Orientation::Portrait, 1920, 1080);
    REQUIRE(g.rotated);
    // The UI's top edge runs along the display's left edge (a quarter turn counterclockwise), its left edge along
    // the display's bottom: the UI's top-left corner is the display's bottom-left, its bottom-right the top-right.
    CHECK(same(g.to_output(ImVec2(0, 0)), ImVec2(0, 1080)));
    CHECK(same(g.to_output(ImVec2(1080, 1920)), ImVec2(1920, 0)));
    CHECK(same(g.to_output(ImVec2(540, 0)), ImVec2(0, 540)));
    CHECK(same(g.to_view(ImVec2(1920, 1080)), ImVec2(0, 1920)));
    for (float x = 0; x <= 1080; x += 135)
        for (float y = 0; y <= 1920; y += 240) {
            const ImVec2 v(x, y);
            const ImVec2 out = g.to_output(v);
            CHECK(out.x >= 0);
            CHECK(out.x <= 1920);
            CHECK(out.y >= 0);
            CHECK(out.y <= 1080);
            CHECK(same(g.to_view(out), v));
        }
    // The lifted finger's "nowhere" stays nowhere instead of landing on the screen.
    CHECK(same(g.to_view(ImVec2(-1e6f, -1e6f)), ImVec2(-1e6f, -1e6f)));
    // Unturned: the identity.
    const RotationGeometry flat = RotationGeometry::for_output(Orientation::Auto, 1920, 1080);
    CHECK(same(flat.to_view(ImVec2(10, 20)), ImVec2(10, 20)));
    // Landscape on a portrait display: the same quarter turn, sizes swapped.
    const RotationGeometry l = RotationGeometry::for_output(Orientation::Landscape, 1080, 1920);
    CHECK(same(l.to_output(ImVec2(0, 0)), ImVec2(0, 1920)));
    CHECK(same(l.to_view(l.to_output(ImVec2(1700, 900))), ImVec2(1700, 900)));
}

TEST_CASE("turned clockwise (rotate = right), the UI's corners land on the other sides", "[rotation]") {
    const RotationGeometry g = RotationGeometry::for_output(Orientation::Portrait, 1920, 1080, TurnDirection::Right);
    REQUIRE(g.rotated);
    REQUIRE(g.clockwise);
    CHECK(g.view_w() == 1080);
    CHECK(g.view_h() == 1920);
    CHECK(g.copy_angle() == 90.0);
    // The UI's top edge along the display's right edge: its top-left corner is the display's top-right, its
    // bottom-right the display's bottom-left.
    CHECK(same(g.to_output(ImVec2(0, 0)), ImVec2(1920, 0)));
    CHECK(same(g.to_output(ImVec2(1080, 1920)), ImVec2(0, 1080)));
    CHECK(same(g.to_output(ImVec2(540, 0)), ImVec2(1920, 540)));
    for (float x = 0; x <= 1080; x += 135)
        for (float y = 0; y <= 1920; y += 240) {
            const ImVec2 out = g.to_output(ImVec2(x, y));
            CHECK(out.x >= 0);
            CHECK(out.x <= 1920);
            CHECK(out.y >= 0);
            CHECK(out.y <= 1080);
            CHECK(same(g.to_view(out), ImVec2(x, y)));
        }
    // Left and right are different turns: the same UI point lands elsewhere.
    const RotationGeometry left = RotationGeometry::for_output(Orientation::Portrait, 1920, 1080, TurnDirection::Left);
    CHECK(!same(left.to_output(ImVec2(100, 200)), g.to_output(ImVec2(100, 200))));
    CHECK(left.copy_angle() == -90.0);
}

TEST_CASE("what is drawn at a UI point shows on the display where that point's touches arrive", "[rotation]") {
    // SDL's software renderer on a plain surface: the same target-texture copy the kiosk makes, without a window.
    SDL_Surface* display = SDL_CreateRGBSurfaceWithFormat(0, 320, 180, 32, SDL_PIXELFORMAT_ARGB8888);
    REQUIRE(display);
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(display);
    REQUIRE(renderer);
    const TurnDirection turn = GENERATE(TurnDirection::Left, TurnDirection::Right);
    INFO("rotate = " << kiosk::core::turn_name(turn));
    kiosk::platform::ScreenRotation rotation(Orientation::Portrait, turn);
    rotation.update(renderer, 320, 180);
    REQUIRE(rotation.geometry().rotated);
    REQUIRE(rotation.view_w() == 180);
    REQUIRE(rotation.view_h() == 320);
    rotation.begin_draw(renderer);
    SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
    SDL_RenderClear(renderer);
    // A red mark near the UI's top-left corner, a blue one near its bottom-right: asymmetric, so any wrong turn or
    // mirror puts a colour in the wrong place.
    SDL_SetRenderDrawColor(renderer, 255, 0, 0, 255);
    const SDL_Rect red{10, 20, 30, 40};
    SDL_RenderFillRect(renderer, &red);
    SDL_SetRenderDrawColor(renderer, 0, 0, 255, 255);
    const SDL_Rect blue{130, 250, 30, 40};
    SDL_RenderFillRect(renderer, &blue);
    rotation.end_draw(renderer);
    SDL_RenderPresent(renderer);
    auto pixel_at = [&](ImVec2 out) {
        const int x = static_cast<int>(out.x), y = static_cast<int>(out.y);
        const auto* row = static_cast<const Uint8*>(display->pixels) + y * display->pitch;
        return reinterpret_cast<const Uint32*>(row)[x] & 0xFFFFFF;
    };
    CHECK(pixel_at(rotation.to_output(ImVec2(25, 40))) == 0xFF0000u);
    CHECK(pixel_at(rotation.to_output(ImVec2(145, 270))) == 0x0000FFu);
    CHECK(pixel_at(rotation.to_output(ImVec2(90, 160))) == 0xFFFFFFu);
    // And the other way: where red shows on the display, a touch lands in the red rectangle of the UI.
    // (Left: the red mark shows near the display's bottom-left; right: near its top-right.)
    const ImVec2 red_on_display = turn == TurnDirection::Left ? ImVec2(40, 180 - 25) : ImVec2(320 - 40, 25);
    const ImVec2 touch = rotation.to_view(red_on_display);
    CHECK(touch.x >= 10);
    CHECK(touch.x < 40);
    CHECK(touch.y >= 20);
    CHECK(touch.y < 60);
    CHECK(pixel_at(red_on_display) == 0xFF0000u);
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(display);
}
