// attract_screen.cpp — see attract_screen.h.
//
// Top to bottom: a banner with the office's name, what the kiosk is for and the clock; the newest announcements as
// cards (two side by side in landscape, stacked in portrait), as many as fit with at least three lines of their
// text; a wide "点击屏幕开始" band; and a bottom strip where the public screens have their reading-comfort bar, kept
// free for the staff badge (drawn over it by the platform) with the page number at its left.
#include "ui/reading/attract_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>

#include "core/base/civil_date.h"
#include "core/base/strings_zh.h"
#include "ui/kit/access_bar.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

// Larger than the public screens' standard sizes, so the screen reads from a few steps away. Set for this screen
// only and put back afterwards: the staff badge drawn over it keeps the sizes its place in the bar was measured in.
text::FontSizes attract_font_sizes(const Theme& t) {
    const float scale = std::max(0.5f, std::min(t.screen.x, t.screen.y) / 1080.0f);
    text::FontSizes s;
    s.px[static_cast<int>(FontRole::Small)] = 36.0f * scale;
    s.px[static_cast<int>(FontRole::Body)] = 46.0f * scale;
    s.px[static_cast<int>(FontRole::Heading)] = 60.0f * scale;
    s.px[static_cast<int>(FontRole::Display)] = 96.0f * scale;
    return s;
}

text::FontSizes current_sizes(const text::FontSet& fonts) {
    text::FontSizes s;
    for (int r = 0; r < static_cast<int>(FontRole::Count); ++r) s.px[r] = fonts.size(static_cast<FontRole>(r));
    return s;
}

float line_h(const Ui& ui, FontRole role) { return text::line_height(*ui.fonts, role); }

// One line of text at `pos` (recorded for the script tests like all text).
void line_at(Ui& ui, FontRole role, const std::string& s, ImU32 color, ImVec2 pos) {
    text_at(ui, role, s, color, pos, ui.fonts->width(role, s) + 2, 1);
}

// A fingertip touching a surface: a dot and two rings. Still, like everything here.
void draw_touch_icon(ImDrawList* dl, ImVec2 c, float r, ImU32 color) {
    dl->AddCircleFilled(c, r * 0.32f, color, 32);
    dl->AddCircle(c, r * 0.62f, color, 48, r * 0.09f);
    dl->AddCircle(c, r * 0.95f, (color & 0x00FFFFFF) | 0x99000000, 48, r * 0.07f);
}

// The padding inside a card.
float card_pad(const Theme& t) { return t.unit * 1.5f; }

// The card's body gets whatever the title leaves: a one-line title, two more lines of text.
void draw_notice_card(Ui& ui, const core::Announcement& n, ImVec2 pos, ImVec2 size) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = card_pad(t);
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 2.5f);
    // A red edge like a notice pinned to the board.
    dl->AddRectFilled(pos, ImVec2(pos.x + t.unit * 0.6f, max.y), t.header_bg, t.radius, ImDrawFlags_RoundCornersLeft);
    const float x = pos.x + pad + t.unit * 0.6f;
    const float w = size.x - pad * 2 - t.unit * 0.6f;
    float y = pos.y + pad;
    y += text_at(ui, FontRole::Heading, n.title, t.text, ImVec2(x, y), w, 2);
    y += text_at(ui, FontRole::Small, n.published_date, t.text_muted, ImVec2(x, y), w, 1);
    // The body's first lines: paragraphs joined (Chinese needs no space between them), so a short first paragraph
    // does not waste the card.
    std::string body = n.body;
    body.erase(std::remove(body.begin(), body.end(), '\n'), body.end());
    const int body_lines = static_cast<int>((max.y - pad - y) / line_h(ui, FontRole::Body));
    if (body_lines > 0) text_at(ui, FontRole::Body, body, t.text, ImVec2(x, y), w, body_lines);
}

}  // namespace

Action draw_attract(Ui& ui, const AppModel& model, double shown_for_ms, int* pages) {
    Action action;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 screen = t.screen;

    // The touch: one invisible button over everything, answering on the press (see the header).
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    ImGui::InvisibleButton("attract_touch", screen);
    if (ImGui::IsItemActivated()) action = Action::home();

    const text::FontSizes frame_sizes = current_sizes(*ui.fonts);
    ui.fonts->set_sizes(attract_font_sizes(t));
    const float pad = t.unit * 2;
    const float gap = t.unit * 1.5f;

    // ---- Banner: who, what for, when -------------------------------------------------------------------------------
    std::time_t now = static_cast<std::time_t>(ui.wall_seconds);
    std::tm tm{};
    localtime_r(&now, &tm);
    char clock[16], date[96];
    std::snprintf(clock, sizeof clock, "%02d:%02d", tm.tm_hour, tm.tm_min);
    const std::string day = core::chinese_date({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
    std::snprintf(date, sizeof date, "%s %s", day.c_str(), str::kWeekdays[tm.tm_wday]);
    const float clock_w = ui.fonts->width(FontRole::Display, clock);
    const float date_w = ui.fonts->width(FontRole::Body, date);
    const float name_lh = line_h(ui, FontRole::Heading), body_lh = line_h(ui, FontRole::Body);
    const float display_lh = line_h(ui, FontRole::Display);
    const std::string name = model.office.name.empty() ? str::kProductName : model.office.name;
    float banner_h;
    if (t.portrait) {
        banner_h = pad * 2 + name_lh + body_lh + display_lh;
    } else {
        banner_h = pad * 2 + std::max(name_lh + body_lh, display_lh);
    }
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(screen.x, banner_h), t.header_bg);
    const float text_w = t.portrait ? screen.x - pad * 2 : screen.x - pad * 3 - clock_w - date_w - gap;
    text_at(ui, FontRole::Heading, name, t.on_header, ImVec2(pad, pad), text_w, 1);
    text_at(ui, FontRole::Body, str::kAttractWhatFor, t.on_header, ImVec2(pad, pad + name_lh), text_w, 1);
    // The clock and the date on one line: right-aligned in landscape, under the words in portrait.
    const float clock_y = t.portrait ? pad + name_lh + body_lh : (banner_h - display_lh) * 0.5f;
    const float clock_x = t.portrait ? pad : screen.x - pad - clock_w;
    line_at(ui, FontRole::Display, clock, t.on_header, ImVec2(clock_x, clock_y));
    const float date_x = t.portrait ? pad + clock_w + gap * 1.5f : clock_x - gap * 1.5f - date_w;
    line_at(ui, FontRole::Body, date, t.on_header,
            ImVec2(date_x, clock_y + (display_lh - body_lh) * 0.5f + ui.fonts->size(FontRole::Display) * 0.08f));

    // ---- Bottom: the strip kept for the staff badge, and above it the band that says what to do -------------------
    const float strip_h = access_bar_height(ui);
    const float strip_y = screen.y - strip_h;
    const float band_h = ui.fonts->size(FontRole::Display) * 1.25f + pad;
    const float band_y = strip_y - band_h;
    dl->AddRectFilled(ImVec2(0, band_y), screen, t.primary);  // the strip too: one block that says what to do
    const float icon_r = ui.fonts->size(FontRole::Display) * 0.55f;
    const float start_w = ui.fonts->width(FontRole::Display, str::kAttractStart);
    const float group_w = icon_r * 2 + gap + start_w;
    const float group_x = (screen.x - group_w) * 0.5f;
    draw_touch_icon(dl, ImVec2(group_x + icon_r, band_y + band_h * 0.5f), icon_r, t.on_primary);
    line_at(ui, FontRole::Display, str::kAttractStart, t.on_primary,
            ImVec2(group_x + icon_r * 2 + gap, band_y + (band_h - display_lh) * 0.5f));

    // ---- The newest announcements, a page at a time ---------------------------------------------------------------
    const float top = banner_h + pad;
    const float heading_row = body_lh + t.unit * 0.5f;
    const float bottom = band_y - pad;
    const int shown = std::min<int>(static_cast<int>(model.notices.size()), kAttractMaxNotices);
    const int cols = t.portrait ? 1 : 2;
    const float card_w = (screen.x - pad * 2 - gap * (cols - 1)) / cols;
    // Padding, the title (two lines at most) and the date; the rest of a card is the body's first lines.
    const float fixed_h = card_pad(t) * 2 + name_lh * 2 + line_h(ui, FontRole::Small);
    const float cards_h = bottom - top - heading_row;
    const int min_body_lines = 3;
    const int rows = std::max(1, static_cast<int>((cards_h + gap) / (fixed_h + min_body_lines * body_lh + gap)));
    const float card_h = (cards_h - gap * (rows - 1)) / rows;
    const int per_page = rows * cols;
    *pages = shown == 0 ? 1 : (shown + per_page - 1) / per_page;
    const int page = static_cast<int>(std::floor(std::max(0.0, shown_for_ms) / kAttractPageMs)) % *pages;

    text_at(ui, FontRole::Body, str::kAttractNoticesTitle, t.text, ImVec2(pad, top), screen.x * 0.4f, 1);
    const float hint_w = ui.fonts->width(FontRole::Small, str::kAttractFullText);
    if (shown > 0)
        text_at(ui, FontRole::Small, str::kAttractFullText, t.text_muted,
                ImVec2(screen.x - pad - hint_w, top + (body_lh - line_h(ui, FontRole::Small)) * 0.5f), hint_w + 2, 1);
    if (shown == 0) {
        text_at(ui, FontRole::Heading, str::kAttractNoNotices, t.text_muted, ImVec2(pad, top + heading_row),
                screen.x - pad * 2);
    }
    for (int i = 0; i < per_page; ++i) {
        const int index = page * per_page + i;
        if (index >= shown) break;
        const int row = i / cols, col = i % cols;
        const ImVec2 pos(pad + col * (card_w + gap), top + heading_row + row * (card_h + gap));
        draw_notice_card(ui, model.notices[static_cast<std::size_t>(index)], pos, ImVec2(card_w, card_h));
    }
    if (*pages > 1) {
        char page_label[64];
        std::snprintf(page_label, sizeof page_label, str::kAttractPageFmt, page + 1, *pages);
        // Left in the strip, where the public screens have 字号: the badge never comes that far left.
        text_at(ui, FontRole::Small, page_label, t.on_primary,
                ImVec2(pad, strip_y + (strip_h - line_h(ui, FontRole::Small)) * 0.5f), screen.x * 0.3f, 1);
    }

    ui.fonts->set_sizes(frame_sizes);
    return action;
}

}  // namespace kiosk::ui
