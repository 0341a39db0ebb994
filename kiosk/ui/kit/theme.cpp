// theme.cpp — see theme.h.
#include "ui/kit/theme.h"

#include <algorithm>
#include <iterator>

namespace kiosk::ui {
namespace {
constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b) { return IM_COL32(r, g, b, 255); }
}  // namespace

Theme Theme::for_window(int width, int height, bool high_contrast) {
    Theme t{};
    t.page_bg = rgb(0xF4, 0xF1, 0xEA);        // warm paper, less glare than white under hall lighting
    t.surface = rgb(0xFF, 0xFF, 0xFF);
    t.surface_pressed = rgb(0xDC, 0xE6, 0xF2);
    t.border = rgb(0xC9, 0xC2, 0xB4);
    t.text = rgb(0x1A, 0x1A, 0x1A);
    t.text_muted = rgb(0x4A, 0x4A, 0x4A);
    t.primary = rgb(0x0B, 0x4F, 0x8A);        // government blue
    t.primary_pressed = rgb(0x08, 0x3A, 0x66);
    t.on_primary = rgb(0xFF, 0xFF, 0xFF);
    t.header_bg = rgb(0xA3, 0x1D, 0x1D);      // the red of public notice boards
    t.on_header = rgb(0xFF, 0xFF, 0xFF);
    t.accent = rgb(0xA3, 0x1D, 0x1D);
    t.valid = rgb(0x1B, 0x5E, 0x20);
    t.expired = rgb(0x6D, 0x4C, 0x00);
    t.repealed = rgb(0x8E, 0x16, 0x16);
    t.notice_bg = rgb(0xFF, 0xF1, 0xC7);
    t.notice_text = rgb(0x5A, 0x3A, 0x00);
    t.chip_bg = rgb(0xFF, 0xFF, 0xFF);
    t.chip_selected = rgb(0x0B, 0x4F, 0x8A);
    // Highlighter yellow: the band is light enough that body text over it keeps its contrast.
    t.speech_band = IM_COL32(0xFF, 0xD5, 0x00, 0x55);
    t.speech_edge = rgb(0xC2, 0x6A, 0x00);
    const ImU32 tiles[6] = {rgb(0x0B, 0x4F, 0x8A), rgb(0x1B, 0x5E, 0x20), rgb(0x8A, 0x4B, 0x08),
                            rgb(0xA3, 0x1D, 0x1D), rgb(0x4A, 0x2C, 0x7A), rgb(0x00, 0x5F, 0x6B)};
    std::copy(std::begin(tiles), std::end(tiles), t.tile_colors);

    if (high_contrast) {
        // Every text colour here is at least 7:1 against what it is drawn on (black on white is 21:1).
        t.page_bg = rgb(0xFF, 0xFF, 0xFF);
        t.surface = rgb(0xFF, 0xFF, 0xFF);
        t.border = rgb(0x1A, 0x1A, 0x1A);
        t.text = rgb(0x00, 0x00, 0x00);
        t.text_muted = rgb(0x26, 0x26, 0x26);
        t.primary = rgb(0x00, 0x33, 0x66);
        t.primary_pressed = rgb(0x00, 0x1F, 0x40);
        t.header_bg = rgb(0x7A, 0x00, 0x00);
        t.accent = rgb(0x7A, 0x00, 0x00);
        t.valid = rgb(0x0B, 0x4A, 0x10);
        t.expired = rgb(0x4A, 0x33, 0x00);
        t.repealed = rgb(0x7A, 0x00, 0x00);
        t.notice_bg = rgb(0xFF, 0xF4, 0xC2);
        t.notice_text = rgb(0x00, 0x00, 0x00);
        t.chip_bg = rgb(0xFF, 0xFF, 0xFF);
        t.chip_selected = rgb(0x00, 0x33, 0x66);
        t.speech_edge = rgb(0x8A, 0x3C, 0x00);
        const ImU32 dark_tiles[6] = {rgb(0x00, 0x33, 0x66), rgb(0x0B, 0x4A, 0x10), rgb(0x5C, 0x30, 0x00),
                                     rgb(0x7A, 0x00, 0x00), rgb(0x3A, 0x1C, 0x66), rgb(0x00, 0x45, 0x4F)};
        std::copy(std::begin(dark_tiles), std::end(dark_tiles), t.tile_colors);
    }

    const float short_side = static_cast<float>(std::min(width, height));
    const float scale = std::max(0.5f, short_side / 1080.0f);
    t.unit = 16.0f * scale;
    t.touch = (high_contrast ? 110.0f : 96.0f) * scale;
    t.header_h = 124.0f * scale;
    t.radius = 14.0f * scale;
    t.scrollbar = 20.0f * scale;
    t.portrait = height > width;
    t.screen = ImVec2(static_cast<float>(width), static_cast<float>(height));
    return t;
}

}  // namespace kiosk::ui
