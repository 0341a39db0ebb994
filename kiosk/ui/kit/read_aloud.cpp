// read_aloud.cpp — see read_aloud.h.
//
// A part is lit up with a translucent band over it and a bar at its left edge, drawn after its words: the words stay
// readable through the band, and the bar marks the place for a reader who follows with a finger. A part is offered
// once per frame; a screen that draws a card twice (a measuring pass) offers the first.
#include "ui/kit/read_aloud.h"

#include <algorithm>

#include "ui/kit/ui_context.h"

namespace kiosk::ui {

void speech_part(Ui& ui, const std::string& key, std::string text, ImVec2 min, ImVec2 max, bool always) {
    if (text.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    const bool in_view = max.y > clip_min.y && min.y < clip_max.y && max.x > clip_min.x && min.x < clip_max.x;
    // A part is offered when its start is in view, or most of it: not the tail of a paragraph scrolled past, whose
    // beginning the visitor no longer sees.
    const float shown = std::min(max.y, clip_max.y) - std::max(min.y, clip_min.y);
    const bool offered = in_view && (min.y >= clip_min.y - 1 || shown >= (max.y - min.y) * 0.5f ||
                                     shown >= (clip_max.y - clip_min.y) * 0.5f);
    if (offered || always) {
        const bool seen = std::any_of(ui.speech_offers.begin(), ui.speech_offers.end(),
                                      [&](const SpeechPart& p) { return p.key == key; });
        if (!seen) ui.speech_offers.push_back({key, std::move(text)});
    }
    if (in_view && !ui.speech_key.empty() && ui.speech_key == key) {
        const Theme& t = ui.theme;
        // A little outside the part, but inside its list: a frame cut by the list's edge would look broken.
        const float m = t.unit * 0.3f;
        const ImVec2 a(std::max(min.x - m, clip_min.x + 2), std::max(min.y - m, clip_min.y + 2));
        const ImVec2 b(std::min(max.x + m, clip_max.x - 2), std::min(max.y + m, clip_max.y - 2));
        dl->AddRectFilled(a, b, t.speech_band, t.radius);
        dl->AddRect(a, b, t.speech_edge, t.radius, 0, 3.0f);
        dl->AddRectFilled(a, ImVec2(a.x + t.unit * 0.25f, b.y), t.speech_edge, t.radius, ImDrawFlags_RoundCornersLeft);
        if (ui.probe) ui.probe->record(kReadingProbePrefix + key, a, b, clip_min, clip_max, false, {}, kReadingProbeKind);
    }
}

void speech_since(Ui& ui, const std::string& key, std::string text, float x, float top_y, float width, bool always) {
    const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    speech_part(ui, key, std::move(text), ImVec2(x, top_y), ImVec2(x + width, std::max(bottom, top_y + 1)), always);
}

}  // namespace kiosk::ui
