// glyph_cache.h — glyphs rasterised on demand into a bounded, recycled atlas, behind Dear ImGui 1.86's ImFont.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::text {

struct FontFace {
    std::string path;
    int index = 0;  // face within a .ttc collection
};

// Faces tried in order for each character: the first that has a glyph for it draws it.
using FaceChain = std::vector<FontFace>;

struct GlyphCacheConfig {
    int atlas_width = 2048;  // pixels; also each page's width
    int page_height = 256;   // a page is a band of the atlas region, packed in shelves
    int pages = 8;
};

struct GlyphCacheStats {
    long long rasterised = 0;       // glyphs rendered by FreeType since start
    long long pages_recycled = 0;
    int resident = 0;               // glyphs in the atlas now
    int fonts = 0;                  // (chain, size) pairs created
    int placeholders = 0;           // characters no font had
    size_t atlas_bytes = 0;         // CPU-side atlas memory (alpha)
};

class GlyphCache {
public:
    GlyphCache();
    ~GlyphCache();
    GlyphCache(const GlyphCache&) = delete;
    GlyphCache& operator=(const GlyphCache&) = delete;

    // Loads the faces and builds `atlas` with ImGui's own small default font (ImGui needs one) plus the region for
    // glyphs on demand. `chains` are indexed by the number later passed to font(). False with a message on failure.
    bool init(ImFontAtlas* atlas, std::vector<FaceChain> chains, const GlyphCacheConfig& config, std::string* error);

    // The font for `chain` at `px` pixels per em, created empty on first use.
    ImFont* font(int chain, float px);

    // Makes every glyph `text` needs present in `font` and returns the text as ImGui must be given it (characters
    // above U+FFFF replaced by their slots); `scratch` holds the rewritten copy when one is needed.
    std::string_view prepare(ImFont* font, std::string_view text, std::string* scratch);
    // A character's advance in pixels without rasterising it (layout of long documents needs only advances).
    float advance(ImFont* font, char32_t c);
    float ascent(ImFont* font) const { return font->Ascent; }

    // Marks a new frame: pages used from now on are protected from recycling until the next one.
    void begin_frame() { ++frame_; }
    // Hands the atlas pixels changed since the last call to `upload` (x, y in atlas texture coordinates; RGBA, the
    // format ImGui's SDL_Renderer backend created the texture in). Call after building a frame, before drawing it.
    using UploadFn = std::function<void(int x, int y, int w, int h, const std::uint32_t* rgba, int pitch_bytes)>;
    void upload(const UploadFn& upload);

    GlyphCacheStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::uint64_t frame_ = 1;
};

}  // namespace kiosk::text
