// screen_rotation.cpp — see screen_rotation.h.
//
// Kiosk PCs often drive a monitor turned on its side while the display still reports landscape, and under cage
// there is no desktop to rotate the output. So the kiosk turns the picture itself: with kiosk.conf's
// `orientation = portrait` on a landscape display (or `landscape` on a portrait one) the UI is laid out and drawn
// for the turned size into an SDL target texture, which SDL_RenderCopyEx puts on the display a quarter turn
// counterclockwise (xrandr's "left": for a monitor turned clockwise, its top edge now on the right), or clockwise with
// `rotate = right` (a monitor laid on its other side). Touches and
// the mouse arrive in display coordinates and are mapped back into the UI's. `auto` (or a display that already
// has the wanted shape) draws directly, at no cost.
//
// Only the rotated copy costs anything: the kiosk draws only on input, animation or a clock tick, so an idle kiosk
// does not pay it.
#include "platform/screen_rotation.h"

#include <cstdio>

namespace kiosk::platform {

namespace {
// The pointer's "nowhere" (kiosk_runner's lifted finger) is far off-screen; it must not be mapped onto the screen.
constexpr float kNowhere = -1e5f;
}  // namespace

RotationGeometry RotationGeometry::for_output(core::Orientation wanted, int out_w, int out_h, core::TurnDirection turn) {
    RotationGeometry g;
    g.clockwise = turn == core::TurnDirection::Right;
    g.out_w = out_w;
    g.out_h = out_h;
    const bool landscape_display = out_w >= out_h;
    g.rotated = (wanted == core::Orientation::Portrait && landscape_display && out_w != out_h) ||
                (wanted == core::Orientation::Landscape && !landscape_display);
    return g;
}

// The UI turned a quarter turn counterclockwise onto the display: its top edge along the display's left edge, its
// left edge along the display's bottom. View (x, y) sits at display (y, out_h − x). Clockwise: its top edge along the
// display's right edge, its left edge along the top; view (x, y) sits at display (out_w − y, x).
ImVec2 RotationGeometry::to_view(ImVec2 out) const {
    if (!rotated || out.x < kNowhere || out.y < kNowhere) return out;
    if (clockwise) return ImVec2(out.y, static_cast<float>(out_w) - out.x);
    return ImVec2(static_cast<float>(out_h) - out.y, out.x);
}

ImVec2 RotationGeometry::to_output(ImVec2 view) const {
    if (!rotated || view.x < kNowhere || view.y < kNowhere) return view;
    if (clockwise) return ImVec2(static_cast<float>(out_w) - view.y, view.x);
    return ImVec2(view.y, static_cast<float>(out_h) - view.x);
}

void ScreenRotation::update(SDL_Renderer* renderer, int out_w, int out_h) {
    geo_ = RotationGeometry::for_output(failed_ ? core::Orientation::Auto : wanted_, out_w, out_h, turn_);
    if (!geo_.rotated) return;
    if (texture_ && tex_w_ == geo_.view_w() && tex_h_ == geo_.view_h()) return;
    if (texture_) SDL_DestroyTexture(texture_);
    tex_w_ = geo_.view_w();
    tex_h_ = geo_.view_h();
    texture_ = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, tex_w_, tex_h_);
    if (!texture_) {
        std::fprintf(stderr, "kiosk: cannot turn the screen (%s); drawing it as the display reports\n", SDL_GetError());
        failed_ = true;
        geo_.rotated = false;
        return;
    }
    SDL_SetTextureBlendMode(texture_, SDL_BLENDMODE_NONE);
    std::fprintf(stderr, "kiosk: display %dx%d, drawn as %s %dx%d turned a quarter turn %s\n", out_w, out_h,
                 core::orientation_name(wanted_), tex_w_, tex_h_, geo_.clockwise ? "clockwise" : "counterclockwise");
}

void ScreenRotation::begin_draw(SDL_Renderer* renderer) {
    if (geo_.rotated && texture_) SDL_SetRenderTarget(renderer, texture_);
}

void ScreenRotation::end_draw(SDL_Renderer* renderer) {
    if (!geo_.rotated || !texture_) return;
    SDL_SetRenderTarget(renderer, nullptr);
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    // The texture's own size, centred on the display, turned about its centre: it then covers the display exactly.
    const SDL_Rect dst{(geo_.out_w - tex_w_) / 2, (geo_.out_h - tex_h_) / 2, tex_w_, tex_h_};
    SDL_RenderCopyEx(renderer, texture_, nullptr, &dst, geo_.copy_angle(), nullptr, SDL_FLIP_NONE);
}

}  // namespace kiosk::platform
