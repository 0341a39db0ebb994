// pinyin_panel.cpp — see pinyin_panel.h.
#include "ui/keyboards/pinyin_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

std::vector<CandidateSlot> layout_candidates(const std::vector<float>& text_widths, float width, float min_w,
                                             float pad, float gap, int max_rows) {
    std::vector<CandidateSlot> out(text_widths.size());
    std::vector<std::vector<std::size_t>> rows;
    float used = 0;
    for (std::size_t i = 0; i < text_widths.size(); ++i) {
        const float w = std::max(min_w, text_widths[i] + pad * 2);
        if (rows.empty() || (used + gap + w > width && static_cast<int>(rows.size()) < std::max(1, max_rows))) {
            rows.emplace_back();
            used = -gap;
        }
        rows.back().push_back(i);
        out[i].w = w;
        used += gap + w;
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        float sum = 0;
        for (std::size_t i : rows[r]) sum += out[i].w;
        const float gaps = gap * static_cast<float>(rows[r].size() - 1);
        // Room left: each button a little wider (at most half a minimum width), the row stays left-aligned.
        // Too little: all narrowed in proportion.
        const float spare = width - gaps - sum;
        const float grow = spare >= 0 ? std::min(spare / static_cast<float>(rows[r].size()), min_w * 0.5f) : 0.0f;
        const float scale = spare >= 0 ? 1.0f : std::max(0.0f, width - gaps) / sum;
        float x = 0;
        for (std::size_t i : rows[r]) {
            out[i].row = static_cast<int>(r);
            out[i].w = out[i].w * scale + grow;
            out[i].x = x;
            x += out[i].w + gap;
        }
    }
    return out;
}

std::string page_label(const input::ImeState& s) {
    if (s.candidates.empty() || (!s.more_before && !s.more_after)) return "";
    char buf[64];
    if (s.pages > 0) std::snprintf(buf, sizeof buf, str::kPinyinPageOf, s.page + 1, s.pages);
    else std::snprintf(buf, sizeof buf, str::kPinyinPageNo, s.page + 1);
    return buf;
}

int rare_key_target(const input::ImeState& s) {
    if (s.rare_page < 0 || s.candidates.empty()) return -1;
    return s.page < s.rare_page ? s.rare_page : 0;
}

PinyinPanel::PinyinPanel(std::unique_ptr<input::PinyinEngine> engine) : engine_(std::move(engine)) { refresh(); }

void PinyinPanel::reset() {
    engine_->clear();
    refresh();
}

void PinyinPanel::set_name_field(bool name) {
    if (engine_->rare_apart() == name) return;
    engine_->set_rare_apart(name);
    refresh();
}

void PinyinPanel::set_person_names(const std::vector<std::string>& names) {
    engine_->set_name_characters(names);
    refresh();
}

void PinyinPanel::forget() {
    engine_->forget();
    refresh();
}

PanelInput PinyinPanel::draw(Ui& ui, Area area) {
    PanelInput in;
    const Theme& t = ui.theme;
    const float gap = t.unit * 0.5f;
    const bool composing = !state_.preedit.empty();

    // ---- The candidate bar: ◀ [words of this page] ▶ ----------------------------------------------------------------
    // One row where a page of two-character words fits in it (landscape, the whole width), else two (portrait, or
    // the search bar's narrower keyboard); two rows give up a little of their height where the keys need it.
    const float page_w = t.touch * 1.2f;
    const float words_w = area.width() - (page_w + gap) * 2;
    const float word_w = ui.fonts->size(FontRole::Display) * 2 + t.unit * 2;
    const int bar_rows = t.portrait || words_w < input::kImePageSize * (word_w + gap) ? 2 : 1;
    const float keys_least = 4 * t.touch * 0.8f + 3 * gap;
    const float row_h = std::clamp((area.height() - keys_least - t.unit - (bar_rows - 1) * gap) / bar_rows, t.touch,
                                   t.touch * 1.15f);
    const float bar_h = bar_rows * row_h + (bar_rows - 1) * gap;
    float y = area.min.y;
    const float words_x = area.min.x + page_w + gap;
    if (state_.candidates.empty()) {
        const FontRole role = FontRole::Body;
        const char* hint = composing ? "" : str::kPinyinHint;
        text_at(ui, role, hint, t.text_muted,
                ImVec2(words_x, y + (bar_h - text::line_height(*ui.fonts, role)) * 0.5f), words_w, 1);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, y));
        if (panel_key(ui, str::kPinyinPrevPage, ImVec2(page_w, bar_h), false, FontRole::Heading, state_.more_before)) {
            engine_->prev_page();
            refresh();
        }
        ImGui::SetCursorScreenPos(ImVec2(area.max.x - page_w, y));
        if (panel_key(ui, str::kPinyinNextPage, ImVec2(page_w, bar_h), false, FontRole::Heading, state_.more_after)) {
            engine_->next_page();
            refresh();
        }
        const FontRole role = FontRole::Display;
        std::vector<float> widths;
        for (const std::string& c : state_.candidates) widths.push_back(text::text_width(*ui.fonts, role, c));
        const std::vector<std::string> shown = state_.candidates;  // a pick below changes state_
        const auto slots = layout_candidates(widths, words_w, t.touch * 1.2f, t.unit, gap, bar_rows);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            ImGui::SetCursorScreenPos(ImVec2(words_x + slots[i].x, y + slots[i].row * (row_h + gap)));
            ImGui::PushID(static_cast<int>(i));
            // The first word is the likeliest: filled, as the one to look at first. A word its key cannot hold in
            // the display size (a full page squeezed into a narrow bar) goes a size down, not to "…".
            FontRole key_role = role;
            for (FontRole smaller : {FontRole::Heading, FontRole::Body})
                if (text::text_width(*ui.fonts, key_role, shown[i]) > slots[i].w - t.unit) key_role = smaller;
            if (panel_key(ui, shown[i].c_str(), ImVec2(slots[i].w, row_h), i == 0, key_role)) {
                in.commit = engine_->pick(static_cast<int>(i));  // "" when only part was picked: keep composing
                refresh();
            }
            ImGui::PopID();
        }
    }
    y += bar_h + t.unit;

    // ---- The letters, three rows of QWERTY, and 清空 / 删除 ------------------------------------------------------------
    static constexpr const char* kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    const float rest = area.max.y - y;
    const float key_h = std::clamp((rest - gap * 3) / 4, t.touch * 0.8f, t.touch * (t.portrait ? 1.6f : 1.3f));
    const float key_w = std::min((area.width() - gap * 9) / 10, key_h * 1.4f);
    // The letters in the display size while the widest (m) fits its key, else a size down: ten keys across a
    // portrait screen with 特大 text are narrower than a display-size m.
    const FontRole letter_role =
        text::text_width(*ui.fonts, FontRole::Display, "m") <= key_w - t.unit ? FontRole::Display : FontRole::Heading;
    for (int r = 0; r < 3; ++r) {
        const std::string row = kRows[r];
        float x = area.min.x + (area.width() - (row.size() * key_w + (row.size() - 1) * gap)) * 0.5f;
        for (char c : row) {
            const char label[2] = {c, '\0'};
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            ImGui::PushID(c);
            if (panel_key(ui, label, ImVec2(key_w, key_h), false, letter_role)) {
                engine_->type(c);
                refresh();
            }
            ImGui::PopID();
            x += key_w + gap;
        }
        y += key_h + gap;
    }
    const float full = 10 * key_w + 9 * gap;
    const float x0 = area.min.x + (area.width() - full) * 0.5f;
    const float clear_w = key_w * 2 + gap;
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    if (button(ui, str::kKeyClear, clear_w, ButtonKind::Secondary, Icon::None, key_h)) {
        if (composing) { engine_->clear(); refresh(); }
        else in.clear = true;
    }
    const float del_w = key_w * 3 + gap * 2;
    // Between 清空 and 删除: where the applicant is among the pages, and in name fields the 生僻字 key. 䶮 was
    // 13 taps of ▶ down yan's list, with no way to know how far it went; now the rare characters are on pages
    // of their own after the common ones and one tap of 生僻字 goes there (常用字 back) — a villager who knows the
    // character is "not a usual one" needs nothing more, and pages through a few rare ones, not a hundred common.
    {
        const float mid_x = x0 + clear_w + gap, mid_w = full - clear_w - del_w - gap * 2;
        const std::string label = page_label(state_);
        const int target = rare_key_target(state_);
        float text_w = label.empty() ? 0.0f : text::text_width(*ui.fonts, FontRole::Body, label);
        float key_w2 = 0;
        if (target >= 0) key_w2 = std::max(t.touch * 1.6f, mid_w - text_w - gap);
        if (!label.empty()) {
            const float lw = std::max(0.0f, mid_w - (key_w2 > 0 ? key_w2 + gap : 0.0f));
            const float lh = text::line_height(*ui.fonts, FontRole::Body);
            text_at(ui, FontRole::Body, label.c_str(), t.text, ImVec2(mid_x + std::max(0.0f, (lw - text_w) * 0.5f), y + (key_h - lh) * 0.5f),
                    lw, 1);
        }
        if (target >= 0) {
            ImGui::SetCursorScreenPos(ImVec2(mid_x + mid_w - key_w2, y));
            const char* rare_label = target == 0 ? str::kPinyinCommonKey : str::kPinyinRareKey;
            if (button(ui, rare_label, key_w2, ButtonKind::Secondary, Icon::None, key_h)) {
                engine_->go_to_page(target);
                refresh();
            }
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(x0 + full - del_w, y));
    if (button(ui, str::kKeyBackspace, del_w, ButtonKind::Primary, Icon::Back, key_h)) {
        if (composing) { engine_->backspace(); refresh(); }
        else in.backspace = true;
    }
    return in;
}

}  // namespace kiosk::ui
