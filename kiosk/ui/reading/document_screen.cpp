// document_screen.cpp — one catalog document: title, validity, all metadata, the full text, attachments.
#include "core/base/strings_zh.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

#include <algorithm>

namespace kiosk::ui {

using text::FontRole;

namespace {

// A label–value pair; the label column is as wide as four characters of body text plus room.
float meta_pair(Ui& ui, const char* label, const std::string& value, ImVec2 pos, float width) {
    const Theme& t = ui.theme;
    const float label_w = ui.fonts->size(FontRole::Body) * 5.0f;
    text_at(ui, FontRole::Body, label, t.text_muted, pos, label_w);
    const std::string& shown = value.empty() ? std::string(str::kNone) : value;
    return text_at(ui, FontRole::Body, shown, t.text, ImVec2(pos.x + label_w, pos.y), width - label_w);
}

// The metadata box: short fields two to a row in landscape, long ones (主题词, 内容概述) across the whole width.
void draw_metadata(Ui& ui, const core::Document& doc, float width) {
    const Theme& t = ui.theme;
    struct Field { const char* label; std::string value; bool wide; };
    const Field fields[] = {
        {str::kIndexNo, doc.index_no, false},          {str::kDocNo, doc.doc_no, false},
        {str::kIssuer, doc.issuer, false},             {str::kTopic, doc.category, false},
        {str::kGenre, doc.genre, false},               {str::kValidity, validity_label(doc.validity), false},
        {str::kWrittenDate, doc.written_date, false},  {str::kPublishedDate, doc.published_date, false},
        {str::kKeywords, doc.keywords, true},          {str::kSummary, doc.summary, true},
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 box = ImGui::GetCursorScreenPos();
    const float pad = t.unit * 1.2f;
    const float inner = width - pad * 2;
    const int cols = t.portrait ? 1 : 2;
    const float col_w = (inner - pad * (cols - 1)) / cols;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float y = box.y + pad;
    int col = 0;
    float row_h = 0;
    for (const Field& f : fields) {
        if (f.wide && col != 0) { y += row_h; col = 0; row_h = 0; }
        const float w = f.wide ? inner : col_w;
        const float h = meta_pair(ui, f.label, f.value, ImVec2(box.x + pad + col * (col_w + pad), y), w);
        row_h = std::max(row_h, h);
        if (f.wide || ++col == cols) { y += row_h; col = 0; row_h = 0; }
    }
    y += row_h + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(box, ImVec2(box.x + width, y), t.surface, t.radius);
    dl->AddRect(box, ImVec2(box.x + width, y), t.border, t.radius, 0, 1.5f);
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(width, y - box.y));
}

}  // namespace

Action draw_document(Ui& ui, AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    if (!model.document.doc) return Action::back();
    const core::Document& doc = *model.document.doc;
    ImGui::SetCursorScreenPos(area.min);
    begin_scroll(ui, "document", ImVec2(area.width(), area.height()));
    const float width = area.width() - t.scrollbar - t.unit * 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    text(ui, FontRole::Heading, model.document.title, t.text, width);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));

    // 简/繁: archive readers may read one script better than the other; the text is converted for display only.
    struct ScriptChoice { const char* label; int shown; };
    const ScriptChoice choices[] = {{str::kShowOriginal, DocumentView::Original},
                                    {str::kShowSimplified, DocumentView::Simplified},
                                    {str::kShowTraditional, DocumentView::Traditional}};
    for (const ScriptChoice& c : choices) {
        const bool on = model.document.shown == c.shown;
        if (button(ui, c.label, 0, on ? ButtonKind::Primary : ButtonKind::Secondary)) action = Action::show_script(c.shown);
        ImGui::SameLine(0, t.unit * 0.5f);
    }
    ImGui::NewLine();
    ImGui::Dummy(ImVec2(0, t.unit * 0.3f));
    // The request form with this document's title and 文号 filled in.
    if (button(ui, str::kApplyForThis, 0, ButtonKind::Primary, Icon::Apply))
        action = Action::apply(ApplyOp::FromDocument, model.route.id);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));

    if (doc.validity != core::Validity::Valid) {
        const char* notice = doc.validity == core::Validity::Expired ? str::kExpiredNotice : str::kRepealedNotice;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float pad = t.unit;
        const float h = text_height(ui, FontRole::Body, notice, width - pad * 2) + pad * 2;
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.notice_bg, t.radius);
        dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), validity_color(t, doc.validity), t.radius, 0, 3.0f);
        text_at(ui, FontRole::Body, notice, t.notice_text, ImVec2(pos.x + pad, pos.y + pad), width - pad * 2);
        ImGui::Dummy(ImVec2(width, h + t.unit));
    }

    draw_metadata(ui, doc, width);
    ImGui::Dummy(ImVec2(0, t.unit));

    // The full text: laid out once per width, drawn a visible line at a time.
    text(ui, FontRole::Heading, str::kFullText, t.accent, width);
    text::TextBlock& body = model.document.body;
    const float body_h = body.layout(*ui.fonts, width);
    const ImVec2 body_pos = ImGui::GetCursorScreenPos();
    text::TextColors colors{t.text, t.text, t.primary};
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    body.draw(dl, *ui.fonts, body_pos.x, body_pos.y, clip_min.y, clip_max.y, colors,
              [&](std::string_view s, float x0, float y0, float x1, float y1) {
                  ui.probe->record(std::string(s), ImVec2(x0, y0), ImVec2(x1, y1), clip_min, clip_max, false);
              });
    ImGui::Dummy(ImVec2(width, body_h));

    if (!doc.attachments.empty()) {
        text(ui, FontRole::Heading, str::kAttachments, t.accent, width);
        for (const auto& att : doc.attachments) {
            text(ui, FontRole::Body, att.name, t.text, width);
            int w = 0, h = 0;
            ImTextureID tex = ui.images ? ui.images->texture(att.id, &w, &h) : nullptr;
            if (tex && w > 0 && h > 0) {
                // Scans are read, not glanced at: enlarge small ones (up to 2×), but keep the whole image on screen.
                const float fit_h = area.height() * 0.75f / static_cast<float>(h);
                const float scale = std::min({2.0f, width / static_cast<float>(w), fit_h});
                const ImVec2 pos = ImGui::GetCursorScreenPos();
                ImGui::Image(tex, ImVec2(w * scale, h * scale));
                dl->AddRect(pos, ImVec2(pos.x + w * scale, pos.y + h * scale), t.border, 0, 0, 2.0f);
            }
            ImGui::Dummy(ImVec2(0, t.unit));
        }
    }
    ImGui::Dummy(ImVec2(0, t.unit * 4));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
