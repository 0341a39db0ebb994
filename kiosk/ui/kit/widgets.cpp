// widgets.cpp — see widgets.h.
//
// Index of this file:
// [SECTION] Gesture: one press followed from down to up
// [SECTION] Buttons, tiles, chips, cards
// [SECTION] Text
// [SECTION] Icons: simple pictograms, so a tile can be recognised without reading it
// [SECTION] Scroll areas: finger drag with inertia
#include "ui/kit/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "text/text_block.h"
#include "core/base/utf8.h"

namespace kiosk::ui {

using text::FontRole;

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Gesture: one press followed from down to up
//---------------------------------------------------------------------------------------------------------------------

void Ui::begin_frame(ImVec2 pointer, bool down, double now, float delta_seconds) {
    speech_offers.clear();
    Gesture& g = gesture;
    g.pressed = down && !g.down;
    g.released = !down && g.down;
    g.delta = g.down || down ? ImVec2(pointer.x - g.pos.x, pointer.y - g.pos.y) : ImVec2(0, 0);
    if (g.pressed) {
        g.start = pointer;
        g.delta = ImVec2(0, 0);
        g.dragged = false;
        g.scroll_owner = 0;
        g.velocity_y = 0;
    }
    if (down && !g.dragged) {
        const float dx = pointer.x - g.start.x, dy = pointer.y - g.start.y;
        if (dx * dx + dy * dy > tap_slop() * tap_slop()) g.dragged = true;
    }
    if (down && delta_seconds > 0) {
        // Smoothed so the last jittery sample before lifting the finger does not decide the fling.
        const float instant = g.delta.y / delta_seconds;
        g.velocity_y = g.velocity_y * 0.6f + instant * 0.4f;
    }
    g.down = down;
    g.pos = pointer;
    now_ms = now;
    dt = delta_seconds;
    animating = false;
}

namespace {

ImU32 button_fill(const Ui& ui, ButtonKind kind, bool pressed) {
    switch (kind) {
        case ButtonKind::Primary: return pressed ? ui.theme.primary_pressed : ui.theme.primary;
        case ButtonKind::Secondary: return pressed ? ui.theme.surface_pressed : ui.theme.surface;
        case ButtonKind::OnHeader: return pressed ? IM_COL32(255, 255, 255, 70) : IM_COL32(255, 255, 255, 38);
    }
    return ui.theme.surface;
}

// `top` (with its alpha) laid over the opaque `under`: what the eye sees behind a translucent button's words.
ImU32 over(ImU32 top, ImU32 under) {
    const unsigned a = (top >> IM_COL32_A_SHIFT) & 0xFF;
    auto mix = [&](int shift) {
        const unsigned t = (top >> shift) & 0xFF, u = (under >> shift) & 0xFF;
        return ((t * a + u * (255 - a) + 127) / 255) << shift;
    };
    return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

ImU32 button_text(const Ui& ui, ButtonKind kind) {
    return kind == ButtonKind::Secondary ? ui.theme.primary : ui.theme.on_primary;
}

// ImGui's button logic, with the tap-versus-drag rule on top. `held` is true while pressed and not dragging.
bool touch_behavior(Ui& ui, const char* id, ImVec2 size, bool* held) {
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool active = ImGui::IsItemActive();
    *held = active && !ui.gesture.dragged && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    return clicked && !ui.gesture.dragged;
}

void record(Ui& ui, std::string text, ImVec2 min, ImVec2 max, bool tappable, const ProbeLayout& layout = {},
            const char* kind = "") {
    if (!ui.probe) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.probe->record(std::move(text), min, max, dl->GetClipRectMin(), dl->GetClipRectMax(), tappable, layout, kind);
}

bool trailing_icon(Icon icon) { return icon == Icon::ChevronDown || icon == Icon::ChevronUp; }

float icon_size_for(const Ui& ui, Icon icon) {
    if (icon == Icon::None) return 0.0f;
    const float fs = ui.fonts->size(FontRole::Body);
    return trailing_icon(icon) ? fs * 0.7f : fs * 1.1f;
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Buttons, tiles, chips, cards
//---------------------------------------------------------------------------------------------------------------------

float button_fit_width(const Ui& ui, const char* label, Icon icon) {
    const float icon_size = icon_size_for(ui, icon);
    const float content_w = text::text_width(*ui.fonts, FontRole::Body, label) +
                            (icon_size > 0 ? icon_size + ui.theme.unit * 0.6f : 0.0f);
    return std::max(ui.theme.touch, content_w + ui.theme.unit * 3);
}

bool button(Ui& ui, const char* label, float width, ButtonKind kind, Icon icon, float height) {
    const float icon_size = icon_size_for(ui, icon);
    const float label_w = text::text_width(*ui.fonts, FontRole::Body, label);
    const float content_w = label_w + (icon_size > 0 ? icon_size + ui.theme.unit * 0.6f : 0.0f);
    if (width <= 0) width = button_fit_width(ui, label, icon);
    const ImVec2 size(width, height > 0 ? height : ui.theme.touch);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = touch_behavior(ui, label, size, &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, button_fill(ui, kind, held), ui.theme.radius);
    if (kind == ButtonKind::Secondary) dl->AddRect(pos, max, ui.theme.primary, ui.theme.radius, 0, 3.0f);
    const ImU32 fg = button_text(ui, kind);
    float x = pos.x + (size.x - content_w) * 0.5f;
    const float fs = ui.fonts->size(FontRole::Body);
    if (icon_size > 0 && !trailing_icon(icon)) {
        draw_icon(dl, icon, ImVec2(x + icon_size * 0.5f, pos.y + size.y * 0.5f), icon_size, fg);
        x += icon_size + ui.theme.unit * 0.6f;
    }
    const ImVec2 text_pos(x, pos.y + (size.y - fs) * 0.5f - fs * 0.06f);
    ui.fonts->draw(dl, FontRole::Body, text_pos, fg, label);
    if (icon_size > 0 && trailing_icon(icon)) {
        draw_icon(dl, icon, ImVec2(x + label_w + ui.theme.unit * 0.6f + icon_size * 0.5f, pos.y + size.y * 0.5f),
                  icon_size, fg);
    }
    ProbeLayout layout{pos, max, ImVec2(pos.x + (size.x - content_w) * 0.5f, text_pos.y),
                       ImVec2(text_pos.x + label_w, text_pos.y + fs), fg,
                       kind == ButtonKind::OnHeader ? over(button_fill(ui, kind, false), ui.theme.header_bg)
                                                    : button_fill(ui, kind, false)};
    record(ui, label, pos, max, true, layout);
    if (held) ui.animating = true;
    return clicked;
}

namespace {

struct TileMetrics {
    float display, small, label_w, hint_w, text_w, text_h, pad, icon_min;
};

TileMetrics tile_metrics(const Ui& ui, const char* label, const char* hint) {
    TileMetrics m{};
    m.display = ui.fonts->size(FontRole::Display);
    m.small = ui.fonts->size(FontRole::Body);
    m.label_w = text::text_width(*ui.fonts, FontRole::Display, label);
    m.hint_w = hint[0] ? text::text_width(*ui.fonts, FontRole::Body, hint) : 0.0f;
    m.text_w = std::max(m.label_w, m.hint_w);
    m.text_h = m.display + (hint[0] ? ui.theme.unit * 0.6f + m.small : 0.0f);
    m.pad = ui.theme.unit;
    m.icon_min = m.display * 0.8f;  // smaller and the pictogram stops being recognisable across the room
    return m;
}

}  // namespace

ImVec2 tile_needs(const Ui& ui, const char* label, const char* hint, TileLayout layout) {
    const TileMetrics m = tile_metrics(ui, label, hint);
    if (layout == TileLayout::Beside)
        return ImVec2(m.pad * 2 + m.icon_min + m.pad * 1.5f + m.text_w, m.pad * 2 + std::max(m.icon_min, m.text_h));
    return ImVec2(m.pad * 2 + m.text_w, m.pad * 1.5f + m.icon_min + m.pad * 0.5f + m.text_h);
}

bool tile_corner_free(const Ui& ui, const char* label, const char* hint, ImVec2 size, TileLayout layout,
                      ImVec2 corner) {
    // The same geometry tile() draws: the block of pictogram and words, centred.
    const TileMetrics m = tile_metrics(ui, label, hint);
    const float margin = ui.theme.unit;  // the corner box sits this far in from the tile's edges
    float block_w, block_h;
    if (layout == TileLayout::Beside) {
        const float icon_size =
            std::min({size.y * 0.6f, m.display * 1.25f, std::max(m.icon_min, size.y - m.pad * 2)});
        block_w = std::max(size.x - m.pad * 2, 0.0f);
        block_w = std::min(block_w, icon_size + m.pad * 1.5f + m.text_w);
        block_h = std::max(icon_size, m.text_h);
    } else {
        const float icon_size = std::max(m.icon_min, std::min({size.y * 0.34f, size.x * 0.3f, m.display * 1.25f}));
        block_h = icon_size + m.pad * 0.5f + m.text_h;
        block_w = icon_size;  // the corner shares the pictogram's row; it must stay above the words
        const float words_top = (size.y - block_h) * 0.5f + icon_size + m.pad * 0.5f;
        if (margin + corner.y > words_top) return false;  // would reach down to the name
    }
    const float clear_right = (size.x - block_w) * 0.5f;
    const float clear_top = (size.y - block_h) * 0.5f;
    return corner.x + margin <= clear_right || corner.y + margin <= clear_top;
}

bool tile(Ui& ui, const char* id, const char* label, const char* hint, Icon icon, ImU32 color, ImVec2 size,
          TileLayout layout) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = touch_behavior(ui, id, size, &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, color, ui.theme.radius * 1.5f);
    if (held) dl->AddRectFilled(pos, max, IM_COL32(0, 0, 0, 60), ui.theme.radius * 1.5f);
    const TileMetrics m = tile_metrics(ui, label, hint);
    const ImU32 hint_color = IM_COL32(255, 255, 255, 235);
    // The words and the pictogram as one block, centred; the subtitle is never dropped: a tile too small for it is
    // a layout the home screen must not choose (tile_needs), and the layout check reports it if one does.
    ImVec2 text_min, text_max;
    if (layout == TileLayout::Beside) {
        const float icon_size = std::min({size.y * 0.6f, m.display * 1.25f, std::max(m.icon_min, size.y - m.pad * 2)});
        const float block_w = icon_size + m.pad * 1.5f + m.text_w;
        const float x0 = pos.x + std::max(m.pad, (size.x - block_w) * 0.5f);
        draw_icon(dl, icon, ImVec2(x0 + icon_size * 0.5f, pos.y + size.y * 0.5f), icon_size, ui.theme.on_primary);
        const float tx = x0 + icon_size + m.pad * 1.5f;
        float y = pos.y + (size.y - m.text_h) * 0.5f;
        text_min = ImVec2(tx, y);
        ui.fonts->draw(dl, FontRole::Display, ImVec2(tx, y), ui.theme.on_primary, label);
        y += m.display + ui.theme.unit * 0.6f;
        if (hint[0]) ui.fonts->draw(dl, FontRole::Body, ImVec2(tx, y), hint_color, hint);
        text_max = ImVec2(tx + m.text_w, pos.y + (size.y + m.text_h) * 0.5f);
    } else {
        const float icon_size = std::max(m.icon_min, std::min({size.y * 0.34f, size.x * 0.3f, m.display * 1.25f}));
        const float block_h = icon_size + m.pad * 0.5f + m.text_h;
        float y = pos.y + (size.y - block_h) * 0.5f;
        text_min = ImVec2(pos.x + (size.x - m.text_w) * 0.5f, y);
        draw_icon(dl, icon, ImVec2(pos.x + size.x * 0.5f, y + icon_size * 0.5f), icon_size, ui.theme.on_primary);
        y += icon_size + m.pad * 0.5f;
        ui.fonts->draw(dl, FontRole::Display, ImVec2(pos.x + (size.x - m.label_w) * 0.5f, y), ui.theme.on_primary,
                       label);
        y += m.display + ui.theme.unit * 0.6f;
        if (hint[0]) ui.fonts->draw(dl, FontRole::Body, ImVec2(pos.x + (size.x - m.hint_w) * 0.5f, y), hint_color, hint);
        text_max = ImVec2(pos.x + (size.x + m.text_w) * 0.5f, pos.y + (size.y + block_h) * 0.5f);
    }
    record(ui, label, pos, max, true, ProbeLayout{pos, max, text_min, text_max, ui.theme.on_primary, color, false});
    if (held) ui.animating = true;
    return clicked;
}

ImVec2 chip_size(const Ui& ui, const std::string& label) {
    const float pad = ui.theme.unit * 1.3f;
    const float h = ui.theme.touch * 0.86f;
    return ImVec2(std::max(h * 1.4f, text::text_width(*ui.fonts, FontRole::Body, label) + pad * 2), h);
}

int chip_flow(Ui& ui, const std::vector<std::string>& labels, int selected, float width) {
    const float gap = ui.theme.unit * 0.8f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float x = 0, y = 0, row_h = 0;
    int tapped = -1;
    for (size_t i = 0; i < labels.size(); ++i) {
        const ImVec2 size = chip_size(ui, labels[i]);
        if (x > 0 && x + size.x > width) { x = 0; y += row_h + gap; }
        ImGui::SetCursorScreenPos(ImVec2(origin.x + x, origin.y + y));
        ImGui::PushID(static_cast<int>(i));
        if (chip(ui, labels[i], static_cast<int>(i) == selected)) tapped = static_cast<int>(i);
        ImGui::PopID();
        x += size.x + gap;
        row_h = size.y;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + y + row_h + gap));
    ImGui::Dummy(ImVec2(width, 0));
    return tapped;
}

float chip_flow_height(const Ui& ui, const std::vector<std::string>& labels, float width) {
    const float gap = ui.theme.unit * 0.8f;
    float x = 0, y = 0, row_h = 0;
    for (const auto& label : labels) {
        const ImVec2 size = chip_size(ui, label);
        if (x > 0 && x + size.x > width) { x = 0; y += row_h + gap; }
        x += size.x + gap;
        row_h = size.y;
    }
    return y + row_h + gap;
}

bool chip(Ui& ui, const std::string& label, bool selected) {
    const float pad = ui.theme.unit * 1.3f;
    const ImVec2 cs = chip_size(ui, label);
    const float w = cs.x, h = cs.y;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = touch_behavior(ui, label.c_str(), ImVec2(w, h), &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + w, pos.y + h);
    const ImU32 fill = selected ? ui.theme.chip_selected : held ? ui.theme.surface_pressed : ui.theme.chip_bg;
    dl->AddRectFilled(pos, max, fill, h * 0.5f);
    dl->AddRect(pos, max, selected ? ui.theme.chip_selected : ui.theme.border, h * 0.5f, 0, 2.0f);
    const float fs = ui.fonts->size(FontRole::Body);
    const ImVec2 text_pos(pos.x + pad, pos.y + (h - fs) * 0.5f - fs * 0.06f);
    const ImU32 fg = selected ? ui.theme.on_primary : ui.theme.text;
    ui.fonts->draw(dl, FontRole::Body, text_pos, fg, label.c_str());
    ProbeLayout layout{pos, max, text_pos,
                       ImVec2(text_pos.x + text::text_width(*ui.fonts, FontRole::Body, label), text_pos.y + fs), fg,
                       selected ? ui.theme.chip_selected : ui.theme.chip_bg};
    record(ui, label, pos, max, true, layout);
    if (held) ui.animating = true;
    return clicked;
}

bool card_area(Ui& ui, const char* id, ImVec2 size, bool* pressed, const std::string& probe_label, const char* kind) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = touch_behavior(ui, id, size, pressed);
    record(ui, probe_label, pos, ImVec2(pos.x + size.x, pos.y + size.y), true, {}, kind);
    if (*pressed) ui.animating = true;
    return clicked;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Text
//---------------------------------------------------------------------------------------------------------------------

float text_height(const Ui& ui, FontRole role, std::string_view s, float width, int max_lines) {
    auto lines = text::wrap_text(*ui.fonts, role, s, width);
    int n = static_cast<int>(lines.size());
    if (max_lines > 0) n = std::min(n, max_lines);
    return n * text::line_height(*ui.fonts, role);
}

std::string end_in_view(const Ui& ui, FontRole role, std::string s, float width, int max_lines) {
    while (text_height(ui, role, s, width) > max_lines * text::line_height(*ui.fonts, role) && s.size() > 12) {
        size_t cut = 0;
        for (int n = 0; n < 6 && cut < s.size(); ++n) cut = core::code_point_end(s, cut);
        s = "…" + s.substr(std::min(cut + (s.rfind("…", 0) == 0 ? 3 : 0), s.size()));
    }
    return s;
}

float text_at(Ui& ui, FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width, int max_lines,
              TextCut cut_is) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ui.fonts->size(role);
    const float lh = text::line_height(*ui.fonts, role);
    auto lines = text::wrap_text(*ui.fonts, role, s, width);
    int n = static_cast<int>(lines.size());
    if (max_lines > 0 && n > max_lines) n = max_lines;
    float y = pos.y;
    for (int i = 0; i < n; ++i) {
        std::string line(lines[i].text);
        const bool cut = i == n - 1 && n < static_cast<int>(lines.size());
        if (cut) {
            // Cut: end with "…", dropping characters until it fits, so the mark never runs past the edge.
            const float ellipsis = ui.fonts->width(role, "…");
            while (!line.empty() && ui.fonts->width(role, line) + ellipsis > width) {
                core::pop_code_point(line);
            }
            line += "…";
        }
        const float ty = y + (lh - fs) * 0.5f;
        ui.fonts->draw(dl, role, ImVec2(pos.x, ty), color, line.c_str());
        ProbeLayout layout{ImVec2(pos.x, y), ImVec2(pos.x + width, y + lh), ImVec2(pos.x, y),
                           ImVec2(pos.x + lines[i].width, y + lh), color, 0, cut && cut_is == TextCut::Finding};
        record(ui, line, ImVec2(pos.x, y), ImVec2(pos.x + lines[i].width, y + lh), false, layout);
        y += lh;
    }
    return n * lh;
}

float text_at_marked(Ui& ui, FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width, int max_lines,
                     const std::vector<Mark>& marks, ImU32 mark_color, TextCut cut) {
    if (marks.empty()) return text_at(ui, role, s, color, pos, width, max_lines, cut);
    // Highlights first, behind the text: for each wrapped line, the part of each mark that falls on it.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lh = text::line_height(*ui.fonts, role);
    const float fs = ui.fonts->size(role);
    auto lines = text::wrap_text(*ui.fonts, role, s, width);
    const int n = max_lines > 0 ? std::min<int>(max_lines, static_cast<int>(lines.size())) : static_cast<int>(lines.size());
    for (int i = 0; i < n; ++i) {
        const auto begin = static_cast<std::uint32_t>(lines[i].text.data() - s.data());
        const auto end = begin + static_cast<std::uint32_t>(lines[i].text.size());
        for (const Mark& m : marks) {
            const std::uint32_t a = std::max(m.begin, begin), b = std::min(m.end, end);
            if (a >= b) continue;
            const float x0 = pos.x + ui.fonts->width(role, s.substr(begin, a - begin));
            const float x1 = x0 + ui.fonts->width(role, s.substr(a, b - a));
            const float y = pos.y + i * lh + (lh - fs) * 0.5f;
            dl->AddRectFilled(ImVec2(x0 - 1, y - fs * 0.08f), ImVec2(x1 + 1, y + fs * 1.08f), mark_color, 3.0f);
        }
    }
    return text_at(ui, role, s, color, pos, width, max_lines, cut);
}

void text(Ui& ui, FontRole role, std::string_view s, ImU32 color, float width) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = text_at(ui, role, s, color, pos, width);
    ImGui::Dummy(ImVec2(width, h));
}

ImVec2 badge_size(const Ui& ui, std::string_view label) {
    const float fs = ui.fonts->size(FontRole::Small);
    return ImVec2(text::text_width(*ui.fonts, FontRole::Small, label) + ui.theme.unit * 1.4f, fs * 1.45f);
}

ImVec2 badge(Ui& ui, ImVec2 pos, std::string_view label, ImU32 color) {
    const ImVec2 size = badge_size(ui, label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, ui.theme.surface, ui.theme.radius * 0.5f);
    dl->AddRect(pos, max, color, ui.theme.radius * 0.5f, 0, 2.5f);
    const float fs = ui.fonts->size(FontRole::Small);
    const std::string s(label);
    const ImVec2 text_pos(pos.x + ui.theme.unit * 0.7f, pos.y + (size.y - fs) * 0.45f);
    ui.fonts->draw(dl, FontRole::Small, text_pos, color, s.c_str());
    ProbeLayout layout{pos, max, text_pos,
                       ImVec2(text_pos.x + text::text_width(*ui.fonts, FontRole::Small, label), text_pos.y + fs), color,
                       ui.theme.surface};
    record(ui, s, pos, max, false, layout);
    return size;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Icons: simple pictograms, so a tile can be recognised without reading it
//---------------------------------------------------------------------------------------------------------------------

void draw_icon(ImDrawList* dl, Icon icon, ImVec2 c, float s, ImU32 col) {
    const float t = std::max(2.0f, s * 0.07f);  // stroke
    auto R = [&](float x0, float y0, float x1, float y1) {
        return std::pair(ImVec2(c.x + x0 * s, c.y + y0 * s), ImVec2(c.x + x1 * s, c.y + y1 * s));
    };
    switch (icon) {
        case Icon::None: break;
        case Icon::Catalog: {  // a stack of pages with lines
            auto [a, b] = R(-0.32f, -0.42f, 0.32f, 0.42f);
            dl->AddRect(ImVec2(a.x + s * 0.08f, a.y - s * 0.06f), ImVec2(b.x + s * 0.08f, b.y - s * 0.06f), col, s * 0.05f, 0, t);
            dl->AddRectFilled(a, b, IM_COL32(0, 0, 0, 40), s * 0.05f);
            dl->AddRect(a, b, col, s * 0.05f, 0, t);
            for (int i = 0; i < 4; ++i) {
                const float y = c.y - s * 0.22f + i * s * 0.15f;
                dl->AddLine(ImVec2(c.x - s * 0.2f, y), ImVec2(c.x + s * (i == 3 ? 0.05f : 0.2f), y), col, t);
            }
            break;
        }
        case Icon::Guide: {  // a clipboard with ticks
            auto [a, b] = R(-0.32f, -0.38f, 0.32f, 0.45f);
            dl->AddRect(a, b, col, s * 0.05f, 0, t);
            dl->AddRectFilled(ImVec2(c.x - s * 0.14f, a.y - s * 0.07f), ImVec2(c.x + s * 0.14f, a.y + s * 0.07f), col, s * 0.03f);
            for (int i = 0; i < 3; ++i) {
                const float y = c.y - s * 0.13f + i * s * 0.2f;
                dl->AddLine(ImVec2(c.x - s * 0.2f, y), ImVec2(c.x - s * 0.14f, y + s * 0.06f), col, t);
                dl->AddLine(ImVec2(c.x - s * 0.14f, y + s * 0.06f), ImVec2(c.x - s * 0.04f, y - s * 0.06f), col, t);
                dl->AddLine(ImVec2(c.x + s * 0.02f, y), ImVec2(c.x + s * 0.22f, y), col, t);
            }
            break;
        }
        case Icon::Fee: {  // a coin with the yuan sign drawn as strokes
            dl->AddCircle(c, s * 0.42f, col, 40, t);
            dl->AddLine(ImVec2(c.x - s * 0.16f, c.y - s * 0.24f), ImVec2(c.x, c.y - s * 0.02f), col, t);
            dl->AddLine(ImVec2(c.x + s * 0.16f, c.y - s * 0.24f), ImVec2(c.x, c.y - s * 0.02f), col, t);
            dl->AddLine(ImVec2(c.x, c.y - s * 0.02f), ImVec2(c.x, c.y + s * 0.26f), col, t);
            dl->AddLine(ImVec2(c.x - s * 0.15f, c.y + s * 0.04f), ImVec2(c.x + s * 0.15f, c.y + s * 0.04f), col, t);
            dl->AddLine(ImVec2(c.x - s * 0.15f, c.y + s * 0.14f), ImVec2(c.x + s * 0.15f, c.y + s * 0.14f), col, t);
            break;
        }
        case Icon::Apply: {  // a form and a pen
            auto [a, b] = R(-0.36f, -0.4f, 0.2f, 0.42f);
            dl->AddRect(a, b, col, s * 0.05f, 0, t);
            for (int i = 0; i < 3; ++i) {
                const float y = c.y - s * 0.2f + i * s * 0.16f;
                dl->AddLine(ImVec2(a.x + s * 0.1f, y), ImVec2(b.x - s * 0.1f, y), col, t);
            }
            dl->AddLine(ImVec2(c.x + s * 0.38f, c.y - s * 0.3f), ImVec2(c.x + s * 0.02f, c.y + s * 0.3f), col, t * 1.8f);
            dl->AddTriangleFilled(ImVec2(c.x + s * 0.02f, c.y + s * 0.3f), ImVec2(c.x - s * 0.02f, c.y + s * 0.42f),
                                  ImVec2(c.x + s * 0.09f, c.y + s * 0.36f), col);
            break;
        }
        case Icon::Info: {  // a circled i
            dl->AddCircle(c, s * 0.42f, col, 40, t);
            dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.2f), s * 0.06f, col);
            dl->AddRectFilled(ImVec2(c.x - s * 0.05f, c.y - s * 0.07f), ImVec2(c.x + s * 0.05f, c.y + s * 0.27f), col);
            break;
        }
        case Icon::Notice: {  // a loudspeaker
            dl->AddRectFilled(ImVec2(c.x - s * 0.38f, c.y - s * 0.12f), ImVec2(c.x - s * 0.2f, c.y + s * 0.12f), col);
            dl->AddQuadFilled(ImVec2(c.x - s * 0.2f, c.y - s * 0.12f), ImVec2(c.x + s * 0.12f, c.y - s * 0.36f),
                              ImVec2(c.x + s * 0.12f, c.y + s * 0.36f), ImVec2(c.x - s * 0.2f, c.y + s * 0.12f), col);
            dl->PathArcTo(ImVec2(c.x + s * 0.12f, c.y), s * 0.22f, -0.9f, 0.9f, 16);
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(ImVec2(c.x + s * 0.12f, c.y), s * 0.34f, -0.9f, 0.9f, 16);
            dl->PathStroke(col, 0, t);
            break;
        }
        case Icon::Back: {  // a left arrow
            dl->AddLine(ImVec2(c.x - s * 0.35f, c.y), ImVec2(c.x + s * 0.35f, c.y), col, t * 1.4f);
            dl->AddLine(ImVec2(c.x - s * 0.35f, c.y), ImVec2(c.x - s * 0.05f, c.y - s * 0.3f), col, t * 1.4f);
            dl->AddLine(ImVec2(c.x - s * 0.35f, c.y), ImVec2(c.x - s * 0.05f, c.y + s * 0.3f), col, t * 1.4f);
            break;
        }
        case Icon::ChevronDown:
        case Icon::ChevronUp: {  // a chevron: the panel below opens (down) or closes (up)
            const float dy = icon == Icon::ChevronDown ? s * 0.22f : -s * 0.22f;
            dl->AddLine(ImVec2(c.x - s * 0.42f, c.y - dy), ImVec2(c.x, c.y + dy), col, t * 1.6f);
            dl->AddLine(ImVec2(c.x, c.y + dy), ImVec2(c.x + s * 0.42f, c.y - dy), col, t * 1.6f);
            break;
        }
        case Icon::Stop: {  // a square, as on every player's stop key
            dl->AddRectFilled(ImVec2(c.x - s * 0.3f, c.y - s * 0.3f), ImVec2(c.x + s * 0.3f, c.y + s * 0.3f), col, s * 0.05f);
            break;
        }
        case Icon::Home: {  // a house
            dl->AddTriangle(ImVec2(c.x - s * 0.4f, c.y - s * 0.02f), ImVec2(c.x, c.y - s * 0.4f),
                            ImVec2(c.x + s * 0.4f, c.y - s * 0.02f), col, t * 1.2f);
            dl->AddRect(ImVec2(c.x - s * 0.27f, c.y - s * 0.05f), ImVec2(c.x + s * 0.27f, c.y + s * 0.36f), col, 0, 0, t * 1.2f);
            dl->AddRectFilled(ImVec2(c.x - s * 0.07f, c.y + s * 0.12f), ImVec2(c.x + s * 0.07f, c.y + s * 0.36f), col);
            break;
        }
    }
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Scroll areas: finger drag with inertia
//---------------------------------------------------------------------------------------------------------------------

void begin_scroll(Ui& ui, const char* id, ImVec2 size) {
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, ui.theme.scrollbar);
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoBackground);
    const ImGuiID sid = ImGui::GetID("##scroll");
    ScrollState& st = ui.scroll[sid];
    Gesture& g = ui.gesture;
    if (ui.scroll_reset) { ImGui::SetScrollY(0); st.velocity = 0; st.fraction = 0; }
    // A new text size changes the content's height; keep the reader at the same place in it, not the same pixel.
    // ImGui knows the new height one frame after the text is laid out, so this holds for a couple of frames.
    const float max_y = ImGui::GetScrollMaxY();
    if (ui.relayout_frames > 0) ImGui::SetScrollY(st.fraction * max_y);

    else st.fraction = max_y > 0 ? ImGui::GetScrollY() / max_y : 0.0f;
    const ImVec2 wmin = ImGui::GetWindowPos();
    const ImVec2 wmax(wmin.x + ImGui::GetWindowWidth(), wmin.y + ImGui::GetWindowHeight());
    if (ui.probe) ui.probe->record_scroll_area(wmin, wmax);
    const bool inside = g.start.x >= wmin.x && g.start.x < wmax.x && g.start.y >= wmin.y && g.start.y < wmax.y;
    // Innermost wins: scroll areas nested later in the frame overwrite the owner set by outer ones.
    if (g.pressed && inside) g.scroll_owner = sid;
    if (g.scroll_owner == sid) {
        if (g.pressed) st.velocity = 0;
        if (g.down && g.dragged) {
            ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - g.delta.y, 0.0f, ImGui::GetScrollMaxY()));
        }
        if (g.released && g.dragged) st.velocity = -g.velocity_y;
    }
    if (!g.down && std::fabs(st.velocity) > 20.0f) {
        const float y = ImGui::GetScrollY() + st.velocity * ui.dt;
        ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
        if (y <= 0 || y >= ImGui::GetScrollMaxY()) st.velocity = 0;
        st.velocity *= std::exp(-ui.dt * 3.5f);
        ui.animating = true;
    } else if (!g.down) {
        st.velocity = 0;
    }
}

void end_scroll(Ui& ui) {
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

void begin_overlay(Ui& ui, const char* id) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ui.theme.screen);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(0, 0, 0, 150)));
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
    if (ui.probe) ui.probe->cover_all();
    ImGui::PushFont(ui.fonts->get(FontRole::Body));
}

void end_overlay() {
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
