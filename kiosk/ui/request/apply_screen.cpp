// apply_screen.cpp — the request form (依申请公开): five short steps, a field editor with the on-screen keyboard,
// the review page, and the receipt with its QR code. Reads ApplyView, emits Action::apply(...).
//
// Index of this file:
// [SECTION] The review page
// [SECTION] The field editor: the field, big, and the keyboard under it
// [SECTION] The receipt
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "core/base/civil_date.h"
#include "core/requests/qr_code.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "ui/request/apply_controller.h"
#include "ui/request/apply_screen.h"
#include "ui/keyboards/keyboard_panel.h"
#include "ui/screens.h"
#include "ui/kit/plain_words.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using core::FormField;
using text::FontRole;

namespace {

std::string fmt(const char* f, const char* a) { char b[512]; std::snprintf(b, sizeof b, f, a); return b; }
std::string fmt(const char* f, int a) { char b[512]; std::snprintf(b, sizeof b, f, a); return b; }

std::string field_label(FormField f, const core::Application& app) {
    std::string s = core::form_field_zh(f);
    if (f == FormField::Phone && app.kind == core::ApplicantKind::Organisation) s = str::kApplyOrgPhone;
    if (is_optional(f, app)) s += str::kApplyOptional;
    return s;
}

float line_h(const Ui& ui, FontRole r) { return text::line_height(*ui.fonts, r); }

// A message next to a field: on the notice colour, in words, starting with "！" so it is not colour alone.
float draw_message(Ui& ui, const std::string& message, ImVec2 pos, float width) {
    const Theme& t = ui.theme;
    const float pad = t.unit * 0.6f;
    const std::string s = "！" + message;
    const float h = text_height(ui, FontRole::Body, s, width - pad * 2) + pad * 2;
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.notice_bg, t.radius);
    text_at(ui, FontRole::Body, s, t.accent, ImVec2(pos.x + pad, pos.y + pad), width - pad * 2);
    return h;
}

float message_height(const Ui& ui, const std::string& message, float width) {
    return text_height(ui, FontRole::Body, "！" + message, width - ui.theme.unit * 1.2f) + ui.theme.unit * 1.2f;
}

float box_height(const Ui& ui) { return std::max(ui.theme.touch * 1.15f, line_h(ui, FontRole::Body) * 2 + ui.theme.unit); }

// One field on a step: its name, a big box showing what it holds (tap to type), and its message.
float draw_field_block(Ui& ui, const ApplyView& v, FormField f, ImVec2 pos, float width, Action* action) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string label = field_label(f, v.draft);
    float y = pos.y;
    text_at(ui, FontRole::Body, label, t.text_muted, ImVec2(pos.x, y), width, 1);
    y += line_h(ui, FontRole::Body);
    const float bh = box_height(ui);
    const auto err = v.errors.find(f);
    const bool bad = err != v.errors.end();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, y));
    ImGui::PushID(static_cast<int>(f));
    bool pressed = false;
    // The box is tapped by the field's name (what a script and a reader look for).
    if (card_area(ui, "field", ImVec2(width, bh), &pressed, core::form_field_zh(f)))
        *action = Action::apply(ApplyOp::EditField, static_cast<int>(f));
    ImGui::PopID();
    dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + width, y + bh), pressed ? t.surface_pressed : t.surface, t.radius);
    dl->AddRect(ImVec2(pos.x, y), ImVec2(pos.x + width, y + bh), bad ? t.accent : t.primary, t.radius, 0,
                bad ? 5.0f : 2.5f);
    const std::string& value = field_text(v.draft, f);
    const float pad = t.unit;
    const bool empty = value.empty();
    const std::string& shown = empty ? std::string(str::kApplyTapToFill) : value;
    const float th = text_height(ui, FontRole::Body, shown, width - pad * 2, 2);
    text_at(ui, FontRole::Body, shown, empty ? t.text_muted : t.text, ImVec2(pos.x + pad, y + (bh - th) * 0.5f),
            width - pad * 2, 2);
    y += bh;
    if (bad) {
        y += t.unit * 0.4f;
        y += draw_message(ui, err->second, ImVec2(pos.x, y), width);
    }
    // Read aloud: the field's name, what it holds (or that it is to be filled), and what is wrong with it.
    speech_part(ui, "field:" + std::to_string(static_cast<int>(f)),
                label + "，" + shown + (bad ? "。" + err->second : std::string()), pos, ImVec2(pos.x + width, pos.y + (y - pos.y)));
    return y - pos.y;
}

// A question with its answers as big chips; returns the index tapped or -1.
float draw_choice(Ui& ui, const char* question, const std::vector<std::string>& labels, int selected, ImVec2 pos,
                  float width, int id, int* tapped) {
    const Theme& t = ui.theme;
    float y = pos.y;
    y += text_at(ui, FontRole::Body, question, t.text_muted, ImVec2(pos.x, y), width);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, y));
    ImGui::PushID(id);
    *tapped = chip_flow(ui, labels, selected, width);
    ImGui::PopID();
    y += chip_flow_height(ui, labels, width);
    return y - pos.y + t.unit * 0.5f;
}

void draw_step_heading(Ui& ui, ApplyStep step, ImVec2 pos, float width) {
    const Theme& t = ui.theme;
    const int n = static_cast<int>(step);
    char buf[128];
    std::snprintf(buf, sizeof buf, str::kApplyStepFmt, n + 1, kApplyStepCount, str::kApplyStepNames[n]);
    text_at(ui, FontRole::Heading, buf, t.text, pos, width, 1);
    speech_part(ui, "step", buf, pos, ImVec2(pos.x + width, pos.y + line_h(ui, FontRole::Heading)), true);
    // Progress: one segment per step, the done ones filled (the words above say it too).
    const float y = pos.y + line_h(ui, FontRole::Heading) + t.unit * 0.2f;
    const float gap = t.unit * 0.5f;
    const float seg = (width - gap * (kApplyStepCount - 1)) / kApplyStepCount;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < kApplyStepCount; ++i) {
        const ImVec2 a(pos.x + i * (seg + gap), y), b(a.x + seg, y + t.unit * 0.6f);
        dl->AddRectFilled(a, b, i <= n ? t.primary : t.border, t.unit * 0.3f);
    }
}

float heading_height(const Ui& ui) { return line_h(ui, FontRole::Heading) + ui.theme.unit * 1.6f; }
float nav_height(const Ui& ui) { return ui.theme.touch * 1.1f; }

// 上一步 on the left (not on the first step), and the forward button on the right.
void draw_nav(Ui& ui, const ApplyView& v, Area area, const char* forward, ApplyOp forward_op, std::int64_t arg,
              Action* action) {
    const Theme& t = ui.theme;
    const float h = nav_height(ui);
    const float y = area.max.y - h;
    const float w = std::min(area.width() * 0.48f, t.touch * 5.0f);
    if (v.step != ApplyStep::Applicant) {
        ImGui::SetCursorScreenPos(ImVec2(area.min.x, y));
        if (button(ui, str::kApplyPrev, w, ButtonKind::Secondary, Icon::Back, h)) *action = Action::apply(ApplyOp::Previous);
    }
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - w, y));
    if (button(ui, forward, w, ButtonKind::Primary, Icon::None, h)) *action = Action::apply(forward_op, arg);
}

Action draw_fields_step(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const ApplyView& v = model.apply;
    const core::Application& app = v.draft;
    const Theme& t = ui.theme;
    draw_step_heading(ui, v.step, area.min, area.width());
    const float top = area.min.y + heading_height(ui);
    float bottom = area.max.y - nav_height(ui) - t.unit;
    if (v.step_blocked) {
        const float mh = message_height(ui, str::kApplyFixFirst, area.width());
        draw_message(ui, str::kApplyFixFirst, ImVec2(area.min.x, bottom - mh), area.width());
        bottom -= mh + t.unit * 0.5f;
    }
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
    begin_scroll(ui, "apply_step", ImVec2(area.width(), bottom - top));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = area.width() - t.scrollbar - t.unit;
    // Two columns in landscape at every size (with big text one column shows a field and a half); in portrait one,
    // unless the text is small enough for two.
    const float body = ui.fonts->size(FontRole::Body);
    const int cols = width > body * (t.portrait ? 34 : 28) ? 2 : 1;
    const float gap = t.unit * 1.5f;
    const float col_w = (width - gap * (cols - 1)) / cols;
    float y = origin.y;
    int col = 0;
    float row_h = 0;
    auto end_row = [&] { if (col != 0) { y += row_h + gap; col = 0; row_h = 0; } };
    auto full = [&](float h) { end_row(); y += h + gap * 0.5f; };

    if (v.step == ApplyStep::Applicant) {
        if (v.visit_receipt) {
            // This visit's receipt, above everything: whoever came back for the number finds it first.
            y += text_at(ui, FontRole::Body, str::kApplySeeReceiptNote, t.text, ImVec2(origin.x, y), width);
            const float rw = std::min(width, t.touch * 6.0f), rh = t.touch * 1.1f;
            ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
            if (button(ui, str::kApplySeeReceipt, rw, ButtonKind::Secondary, Icon::None, rh))
                action = Action::apply(ApplyOp::ShowReceipt);
            y += rh + gap;
        }
        if (v.prefilled) full(draw_message(ui, str::kApplyPrefilled, ImVec2(origin.x, y), width));
        // 谁来申请？ [公民] [法人或其他组织] 这是什么？ — on one row when the width allows (landscape), so that with big
        // text the first fields still show under it; else the question, the two buttons, 这是什么？ under the second.
        const ImVec2 ws = what_is_this_size(ui);
        const float who_w = text::text_width(*ui.fonts, FontRole::Body, str::kApplyWho) + gap;
        const float bh = t.touch * 1.25f;
        const float row_bw = (width - who_w - ws.x - gap * 3) / 2;
        const bool one_row = row_bw >= text::text_width(*ui.fonts, FontRole::Body, str::kApplicantOrganisation) + t.touch;
        float bx = origin.x, bw = (width - gap) / 2;
        if (one_row) {
            text_at(ui, FontRole::Body, str::kApplyWho, t.text_muted,
                    ImVec2(origin.x, y + (bh - line_h(ui, FontRole::Body)) * 0.5f), who_w);
            bx += who_w;
            bw = row_bw;
        } else {
            y += text_at(ui, FontRole::Body, str::kApplyWho, t.text_muted, ImVec2(origin.x, y), width);
        }
        const bool citizen = app.kind == core::ApplicantKind::Citizen;
        ImGui::SetCursorScreenPos(ImVec2(bx, y));
        if (button(ui, str::kApplicantCitizen, bw, citizen ? ButtonKind::Primary : ButtonKind::Secondary, Icon::None, bh))
            action = Action::apply(ApplyOp::ChooseKind, 0);
        ImGui::SetCursorScreenPos(ImVec2(bx + bw + gap, y));
        if (button(ui, str::kApplicantOrganisation, bw, citizen ? ButtonKind::Secondary : ButtonKind::Primary,
                   Icon::None, bh))
            action = Action::apply(ApplyOp::ChooseKind, 1);
        // 这是什么？ beside 法人或其他组织, or under it right-aligned; once chosen, the card explains the code it asks
        // for too.
        if (one_row) {
            ImGui::SetCursorScreenPos(ImVec2(origin.x + width - ws.x, y + (bh - ws.y) * 0.5f));
        } else {
            y += bh + gap * 0.5f;
            ImGui::SetCursorScreenPos(ImVec2(origin.x + width - ws.x, y));
        }
        if (what_is_this(ui, "applicant_kind")) {
            std::string terms = str::kApplicantOrganisation;
            if (!citizen) terms += std::string(1, kPlainWordSeparator) + core::form_field_zh(FormField::CreditCode);
            action = Action::explain(terms);
        }
        y += (one_row ? bh : ws.y) + gap;
    }
    for (const FormField f : step_fields(v.step, app)) {
        int tapped = -1;
        if (f == FormField::IdType) {
            std::vector<std::string> labels(std::begin(core::kIdTypes), std::end(core::kIdTypes));
            int sel = 0;
            for (size_t i = 0; i < labels.size(); ++i) if (labels[i] == app.id_type) sel = static_cast<int>(i);
            end_row();
            full(draw_choice(ui, core::form_field_zh(f), labels, sel, ImVec2(origin.x, y), width, 100, &tapped));
            if (tapped >= 0) action = Action::apply(ApplyOp::ChooseIdType, tapped);
        } else if (f == FormField::OrgKind) {
            std::vector<std::string> labels(std::begin(str::kOrgKinds), std::end(str::kOrgKinds));
            end_row();
            full(draw_choice(ui, core::form_field_zh(f), labels, static_cast<int>(app.org_kind), ImVec2(origin.x, y),
                             width, 101, &tapped));
            if (tapped >= 0) action = Action::apply(ApplyOp::ChooseOrgKind, tapped);
        } else if (f == FormField::Delivery) {
            end_row();
            full(draw_choice(ui, str::kApplyFormQ, {str::kFormPaper, str::kFormElectronic}, static_cast<int>(app.form),
                             ImVec2(origin.x, y), width, 102, &tapped));
            if (tapped >= 0) action = Action::apply(ApplyOp::ChooseForm, tapped);
            std::vector<std::string> labels(std::begin(str::kDeliveries), std::end(str::kDeliveries));
            full(draw_choice(ui, str::kApplyDeliveryQ, labels, static_cast<int>(app.delivery), ImVec2(origin.x, y),
                             width, 103, &tapped));
            if (tapped >= 0) action = Action::apply(ApplyOp::ChooseDelivery, tapped);
            if (auto e = v.errors.find(f); e != v.errors.end()) full(draw_message(ui, e->second, ImVec2(origin.x, y), width));
            full(draw_choice(ui, str::kApplyFeeQ, {str::kApplyFeeNo, str::kApplyFeeYes}, app.fee_waiver ? 1 : 0,
                             ImVec2(origin.x, y), width, 104, &tapped));
            if (tapped >= 0) action = Action::apply(ApplyOp::ChooseFeeWaiver, tapped);
        } else {
            const bool wide = f == FormField::InfoDescription || f == FormField::Address ||
                              f == FormField::FeeWaiverReason || f == FormField::OrgName;
            if (wide && cols > 1) {
                end_row();
                full(draw_field_block(ui, v, f, ImVec2(origin.x, y), width, &action));
                continue;
            }
            const float h = draw_field_block(ui, v, f, ImVec2(origin.x + col * (col_w + gap), y), col_w, &action);
            row_h = std::max(row_h, h);
            if (++col == cols) end_row();
        }
    }
    end_row();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(width, t.unit * 2));
    end_scroll(ui);
    draw_nav(ui, v, area, v.from_review ? str::kApplyToReview : str::kApplyNext, ApplyOp::Next, 0, &action);
    return action;
}

void draw_signature(ImDrawList* dl, const std::vector<core::SignaturePoint>& pts, ImVec2 a, ImVec2 b, ImU32 color,
                    float thickness) {
    auto map = [&](const core::SignaturePoint& p) {
        return ImVec2(a.x + (b.x - a.x) * p.x / 1000.0f, a.y + (b.y - a.y) * p.y / 1000.0f);
    };
    for (size_t i = 1; i < pts.size(); ++i) {
        if (pts[i - 1].pen_up) continue;
        dl->AddLine(map(pts[i - 1]), map(pts[i]), color, thickness);
    }
}

Action draw_signature_step(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const ApplyView& v = model.apply;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_step_heading(ui, v.step, area.min, area.width());
    float y = area.min.y + heading_height(ui);
    y += text_at(ui, FontRole::Body, str::kApplySignHint, t.text, ImVec2(area.min.x, y), area.width()) + t.unit * 0.5f;
    // Below the pad: the date (filled in by the kiosk), 重写, and the message if there is one. With big text in
    // landscape those rows would squeeze the pad under its size at 标准 — a name needs the same room whatever the text
    // size — so they move to a column beside it.
    const float nav_top = area.max.y - nav_height(ui) - t.unit;
    const auto err = v.errors.find(FormField::Signature);
    const float row = t.touch;
    const std::string date = fmt(str::kApplyDateFmt, core::chinese_date(core::local_iso_date(ui.wall_seconds)).c_str());
    const float min_pad_h = t.screen.y * 0.34f;  // a little under the pad's height at 标准 in landscape (0.36)
    const float stacked_bottom = nav_top - row - t.unit -
                                 (err != v.errors.end() ? message_height(ui, err->second, area.width()) + t.unit * 0.5f : 0.0f);
    const float side_w = std::max(t.touch * 3.2f, area.width() * 0.3f);
    const bool beside = !t.portrait && stacked_bottom - y < min_pad_h;
    ImVec2 a, b;
    if (beside) {
        const float pad_h = nav_top - y;
        const float pad_w = std::min(area.width() - side_w - t.unit * 2, pad_h * 2.5f);
        a = ImVec2(area.min.x, y);
        b = ImVec2(a.x + pad_w, nav_top);
        const float cx = b.x + t.unit * 2, cw = area.max.x - cx;
        float cy = y;
        cy += text_at(ui, FontRole::Body, date, t.text, ImVec2(cx, cy), cw) + t.unit;
        ImGui::SetCursorScreenPos(ImVec2(cx, cy));
        if (button(ui, str::kApplySignAgain, std::min(cw, t.touch * 2.6f), ButtonKind::Secondary))
            action = Action::apply(ApplyOp::SignClear);
        cy += row + t.unit;
        if (err != v.errors.end()) draw_message(ui, err->second, ImVec2(cx, cy), cw);
    } else {
        float bottom = nav_top;
        if (err != v.errors.end()) {
            const float mh = message_height(ui, err->second, area.width());
            draw_message(ui, err->second, ImVec2(area.min.x, bottom - mh), area.width());
            bottom -= mh + t.unit * 0.5f;
        }
        // The date wraps beside 重写 with big text in portrait: its row grows to hold it.
        const float date_w = area.width() - t.touch * 3;
        const float date_h = text_height(ui, FontRole::Body, date, date_w);
        const float date_row = std::max(row, date_h);
        text_at(ui, FontRole::Body, date, t.text, ImVec2(area.min.x, bottom - date_row + (date_row - date_h) * 0.5f), date_w);
        ImGui::SetCursorScreenPos(ImVec2(area.max.x - t.touch * 2.6f, bottom - date_row + (date_row - row) * 0.5f));
        if (button(ui, str::kApplySignAgain, t.touch * 2.6f, ButtonKind::Secondary)) action = Action::apply(ApplyOp::SignClear);
        bottom -= date_row + t.unit;
        // The pad: as large as fits, 2.5 : 1 at most so the name is written at a natural size.
        const float pad_h = bottom - y;
        const float pad_w = std::min(area.width(), pad_h * 2.5f);
        a = ImVec2(area.min.x + (area.width() - pad_w) * 0.5f, y);
        b = ImVec2(a.x + pad_w, bottom);
    }
    const float pad_w = b.x - a.x;
    dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), t.radius);
    dl->AddRect(a, b, err != v.errors.end() ? t.accent : t.primary, t.radius, 0, 3.0f);
    const float base = a.y + (b.y - a.y) * 0.78f;
    dl->AddLine(ImVec2(a.x + t.unit * 2, base), ImVec2(b.x - t.unit * 2, base), t.border, 2.0f);
    draw_signature(dl, v.draft.signature, a, b, t.text, std::max(3.0f, t.unit * 0.35f));
    ImGui::SetCursorScreenPos(a);
    ImGui::InvisibleButton("signature_pad", ImVec2(b.x - a.x, b.y - a.y));
    const Gesture& g = ui.gesture;
    const bool started_inside = g.start.x >= a.x && g.start.x < b.x && g.start.y >= a.y && g.start.y < b.y;
    if (started_inside && g.down) {
        const auto px = static_cast<std::int64_t>(std::clamp((g.pos.x - a.x) / (b.x - a.x), 0.0f, 1.0f) * 1000);
        const auto py = static_cast<std::int64_t>(std::clamp((g.pos.y - a.y) / (b.y - a.y), 0.0f, 1.0f) * 1000);
        const auto& s = v.draft.signature;
        const bool moved = s.empty() || s.back().pen_up || std::abs(s.back().x - px) + std::abs(s.back().y - py) >= 3;
        if (moved) action = Action::apply(ApplyOp::SignPoint, px * 10000 + py);
    } else if (started_inside && g.released) {
        action = Action::apply(ApplyOp::SignPenUp);
    }
    if (!v.draft.signature.empty()) {
        text_at(ui, FontRole::Small, str::kApplySigned, t.valid, ImVec2(a.x + t.unit, a.y + t.unit * 0.5f), pad_w);
    }
    draw_nav(ui, v, area, v.from_review ? str::kApplyToReview : str::kApplyNext, ApplyOp::Next, 0, &action);
    return action;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The review page
//---------------------------------------------------------------------------------------------------------------------

struct Line { std::string label, value; };

std::vector<Line> section_lines(const core::Application& a, ApplyStep step) {
    std::vector<Line> out;
    auto add = [&](FormField f) {
        const std::string& v = field_text(a, f);
        if (!v.empty()) out.push_back({core::form_field_zh(f), v});
    };
    switch (step) {
        case ApplyStep::Applicant:
            out.push_back({str::kApplyWho, core::applicant_kind_zh(a.kind)});
            if (a.kind == core::ApplicantKind::Citizen) {
                add(FormField::Name); add(FormField::IdType); add(FormField::IdNumber); add(FormField::Workplace);
            } else {
                add(FormField::OrgName); add(FormField::CreditCode);
                out.push_back({core::form_field_zh(FormField::OrgKind), core::organisation_kind_zh(a.org_kind)});
                add(FormField::LegalRep); add(FormField::ContactName);
            }
            break;
        case ApplyStep::Contact:
            add(FormField::Phone); add(FormField::Address); add(FormField::Postcode); add(FormField::Email);
            break;
        case ApplyStep::Info:
            add(FormField::InfoName); add(FormField::InfoDocNo); add(FormField::InfoDescription);
            out.push_back({str::kApplyFormQ, core::provide_form_zh(a.form)});
            out.push_back({str::kApplyDeliveryQ, core::delivery_zh(a.delivery)});
            out.push_back({str::kApplyFeeQ, a.fee_waiver ? str::kApplyFeeYes : str::kApplyFeeNo});
            if (a.fee_waiver) add(FormField::FeeWaiverReason);
            break;
        default: break;
    }
    return out;
}

Action draw_review(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const ApplyView& v = model.apply;
    const Theme& t = ui.theme;
    draw_step_heading(ui, v.step, area.min, area.width());
    const float top = area.min.y + heading_height(ui);
    float bottom = area.max.y - nav_height(ui) - t.unit;
    if (!v.notice.empty()) {
        const float mh = message_height(ui, v.notice, area.width());
        draw_message(ui, v.notice, ImVec2(area.min.x, bottom - mh), area.width());
        bottom -= mh + t.unit * 0.5f;
    }
    ImGui::SetCursorScreenPos(ImVec2(area.min.x, top));
    begin_scroll(ui, "apply_review", ImVec2(area.width(), bottom - top));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = area.width() - t.scrollbar - t.unit;
    float y = origin.y;
    y += text_at(ui, FontRole::Body, str::kApplyReviewHint, t.text, ImVec2(origin.x, y), width) + t.unit * 0.5f;
    const float pad = t.unit * 1.2f;
    const float label_w = t.portrait ? width - pad * 2 : ui.fonts->size(FontRole::Body) * 8;
    ImDrawList* dl = ImGui::GetWindowDrawList();  // the scroll area's, so the cards are clipped to it
    for (int s = 0; s < 4; ++s) {
        const auto step = static_cast<ApplyStep>(s);
        const ImVec2 box(origin.x, y);
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        float cy = y + pad;
        text_at(ui, FontRole::Heading, str::kApplyStepNames[s], t.accent, ImVec2(box.x + pad, cy), width * 0.6f, 1);
        const float ew = t.touch * 2.0f;
        ImGui::SetCursorScreenPos(ImVec2(box.x + width - pad - ew, cy));
        ImGui::PushID(s);
        if (button(ui, str::kApplyEdit, ew, ButtonKind::Secondary)) action = Action::apply(ApplyOp::EditStep, s);
        ImGui::PopID();
        cy += t.touch + t.unit * 0.5f;
        if (step == ApplyStep::Signature) {
            const float sh = t.touch * 1.6f, sw = sh * 2.5f;
            const ImVec2 a(box.x + pad, cy), b(a.x + sw, cy + sh);
            dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), t.radius);
            dl->AddRect(a, b, t.border, t.radius, 0, 2.0f);
            draw_signature(dl, v.draft.signature, a, b, t.text, 3.0f);
            cy += sh + t.unit * 0.5f;
            cy += text_at(ui, FontRole::Heading,
                          fmt(str::kApplyDateFmt, core::chinese_date(core::local_iso_date(ui.wall_seconds)).c_str()), t.text,
                          ImVec2(box.x + pad, cy), width - pad * 2);
        }
        for (const Line& l : section_lines(v.draft, step)) {
            const float lh = text_at(ui, FontRole::Body, l.label, t.text_muted, ImVec2(box.x + pad, cy), label_w);
            const float vx = t.portrait ? box.x + pad : box.x + pad + label_w;
            const float vy = t.portrait ? cy + lh : cy;
            const float vh = text_at(ui, FontRole::Heading, l.value, t.text, ImVec2(vx, vy), box.x + width - pad - vx);
            cy = t.portrait ? vy + vh + t.unit * 0.6f : cy + std::max(lh, vh) + t.unit * 0.6f;
        }
        cy += pad * 0.5f;
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(box, ImVec2(box.x + width, cy), t.surface, t.radius);
        dl->AddRect(box, ImVec2(box.x + width, cy), t.border, t.radius, 0, 1.5f);
        dl->ChannelsMerge();
        y = cy + t.unit;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(width, t.unit * 2));
    end_scroll(ui);
    draw_nav(ui, v, area, str::kApplySubmit, ApplyOp::Submit, ui.wall_seconds, &action);
    return action;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The field editor: the field, big, and the keyboard under it
//---------------------------------------------------------------------------------------------------------------------

Action draw_editor(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const ApplyView& v = model.apply;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const FormField f = *v.editing;
    float y = area.min.y;
    // Mode tabs (部件 in name fields only): in landscape on the label's row, where they cost no height — in 长辈模式
    // the field, the candidates and four rows of keys only fit the height there is when the tabs take no row of
    // their own.
    const InputKeyboard keyboard{input_tabs(f), v.mode, is_person_name(f), digit_extra(f, v.draft)};
    const std::string label = field_label(f, v.draft);
    const ImVec2 tabs_size = input_tabs_size(ui, keyboard.tabs);
    const float tabs_w = tabs_size.x, chip_h = tabs_size.y;
    const bool tabs_beside = !t.portrait &&
                             text::text_width(*ui.fonts, FontRole::Heading, label) + t.unit * 2 + tabs_w <= area.width();
    ImVec2 tabs_at;
    if (tabs_beside) {
        const float row = std::max(chip_h, line_h(ui, FontRole::Heading));
        text_at(ui, FontRole::Heading, label, t.text,
                ImVec2(area.min.x, y + (row - line_h(ui, FontRole::Heading)) * 0.5f), area.width() - tabs_w - t.unit, 1);
        tabs_at = ImVec2(area.max.x - tabs_w, y + (row - chip_h) * 0.5f);
        y += row + t.unit * 0.5f;
    } else {
        y += text_at(ui, FontRole::Heading, label, t.text, ImVec2(area.min.x, y), area.width(), 1);
    }
    // The value, large; the newest characters stay in view when it grows past three lines.
    const float done_w = t.touch * 2.6f;
    const float box_w = area.width() - done_w - t.unit;
    const float pad = t.unit;
    const FontRole role = FontRole::Heading;
    const int max_lines = t.portrait ? 3 : 2;
    const std::string shown = end_in_view(ui, role, v.buffer + composing_text(v.mode), box_w - pad * 2, max_lines);
    const float bh = std::max(t.touch * (t.portrait ? 1.2f : 1.0f), std::min<float>(max_lines, std::max(1.0f, text_height(ui, role, shown, box_w - pad * 2) / line_h(ui, role))) * line_h(ui, role) + pad * 2);
    dl->AddRectFilled(ImVec2(area.min.x, y), ImVec2(area.min.x + box_w, y + bh), IM_COL32(255, 255, 255, 255), t.radius);
    dl->AddRect(ImVec2(area.min.x, y), ImVec2(area.min.x + box_w, y + bh), t.primary, t.radius, 0, 4.0f);
    const bool empty = shown.empty();
    text_at(ui, role, empty ? str::kInputEmpty : shown, empty ? t.text_muted : t.text, ImVec2(area.min.x + pad, y + pad),
            box_w - pad * 2, max_lines);
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - done_w, y));
    if (button(ui, str::kInputDone, done_w, ButtonKind::Primary, Icon::None, bh)) action = Action::apply(ApplyOp::DoneEditing);
    y += bh + t.unit * 0.5f;
    if (auto e = v.errors.find(f); e != v.errors.end()) {
        y += draw_message(ui, e->second, ImVec2(area.min.x, y), area.width()) + t.unit * 0.5f;
    }
    float tabs_width = tabs_w + 1.0f;
    if (!tabs_beside) {
        tabs_at = ImVec2(area.min.x, y);
        tabs_width = area.width();
        y += input_tabs_height(ui, keyboard.tabs, area.width());
    }
    const KeyboardInput typed = draw_input_keyboard(ui, keyboard, tabs_at, tabs_width, Area{ImVec2(area.min.x, y), area.max});
    if (typed.switch_to) action = Action::apply(ApplyOp::SetMode, static_cast<int>(*typed.switch_to));
    const PanelInput& in = typed.typed;
    if (!in.commit.empty()) action = Action::apply(ApplyOp::Type, 0, in.commit);
    if (in.backspace) action = Action::apply(ApplyOp::Backspace);
    if (in.clear) action = Action::apply(ApplyOp::Clear);
    return action;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The receipt
//---------------------------------------------------------------------------------------------------------------------

void draw_qr(ImDrawList* dl, const core::QrMatrix& qr, ImVec2 pos, float side) {
    const int quiet = 4;  // the white margin a phone's reader needs
    const float m = side / (qr.size + quiet * 2);
    dl->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32(255, 255, 255, 255));
    for (int yy = 0; yy < qr.size; ++yy) {
        for (int xx = 0; xx < qr.size; ++xx) {
            if (!qr.dark(xx, yy)) continue;
            const ImVec2 a(pos.x + (xx + quiet) * m, pos.y + (yy + quiet) * m);
            dl->AddRectFilled(a, ImVec2(a.x + m + 0.5f, a.y + m + 0.5f), IM_COL32(0, 0, 0, 255));
        }
    }
}

// The receipt's text: what the visitor must take away first — that it was received, the number, the deadline and
// what happens next — and (`details`) the received time and the extension rule. Returns the height used.
float receipt_text(Ui& ui, const core::Receipt& r, ImVec2 o, float w, bool essentials, bool details) {
    const Theme& t = ui.theme;
    float y = o.y;
    if (essentials) {
    const float top = y;
    y += text_at(ui, FontRole::Display, str::kReceiptTitle, t.valid, ImVec2(o.x, y), w) + t.unit * 0.5f;
    // 回执编号 before the number on its line when both fit: a line saved keeps 接下来 on the first screen.
    const float label_w = text::text_width(*ui.fonts, FontRole::Body, str::kReceiptNumber) + t.unit;
    const float number_h = line_h(ui, FontRole::Display);
    if (label_w + text::text_width(*ui.fonts, FontRole::Display, r.number) <= w) {
        text_at(ui, FontRole::Body, str::kReceiptNumber, t.text_muted,
                ImVec2(o.x, y + number_h * 0.62f - line_h(ui, FontRole::Body) * 0.5f), label_w);
        text_at(ui, FontRole::Display, r.number, t.text, ImVec2(o.x + label_w, y), w - label_w);
        y += number_h + t.unit * 0.3f;
    } else {
        y += text_at(ui, FontRole::Body, str::kReceiptNumber, t.text_muted, ImVec2(o.x, y), w);
        y += text_at(ui, FontRole::Display, r.number, t.text, ImVec2(o.x, y), w) + t.unit * 0.3f;
    }
    // The number is read letter by letter and digit by digit (core/zh/reading.h), so it can be written down.
    speech_part(ui, "receipt", std::string(str::kReceiptTitle) + "。" + str::kReceiptNumber + "，" + r.number, ImVec2(o.x, top),
                ImVec2(o.x + w, y), true);
    const float deadline_top = y;
    const std::string deadline = fmt(str::kReceiptDeadlineFmt, core::chinese_date(r.reply_by.date).c_str());
    const std::string deadline_note = fmt(str::kReceiptDeadlineNoteFmt, r.reply_days);
    y += text_at(ui, FontRole::Heading, deadline, t.accent, ImVec2(o.x, y), w);
    y += text_at(ui, FontRole::Body, deadline_note, t.text, ImVec2(o.x, y), w) + t.unit * 0.5f;
    speech_part(ui, "deadline", deadline + "。" + deadline_note, ImVec2(o.x, deadline_top), ImVec2(o.x + w, y), true);
    const float next_top = y;
    y += text_at(ui, FontRole::Body, str::kReceiptNext, t.text, ImVec2(o.x, y), w) + t.unit * 0.5f;
    speech_part(ui, "next", str::kReceiptNext, ImVec2(o.x, next_top), ImVec2(o.x + w, y));
    }
    if (!details) return y - o.y;
    std::string at = core::chinese_date(r.received_date);
    if (r.received_at.size() >= 16) at += " " + r.received_at.substr(11, 5);
    y += text_at(ui, FontRole::Body, fmt(str::kReceiptTimeFmt, at.c_str()), t.text, ImVec2(o.x, y), w);
    char buf[512];
    std::snprintf(buf, sizeof buf, str::kReceiptExtendFmt, r.extension_days,
                  core::chinese_date(r.extended_by.date).c_str());
    y += text_at(ui, FontRole::Body, buf, t.text, ImVec2(o.x, y), w) + t.unit * 0.5f;
    if (r.reply_by.used_fallback || r.extended_by.used_fallback)
        y += draw_message(ui, str::kReceiptFallback, ImVec2(o.x, y), w) + t.unit * 0.5f;
    return y - o.y;
}

// What to do with this page — take the printed copy, or photograph the screen — above the code. With `qr_side` 0 the
// height of the words alone.
float receipt_code(Ui& ui, const core::Receipt& r, ReceiptPaper paper, ImVec2 o, float w, float qr_side, bool draw) {
    const Theme& t = ui.theme;
    float y = o.y;
    auto line = [&](FontRole role, const char* text, ImU32 color) {  // centred over the code when it fits a line
        const float tw = text::text_width(*ui.fonts, role, text);
        const float x = tw <= w ? o.x + (w - tw) * 0.5f : o.x;
        y += draw ? text_at(ui, role, text, color, ImVec2(x, y), w - (x - o.x)) : text_height(ui, role, text, w);
    };
    if (paper == ReceiptPaper::Printing) line(FontRole::Heading, str::kReceiptPrinting, t.primary);
    else if (paper == ReceiptPaper::Printed) line(FontRole::Heading, str::kReceiptPrinted, t.valid);
    if (paper == ReceiptPaper::Failed) line(FontRole::Body, str::kReceiptPrintFailed, t.accent);
    if (paper == ReceiptPaper::None || paper == ReceiptPaper::Failed) line(FontRole::Heading, str::kReceiptPhoto, t.primary);
    y += t.unit * 0.5f;
    if (draw && qr_side > 0) {
        if (auto qr = core::make_qr(r.number)) draw_qr(ImGui::GetWindowDrawList(), *qr, ImVec2(o.x + (w - qr_side) * 0.5f, y), qr_side);
    }
    y += qr_side + t.unit * 0.3f;
    line(FontRole::Small, str::kReceiptQrHint, t.text_muted);
    return y - o.y;
}

Action draw_receipt(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const core::Receipt& r = *model.apply.receipt;
    const ReceiptPaper paper = model.apply.paper;
    const Theme& t = ui.theme;
    const float nav_h = nav_height(ui);
    float bw = std::min(area.width(), t.touch * 6.0f);
    if (!t.portrait) {
        // Landscape: the text in a column of its own down to the bottom (it scrolls only with the biggest text, and
        // then only the received time and the extension rule are below the fold), the code's column beside it with
        // 办完了，回首页 under it — so nothing the visitor must see shares a scroll with the code.
        const float col_w = std::max({t.touch * 4.0f, area.width() * 0.3f,
                                      text::text_width(*ui.fonts, FontRole::Heading, str::kReceiptPhoto) + t.unit});
        bw = col_w;
        const float text_w = area.width() - col_w - t.unit * 2;
        ImGui::SetCursorScreenPos(area.min);
        begin_scroll(ui, "apply_receipt", ImVec2(text_w, area.height()));
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float h = receipt_text(ui, r, o, text_w - t.scrollbar - t.unit, true, true);
        ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + h));
        ImGui::Dummy(ImVec2(text_w - t.scrollbar - t.unit, t.unit));
        end_scroll(ui);
        const float cx = area.max.x - col_w;
        const float words = receipt_code(ui, r, paper, ImVec2(cx, area.min.y), col_w, 0, false);
        const float room = area.height() - nav_h - t.unit - words;
        const float qr_side = std::max(0.0f, std::min({room, col_w - t.unit * 2, t.touch * 5.0f}));
        receipt_code(ui, r, paper, ImVec2(cx, area.min.y), col_w, qr_side, true);
    } else {
        const float bottom = area.max.y - nav_h - t.unit;
        ImGui::SetCursorScreenPos(area.min);
        begin_scroll(ui, "apply_receipt", ImVec2(area.width(), bottom - area.min.y));
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float w = area.width() - t.scrollbar - t.unit;
        // Portrait: the code and what to do with it right after the essentials, so both are on the first screen.
        float y = o.y + receipt_text(ui, r, o, w, true, false);
        y += receipt_code(ui, r, paper, ImVec2(o.x, y), w, std::min(area.width() * 0.45f, t.touch * 5.0f), true) + t.unit;
        y += receipt_text(ui, r, ImVec2(o.x, y), w, false, true);
        ImGui::SetCursorScreenPos(ImVec2(o.x, y));
        ImGui::Dummy(ImVec2(w, t.unit));
        end_scroll(ui);
    }
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - bw, area.max.y - nav_h));
    if (button(ui, str::kReceiptDone, bw, ButtonKind::Primary, Icon::Home, nav_h))
        action = Action::apply(ApplyOp::Finish);
    return action;
}

Action draw_cannot_accept(Ui& ui, const AppModel& model, Area area) {
    const Theme& t = ui.theme;
    const float width = std::min(area.width(), ui.fonts->size(FontRole::Body) * 30);
    const float x = area.min.x + (area.width() - width) * 0.5f;
    float y = area.min.y + area.height() * 0.08f;
    draw_icon(ImGui::GetWindowDrawList(), Icon::Apply, ImVec2(x + width * 0.5f, y + t.touch * 0.7f), t.touch * 1.4f,
              t.primary);
    y += t.touch * 1.8f;
    y += text_at(ui, FontRole::Heading, str::kApplyNoKey, t.text, ImVec2(x, y), width) + t.unit;
    y += text_at(ui, FontRole::Body, str::kApplyComingBody, t.text, ImVec2(x, y), width) + t.unit;
    y += text_at(ui, FontRole::Body, std::string(str::kOfficePhone) + "：" + model.office.phone, t.text, ImVec2(x, y), width);
    text_at(ui, FontRole::Body, std::string(str::kOfficeAddress) + "：" + model.office.address, t.text, ImVec2(x, y), width);
    return {};
}

}  // namespace

Action draw_apply(Ui& ui, const AppModel& model, Area area) {
    const ApplyView& v = model.apply;
    if (v.step == ApplyStep::Receipt && v.receipt) return draw_receipt(ui, model, area);
    if (!v.can_accept) return draw_cannot_accept(ui, model, area);
    if (v.editing) return draw_editor(ui, model, area);
    switch (v.step) {
        case ApplyStep::Signature: return draw_signature_step(ui, model, area);
        case ApplyStep::Review: return draw_review(ui, model, area);
        default: return draw_fields_step(ui, model, area);
    }
}

bool draw_still_there(Ui& ui, int seconds_left, bool on_form) {
    const Theme& t = ui.theme;
    begin_overlay(ui, "still_there");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = std::min(t.screen.x * 0.86f, ui.fonts->size(FontRole::Body) * 24);
    const float pad = t.unit * 2.5f;
    const std::string body = fmt(on_form ? str::kStillThereFmt : str::kStillThereReadingFmt, seconds_left);
    const std::string count = std::to_string(seconds_left);
    const float big = ui.fonts->size(FontRole::Display) * 2.0f;
    const float h = pad * 2 + line_h(ui, FontRole::Display) + big + t.unit * 2 +
                    text_height(ui, FontRole::Heading, body, w - pad * 2) + t.unit * 2 + t.touch * 1.4f;
    const ImVec2 a((t.screen.x - w) * 0.5f, (t.screen.y - h) * 0.5f), b(a.x + w, a.y + h);
    // A tap anywhere on the dimmed screen continues too.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    bool pressed = false;
    bool tapped = card_area(ui, "still_there_anywhere", t.screen, &pressed, "");
    dl->AddRectFilled(a, b, t.surface, t.radius * 1.5f);
    dl->AddRect(a, b, t.accent, t.radius * 1.5f, 0, 5.0f);
    float y = a.y + pad;
    const float tw = text::text_width(*ui.fonts, FontRole::Display, str::kStillThereTitle);
    y += text_at(ui, FontRole::Display, str::kStillThereTitle, t.text, ImVec2(a.x + (w - tw) * 0.5f, y), tw + 2);
    // The seconds, large, in a circle.
    const float fs = ui.fonts->size(FontRole::Display);
    const float r = fs * 1.0f;
    const ImVec2 c(a.x + w * 0.5f, y + r + t.unit * 0.5f);
    dl->AddCircle(c, r, t.accent, 48, 6.0f);
    const float cw = text::text_width(*ui.fonts, FontRole::Display, count);
    text_at(ui, FontRole::Display, count, t.accent, ImVec2(c.x - cw * 0.5f, c.y - fs * 0.75f), cw + 2, 1);
    y += r * 2 + t.unit * 1.5f;
    y += text_at(ui, FontRole::Heading, body, t.text, ImVec2(a.x + pad, y), w - pad * 2) + t.unit * 2;
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, y));
    if (button(ui, on_form ? str::kStillThereContinue : str::kStillThereKeepReading, w - pad * 2, ButtonKind::Primary,
               Icon::None, t.touch * 1.4f))
        tapped = true;
    end_overlay();
    return tapped;
}

Action draw_leave_form(Ui& ui) {
    const Theme& t = ui.theme;
    begin_overlay(ui, "leave_form");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = std::min(t.screen.x * 0.86f, ui.fonts->size(FontRole::Body) * 24);
    const float pad = t.unit * 2.5f;
    const float inner = w - pad * 2;
    const float keep_h = t.touch * 1.5f, quit_h = t.touch * 1.2f;
    const float title_h = text_height(ui, FontRole::Display, str::kLeaveFormTitle, inner);
    const float body_h = text_height(ui, FontRole::Heading, str::kLeaveFormBody, inner);
    const float h = pad * 2 + title_h + t.unit * 1.5f + body_h + t.unit * 2.5f + keep_h + t.unit * 2 + quit_h;
    const ImVec2 a((t.screen.x - w) * 0.5f, (t.screen.y - h) * 0.5f), b(a.x + w, a.y + h);
    dl->AddRectFilled(a, b, t.surface, t.radius * 1.5f);
    dl->AddRect(a, b, t.accent, t.radius * 1.5f, 0, 5.0f);
    float y = a.y + pad;
    y += text_at(ui, FontRole::Display, str::kLeaveFormTitle, t.text, ImVec2(a.x + pad, y), inner) + t.unit * 1.5f;
    y += text_at(ui, FontRole::Heading, str::kLeaveFormBody, t.text, ImVec2(a.x + pad, y), inner) + t.unit * 2.5f;
    Action action;
    // 继续填写 first, biggest and in the primary colour: the answer that loses nothing.
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, y));
    const bool keep = button(ui, str::kLeaveFormKeep, inner, ButtonKind::Primary, Icon::None, keep_h);
    y += keep_h + t.unit * 2;
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, y));
    const bool abandon = button(ui, str::kLeaveFormAbandon, inner, ButtonKind::Secondary, Icon::None, quit_h);
    // A tap beside the question keeps the form: only the 放弃 button throws anything away. Submitted after the
    // buttons, which ImGui then lets take their own taps.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    bool pressed = false;
    const bool beside = card_area(ui, "leave_form_anywhere", t.screen, &pressed, "");
    if (abandon)
        action = Action::apply(ApplyOp::Abandon);
    else if (keep || beside)
        action = Action::apply(ApplyOp::KeepFilling);
    end_overlay();
    return action;
}

}  // namespace kiosk::ui
