// layout_check.cpp — see layout_check.h.
//
// The probe already holds, for each frame, every item's words and where they were drawn; widgets that know more add
// their own box, where the words really went (before clipping), their colours, and whether they had to leave words
// out. The checks read only that, so they run on any screen a script or the soak reaches, at any size:
//   cut       a widget dropped words or ended them with … (a title, a tile's subtitle)
//   spill     words drawn past the widget's own box (a label wider than its tile, a block taller than it)
//   outside   words past the left or right edge of the window (down and up are what scrolling is for)
//   overlap   two tappable items on top of each other (a chip over 下一步), or two runs of words; words inside a
//             tappable item (a card) are its own and fine, and so is a control set wholly into a bigger one
//   touch     a tappable box narrower or lower than the rule: a finger of seventy misses it
//   contrast  words too faint on what is behind them
// Thresholds come from LayoutRules: 60 px and 4.5:1, 80 px and 7:1 in 长辈模式 (domain.md's elder-friendly rules).
#include "ui/kit/layout_check.h"

#include "ui/kit/read_aloud.h"

#include <algorithm>
#include <string_view>
#include <cmath>
#include <cstdio>

namespace kiosk::ui {
namespace {

constexpr float kSlack = 1.5f;  // px: anti-aliasing and rounding are not findings

bool known(ImVec2 a, ImVec2 b) { return b.x > a.x && b.y > a.y; }

float overlap_1d(float a0, float a1, float b0, float b1) { return std::min(a1, b1) - std::max(a0, b0); }

bool overlaps(const ProbeItem& a, const ProbeItem& b, float by) {
    return overlap_1d(a.min.x, a.max.x, b.min.x, b.max.x) > by && overlap_1d(a.min.y, a.max.y, b.min.y, b.max.y) > by;
}

bool inside(const ProbeItem& inner, const ProbeItem& outer) {
    return inner.min.x >= outer.min.x - kSlack && inner.max.x <= outer.max.x + kSlack &&
           inner.min.y >= outer.min.y - kSlack && inner.max.y <= outer.max.y + kSlack;
}

double channel(unsigned v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(double r, double g, double b) {
    return 0.2126 * channel(static_cast<unsigned>(r)) + 0.7152 * channel(static_cast<unsigned>(g)) +
           0.0722 * channel(static_cast<unsigned>(b));
}

std::string fmt(const char* f, double a, double b = 0, double c = 0) {
    char buf[160];
    std::snprintf(buf, sizeof buf, f, a, b, c);
    return buf;
}

}  // namespace

double contrast_ratio(ImU32 fg, ImU32 bg) {
    auto r = [](ImU32 c) { return static_cast<double>((c >> IM_COL32_R_SHIFT) & 0xFF); };
    auto g = [](ImU32 c) { return static_cast<double>((c >> IM_COL32_G_SHIFT) & 0xFF); };
    auto b = [](ImU32 c) { return static_cast<double>((c >> IM_COL32_B_SHIFT) & 0xFF); };
    const double alpha = ((fg >> IM_COL32_A_SHIFT) & 0xFF) / 255.0;
    auto blend = [&](double f, double k) { return std::round(f * alpha + k * (1 - alpha)); };
    const double lf = luminance(blend(r(fg), r(bg)), blend(g(fg), g(bg)), blend(b(fg), b(bg)));
    const double lb = luminance(r(bg), g(bg), b(bg));
    return (std::max(lf, lb) + 0.05) / (std::min(lf, lb) + 0.05);
}

std::vector<LayoutFinding> check_layout(const Probe& probe, const LayoutRules& rules) {
    std::vector<LayoutFinding> out;
    const auto& items = probe.items();
    const ImVec2 screen = probe.screen();
    for (const ProbeItem& it : items) {
        if (it.covered) continue;
        const ProbeLayout& l = it.layout;
        if (l.cut) out.push_back({"cut", it.text, "words left out or ended with … for want of room"});
        if (known(l.box_min, l.box_max) && known(l.text_min, l.text_max) &&
            (l.text_min.x < l.box_min.x - kSlack || l.text_max.x > l.box_max.x + kSlack ||
             l.text_min.y < l.box_min.y - kSlack || l.text_max.y > l.box_max.y + kSlack)) {
            out.push_back({"spill", it.text,
                           fmt("words %.0f×%.0f px run out of a box of %.0f px wide", l.text_max.x - l.text_min.x,
                               l.text_max.y - l.text_min.y, l.box_max.x - l.box_min.x) +
                               fmt(", %.0f px high", l.box_max.y - l.box_min.y)});
        }
        if (known(l.text_min, l.text_max) && (l.text_min.x < -kSlack || l.text_max.x > screen.x + kSlack)) {
            out.push_back({"outside", it.text, fmt("words from x=%.0f to %.0f on a window %.0f px wide", l.text_min.x,
                                                   l.text_max.x, screen.x)});
        }
        if (it.tappable) {
            const ImVec2 a = known(l.box_min, l.box_max) ? l.box_min : it.min;
            const ImVec2 b = known(l.box_min, l.box_max) ? l.box_max : it.max;
            const float w = b.x - a.x, h = b.y - a.y;
            if (w < rules.min_touch - 0.5f || h < rules.min_touch - 0.5f) {
                out.push_back({"touch", it.text, fmt("%.0f×%.0f px, under %.0f", w, h, rules.min_touch)});
            }
        }
        if (l.fg != 0 && l.bg != 0) {
            const double c = contrast_ratio(l.fg, l.bg);
            if (c < rules.min_contrast) {
                out.push_back({"contrast", it.text, fmt("%.2f:1, under %.1f:1", c, rules.min_contrast)});
            }
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const ProbeItem& a = items[i];
            const ProbeItem& b = items[j];
            if (a.covered || b.covered || !overlaps(a, b, 2.0f)) continue;
            // The part being read aloud lies, by design, on the words it lights up (ui/kit/read_aloud.h).
            if (std::string_view(a.kind) == kReadingProbeKind || std::string_view(b.kind) == kReadingProbeKind) continue;
            if (a.tappable && b.tappable && (inside(a, b) || inside(b, a))) {
                // A small control set into a big one (这是什么？ in a tile's corner) is taken first and is fine, as long
                // as it lies on none of the big one's words: those are items of their own and checked against it.
                continue;
            }
            if (a.tappable != b.tappable) {
                // Words inside a tappable item (a card's title) are the item's own.
                const ProbeItem& tap = a.tappable ? a : b;
                const ProbeItem& words = a.tappable ? b : a;
                if (inside(words, tap)) continue;
            }
            out.push_back({"overlap", a.text, "lies on «" + b.text + "»"});
        }
    }
    return out;
}

std::string describe(const std::vector<LayoutFinding>& findings) {
    std::string s;
    for (const LayoutFinding& f : findings) s += "  " + f.kind + " «" + f.item + "»: " + f.detail + "\n";
    return s;
}

}  // namespace kiosk::ui
