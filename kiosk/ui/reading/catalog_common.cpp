// catalog_common.cpp — see catalog_common.h.
#include "ui/reading/catalog_common.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "text/text_block.h"
#include "ui/kit/read_aloud.h"
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

bool document_card(Ui& ui, const core::DocumentSummary& doc, float width, const CardMarks& marks, CardMeta meta_kind) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 1.2f;
    // The lines' own leading (a quarter of the text size above and below the words) is most of the space above and
    // below; the bottom keeps a little more for the badge's frame.
    const float pad_top = t.unit * 0.2f, pad_bottom = t.unit * 0.4f;
    const float inner = width - pad * 2;
    const char* vlabel = validity_label(doc.validity);
    const ImVec2 bsize = badge_size(ui, vlabel);
    const float gap = t.unit;
    std::string meta = doc.doc_no.empty() ? doc.published_date : doc.doc_no + "  ·  " + doc.published_date;
    if (meta_kind == CardMeta::Full && !doc.issuer.empty()) meta += "  ·  " + doc.issuer;
    const float meta_w = ui.fonts->width(FontRole::Small, meta);
    const float tail_w = meta_w + gap + bsize.x;  // the meta line and the badge, side by side

    // The title whole, however many lines it takes at this size: a cut title can be mistaken for another document.
    const auto lines = text::wrap_text(*ui.fonts, FontRole::Body, doc.title, inner);
    const float lh = text::line_height(*ui.fonts, FontRole::Body);
    const float lh_small = text::line_height(*ui.fonts, FontRole::Small);
    const float title_h = lh * static_cast<float>(std::max<size_t>(1, lines.size()));
    const float last_w = lines.empty() ? 0.0f : lines.back().width;
    // At the end of the title's last line, right-aligned, with a clear space before them; else below the title, on
    // one line right-aligned, or wrapped beside the badge when the line is long (the issuer at 标准).
    const bool run_in = last_w + ui.fonts->size(FontRole::Body) + tail_w <= inner;
    const bool meta_one_line = tail_w <= inner;
    const float meta_text_w = meta_one_line ? meta_w + 1 : inner - gap - bsize.x;
    const float tail_h = run_in ? 0.0f
                                : std::max(bsize.y, meta_one_line ? lh_small
                                                                  : text_height(ui, FontRole::Small, meta, meta_text_w));
    const float snippet_h = marks.snippet.empty() ? 0 : text_height(ui, FontRole::Small, marks.snippet, inner, 2);
    // Finger-sized at every size (the layout check's 60 px, 80 px in 长辈模式) without padding a one-line card out.
    const float h = std::max(t.touch * 0.8f, pad_top + pad_bottom + title_h + tail_h + snippet_h);

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    ImGui::PushID(static_cast<int>(doc.id));
    const bool tapped = card_area(ui, "card", ImVec2(width, h), &pressed, doc.title, "document");
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(pos, max, t.border, t.radius, 0, 1.5f);
    float y = pos.y + pad_top;
    y += text_at_marked(ui, FontRole::Body, doc.title, t.text, ImVec2(pos.x + pad, y), inner, 0, marks.title,
                        kMarkColor);
    // The tail: on the title's last line (centred in it), or on its own row below.
    const float row_y = run_in ? y - lh : y;
    const float row_h = run_in ? lh : std::max(bsize.y, lh_small);
    const float badge_x = max.x - pad - bsize.x;
    badge(ui, ImVec2(badge_x, row_y + (row_h - bsize.y) * 0.5f), vlabel, validity_color(t, doc.validity));
    if (run_in || meta_one_line) {
        text_at(ui, FontRole::Small, meta, t.text_muted, ImVec2(badge_x - gap - meta_w, row_y + (row_h - lh_small) * 0.5f),
                meta_w + 1);
    } else {
        text_at(ui, FontRole::Small, meta, t.text_muted, ImVec2(pos.x + pad, row_y), meta_text_w);
    }
    y += tail_h;
    if (!marks.snippet.empty())
        text_at_marked(ui, FontRole::Small, marks.snippet, t.text, ImVec2(pos.x + pad, y), inner, 2,
                       marks.snippet_marks, kMarkColor, TextCut::Preview);
    // Read aloud: the title, then who issued it and when (the 文号 is left for the document's own page).
    std::string said = doc.title + "。" + (doc.issuer.empty() ? "" : doc.issuer + "，") + doc.published_date + "，" + vlabel;
    speech_part(ui, "doc:" + std::to_string(doc.id), std::move(said), pos, max);
    // The next card a small gap below (set, rather than a spacer, which would add ImGui's item spacing twice).
    ImGui::SetCursorScreenPos(ImVec2(pos.x, max.y + t.unit * 0.75f));
    return tapped;
}


}  // namespace kiosk::ui
