// theme.h — colours and metrics, derived from the window size so no layout is hard-coded for one screen.
//
// Colours are chosen for contrast first: body text on the page background is above 12:1, muted text above 7:1,
// white on the primary blue above 7:1 — well over the elder-friendly 4.5:1. Validity is never shown by colour alone:
// the badge always says 有效/失效/废止 in words.
#pragma once

#include <imgui.h>

namespace kiosk::ui {

struct Theme {
    // Colours (ImU32, ABGR as ImGui packs them).
    ImU32 page_bg, surface, surface_pressed, border, text, text_muted, primary, primary_pressed, on_primary,
        header_bg, on_header, accent, valid, expired, repealed, notice_bg, notice_text, chip_bg, chip_selected;
    ImU32 speech_band, speech_edge;  // the part being read aloud: a translucent band over it, a bar beside it
    ImU32 tile_colors[6];

    // Metrics in pixels.
    float unit;        // base spacing
    float touch;       // minimum touch target (≥ 80 px at 1080p, above the 60 dp elder-friendly minimum)
    float header_h;    // top bar with 返回 / title / 首页
    float radius;
    float scrollbar;
    bool portrait;
    ImVec2 screen;

    // `high_contrast`: the 长辈模式 theme — black on white, darker fills, body text contrast far above 7:1.
    static Theme for_window(int width, int height, bool high_contrast = false);
};

}  // namespace kiosk::ui
