// fonts.h — the one small interface behind which all font handling lives.
//
// Screens ask for a role (small, body, heading, display), never a file or a size, and draw and measure text only
// through this interface: glyphs are made on demand (text/glyph_cache.h), characters above U+FFFF are handled, and
// the reader's chosen text size (标准 / 大 / 特大) changes every role at once.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/glyph_cache.h"

namespace kiosk::text {

enum class FontRole { Small, Body, Heading, Display, Count };

// The reader's text size. 特大 is 1.6× 标准 (the elder-friendly rules ask for adjustable, large main text).
enum class TextSize { Standard, Large, ExtraLarge };
float text_size_factor(TextSize size);

// Reads the font chains from `fallback_file` (fonts/fallback.txt; empty = the built-in default) and finds each face
// by family name, because the order of faces inside Noto's .ttc collections is not something to hard-code.
// Chain 0 is regular, chain 1 bold (its own faces, then the regular chain).
bool find_font_chains(const std::string& fallback_file, std::vector<FaceChain>* chains, std::string* error);

// Pixel sizes (per em) of each role for a window whose shorter side is `short_side` pixels, at a text size.
// Body text is 34 px per em at 1080p in the standard size, above the 30 px floor.
struct FontSizes {
    float px[static_cast<int>(FontRole::Count)] = {};
    static FontSizes for_window(int short_side, TextSize size = TextSize::Standard);
};

class FontSet {
public:
    bool init(ImFontAtlas* atlas, const std::vector<FaceChain>& chains, std::string* error,
              const GlyphCacheConfig& config = {});
    // Selects the fonts for these sizes (created on first use; switching back and forth costs nothing).
    void set_sizes(const FontSizes& sizes);

    ImFont* get(FontRole role) const { return fonts_[static_cast<int>(role)]; }
    float size(FontRole role) const { return sizes_.px[static_cast<int>(role)]; }

    // Draws one line of text (no line breaks) with its glyphs made ready first.
    void draw(ImDrawList* dl, FontRole role, ImVec2 pos, ImU32 color, std::string_view text);
    // A character's advance in pixels, without rasterising it.
    float advance(FontRole role, char32_t c) { return cache_.advance(get(role), c); }
    float width(FontRole role, std::string_view text);

    GlyphCache& cache() { return cache_; }

private:
    GlyphCache cache_;
    ImFont* fonts_[static_cast<int>(FontRole::Count)] = {};
    FontSizes sizes_;
    std::string scratch_;
};

}  // namespace kiosk::text
