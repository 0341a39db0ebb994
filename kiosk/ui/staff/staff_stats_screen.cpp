// staff_stats_screen.cpp — see staff_stats_screen.h.
//
// Landscape: the six monthly charts in a 3×2 grid on the left, this month's searched words on the right, each side
// scrolling on its own. Portrait: the charts 2×3, the words below, one scrolling column.
#include "ui/staff/staff_stats_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;
using K = StaffAction::Kind;

namespace {

std::string fmt_int(const char* f, int n) {
    char buf[128];
    std::snprintf(buf, sizeof buf, f, n);
    return buf;
}

float line_h(const Ui& ui, FontRole role) { return text::line_height(*ui.fonts, role); }

// A label centred on `cx` (one line).
void centered(Ui& ui, FontRole role, const std::string& s, ImU32 color, float cx, float y) {
    const float w = ui.fonts->width(role, s);
    text_at(ui, role, s, color, ImVec2(cx - w * 0.5f, y), w + 2, 1);
}

struct Series {
    const char* name;
    std::vector<int> values;  // one per month
    ImU32 color;
};

// One figure over the months: a card with the title and the period's total, bars with their numbers, month names.
// Two series share the chart as pairs of bars (updates applied / rolled back), with a legend under the title.
void bar_chart(Ui& ui, ImVec2 pos, ImVec2 size, const char* title, const std::vector<std::string>& months,
               const std::vector<Series>& series) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 2.0f);
    const float pad = t.unit;
    const float body_lh = line_h(ui, FontRole::Body), small_lh = line_h(ui, FontRole::Small);
    text_at(ui, FontRole::Body, title, t.text, ImVec2(pos.x + pad, pos.y + pad * 0.6f), size.x * 0.6f, 1);
    int total = 0;
    for (const int v : series.front().values) total += v;
    const std::string total_label = fmt_int(str::kStaffUsageTotalFmt, total);
    const float tw = ui.fonts->width(FontRole::Small, total_label);
    text_at(ui, FontRole::Small, total_label, t.text_muted,
            ImVec2(max.x - pad - tw, pos.y + pad * 0.6f + (body_lh - small_lh) * 0.5f), tw + 2, 1);
    float plot_top = pos.y + pad * 0.6f + body_lh;
    if (series.size() > 1) {
        // Legend: a swatch and a name per series.
        float x = pos.x + pad;
        const float sw = ui.fonts->size(FontRole::Small) * 0.7f;
        for (const Series& s : series) {
            const float y = plot_top + (small_lh - sw) * 0.5f;
            dl->AddRectFilled(ImVec2(x, y), ImVec2(x + sw, y + sw), s.color, 3.0f);
            x += sw + t.unit * 0.4f;
            text_at(ui, FontRole::Small, s.name, t.text, ImVec2(x, plot_top), size.x, 1);
            x += ui.fonts->width(FontRole::Small, s.name) + t.unit;
        }
        plot_top += small_lh;
    }
    plot_top += small_lh;  // room for the tallest bar's number
    const float base_y = max.y - pad * 0.4f - small_lh;
    const float plot_h = std::max(1.0f, base_y - plot_top);
    int highest = 1;
    for (const Series& s : series)
        for (const int v : s.values) highest = std::max(highest, v);
    const int n = static_cast<int>(months.size());
    const float slot = (size.x - pad * 2) / std::max(1, n);
    const float group_w = slot * 0.7f;
    const float bar_w = group_w / static_cast<float>(series.size());
    dl->AddLine(ImVec2(pos.x + pad, base_y), ImVec2(max.x - pad, base_y), t.text_muted, 2.0f);
    // "10月" is wider than a narrow chart's slot: then the months go by number (the page says which months).
    bool names_fit = true;
    for (const std::string& m : months) names_fit &= ui.fonts->width(FontRole::Small, m) <= slot * 0.95f;
    for (int i = 0; i < n; ++i) {
        const float slot_x = pos.x + pad + slot * i;
        const float group_x = slot_x + (slot - group_w) * 0.5f;
        bool any = false;
        for (std::size_t k = 0; k < series.size(); ++k) {
            const int v = i < static_cast<int>(series[k].values.size()) ? series[k].values[i] : 0;
            const float h = plot_h * static_cast<float>(v) / static_cast<float>(highest);
            const float x0 = group_x + bar_w * k, x1 = x0 + bar_w - (series.size() > 1 ? 2.0f : 0.0f);
            if (v > 0) dl->AddRectFilled(ImVec2(x0, base_y - h), ImVec2(x1, base_y), series[k].color, 3.0f);
            // Paired bars: only the ones with something to say get a number, or the pair's zeros crowd together.
            if (v > 0 || series.size() == 1)
                centered(ui, FontRole::Small, std::to_string(v), t.text, (x0 + x1) * 0.5f, base_y - h - small_lh);
            any |= v > 0;
        }
        if (!any && series.size() > 1) centered(ui, FontRole::Small, "0", t.text, slot_x + slot * 0.5f, base_y - small_lh);
        const std::string& name = months[static_cast<std::size_t>(i)];
        centered(ui, FontRole::Small, names_fit ? name : name.substr(0, name.size() - std::string("月").size()),
                 t.text_muted, slot_x + slot * 0.5f, base_y);
    }
}

// This month's words as a list of horizontal bars: the word, a bar for how often, the number.
void word_bars(Ui& ui, const char* title, const char* hint, const char* empty, const std::vector<core::QueryCount>& words,
               bool not_found, float width) {
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, title, t.text, width);
    if (hint) text(ui, FontRole::Small, hint, t.text_muted, width);
    ImGui::Dummy(ImVec2(1, t.unit * 0.3f));
    if (words.empty()) {
        text(ui, FontRole::Body, empty, t.text_muted, width);
        ImGui::Dummy(ImVec2(1, t.unit));
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lh = line_h(ui, FontRole::Body);
    const float word_w = width * 0.38f, count_w = ui.fonts->width(FontRole::Body, "9999 次") + t.unit;
    const float bar_room = std::max(1.0f, width - word_w - count_w - t.unit);
    int highest = 1;
    for (const auto& q : words) highest = std::max(highest, not_found ? q.without_results : q.searches);
    for (const auto& q : words) {
        const int v = not_found ? q.without_results : q.searches;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        text_at(ui, FontRole::Body, q.query, t.text, pos, word_w - t.unit * 0.5f, 1);
        const float bx = pos.x + word_w;
        const float bw = bar_room * static_cast<float>(v) / static_cast<float>(highest);
        dl->AddRectFilled(ImVec2(bx, pos.y + lh * 0.2f), ImVec2(bx + std::max(bw, 4.0f), pos.y + lh * 0.8f),
                          not_found ? t.accent : t.primary, 3.0f);
        text_at(ui, FontRole::Body, fmt_int(str::kStaffUsageTimesFmt, v), t.text,
                ImVec2(bx + std::max(bw, 4.0f) + t.unit * 0.5f, pos.y), count_w, 1);
        ImGui::Dummy(ImVec2(width, lh));
    }
    ImGui::Dummy(ImVec2(1, t.unit));
}

void draw_words(Ui& ui, const StaffModel& m, float width) {
    word_bars(ui, str::kStaffUsageNotFound, str::kStaffUsageNotFoundHint, str::kStaffUsageAllFound,
              m.usage_not_found, true, width);
    word_bars(ui, str::kStaffUsageTopSearches, nullptr, str::kStaffUsageNoSearches, m.usage_top_searches, false,
              width);
}

// The six charts in `cols` columns from the cursor, `width` wide; advances the cursor below them.
void draw_charts(Ui& ui, const StaffModel& m, float width, int cols, float chart_h) {
    const Theme& t = ui.theme;
    std::vector<std::string> months;
    auto values = [&](auto field) {
        std::vector<int> v;
        for (const core::MonthFigures& f : m.usage_months) v.push_back(f.*field);
        return v;
    };
    for (const core::MonthFigures& f : m.usage_months) months.push_back(fmt_int(str::kStaffUsageMonthFmt, std::stoi(f.month.substr(5, 2))));
    using F = core::MonthFigures;
    struct Chart {
        const char* title;
        std::vector<Series> series;
    };
    const std::vector<Chart> charts = {
        {str::kStaffUsageScreens, {{str::kStaffUsageScreens, values(&F::screens_viewed), t.primary}}},
        {str::kStaffUsageDocuments, {{str::kStaffUsageDocuments, values(&F::documents_opened), t.primary}}},
        {str::kStaffUsageSearches, {{str::kStaffUsageSearches, values(&F::searches), t.primary}}},
        {str::kStaffUsageNothingFound, {{str::kStaffUsageNothingFound, values(&F::searches_without_results), t.accent}}},
        {str::kStaffUsageApplications, {{str::kStaffUsageApplications, values(&F::applications_submitted), t.valid}}},
        {str::kStaffUsageUpdates,
         {{str::kStaffUsageUpdates, values(&F::updates_applied), t.primary},
          {str::kStaffUsageRollbacks, values(&F::updates_rolled_back), t.expired}}},
    };
    const float gap = t.unit;
    const float chart_w = (width - gap * (cols - 1)) / cols;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const int rows = (static_cast<int>(charts.size()) + cols - 1) / cols;
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const int row = static_cast<int>(i) / cols, col = static_cast<int>(i) % cols;
        bar_chart(ui, ImVec2(origin.x + col * (chart_w + gap), origin.y + row * (chart_h + gap)),
                  ImVec2(chart_w, chart_h), charts[i].title, months, charts[i].series);
    }
    ImGui::Dummy(ImVec2(width, rows * (chart_h + gap)));
}

}  // namespace

StaffAction draw_usage_entry(Ui& ui, float width) {
    const Theme& t = ui.theme;
    ImGui::Dummy(ImVec2(1, t.unit * 0.5f));
    StaffAction action;
    if (button(ui, str::kStaffUsageButton, std::min(width, t.touch * 5.0f), ButtonKind::Primary, Icon::None,
               t.touch * 1.15f))
        action = StaffAction::of(K::ShowUsage);
    text(ui, FontRole::Small, str::kStaffUsageButtonHint, t.text_muted, width);
    ImGui::Dummy(ImVec2(1, t.unit * 0.5f));
    return action;
}

StaffAction draw_staff_stats(Ui& ui, const StaffModel& m, Area area) {
    StaffAction action;
    const Theme& t = ui.theme;
    // Title row: what this is on the left, 返回 on the right.
    const float back_w = t.touch * 2.2f;
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - back_w, area.min.y));
    if (button(ui, str::kStaffUsageBack, back_w, ButtonKind::Secondary, Icon::Back)) action = StaffAction::of(K::Dismiss);
    const float title_w = area.width() - back_w - t.unit * 2;
    float y = area.min.y + (t.touch - line_h(ui, FontRole::Heading)) * 0.5f;
    y += text_at(ui, FontRole::Heading, str::kStaffUsageTitle, t.text, ImVec2(area.min.x, y), title_w, 1);
    y = std::max(y, area.min.y + t.touch) + t.unit * 0.3f;
    std::string note = str::kStaffUsagePrivacy;
    if (!m.usage_months.empty()) {
        const core::MonthFigures &first = m.usage_months.front(), &last = m.usage_months.back();
        char period[128];
        std::snprintf(period, sizeof period, str::kStaffUsagePeriodFmt, std::stoi(first.month.substr(0, 4)),
                      std::stoi(first.month.substr(5, 2)), std::stoi(last.month.substr(0, 4)),
                      std::stoi(last.month.substr(5, 2)));
        note = std::string(period) + note;
    }
    y += text_at(ui, FontRole::Small, note, t.text_muted, ImVec2(area.min.x, y), area.width());
    y += t.unit;
    if (!m.usage_available || m.usage_months.empty()) {
        text_at(ui, FontRole::Heading, str::kStaffUsageOff, t.accent, ImVec2(area.min.x, y), area.width());
        return action;
    }
    const float body_h = area.max.y - y;
    if (!t.portrait) {
        const float gap = t.unit * 2;
        const float left_w = (area.width() - gap) * 0.66f, right_w = area.width() - gap - left_w;
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, y));
        begin_scroll(ui, "staff_usage_charts", ImVec2(left_w, body_h));
        const float chart_h = std::max(t.touch * 2.6f, (body_h - t.unit) / 2 - t.unit);
        draw_charts(ui, m, left_w - t.scrollbar - t.unit, 3, chart_h);
        end_scroll(ui);
        ImGui::SetCursorScreenPos(ImVec2(area.min.x + left_w + gap, y));
        begin_scroll(ui, "staff_usage_words", ImVec2(right_w, body_h));
        draw_words(ui, m, right_w - t.scrollbar - t.unit * 2);
        ImGui::Dummy(ImVec2(0, t.unit * 4));
        end_scroll(ui);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, y));
        begin_scroll(ui, "staff_usage_page", ImVec2(area.width(), body_h));
        const float w = area.width() - t.scrollbar - t.unit;
        draw_charts(ui, m, w, 2, t.touch * 3.2f);
        ImGui::Dummy(ImVec2(1, t.unit));
        draw_words(ui, m, w - t.unit);
        ImGui::Dummy(ImVec2(0, t.unit * 4));
        end_scroll(ui);
    }
    return action;
}

}  // namespace kiosk::ui
