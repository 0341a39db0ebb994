// plain_words.cpp — see plain_words.h.
#include "ui/kit/plain_words.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "core/base/strings_zh.h"
#include "text/text_block.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

std::vector<std::string> split_terms(std::string_view terms) {
    std::vector<std::string> out;
    while (!terms.empty()) {
        const size_t i = terms.find(kPlainWordSeparator);
        const std::string_view one = terms.substr(0, i);
        if (!one.empty()) out.emplace_back(one);
        if (i == std::string_view::npos) break;
        terms.remove_prefix(i + 1);
    }
    return out;
}

}  // namespace

// Small text on a touch-sized pill: noticeable without competing with the term it stands beside.
float what_is_this_height(const Theme& t) { return std::max(t.touch >= 100.0f ? 80.0f : 60.0f, t.touch * 0.75f); }

ImVec2 what_is_this_size(const Ui& ui) {
    const float h = what_is_this_height(ui.theme);
    const float w = text::text_width(*ui.fonts, FontRole::Small, str::kWhatIsThis) + ui.theme.unit * 2.0f;
    return ImVec2(std::max(w, h * 1.5f), h);
}

bool what_is_this(Ui& ui, const char* id) {
    const Theme& t = ui.theme;
    const ImVec2 size = what_is_this_size(ui);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool clicked = ImGui::InvisibleButton("what_is_this", size);
    const bool held = ImGui::IsItemActive() && !ui.gesture.dragged;
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, held ? t.surface_pressed : t.surface, size.y * 0.5f);
    dl->AddRect(pos, max, t.primary, size.y * 0.5f, 0, 3.0f);
    const float fs = ui.fonts->size(FontRole::Small);
    const float tw = text::text_width(*ui.fonts, FontRole::Small, str::kWhatIsThis);
    ui.fonts->draw(dl, FontRole::Small, ImVec2(pos.x + (size.x - tw) * 0.5f, pos.y + (size.y - fs) * 0.5f - fs * 0.06f),
                   t.primary, str::kWhatIsThis);
    if (ui.probe) {
        ui.probe->record(str::kWhatIsThis, pos, max, dl->GetClipRectMin(), dl->GetClipRectMax(), true);
    }
    if (held) ui.animating = true;
    return clicked && !ui.gesture.dragged;
}

bool explanation_card(Ui& ui, std::string_view terms) {
    const Theme& t = ui.theme;
    const std::vector<std::string> list = split_terms(terms);
    begin_overlay(ui, "plain_words");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = std::min(t.screen.x * 0.9f, ui.fonts->size(FontRole::Heading) * 22);
    const float pad = t.unit * 2.5f;
    const float inner = w - pad * 2;
    const float gap = t.unit * 1.5f;
    const float button_h = t.touch * 1.4f;

    // Each term in the accent colour, its explanation in large plain text below it.
    float content_h = 0;
    for (const std::string& term : list) {
        const char* plain = str::plain_word(term.c_str());
        content_h += text_height(ui, FontRole::Heading, term, inner) +
                     text_height(ui, FontRole::Heading, plain ? plain : "", inner) + gap;
    }
    const float max_content = t.screen.y * 0.88f - pad * 3 - button_h;
    const bool scrolls = content_h > max_content;
    const float shown_h = std::min(content_h, max_content);
    const float h = pad * 3 + shown_h + button_h;
    const ImVec2 a((t.screen.x - w) * 0.5f, (t.screen.y - h) * 0.5f), b(a.x + w, a.y + h);
    dl->AddRectFilled(a, b, t.surface, t.radius * 1.5f);
    dl->AddRect(a, b, t.primary, t.radius * 1.5f, 0, 5.0f);

    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + pad));
    if (scrolls) begin_scroll(ui, "plain_words_text", ImVec2(inner + t.scrollbar, shown_h));
    const float text_w = inner - (scrolls ? t.unit : 0);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = origin.y;
    for (const std::string& term : list) {
        const char* plain = str::plain_word(term.c_str());
        y += text_at(ui, FontRole::Heading, term, t.accent, ImVec2(origin.x, y), text_w);
        y += text_at(ui, FontRole::Heading, plain ? plain : "", t.text, ImVec2(origin.x, y), text_w) + gap;
    }
    ImGui::Dummy(ImVec2(text_w, y - origin.y));
    if (scrolls) end_scroll(ui);

    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, b.y - pad - button_h));
    const bool closed = button(ui, str::kGotIt, inner, ButtonKind::Primary, Icon::None, button_h);
    end_overlay();
    return closed;
}

}  // namespace kiosk::ui
