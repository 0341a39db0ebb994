// text_block.h — a laid-out block of text (a document body, a paragraph of a guide), drawn a visible line at a time.
//
// Layout is the expensive part, so it is done once per (text, width, font sizes) and kept; drawing walks only the
// lines inside the clip rectangle. Bodies use the Markdown subset of content/README.md: # headings, "- " items,
// paragraphs. Line spacing is 1.5× the font size and paragraphs are spaced further, above the elder-friendly 1.3×.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/fonts.h"

struct ImDrawList;

namespace kiosk::text {

struct TextColors {
    unsigned int body = 0xFF000000;     // ImU32 (ABGR, as ImGui packs colours)
    unsigned int heading = 0xFF000000;
    unsigned int bullet = 0xFF000000;
};

class TextBlock {
public:
    enum class Kind { Paragraph, Heading, ListItem };

    // `markdown` false: every line is a plain paragraph (no heading or list markers interpreted).
    void set_text(std::string text, bool markdown);
    void set_base_role(FontRole role) { base_role_ = role; layout_width_ = -1; }
    // Lays out for `width` pixels if not already laid out for it. Returns the total height.
    float layout(FontSet& fonts, float width);
    float height() const { return height_; }

    // Draws the lines that fall inside [clip_top, clip_bottom] (screen y). `on_line` is told of each drawn line,
    // so the UI's probe can record what is visible.
    void draw(ImDrawList* dl, FontSet& fonts, float x, float y, float clip_top, float clip_bottom,
              const TextColors& colors,
              const std::function<void(std::string_view, float x0, float y0, float x1, float y1)>& on_line) const;

    // The blocks (paragraphs, headings, list items) with a line inside [clip_top, clip_bottom], for the block drawn
    // at y: what 朗读 reads of a long text is the paragraphs in view, each lit up while heard.
    struct VisibleBlock {
        int index;              // the block's number in the text, stable while the text is the same
        std::string_view text;  // its words, without Markdown markers
        float top, bottom;      // screen y of its first line's top and last line's bottom
    };
    std::vector<VisibleBlock> visible_blocks(const FontSet& fonts, float y, float clip_top, float clip_bottom) const;

    int line_count() const { return static_cast<int>(lines_.size()); }
    std::string_view line_text(int i) const { return std::string_view(text_).substr(lines_[i].begin, lines_[i].end - lines_[i].begin); }
    const std::string& text() const { return text_; }

private:
    struct Block {
        Kind kind;
        int level;  // heading level 1–3
        size_t begin, end;  // byte range of the block's text in text_
    };
    struct Line {
        size_t begin, end;
        float x, y;  // relative to the block's origin
        FontRole role;
        bool bullet;  // draws "•" before the line
        bool faux_bold;
    };
    std::string text_;
    std::vector<Block> blocks_;
    std::vector<Line> lines_;
    FontRole base_role_ = FontRole::Body;
    float layout_width_ = -1;
    float layout_size_ = -1;
    float height_ = 0;
};

// Lays out and measures a one-off string (labels, list titles) without a TextBlock: the lines for `width`.
struct WrappedLine {
    std::string_view text;
    float width;
};
std::vector<WrappedLine> wrap_text(FontSet& fonts, FontRole role, std::string_view text, float width);
float text_width(FontSet& fonts, FontRole role, std::string_view text);
float line_height(const FontSet& fonts, FontRole role);  // font size × line spacing

}  // namespace kiosk::text
