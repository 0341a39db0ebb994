// document_screen.cpp — one catalog document: title, validity, all metadata, the full text, attachments.
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "ui/reading/catalog_common.h"
#include "ui/screens.h"
#include "ui/kit/plain_words.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

#include <algorithm>

namespace kiosk::ui {

using text::FontRole;

namespace {

// The metadata labels a villager may not know, explained together on one card (ui/kit/plain_words.h): five pills
// among ten fields would crowd the facts. The pill stands right-aligned just above the box; true when tapped.
bool metadata_what_is_this(Ui& ui, float width) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(pos.x + width - what_is_this_size(ui).x, pos.y));
    const bool tapped = what_is_this(ui, "document_metadata");
    ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
    return tapped;
}

Action explain_metadata() {
    const std::string sep(1, kPlainWordSeparator);
    return Action::explain(std::string(str::kIndexNo) + sep + str::kDocNo + sep + str::kIssuer + sep + str::kGenre +
                           sep + str::kKeywords);
}

// A label–value pair; the label column is as wide as four characters of body text plus room. `stacked` puts the
// label above the value, for a narrow side column where a label column would leave the value a few characters.
float meta_pair(Ui& ui, const char* label, const std::string& value, ImVec2 pos, float width, bool stacked) {
    const Theme& t = ui.theme;
    const std::string& shown = value.empty() ? std::string(str::kNone) : value;
    if (stacked) {
        const float lh = text_at(ui, FontRole::Small, label, t.text_muted, pos, width);
        return lh + text_at(ui, FontRole::Body, shown, t.text, ImVec2(pos.x, pos.y + lh), width) + t.unit * 0.5f;
    }
    const float label_w = ui.fonts->size(FontRole::Body) * 5.0f;
    text_at(ui, FontRole::Body, label, t.text_muted, pos, label_w);
    return text_at(ui, FontRole::Body, shown, t.text, ImVec2(pos.x + label_w, pos.y), width - label_w);
}

// The metadata box: short fields two to a row across a page, long ones (主题词, 内容概述) across the whole width;
// one field under another, labels above values, in the side column beside the text.
void draw_metadata(Ui& ui, const core::Document& doc, float width, bool side_column) {
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
    const float pad = t.unit * (side_column ? 0.8f : 1.2f);
    const float inner = width - pad * 2;
    const int cols = t.portrait || side_column ? 1 : 2;
    const float col_w = (inner - pad * (cols - 1)) / cols;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float y = box.y + pad;
    int col = 0;
    float row_h = 0;
    for (const Field& f : fields) {
        if (f.wide && col != 0) { y += row_h; col = 0; row_h = 0; }
        const float w = f.wide ? inner : col_w;
        const float h = meta_pair(ui, f.label, f.value, ImVec2(box.x + pad + col * (col_w + pad), y), w, side_column);
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

// 原文 / 简体字 / 繁體字 and 申请此信息. In a narrow column the three script buttons share its width, or stand one
// under another when their labels would not fit side by side (特大).
Action draw_controls(Ui& ui, const AppModel& model, float width, bool narrow) {
    Action action;
    const Theme& t = ui.theme;
    // 简/繁: archive readers may read one script better than the other; the text is converted for display only.
    struct ScriptChoice { const char* label; int shown; };
    const ScriptChoice choices[] = {{str::kShowOriginal, DocumentView::Original},
                                    {str::kShowSimplified, DocumentView::Simplified},
                                    {str::kShowTraditional, DocumentView::Traditional}};
    const float gap = t.unit * 0.5f;
    float button_w = 0;
    bool one_per_line = false;
    if (narrow) {
        float widest = 0;
        for (const ScriptChoice& c : choices) widest = std::max(widest, text::text_width(*ui.fonts, FontRole::Body, c.label));
        button_w = (width - gap * 2) / 3;
        one_per_line = widest + t.unit * 2 > button_w;
        if (one_per_line) button_w = width;
    }
    for (const ScriptChoice& c : choices) {
        const bool on = model.document.shown == c.shown;
        if (button(ui, c.label, button_w, on ? ButtonKind::Primary : ButtonKind::Secondary)) action = Action::show_script(c.shown);
        if (one_per_line) ImGui::Dummy(ImVec2(0, gap * 0.5f));
        else ImGui::SameLine(0, gap);
    }
    if (!one_per_line) ImGui::NewLine();
    ImGui::Dummy(ImVec2(0, t.unit * 0.3f));
    // The request form with this document's title and 文号 filled in.
    if (button(ui, str::kApplyForThis, narrow ? width : 0, ButtonKind::Primary, Icon::Apply))
        action = Action::apply(ApplyOp::FromDocument, model.route.id);
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));
    return action;
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

    // Landscape: the text in a column of about 36 characters at 标准 (lines a reader's eye can follow back), and
    // beside it the script switch, 申请此信息 and the metadata, so the page opens on the text itself. Portrait has
    // no room beside the text; there they come before it, as a compact box.
    const bool side = !t.portrait;
    const float gutter = t.unit * 2;
    const float standard_body = text::FontSizes::for_window(static_cast<int>(std::min(t.screen.x, t.screen.y)))
                                    .px[static_cast<int>(FontRole::Body)];
    const float text_w = side ? std::min(standard_body * 36.0f, width * 0.66f) : width;
    const float side_w = width - text_w - gutter;

    {
        // The title with who issued it, when, and its 文号: said first, wherever the reader has scrolled to.
        const ImVec2 top = ImGui::GetCursorScreenPos();
        text(ui, FontRole::Heading, model.document.title, t.text, width);
        std::string said = model.document.title + "。" + doc.issuer;
        if (!doc.doc_no.empty()) said += "，" + doc.doc_no;
        said += "。" + std::string(str::kPublishedDate) + "，" + doc.published_date;
        speech_since(ui, "heading", said, top.x, top.y, width, true);
    }
    ImGui::Dummy(ImVec2(0, t.unit * 0.5f));
    const ImVec2 columns_top = ImGui::GetCursorScreenPos();
    float side_bottom = columns_top.y;
    if (side) {
        ImGui::SetCursorScreenPos(ImVec2(columns_top.x + text_w + gutter, columns_top.y));
        ImGui::BeginGroup();
        if (Action a = draw_controls(ui, model, side_w, true); a.kind != Action::Kind::None) action = a;
        if (metadata_what_is_this(ui, side_w)) action = explain_metadata();
        draw_metadata(ui, doc, side_w, true);
        ImGui::EndGroup();
        side_bottom = ImGui::GetItemRectMax().y;
        ImGui::SetCursorScreenPos(columns_top);
    } else {
        action = draw_controls(ui, model, width, false);
    }

    if (doc.validity != core::Validity::Valid) {
        const char* notice = doc.validity == core::Validity::Expired ? str::kExpiredNotice : str::kRepealedNotice;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float pad = t.unit;
        const float h = text_height(ui, FontRole::Body, notice, text_w - pad * 2) + pad * 2;
        dl->AddRectFilled(pos, ImVec2(pos.x + text_w, pos.y + h), t.notice_bg, t.radius);
        dl->AddRect(pos, ImVec2(pos.x + text_w, pos.y + h), validity_color(t, doc.validity), t.radius, 0, 3.0f);
        text_at(ui, FontRole::Body, notice, t.notice_text, ImVec2(pos.x + pad, pos.y + pad), text_w - pad * 2);
        speech_part(ui, "validity", notice, pos, ImVec2(pos.x + text_w, pos.y + h));
        ImGui::Dummy(ImVec2(text_w, h + t.unit));
    }

    if (!side) {
        if (metadata_what_is_this(ui, width)) action = explain_metadata();
        draw_metadata(ui, doc, width, false);
        ImGui::Dummy(ImVec2(0, t.unit));
    }

    // The full text: laid out once per width, drawn a visible line at a time.
    text(ui, FontRole::Heading, str::kFullText, t.accent, text_w);
    text::TextBlock& body = model.document.body;
    const float body_h = body.layout(*ui.fonts, text_w);
    const ImVec2 body_pos = ImGui::GetCursorScreenPos();
    text::TextColors colors{t.text, t.text, t.primary};
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    body.draw(dl, *ui.fonts, body_pos.x, body_pos.y, clip_min.y, clip_max.y, colors,
              [&](std::string_view s, float x0, float y0, float x1, float y1) {
                  ui.probe->record(std::string(s), ImVec2(x0, y0), ImVec2(x1, y1), clip_min, clip_max, false);
              });
    offer_text_block(ui, body, body_pos, text_w, "para:");
    ImGui::Dummy(ImVec2(text_w, body_h));

    if (!doc.attachments.empty()) {
        text(ui, FontRole::Heading, str::kAttachments, t.accent, text_w);
        // Captioned from the content: a file name (scan_0032.png) tells a reader nothing.
        int number = 0;
        for (const auto& att : doc.attachments) {
            ++number;
            const std::string caption =
                att.caption.empty() ? core::format_text(str::kAttachmentNumbered, number) : att.caption;
            text(ui, FontRole::Body, caption, t.text, text_w);
            int w = 0, h = 0;
            ImTextureID tex = ui.images ? ui.images->texture(att.id, &w, &h) : nullptr;
            if (tex && w > 0 && h > 0) {
                // Scans are read, not glanced at: enlarge small ones (up to 2×), but keep the whole image on screen.
                const float fit_h = area.height() * 0.75f / static_cast<float>(h);
                const float scale = std::min({2.0f, text_w / static_cast<float>(w), fit_h});
                const ImVec2 pos = ImGui::GetCursorScreenPos();
                ImGui::Image(tex, ImVec2(w * scale, h * scale));
                dl->AddRect(pos, ImVec2(pos.x + w * scale, pos.y + h * scale), t.border, 0, 0, 2.0f);
            }
            ImGui::Dummy(ImVec2(0, t.unit));
        }
    }
    // The side column may be the longer of the two (a short notice beside a long 内容概述).
    if (ImGui::GetCursorScreenPos().y < side_bottom) ImGui::Dummy(ImVec2(0, side_bottom - ImGui::GetCursorScreenPos().y));
    ImGui::Dummy(ImVec2(0, t.unit * 4));
    end_scroll(ui);
    return action;
}

}  // namespace kiosk::ui
