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

void record(Ui& ui, std::string text, ImVec2 min, ImVec2 max, bool tappable) {
    if (!ui.probe) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.probe->record(std::move(text), min, max, dl->GetClipRectMin(), dl->GetClipRectMax(), tappable);
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Buttons, tiles, chips, cards
//---------------------------------------------------------------------------------------------------------------------

bool button(Ui& ui, const char* label, float width, ButtonKind kind, Icon icon, float height) {
    const float pad = ui.theme.unit * 1.5f;
    const float icon_size = icon == Icon::None ? 0.0f : ui.fonts->size(FontRole::Body) * 1.1f;
    const float label_w = text::text_width(*ui.fonts, FontRole::Body, label);
    const float content_w = label_w + (icon_size > 0 ? icon_size + ui.theme.unit * 0.6f : 0.0f);
    if (width <= 0) width = std::max(ui.theme.touch, content_w + pad * 2);
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
    if (icon_size > 0) {
        draw_icon(dl, icon, ImVec2(x + icon_size * 0.5f, pos.y + size.y * 0.5f), icon_size, fg);
        x += icon_size + ui.theme.unit * 0.6f;
    }
    ui.fonts->draw(dl, FontRole::Body, ImVec2(x, pos.y + (size.y - fs) * 0.5f - fs * 0.06f), fg, label);
    record(ui, label, pos, max, true);
    if (held) ui.animating = true;
    return clicked;
}

bool tile(Ui& ui, const char* id, const char* label, const char* hint, Icon icon, ImU32 color, ImVec2 size) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = touch_behavior(ui, id, size, &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, color, ui.theme.radius * 1.5f);
    if (held) dl->AddRectFilled(pos, max, IM_COL32(0, 0, 0, 60), ui.theme.radius * 1.5f);
    const float display = ui.fonts->size(FontRole::Display);
    const float small = ui.fonts->size(FontRole::Body);
    const float icon_size = std::min(size.y * 0.34f, size.x * 0.3f);
    const float block_h = icon_size + ui.theme.unit + display + ui.theme.unit * 0.6f + small;
    float y = pos.y + (size.y - block_h) * 0.5f;
    draw_icon(dl, icon, ImVec2(pos.x + size.x * 0.5f, y + icon_size * 0.5f), icon_size, ui.theme.on_primary);
    y += icon_size + ui.theme.unit;
    const float lw = text::text_width(*ui.fonts, FontRole::Display, label);
    ui.fonts->draw(dl, FontRole::Display, ImVec2(pos.x + (size.x - lw) * 0.5f, y),
                ui.theme.on_primary, label);
    y += display + ui.theme.unit * 0.6f;
    const float hw = text::text_width(*ui.fonts, FontRole::Body, hint);
    if (hw < size.x - ui.theme.unit * 2)
        ui.fonts->draw(dl, FontRole::Body, ImVec2(pos.x + (size.x - hw) * 0.5f, y),
                    IM_COL32(255, 255, 255, 235), hint);
    record(ui, label, pos, max, true);
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
    ui.fonts->draw(dl, FontRole::Body, ImVec2(pos.x + pad, pos.y + (h - fs) * 0.5f - fs * 0.06f),
                selected ? ui.theme.on_primary : ui.theme.text, label.c_str());
    record(ui, label, pos, max, true);
    if (held) ui.animating = true;
    return clicked;
}

bool card_area(Ui& ui, const char* id, ImVec2 size, bool* pressed, const std::string& probe_label) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = touch_behavior(ui, id, size, pressed);
    record(ui, probe_label, pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
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

float text_at(Ui& ui, FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width, int max_lines) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ui.fonts->size(role);
    const float lh = text::line_height(*ui.fonts, role);
    auto lines = text::wrap_text(*ui.fonts, role, s, width);
    int n = static_cast<int>(lines.size());
    if (max_lines > 0 && n > max_lines) n = max_lines;
    float y = pos.y;
    for (int i = 0; i < n; ++i) {
        std::string line(lines[i].text);
        if (i == n - 1 && n < static_cast<int>(lines.size())) {
            // Cut: end with "…", dropping characters until it fits, so the mark never runs past the edge.
            const float ellipsis = ui.fonts->width(role, "…");
            while (!line.empty() && ui.fonts->width(role, line) + ellipsis > width) {
                core::pop_code_point(line);
            }
            line += "…";
        }
        const float ty = y + (lh - fs) * 0.5f;
        ui.fonts->draw(dl, role, ImVec2(pos.x, ty), color, line.c_str());
        record(ui, line, ImVec2(pos.x, y), ImVec2(pos.x + lines[i].width, y + lh), false);
        y += lh;
    }
    return n * lh;
}

float text_at_marked(Ui& ui, FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width, int max_lines,
                     const std::vector<Mark>& marks, ImU32 mark_color) {
    if (marks.empty()) return text_at(ui, role, s, color, pos, width, max_lines);
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
    return text_at(ui, role, s, color, pos, width, max_lines);
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
    ui.fonts->draw(dl, FontRole::Small, ImVec2(pos.x + ui.theme.unit * 0.7f, pos.y + (size.y - fs) * 0.45f),
                color, s.c_str());
    record(ui, s, pos, max, false);
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

}  // namespace kiosk::ui
