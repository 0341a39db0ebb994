// Contrast of every text colour against what it is drawn on, by the WCAG 2 formula that the elder-friendly rules
// cite: at least 4.5:1 in the normal theme, at least 7:1 in 长辈模式's high-contrast theme, in both orientations.
#include <catch2/catch.hpp>

#include "ui/kit/theme.h"

#include <cmath>

using kiosk::ui::Theme;

namespace {

double channel(unsigned v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 col) {  // ImU32 is ABGR
    return 0.2126 * channel(col & 0xFF) + 0.7152 * channel((col >> 8) & 0xFF) + 0.0722 * channel((col >> 16) & 0xFF);
}

double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("text colours meet their contrast floor", "[ui][contrast]") {
    for (bool high : {false, true}) {
        for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
            const Theme t = Theme::for_window(w, h, high);
            const double floor = high ? 7.0 : 4.5;
            INFO((high ? "长辈模式" : "normal") << " " << w << "x" << h);
            CHECK(contrast(t.text, t.page_bg) >= floor);
            CHECK(contrast(t.text, t.surface) >= floor);
            CHECK(contrast(t.text_muted, t.page_bg) >= floor);
            CHECK(contrast(t.text_muted, t.surface) >= floor);
            CHECK(contrast(t.on_primary, t.primary) >= floor);
            CHECK(contrast(t.on_header, t.header_bg) >= floor);
            CHECK(contrast(t.primary, t.surface) >= floor);  // outlined buttons: primary text on white
            CHECK(contrast(t.accent, t.page_bg) >= floor);
            CHECK(contrast(t.notice_text, t.notice_bg) >= floor);
            for (ImU32 v : {t.valid, t.expired, t.repealed}) CHECK(contrast(v, t.surface) >= floor);
            for (ImU32 tile : t.tile_colors) CHECK(contrast(t.on_primary, tile) >= floor);
        }
    }
}

TEST_CASE("touch targets are finger-sized at 1080p", "[ui][contrast]") {
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        const Theme t = Theme::for_window(w, h, false);
        CHECK(t.touch >= 80.0f);
        CHECK(t.touch * 0.86f >= 80.0f);  // chips, the smallest targets
        CHECK(Theme::for_window(w, h, true).touch > t.touch);
    }
}
