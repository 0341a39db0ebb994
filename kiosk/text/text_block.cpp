// text_block.cpp — see text_block.h.
#include "text/text_block.h"

#include <imgui.h>

#include <algorithm>

#include "text/line_break.h"
#include "text/utf8.h"

namespace kiosk::text {
namespace {

constexpr float kLineSpacing = 1.5f;       // × font size; the elder-friendly rules ask for at least 1.3
constexpr float kParagraphSpacing = 0.8f;  // × font size, added after each paragraph

AdvanceFn advance_for(FontSet& fonts, FontRole role) {
    return [&fonts, role](char32_t c) { return fonts.advance(role, c); };
}

}  // namespace

float line_height(const FontSet& fonts, FontRole role) { return fonts.size(role) * kLineSpacing; }

float text_width(FontSet& fonts, FontRole role, std::string_view text) { return fonts.width(role, text); }

std::vector<WrappedLine> wrap_text(FontSet& fonts, FontRole role, std::string_view text, float width) {
    std::vector<WrappedLine> out;
    auto adv = advance_for(fonts, role);
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        std::string_view para = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (para.empty()) out.push_back({para, 0});
        for (const auto& span : break_lines(para, width, adv))
            out.push_back({para.substr(span.begin, span.end - span.begin), span.width});
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return out;
}

void TextBlock::set_text(std::string text, bool markdown) {
    text_ = std::move(text);
    blocks_.clear();
    lines_.clear();
    layout_width_ = -1;
    size_t start = 0;
    while (start < text_.size()) {
        size_t nl = text_.find('\n', start);
        if (nl == std::string::npos) nl = text_.size();
        size_t b = start, e = nl;
        while (b < e && (text_[b] == ' ' || text_[b] == '\r')) ++b;
        while (e > b && (text_[e - 1] == ' ' || text_[e - 1] == '\r')) --e;
        start = nl + 1;
        if (b == e) continue;
        Block block{Kind::Paragraph, 0, b, e};
        if (markdown && text_[b] == '#') {
            int level = 0;
            while (b < e && text_[b] == '#') { ++b; ++level; }
            while (b < e && text_[b] == ' ') ++b;
            block = {Kind::Heading, level > 3 ? 3 : level, b, e};
        } else if (markdown && e - b > 2 && (text_[b] == '-' || text_[b] == '*') && text_[b + 1] == ' ') {
            block = {Kind::ListItem, 0, b + 2, e};
        }
        // "**bold**" is kept as plain text: strip the markers from the range ends only (inline ones stay visible).
        blocks_.push_back(block);
    }
}

float TextBlock::layout(FontSet& fonts, float width) {
    const float size = fonts.size(base_role_);
    if (width == layout_width_ && size == layout_size_) return height_;
    layout_width_ = width;
    layout_size_ = size;
    lines_.clear();
    float y = 0;
    for (const Block& block : blocks_) {
        const bool heading = block.kind == Kind::Heading;
        // # and ## use the heading face; ### stays at body size, drawn bolder, so a deep outline does not shout.
        const FontRole role = heading && block.level <= 2 ? FontRole::Heading : base_role_;
        const float lh = line_height(fonts, role);
        const float indent = block.kind == Kind::ListItem ? size * 1.2f : 0.0f;
        if (heading && y > 0) y += size * 0.4f;
        std::string_view para(text_.data() + block.begin, block.end - block.begin);
        bool first = true;
        for (const auto& span : break_lines(para, width - indent, advance_for(fonts, role))) {
            lines_.push_back({block.begin + span.begin, block.begin + span.end, indent, y, role,
                              first && block.kind == Kind::ListItem, heading && role == base_role_});
            y += lh;
            first = false;
        }
        y += block.kind == Kind::ListItem ? size * 0.2f : size * kParagraphSpacing;
    }
    height_ = y;
    return height_;
}

void TextBlock::draw(ImDrawList* dl, FontSet& fonts, float x, float y, float clip_top, float clip_bottom,
                     const TextColors& colors,
                     const std::function<void(std::string_view, float, float, float, float)>& on_line) const {
    // Lines are sorted by y: skip to the first visible one by binary search, stop after the last.
    size_t lo = 0, hi = lines_.size();
    const float lh_max = std::max(line_height(fonts, base_role_), line_height(fonts, FontRole::Heading));
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (y + lines_[mid].y + lh_max < clip_top) lo = mid + 1; else hi = mid;
    }
    for (size_t i = lo; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        const float ly = y + line.y;
        if (ly > clip_bottom) break;
        const float size = fonts.size(line.role);
        const float lx = x + line.x;
        // Centre the glyphs in the taller line box so the extra spacing is shared above and below.
        const float ty = ly + (size * kLineSpacing - size) * 0.5f;
        const std::string_view s(text_.data() + line.begin, line.end - line.begin);
        const ImU32 col = line.role != base_role_ || line.faux_bold ? colors.heading : colors.body;
        if (line.bullet) dl->AddCircleFilled(ImVec2(lx - size * 0.6f, ty + size * 0.55f), size * 0.14f, colors.bullet);
        fonts.draw(dl, line.role, ImVec2(lx, ty), col, s);
        if (line.faux_bold) fonts.draw(dl, line.role, ImVec2(lx + std::max(1.0f, size / 28.0f), ty), col, s);
        if (on_line) on_line(s, lx, ly, lx + text_width(fonts, line.role, s), ly + size * kLineSpacing);
    }
}

std::vector<TextBlock::VisibleBlock> TextBlock::visible_blocks(const FontSet& fonts, float y, float clip_top,
                                                               float clip_bottom) const {
    std::vector<VisibleBlock> out;
    size_t b = 0;
    for (const Line& line : lines_) {
        const float top = y + line.y;
        const float bottom = top + line_height(fonts, line.role);
        if (bottom < clip_top) continue;
        if (top > clip_bottom) break;
        // The line's block: the last one starting at or before it (blocks are in text order).
        while (b + 1 < blocks_.size() && blocks_[b + 1].begin <= line.begin) ++b;
        if (b >= blocks_.size()) break;
        if (!out.empty() && out.back().index == static_cast<int>(b)) {
            out.back().bottom = bottom;
        } else {
            const Block& blk = blocks_[b];
            out.push_back({static_cast<int>(b), std::string_view(text_).substr(blk.begin, blk.end - blk.begin), top, bottom});
        }
    }
    return out;
}

}  // namespace kiosk::text
