// screen_rotation.h — the portrait layout on a display that reports landscape, and the reverse.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include "core/operation/kiosk_config.h"

namespace kiosk::platform {

// The geometry alone, without SDL calls (unit-tested): display ("output") size, whether the UI is turned, and the
// mapping of points between the two.
struct RotationGeometry {
    int out_w = 0, out_h = 0;  // as the display (renderer output) reports
    bool rotated = false;      // the UI is laid out for (out_h × out_w) and turned a quarter turn
    bool clockwise = false;    // ... clockwise (kiosk.conf's rotate = right), else counterclockwise

    static RotationGeometry for_output(core::Orientation wanted, int out_w, int out_h,
                                       core::TurnDirection turn = core::TurnDirection::Left);

    int view_w() const { return rotated ? out_h : out_w; }
    int view_h() const { return rotated ? out_w : out_h; }
    // A point on the display → the UI's; the pointer's "nowhere" (far off-screen) stays nowhere.
    ImVec2 to_view(ImVec2 out) const;
    // A point of the UI → where it is on the display (scripted touches are given in the UI's coordinates).
    ImVec2 to_output(ImVec2 view) const;
    // SDL_RenderCopyEx's angle (degrees, clockwise) that puts the UI upright on the display.
    double copy_angle() const { return clockwise ? 90.0 : -90.0; }
};

class ScreenRotation {
public:
    ScreenRotation(core::Orientation wanted, core::TurnDirection turn) : wanted_(wanted), turn_(turn) {}
    // The texture belongs to the renderer and goes with SDL_DestroyRenderer, so this may outlive the renderer.
    ~ScreenRotation() = default;
    ScreenRotation(const ScreenRotation&) = delete;
    ScreenRotation& operator=(const ScreenRotation&) = delete;

    // Once a frame, before layout, with the renderer's output size: decides whether to turn and (re)makes the
    // texture. If the renderer cannot make one the UI is drawn unturned (said once on stderr) rather than not at all.
    void update(SDL_Renderer* renderer, int out_w, int out_h);
    const RotationGeometry& geometry() const { return geo_; }
    int view_w() const { return geo_.view_w(); }
    int view_h() const { return geo_.view_h(); }
    ImVec2 to_view(ImVec2 out) const { return geo_.to_view(out); }
    ImVec2 to_output(ImVec2 view) const { return geo_.to_output(view); }

    // Before the frame is cleared and drawn: when turned, drawing goes into the texture.
    void begin_draw(SDL_Renderer* renderer);
    // After drawing, before a screenshot is read and before SDL_RenderPresent: the texture onto the display, so a
    // screenshot shows what the display shows.
    void end_draw(SDL_Renderer* renderer);

private:
    core::Orientation wanted_;
    core::TurnDirection turn_;
    RotationGeometry geo_;
    SDL_Texture* texture_ = nullptr;
    int tex_w_ = 0, tex_h_ = 0;
    bool failed_ = false;  // the texture could not be made: draw unturned from now on
};

}  // namespace kiosk::platform
