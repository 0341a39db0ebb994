// fonts.h — the one small interface behind which all font handling lives.
//
// Screens ask for a role (small, body, heading, display), never a file or a size: the text engine behind this
// interface can change (glyphs on demand, fallback chains, text sizes for elders) without touching a screen.
// Today the atlas is baked at start-up, but only with the characters the snapshot and the UI actually use, which
// the snapshot lists at pack time (meta.charset) so start-up does not scan content.
#pragma once

#include <string>
#include <string_view>

#include <imgui.h>

namespace kiosk::text {

enum class FontRole { Small, Body, Heading, Display, Count };

struct FontFace {
    std::string path;
    int index = 0;  // face within a .ttc collection
};

// Reads fonts/fallback.txt (or the built-in default chain) and finds each role's face by family name, because the
// order of faces inside Noto's .ttc collections is not something to hard-code.
struct FontFaces {
    FontFace regular;
    FontFace bold;
};
bool find_font_faces(const std::string& fallback_file, FontFaces* out, std::string* error);

// Pixel sizes of each role for a window whose shorter side is `short_side` pixels. Body text is never below 30 px at
// 1080p (the floor; the elder-friendly rules ask for large main text).
struct FontSizes {
    float px[static_cast<int>(FontRole::Count)] = {};
    static FontSizes for_window(int short_side);
};

class FontSet {
public:
    // `all_text` is every character body/small text may show; `display_text` the (short) strings shown in the
    // heading and display roles. Returns false with a message if no font could be loaded.
    bool build(ImFontAtlas* atlas, const FontFaces& faces, const FontSizes& sizes, std::string_view all_text,
               std::string_view display_text, std::string* error);
    ImFont* get(FontRole role) const { return fonts_[static_cast<int>(role)]; }
    float size(FontRole role) const { return sizes_.px[static_cast<int>(role)]; }
    int glyph_count() const { return glyph_count_; }

private:
    ImFont* fonts_[static_cast<int>(FontRole::Count)] = {};
    FontSizes sizes_;
    int glyph_count_ = 0;
    // ImGui keeps pointers to the glyph ranges until the atlas is built, so they live as long as the set.
    ImVector<ImWchar> all_ranges_, display_ranges_;
};

}  // namespace kiosk::text
