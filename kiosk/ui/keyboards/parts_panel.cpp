// parts_panel.cpp — see parts_panel.h.
//
// Layout. The writing box is the 手写 box's size (handwriting_box_side), so a hand that moves between the tabs
// writes the same size. Beside it (landscape) or under it (portrait), top to bottom:
//   the instruction (先写字的一部分，再写下一部分，然后点您要的字);
//   row A  what the recognizer reads in the ink, as parts to tap, and 退一笔 / 重写 for the ink;
//   row B  the five stroke keys (landscape; in portrait they stand in a column beside the box, where the width
//          the box leaves is), the parts so far, big (龙 + 天), 删除 and 清空 — in landscape, when the height allows,
//          the parts with 删除 and 清空 on a row of their own under the stroke keys;
//   row C  the characters the parts make, big; 第 N / M 页 with ◀ ▶ beside them (landscape) or under them (portrait).
// Rows share the height left, between three quarters of a touch (above the layout check's 60 / 80 px) and 1¼.
//
// 删除 takes back the last part, and with no parts a character of the field; 清空 the parts and the ink, and with
// neither the field — as 拼音's keys do with what is being composed, so the two behave alike.
#include "ui/keyboards/parts_panel.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

constexpr std::size_t kMaxParts = 6;  // 𪚥 takes four; more than six is a mistake, not a character

// Words drawn for the probe (and so the layout check): where they went, in what colours, in what box.
void record_words(Ui& ui, const std::string& words, ImVec2 text_min, ImVec2 text_max, ImVec2 box_min, ImVec2 box_max,
                  ImU32 fg, ImU32 bg) {
    if (!ui.probe) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.probe->record(words, text_min, text_max, dl->GetClipRectMin(), dl->GetClipRectMax(), false,
                     ProbeLayout{box_min, box_max, text_min, text_max, fg, bg, false});
}

// A key of this panel: the whole rectangle is the target, `shown` drawn centred in `role`. `name` is what the probe —
// and so a script — calls it when that differs from what is drawn: the stroke key that shows 一 is 横, a part read
// from the ink is 部件 龙 (the candidate 龙 beside it puts 龙 in the field).
bool key(Ui& ui, const std::string& name, const std::string& shown, ImVec2 size, bool primary, FontRole role) {
    const Theme& t = ui.theme;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    const bool tapped = card_area(ui, name.c_str(), size, &pressed, name);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    const ImU32 rest_fill = primary ? t.primary : t.surface;
    const ImU32 fill = primary ? (pressed ? t.primary_pressed : t.primary) : (pressed ? t.surface_pressed : t.surface);
    dl->AddRectFilled(pos, max, fill, t.radius);
    dl->AddRect(pos, max, t.primary, t.radius, 0, 3.0f);
    const float fs = ui.fonts->size(role);
    const float w = text::text_width(*ui.fonts, role, shown);
    const ImU32 ink = primary ? t.on_primary : t.primary;
    const ImVec2 at(pos.x + (size.x - w) * 0.5f, pos.y + (size.y - fs) * 0.5f - fs * 0.06f);
    ui.fonts->draw(dl, role, at, ink, shown.c_str());
    record_words(ui, shown, at, ImVec2(at.x + w, at.y + fs), pos, max, ink, rest_fill);
    return tapped;
}

// The biggest of Display, Heading for one character in a cell `h` high.
FontRole glyph_role(const Ui& ui, float h) {
    return ui.fonts->size(FontRole::Display) * 1.15f <= h ? FontRole::Display : FontRole::Heading;
}

std::string part_label(const input::Part& p) {
    if (!p.stroke) return p.text;
    const auto at = input::kStrokeLetters.find(p.text.empty() ? '?' : p.text[0]);
    return at == std::string_view::npos ? p.text : str::kPartsStrokeGlyphs[at];
}

}  // namespace

PartsPanel::PartsPanel(std::shared_ptr<input::PartsEngine> engine,
                       std::shared_ptr<const input::HandwritingRecognizer> recognizer)
    : engine_(std::move(engine)), recognizer_(std::move(recognizer)) {}

bool PartsPanel::ready() {
    if (load_ == Load::NotStarted) {
        // ≈0.35 s of reading (parts_engine.cpp): on a thread of its own, so the tab answers at once and the idle kiosk
        // never pays for it.
        load_ = Load::Loading;
        loading_ = std::async(std::launch::async, [engine = engine_] { return engine->load(); });
    }
    if (load_ == Load::Loading && loading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        bool ok = false;
        try {
            ok = loading_.get();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: 部件 off: %s\n", e.what());
        }
        load_ = ok ? Load::Ready : Load::Failed;
        if (!ok && !engine_->error().empty()) std::fprintf(stderr, "kiosk: 部件 off (the tab shows its note): %s\n", engine_->error().c_str());
        if (ok) {
            const input::PartsLoadStats& s = engine_->stats();
            std::fprintf(stderr, "kiosk: 部件 ready: %zu stroke sequences of %zu characters in %.0f ms\n", s.entries,
                         s.characters, s.load_ms);
            refresh();
        }
    }
    return load_ == Load::Ready;
}

void PartsPanel::reset() {
    capture_.clear();
    written_.clear();
    parts_.clear();
    candidates_.clear();
    page_ = 0;
}

void PartsPanel::set_person_names(const std::vector<std::string>& names) {
    engine_->set_names(names);
    refresh();
}

void PartsPanel::add_part(input::Part part) {
    if (parts_.size() >= kMaxParts) return;
    parts_.push_back(std::move(part));
    capture_.clear();
    written_.clear();
    refresh();
}

void PartsPanel::refresh() {
    page_ = 0;
    candidates_.clear();
    if (parts_.empty() || load_ != Load::Ready) return;
    for (input::PartsCandidate& c : engine_->candidates(parts_)) candidates_.push_back(std::move(c.character));
}

PanelInput PartsPanel::draw(Ui& ui, Area area) {
    PanelInput in;
    const bool is_ready = ready();
    if (load_ == Load::Failed) {
        draw_panel_note(ui, area, str::kInputPartsSoon);
        return in;
    }
    if (!is_ready) ui.animating = true;  // look again next frame
    const Theme& t = ui.theme;
    const float gap = t.unit * 0.6f;
    const float body_h = text::line_height(*ui.fonts, FontRole::Body);
    const bool wide = area.width() > area.height() * 1.3f;

    // ---- Where things go ------------------------------------------------------------------------------------------
    const float side = handwriting_box_side(ui, area);
    const ImVec2 box = area.min;
    Area rest, column{};
    if (wide) {
        rest = Area{ImVec2(box.x + side + t.unit * 2, area.min.y), area.max};
    } else {
        column = Area{ImVec2(box.x + side + t.unit, box.y), ImVec2(area.max.x, box.y + side)};
        rest = Area{ImVec2(area.min.x, box.y + side + t.unit), area.max};
    }
    const float hint_h = text_height(ui, FontRole::Body, str::kPartsHint, rest.width(), 2);
    const float page_line = wide ? 0.0f : body_h + gap;
    // Landscape with the height for it: the parts so far on a row of their own with 删除 / 清空 (row P, between B and
    // C), so that 龙 + 龙 + 龙 + 龙 stays big in 长辈模式 instead of shrinking beside the stroke keys.
    const bool parts_row = wide && (rest.height() - hint_h - gap * 4) / 4 >= t.touch * 0.8f;
    const int rows = parts_row ? 4 : 3;
    const float row_h = std::clamp((rest.height() - hint_h - page_line - gap * rows) / rows, t.touch * 0.75f,
                                   t.touch * 1.25f);

    // ---- The box ----------------------------------------------------------------------------------------------------
    if (writing_box(ui, box, side, capture_, str::kPartsBoxHint)) {
        written_ = recognizer_ && !capture_.strokes().empty() ? recognizer_->recognize(capture_.strokes(), kWritten, 1.0f)
                                                               : std::vector<std::string>{};
    }

    float y = rest.min.y;
    text_at(ui, FontRole::Body, str::kPartsHint, t.text, ImVec2(rest.min.x, y), rest.width(), 2);
    y += hint_h + gap;

    // ---- Row A: the parts read in the ink; 退一笔 / 重写 -------------------------------------------------------------
    {
        const float undo_w = button_fit_width(ui, str::kHandwritingUndo, Icon::Back);
        const float rewrite_w = button_fit_width(ui, str::kHandwritingRewrite);
        const float ink_x = rest.max.x - undo_w - gap - rewrite_w;
        ImGui::SetCursorScreenPos(ImVec2(ink_x, y));
        if (button(ui, str::kHandwritingUndo, undo_w, ButtonKind::Secondary, Icon::Back, row_h)) {
            capture_.undo();
            written_ = recognizer_ && !capture_.strokes().empty()
                           ? recognizer_->recognize(capture_.strokes(), kWritten, 1.0f)
                           : std::vector<std::string>{};
        }
        ImGui::SetCursorScreenPos(ImVec2(ink_x + undo_w + gap, y));
        if (button(ui, str::kHandwritingRewrite, rewrite_w, ButtonKind::Secondary, Icon::None, row_h)) {
            capture_.clear();
            written_.clear();
        }
        const float room = ink_x - gap - rest.min.x;
        float x = rest.min.x;
        if (!written_.empty()) {
            const FontRole role = glyph_role(ui, row_h);
            const float cell = std::max(row_h, ui.fonts->size(role) + t.unit * 1.5f);
            const float label_w = text::text_width(*ui.fonts, FontRole::Body, str::kPartsPickWritten);
            if (label_w + (cell + gap) * 3 <= room) {  // the words only when three parts still fit after them
                text_at(ui, FontRole::Body, str::kPartsPickWritten, t.text, ImVec2(x, y + (row_h - body_h) * 0.5f),
                        label_w + 1, 1);
                x += label_w + gap;
            }
            const std::vector<std::string> shown = written_;  // a tap below clears written_
            for (std::size_t i = 0; i < shown.size() && x + cell <= ink_x - gap + 0.5f; ++i) {
                ImGui::SetCursorScreenPos(ImVec2(x, y));
                ImGui::PushID(static_cast<int>(i));
                char name[64];
                std::snprintf(name, sizeof name, str::kPartsWrittenFmt, shown[i].c_str());
                if (key(ui, name, shown[i], ImVec2(cell, row_h), false, role)) add_part(input::Part::character(shown[i]));
                ImGui::PopID();
                x += cell + gap;
            }
        } else if (!capture_.strokes().empty() && !capture_.writing()) {
            text_at(ui, FontRole::Body, str::kHandwritingNone, t.text, ImVec2(x, y + (row_h - body_h) * 0.5f), room, 1);
        }
        y += row_h + gap;
    }

    // ---- Row B: stroke keys (here or beside the box), the parts so far, 删除 / 清空 -------------------------------------
    {
        const FontRole stroke_role = FontRole::Display;
        auto stroke_key = [&](int i, ImVec2 pos, ImVec2 size) {
            ImGui::SetCursorScreenPos(pos);
            if (key(ui, str::kPartsStrokeNames[i], str::kPartsStrokeGlyphs[i], size, false,
                    ui.fonts->size(stroke_role) * 1.1f <= std::min(size.x, size.y) ? stroke_role : FontRole::Heading))
                add_part(input::Part::of_stroke(input::kStrokeLetters[static_cast<std::size_t>(i)]));
        };
        float x = rest.min.x;
        if (wide) {
            // A little narrower than high: the room goes to the parts beside them.
            const float k = std::max(t.touch * 0.75f, row_h * 0.8f);
            for (int i = 0; i < 5; ++i) stroke_key(i, ImVec2(x + i * (k + gap), y), ImVec2(k, row_h));
            x += 5 * (k + gap) + gap;
            if (parts_row) {
                y += row_h + gap;
                x = rest.min.x;
            }
        } else {
            const float kh = std::min((column.height() - gap * 4) / 5, t.touch * 1.6f);
            for (int i = 0; i < 5; ++i) {
                stroke_key(i, ImVec2(column.min.x, column.min.y + i * (kh + gap)), ImVec2(column.width(), kh));
            }
        }
        const float del_w = button_fit_width(ui, str::kKeyBackspace, Icon::Back);
        const float clear_w = button_fit_width(ui, str::kKeyClear);
        const float keys_x = rest.max.x - del_w - gap - clear_w;
        ImGui::SetCursorScreenPos(ImVec2(keys_x, y));
        if (button(ui, str::kKeyBackspace, del_w, ButtonKind::Primary, Icon::Back, row_h)) {
            if (!parts_.empty()) {
                parts_.pop_back();
                refresh();
            } else {
                in.backspace = true;
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(keys_x + del_w + gap, y));
        if (button(ui, str::kKeyClear, clear_w, ButtonKind::Secondary, Icon::None, row_h)) {
            if (!parts_.empty() || !capture_.strokes().empty()) {
                reset();
            } else {
                in.clear = true;
            }
        }
        // The parts, each in a chip, + between: in the display size while they fit, else the heading or the body size,
        // else the last ones after ….
        const float room = keys_x - gap - x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (parts_.empty()) {
            text_at(ui, FontRole::Body, str::kPartsNoParts, t.text_muted, ImVec2(x, y + (row_h - body_h) * 0.5f), room, 1);
        } else {
            auto plus_role = [](FontRole role) { return role == FontRole::Body ? FontRole::Body : FontRole::Heading; };
            auto plus_width = [&](FontRole role) {
                return text::text_width(*ui.fonts, plus_role(role), str::kPartsPlus) + t.unit;
            };
            auto width_of = [&](FontRole role, std::size_t from) {
                float w = 0;
                for (std::size_t i = from; i < parts_.size(); ++i) {
                    w += text::text_width(*ui.fonts, role, part_label(parts_[i])) + t.unit * 1.2f +
                         (i + 1 < parts_.size() ? plus_width(role) : 0);
                }
                return w;
            };
            FontRole role = glyph_role(ui, row_h * 0.95f);
            if (width_of(role, 0) > room) role = FontRole::Heading;
            if (width_of(role, 0) > room) role = FontRole::Body;  // 龙 + 龙 + 龙 + 龙 in 长辈模式, landscape
            std::size_t from = 0;
            const float more_w = text::text_width(*ui.fonts, FontRole::Heading, "…") + t.unit * 0.5f;
            while (from + 1 < parts_.size() && width_of(role, from) + (from > 0 ? more_w : 0) > room) ++from;
            std::string words = from > 0 ? "…" : "";
            float cx = x;
            const float fs = ui.fonts->size(role);
            const float chip_h = std::min(row_h, fs * 1.4f);
            const float cy = y + (row_h - chip_h) * 0.5f;
            if (from > 0) {
                ui.fonts->draw(dl, FontRole::Heading, ImVec2(cx, y + (row_h - ui.fonts->size(FontRole::Heading)) * 0.5f), t.text, "…");
                cx += more_w;
            }
            for (std::size_t i = from; i < parts_.size(); ++i) {
                const std::string label = part_label(parts_[i]);
                const float gw = text::text_width(*ui.fonts, role, label);
                const ImVec2 a(cx, cy), b(cx + gw + t.unit * 1.2f, cy + chip_h);
                dl->AddRectFilled(a, b, t.surface, t.radius);
                dl->AddRect(a, b, t.border, t.radius, 0, 2.0f);
                ui.fonts->draw(dl, role, ImVec2(a.x + t.unit * 0.6f, cy + (chip_h - fs) * 0.5f - fs * 0.06f), t.text, label.c_str());
                cx = b.x;
                words += label;
                if (i + 1 < parts_.size()) {
                    const float hs = ui.fonts->size(plus_role(role));
                    ui.fonts->draw(dl, plus_role(role), ImVec2(cx + t.unit * 0.5f, y + (row_h - hs) * 0.5f), t.text,
                                   str::kPartsPlus);
                    cx += plus_width(role);
                    words += std::string(" ") + str::kPartsPlus + " ";
                }
            }
            // One item for the whole line, so a script (and the check) reads "龙 + 天" as the villager sees it.
            record_words(ui, words, ImVec2(x, cy), ImVec2(cx, cy + chip_h), ImVec2(x, y), ImVec2(x + room, y + row_h),
                         t.text, t.surface);
        }
        y += row_h + gap;
    }

    // ---- Row C: the characters the parts make, and the pages ------------------------------------------------------
    {
        const FontRole role = glyph_role(ui, row_h);
        const float cell = std::max(row_h * 1.05f, ui.fonts->size(role) + t.unit * 1.5f);
        const float arrow_w = std::max({t.touch * 0.8f, row_h * 0.9f,
                                        text::text_width(*ui.fonts, FontRole::Heading, str::kPinyinNextPage) + t.unit * 2});
        char page_text[64] = "";
        // How many fit: first without paging; if not all do, with ◀ ▶ (and in landscape the page words) beside them.
        auto fit = [&](float width) { return std::max(1, static_cast<int>((width + gap) / (cell + gap))); };
        const int n = static_cast<int>(candidates_.size());
        int per_page = fit(rest.width());
        float x0 = rest.min.x;
        float label_w = 0;
        if (n > per_page) {
            std::snprintf(page_text, sizeof page_text, str::kPinyinPageOf, 99, 99);
            label_w = wide ? text::text_width(*ui.fonts, FontRole::Body, page_text) + t.unit : 0.0f;
            per_page = fit(rest.width() - 2 * (arrow_w + gap) - label_w);
        }
        const int pages = std::max(1, (n + per_page - 1) / per_page);
        page_ = std::clamp(page_, 0, pages - 1);
        if (pages > 1) {
            std::snprintf(page_text, sizeof page_text, str::kPinyinPageOf, page_ + 1, pages);
            // ◀ on the left of the characters, ▶ on their right (portrait) or both at the row's end after the page
            // words (landscape, where there is no line under the row).
            const float prev_x = wide ? rest.max.x - arrow_w * 2 - gap : rest.min.x;
            const float next_x = rest.max.x - arrow_w;
            if (!wide) x0 += arrow_w + gap;
            const bool before = page_ > 0, after = page_ + 1 < pages;
            ImGui::SetCursorScreenPos(ImVec2(prev_x, y));
            if (panel_key(ui, str::kPinyinPrevPage, ImVec2(arrow_w, row_h), false, FontRole::Heading, before)) --page_;
            ImGui::SetCursorScreenPos(ImVec2(next_x, y));
            if (panel_key(ui, str::kPinyinNextPage, ImVec2(arrow_w, row_h), false, FontRole::Heading, after)) ++page_;
            const float tw = text::text_width(*ui.fonts, FontRole::Body, page_text);
            if (wide) {
                text_at(ui, FontRole::Body, page_text, t.text, ImVec2(prev_x - gap - tw, y + (row_h - body_h) * 0.5f), tw + 1, 1);
            } else {
                text_at(ui, FontRole::Body, page_text, t.text, ImVec2(rest.min.x + (rest.width() - tw) * 0.5f, y + row_h + gap),
                        tw + 1, 1);
            }
        }
        if (!is_ready) {
            text_at(ui, FontRole::Body, str::kPartsLoading, t.text_muted, ImVec2(x0, y + (row_h - body_h) * 0.5f), rest.width(), 1);
        } else if (!parts_.empty() && candidates_.empty()) {
            text_at(ui, FontRole::Body, str::kPartsNone, t.text, ImVec2(x0, y + (row_h - body_h) * 0.5f), rest.width(), 1);
        }
        const std::vector<std::string> shown(candidates_.begin() + std::min(n, page_ * per_page),
                                             candidates_.begin() + std::min(n, (page_ + 1) * per_page));
        for (std::size_t i = 0; i < shown.size(); ++i) {
            ImGui::SetCursorScreenPos(ImVec2(x0 + static_cast<float>(i) * (cell + gap), y));
            ImGui::PushID(static_cast<int>(i));
            // The first is the likeliest: filled, as the one to look at first (as on the other panels).
            if (key(ui, shown[i], shown[i], ImVec2(cell, row_h), i == 0 && page_ == 0, role)) {
                in.commit = shown[i];
                reset();
            }
            ImGui::PopID();
        }
    }
    return in;
}

}  // namespace kiosk::ui
