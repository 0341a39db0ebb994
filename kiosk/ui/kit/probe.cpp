// probe.cpp — see probe.h.
#include "ui/kit/probe.h"

#include <algorithm>

namespace kiosk::ui {

void Probe::record(std::string text, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max, bool tappable,
                   const ProbeLayout& layout, const char* kind) {
    ImVec2 a{std::max({min.x, clip_min.x, 0.0f}), std::max({min.y, clip_min.y, 0.0f})};
    ImVec2 b{std::min({max.x, clip_max.x, screen_.x}), std::min({max.y, clip_max.y, screen_.y})};
    // A tappable item must show enough of itself to be tapped; text counts as shown if any of it is on screen.
    const float min_visible = tappable ? 8.0f : 1.0f;
    if (b.x - a.x < min_visible || b.y - a.y < min_visible) return;
    // The layout check measures a box whole, also where a scroll region hides part of it.
    ProbeLayout l = layout;
    if (!(l.box_max.x > l.box_min.x && l.box_max.y > l.box_min.y)) l.box_min = min, l.box_max = max;
    items_.push_back({std::move(text), a, b, tappable, l, false, kind});
}

const ProbeItem* Probe::find_tappable(const std::string& label, bool substring) const {
    for (const auto& item : items_) {
        if (!item.tappable || item.covered) continue;
        if (substring ? item.text.find(label) != std::string::npos : item.text == label) return &item;
    }
    return nullptr;
}

int Probe::count_whole(const std::string& kind) const {
    constexpr float kSlack = 1.5f;  // px of rounding
    int n = 0;
    for (const auto& item : items_) {
        if (item.covered || kind != item.kind) continue;
        const ProbeLayout& l = item.layout;  // the box as laid out, before clipping
        if (item.min.x <= l.box_min.x + kSlack && item.min.y <= l.box_min.y + kSlack &&
            item.max.x >= l.box_max.x - kSlack && item.max.y >= l.box_max.y - kSlack)
            ++n;
    }
    return n;
}

bool Probe::shows(const std::string& needle) const {
    return std::any_of(items_.begin(), items_.end(),
                       [&](const ProbeItem& item) { return item.text.find(needle) != std::string::npos; });
}

std::string Probe::dump() const {
    std::string out;
    for (const auto& item : items_) {
        out += item.tappable ? "  [button] " : "  ";
        out += item.text;
        out += '\n';
    }
    return out;
}

}  // namespace kiosk::ui
