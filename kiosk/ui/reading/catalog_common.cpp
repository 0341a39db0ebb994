// catalog_common.cpp — see catalog_common.h.
#include "ui/reading/catalog_common.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "text/text_block.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

const char* validity_label(core::Validity v) {
    switch (v) {
        case core::Validity::Valid: return str::kValid;
        case core::Validity::Expired: return str::kExpired;
        case core::Validity::Repealed: return str::kRepealed;
    }
    return str::kValid;
}

ImU32 validity_color(const Theme& t, core::Validity v) {
    switch (v) {
        case core::Validity::Valid: return t.valid;
        case core::Validity::Expired: return t.expired;
        case core::Validity::Repealed: return t.repealed;
    }
    return t.valid;
}

bool document_card(Ui& ui, const core::DocumentSummary& doc, float width, const CardMarks& marks) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 1.2f;
    const char* vlabel = validity_label(doc.validity);
    const ImVec2 bsize = badge_size(ui, vlabel);
    const float title_w = width - pad * 3 - bsize.x;
    // The title whole, however many lines it takes at this size: a cut title can be mistaken for another document.
    const float title_h = text_height(ui, FontRole::Body, doc.title, title_w);
    const float snippet_h = marks.snippet.empty() ? 0 : text_height(ui, FontRole::Small, marks.snippet, width - pad * 2, 2);
    std::string meta = doc.doc_no.empty() ? doc.published_date : doc.doc_no + "  ·  " + doc.published_date;
    meta += "  ·  " + doc.issuer;
    const float meta_h = text_height(ui, FontRole::Small, meta, width - pad * 2);
    const float h = std::max(t.touch, pad * 1.6f + title_h + meta_h + snippet_h);

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    ImGui::PushID(static_cast<int>(doc.id));
    const bool tapped = card_area(ui, "card", ImVec2(width, h), &pressed, doc.title);
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 1.5f);
    float y = pos.y + pad * 0.8f;
    y += text_at_marked(ui, FontRole::Body, doc.title, t.text, ImVec2(pos.x + pad, y), title_w, 0, marks.title,
                        kMarkColor);
    y += text_at(ui, FontRole::Small, meta, t.text_muted, ImVec2(pos.x + pad, y), width - pad * 2);
    if (!marks.snippet.empty())
        text_at_marked(ui, FontRole::Small, marks.snippet, t.text, ImVec2(pos.x + pad, y), width - pad * 2, 2,
                       marks.snippet_marks, kMarkColor, TextCut::Preview);
    badge(ui, ImVec2(max.x - pad - bsize.x, pos.y + pad), vlabel, validity_color(t, doc.validity));
    ImGui::Dummy(ImVec2(0, t.unit * 0.8f));
    return tapped;
}

std::string fee_standard_label(const core::FeeStandard& f) {
    if (!f.amount) return f.standard_text;
    char buf[64];
    const double a = *f.amount;
    if (std::fabs(a - std::round(a)) < 0.005) std::snprintf(buf, sizeof buf, "%.0f", a);
    else std::snprintf(buf, sizeof buf, "%.2f", a);
    std::string s = std::string(buf) + " " + f.unit;
    if (!f.standard_text.empty()) s += "（" + f.standard_text + "）";
    return s;
}

}  // namespace kiosk::ui
