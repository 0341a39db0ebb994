// handwriting_panel.cpp — see handwriting_panel.h.
#include "ui/keyboards/handwriting_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/base/strings_zh.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

// ---- StrokeCapture --------------------------------------------------------------------------------------------------

namespace {
bool inside(ImVec2 p, ImVec2 a, ImVec2 b) { return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y; }
}  // namespace

void StrokeCapture::add(const Gesture& g, ImVec2 a, ImVec2 b) {
    if (strokes_.empty()) return;
    auto& pts = strokes_.back().points;
    if (pts.size() >= kMaxPoints) return;
    const float w = std::max(1.0f, b.x - a.x), h = std::max(1.0f, b.y - a.y);
    const float x = std::clamp((g.pos.x - a.x) / w, 0.0f, 1.0f) * 1000.0f;
    const float y = std::clamp((g.pos.y - a.y) / h, 0.0f, 1.0f) * 1000.0f;
    if (!std::isfinite(x) || !std::isfinite(y)) return;
    if (!pts.empty() && std::abs(pts.back().first - x) + std::abs(pts.back().second - y) < 1.0f) return;
    pts.emplace_back(x, y);
}

bool StrokeCapture::update(const Gesture& g, ImVec2 a, ImVec2 b) {
    if (g.pressed && inside(g.start, a, b) && strokes_.size() < input::kMaxStrokes) {
        strokes_.emplace_back();
        active_ = true;
        add(g, a, b);
        return false;
    }
    if (!active_) return false;
    if (g.down) {
        add(g, a, b);
        return false;
    }
    // Lifted (released this frame, or the press ended unseen): the stroke is done.
    if (g.released) add(g, a, b);
    active_ = false;
    return true;
}

void StrokeCapture::undo() {
    if (!strokes_.empty()) strokes_.pop_back();
    active_ = false;
}

void StrokeCapture::clear() {
    strokes_.clear();
    active_ = false;
}

// ---- The panel ------------------------------------------------------------------------------------------------------

HandwritingKeys layout_handwriting_keys(float width, float cell_h, float gap, int cols, float key_min_w, float key_w) {
    HandwritingKeys k;
    k.key_w = std::max(key_min_w, key_w);
    k.cell_w = std::max(1.0f, std::min((width - k.key_w - gap * cols) / cols, cell_h * 1.4f));
    // Right after the candidates, not at the far edge: the hand that picked a character finds 删除 next to it.
    k.key_x = cols * (k.cell_w + gap);
    return k;
}

namespace {

// What goes beside or under the box: a status line, two rows of candidates with 删除 and 空格 beside them, 退一笔 /
// 重写, and the note. The candidates are drawn in the display size, so in 长辈模式 they grow with the text; their
// cells grow too. Five columns where they fit whole; where the panel is narrow (the search bar's keyboard at big
// sizes) four or three, and the first eight or six candidates: fewer, whole, rather than ten cut.
constexpr int kMostCols = 5, kFewestCols = 3;
float control_gap(const Ui& ui) { return ui.theme.unit * 0.6f; }
float min_cell(const Ui& ui) { return std::max(ui.theme.touch * 1.1f, ui.fonts->size(FontRole::Display) * 1.3f); }
float controls_min_height(const Ui& ui) {
    const float gap = control_gap(ui), body_h = text::line_height(*ui.fonts, FontRole::Body);
    return body_h + gap + (min_cell(ui) * 2 + gap) + gap + ui.theme.touch + gap + body_h;
}
float key_min_width(const Ui& ui) {
    return text::text_width(*ui.fonts, FontRole::Heading, str::kKeyBackspace) + ui.theme.unit * 2;
}
// `cols` cells `cell` wide and the 删除 / 空格 column.
float controls_width(const Ui& ui, int cols, float cell) {
    return cols * (cell + control_gap(ui)) + std::max(key_min_width(ui), ui.theme.touch * 1.6f);
}
// A cell that holds a display-size character whole (panel_key keeps half a unit each side), a pixel to spare.
float least_cell(const Ui& ui) { return ui.fonts->size(FontRole::Display) + ui.theme.unit + 1.0f; }
// The most columns whose candidates stay whole in a row `width` wide.
int columns_for(const Ui& ui, float width) {
    int cols = kMostCols;
    while (cols > kFewestCols && controls_width(ui, cols, least_cell(ui)) > width) --cols;
    return cols;
}
bool box_beside(Area area) { return area.width() > area.height() * 1.3f; }

}  // namespace

float handwriting_box_side(const Ui& ui, Area area) {
    const Theme& t = ui.theme;
    if (box_beside(area)) {
        // As high as the area (at most 0.42 of its width), with as many columns beside it as leave it so — or, in a
        // narrow area, four finger-widths: a big box first, then more candidates.
        const float want = std::min(area.height(), area.width() * 0.42f);
        const float enough = std::min(want, t.touch * 4);
        for (int cols = kMostCols; cols >= kFewestCols; --cols) {
            const float side = std::min(want, area.width() - t.unit * 2 - controls_width(ui, cols, least_cell(ui)));
            if (side >= enough) return side;
        }
        return std::min(want, std::max(t.touch * 3, area.width() - t.unit * 2 - controls_width(ui, kFewestCols, least_cell(ui))));
    }
    return std::max(t.touch * 3, std::min(area.width(), area.height() - controls_min_height(ui) - t.unit));
}

float handwriting_panel_height(const Ui& ui, float width, float side) {
    const Theme& t = ui.theme;
    if (width - t.unit * 2 - side >= controls_width(ui, kFewestCols, least_cell(ui))) {
        // Beside: high enough for the controls, and no higher than width / 1.3, or the box would go above them.
        return std::min(std::max(side, controls_min_height(ui)), width / 1.3f - 1.0f);
    }
    return side + t.unit + controls_min_height(ui);
}

float handwriting_panel_width(const Ui& ui, float side) {
    return side + ui.theme.unit * 2 + controls_width(ui, kMostCols, min_cell(ui));
}

bool writing_box(Ui& ui, ImVec2 box, float side, StrokeCapture& capture, const char* hint) {
    const Theme& t = ui.theme;
    const ImVec2 box_max(box.x + side, box.y + side);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(box, box_max, IM_COL32(255, 255, 255, 255), t.radius);
    dl->AddRect(box, box_max, t.primary, t.radius, 0, 4.0f);
    const ImVec2 c(box.x + side * 0.5f, box.y + side * 0.5f);
    for (float f = 0.04f; f < 0.96f; f += 0.06f) {  // dashed centre lines
        dl->AddLine(ImVec2(box.x + side * f, c.y), ImVec2(box.x + side * (f + 0.03f), c.y), t.border, 2.0f);
        dl->AddLine(ImVec2(c.x, box.y + side * f), ImVec2(c.x, box.y + side * (f + 0.03f)), t.border, 2.0f);
    }
    ImGui::SetCursorScreenPos(box);
    bool held = false;
    card_area(ui, "handwriting_box", ImVec2(side, side), &held, str::kHandwritingBox);  // takes presses inside
    const bool ended = capture.update(ui.gesture, box, box_max);
    if (capture.writing()) ui.animating = true;
    if (capture.strokes().empty()) {
        const float body_h = text::line_height(*ui.fonts, FontRole::Body);
        const float w = text::text_width(*ui.fonts, FontRole::Body, hint);
        text_at(ui, FontRole::Body, hint, t.text_muted,
                ImVec2(box.x + std::max(t.unit, (side - w) * 0.5f), box.y + side * 0.25f - body_h * 0.5f),
                side - t.unit * 2, 2);
    }
    const float ink = std::max(4.0f, side * 0.024f);
    auto map = [&](const std::pair<float, float>& p) {
        return ImVec2(box.x + side * p.first / 1000.0f, box.y + side * p.second / 1000.0f);
    };
    for (const input::Stroke& s : capture.strokes()) {
        if (s.points.empty()) continue;
        std::vector<ImVec2> pts;
        pts.reserve(s.points.size());
        for (const auto& p : s.points) pts.push_back(map(p));
        if (pts.size() > 1) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), t.text, 0, ink);
        dl->AddCircleFilled(pts.front(), ink * 0.5f, t.text, 16);  // round ends (a tap is a dot)
        dl->AddCircleFilled(pts.back(), ink * 0.5f, t.text, 16);
    }
    return ended;
}

HandwritingPanel::HandwritingPanel(std::shared_ptr<const input::HandwritingRecognizer> recognizer)
    : recognizer_(std::move(recognizer)) {}

void HandwritingPanel::reset() {
    capture_.clear();
    candidates_.clear();
}

void HandwritingPanel::recognize() {
    candidates_ = capture_.strokes().empty() ? std::vector<std::string>{}
                                             : recognizer_->recognize(capture_.strokes(), kCandidates, 1.0f);
}

PanelInput HandwritingPanel::draw(Ui& ui, Area area) {
    PanelInput in;
    const Theme& t = ui.theme;
    const float gap = control_gap(ui);
    const float body_h = text::line_height(*ui.fonts, FontRole::Body);
    // Beside the box (landscape) or under it (portrait): a status line, two rows of five candidates with 删除 and
    // 空格 beside them (so a name is written, corrected and spaced without leaving 手写 for pinyin, which many
    // villagers cannot use), 退一笔 / 重写, and the note.
    const bool wide = box_beside(area);
    const float side = handwriting_box_side(ui, area);
    ImVec2 box;
    Area rest;
    if (wide) {
        box = area.min;
        rest = Area{ImVec2(box.x + side + t.unit * 2, area.min.y), area.max};
    } else {
        box = ImVec2(area.min.x + (area.width() - side) * 0.5f, area.min.y);
        rest = Area{ImVec2(area.min.x, box.y + side + t.unit), area.max};
    }

    // ---- The writing box: white, a faint 田字格, the ink ----------------------------------------------------------------
    if (writing_box(ui, box, side, capture_, str::kHandwritingHint)) recognize();

    // ---- Status, candidates, 退一笔 / 重写, the note -----------------------------------------------------------------
    float y = rest.min.y;
    const char* status = !candidates_.empty()             ? str::kHandwritingPick
                         : !capture_.strokes().empty() && !capture_.writing() ? str::kHandwritingNone
                                                                              : "";
    text_at(ui, FontRole::Body, status, t.text, ImVec2(rest.min.x, y), rest.width(), 1);
    y += body_h + gap;
    const float below = rest.max.y - y - (gap + t.touch + gap + body_h);
    const float cell_min = std::max(t.touch * 0.9f, ui.fonts->size(FontRole::Display) * 1.2f);
    const float cell_h = std::clamp((below - gap) / 2, cell_min, std::max(cell_min, t.touch * 1.6f));
    const int cols = columns_for(ui, rest.width());
    const HandwritingKeys keys = layout_handwriting_keys(rest.width(), cell_h, gap, cols, key_min_width(ui), t.touch * 1.6f);
    const float cell_w = keys.cell_w;
    for (std::size_t i = 0; i < candidates_.size() && i < static_cast<std::size_t>(std::min(kCandidates, cols * 2)); ++i) {
        const int r = static_cast<int>(i) / cols, col = static_cast<int>(i) % cols;
        ImGui::SetCursorScreenPos(ImVec2(rest.min.x + col * (cell_w + gap), y + r * (cell_h + gap)));
        ImGui::PushID(static_cast<int>(i));
        const std::string pick = candidates_[i];
        if (panel_key(ui, pick.c_str(), ImVec2(cell_w, cell_h), i == 0, FontRole::Display)) {
            in.commit = pick;
            capture_.clear();
            candidates_.clear();
        }
        ImGui::PopID();
    }
    // 删除 takes back a character already in the field (the ink is taken back by 退一笔); 空格 separates, e.g. a
    // given name from a family name or the parts of an address. Both always answer, whether or not there is ink.
    const float kx = rest.min.x + keys.key_x;
    ImGui::SetCursorScreenPos(ImVec2(kx, y));
    if (panel_key(ui, str::kKeyBackspace, ImVec2(keys.key_w, cell_h), true, FontRole::Heading)) in.backspace = true;
    ImGui::SetCursorScreenPos(ImVec2(kx, y + cell_h + gap));
    if (panel_key(ui, str::kKeySpace, ImVec2(keys.key_w, cell_h), false, FontRole::Heading)) in.commit.assign(1, ' ');  // (not = " ": g++ 12 warns falsely, -Wrestrict)
    y += cell_h * 2 + gap * 2;
    const float bw = std::min((rest.width() - gap) / 2, t.touch * 3.2f);
    ImGui::SetCursorScreenPos(ImVec2(rest.min.x, y));
    if (button(ui, str::kHandwritingUndo, bw, ButtonKind::Secondary, Icon::Back, t.touch)) {
        capture_.undo();
        recognize();
    }
    ImGui::SetCursorScreenPos(ImVec2(rest.min.x + bw + gap, y));
    if (button(ui, str::kHandwritingRewrite, bw, ButtonKind::Secondary, Icon::None, t.touch)) reset();
    y += t.touch + gap;
    // In a name field the 部件 tab is there for rare characters (when its panel is registered).
    const char* rare = name_field_ && keyboard_panel(InputMode::Parts) ? str::kHandwritingRareParts : str::kHandwritingRare;
    text_at(ui, FontRole::Body, rare, t.text_muted, ImVec2(rest.min.x, y), rest.width(), 1);
    return in;
}

}  // namespace kiosk::ui
