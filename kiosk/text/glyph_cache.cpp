// glyph_cache.cpp — see glyph_cache.h for why this exists.
//
// Sections: faces and sizes; code-point slots (above U+FFFF); pages (the recycled atlas region); rasterising;
// the public calls.
//
// Why: ImGui 1.86 bakes every glyph of every font into one texture before the first frame. With the full CJK range
// that costs seconds and hundreds of megabytes per size, and characters above U+FFFF cannot be represented at all
// (ImWchar is 16-bit). Here an ImFont starts empty; before any text is drawn, prepare() rasterises the glyphs it
// lacks with FreeType into a reserved region of ImGui's atlas and registers them in the ImFont, so ImGui draws them
// like baked glyphs. The region is divided into pages; when every page is full, the page least recently used
// (never one used in the current frame) is emptied and reused, so memory stays fixed however much is read.
//
// Characters above U+FFFF (rare name characters such as 𠮷 U+20BB7) and private-use characters are given a slot in
// the private-use area U+E000–U+F8FF for rendering only; stored and exported text stays real Unicode. A character no
// font in the chain has is drawn as a box showing its code point, never "?" and never blank.
//
// Index of this file:
// [SECTION] Faces and sizes
// [SECTION] Public calls
#include "text/glyph_cache.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SIZES_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "text/utf8.h"

namespace kiosk::text {

namespace {

constexpr ImWchar kNoGlyph = static_cast<ImWchar>(0xFFFF);  // ImGui's "not in IndexLookup"
constexpr std::uint8_t kNoPage = 0xFF;                       // a glyph with no pixels (space)
constexpr char32_t kSlotFirst = 0xE000;                      // private-use area used as render slots
constexpr char32_t kSlotLast = 0xF8FF;
constexpr int kWhiteRows = 2;  // rows at the top of the region kept white for solid shapes (see init)

bool needs_slot(char32_t c) { return c > 0xFFFF || (c >= kSlotFirst && c <= kSlotLast); }

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Faces and sizes
//---------------------------------------------------------------------------------------------------------------------

struct DynFont {
    ImFont* im = nullptr;
    int chain = 0;
    int em_px = 0;
    std::vector<FT_Size> sizes;             // one per face of the chain, created when the face is first needed
    std::vector<float> advance;             // by render code point (BMP incl. slots); < 0 = not yet known
    std::vector<std::uint8_t> slot_page;    // by index into im->Glyphs: the page holding its pixels
    std::vector<int> free_slots;            // indices into im->Glyphs whose glyph was evicted
};

struct Page {
    int y0 = 0;  // first row of the page within the region
    int shelf_x = 0, shelf_y = 0, shelf_h = 0;
    std::uint64_t last_used = 0;
    std::vector<std::pair<DynFont*, int>> glyphs;  // (font, index into Glyphs) to evict when recycled
    int dirty_y0 = 0, dirty_y1 = 0;                // rows (page-relative) changed since the last upload
};

struct GlyphCache::Impl {
    FT_Library ft = nullptr;
    std::vector<std::vector<FT_Face>> chains;  // FT faces per chain, in fallback order
    std::vector<std::unique_ptr<DynFont>> fonts;
    ImFontAtlas* atlas = nullptr;
    GlyphCacheConfig config;
    int region_x = 0, region_y = 0;  // where the region sits in the atlas texture
    std::vector<std::uint8_t> alpha;   // the region's pixels, atlas_width × pages*page_height
    std::vector<Page> pages;
    int open_page = 0;
    std::vector<std::uint32_t> upload_scratch;
    bool full_upload = false;  // the first upload sends the whole region (white pixel included)
    // Code-point slots: render slot ↔ real code point, shared by all fonts.
    std::unordered_map<char32_t, ImWchar> slot_of;
    std::vector<char32_t> code_of_slot;
    GlyphCacheStats stats;
    DynFont* last_font = nullptr;  // layout asks for one font's advances many times in a row

    DynFont* find(ImFont* font) {
        if (last_font && last_font->im == font) return last_font;
        for (auto& d : fonts)
            if (d->im == font) return last_font = d.get();
        return nullptr;
    }

    ~Impl() {
        for (auto& chain : chains)
            for (FT_Face f : chain) FT_Done_Face(f);  // also frees the face's sizes
        if (ft) FT_Done_FreeType(ft);
    }

    FT_Size size_for(DynFont& f, int face_index) {
        FT_Size& s = f.sizes[face_index];
        if (!s) {
            FT_Face face = chains[f.chain][face_index];
            FT_New_Size(face, &s);
            FT_Activate_Size(s);
            FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(f.em_px));
        }
        FT_Activate_Size(s);
        return s;
    }

    // The first face of the chain that has `c`; -1 if none.
    int face_for(const DynFont& f, char32_t c, FT_UInt* glyph_index) const {
        const auto& chain = chains[f.chain];
        for (size_t i = 0; i < chain.size(); ++i) {
            if (FT_UInt gi = FT_Get_Char_Index(chain[i], c)) {
                *glyph_index = gi;
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    // ---- Code-point slots ------------------------------------------------------------------------------------------

    ImWchar slot_for(char32_t c) {
        auto it = slot_of.find(c);
        if (it != slot_of.end()) return it->second;
        if (code_of_slot.size() > kSlotLast - kSlotFirst) return static_cast<ImWchar>(0x25A1);  // all 6,400 taken
        const auto slot = static_cast<ImWchar>(kSlotFirst + code_of_slot.size());
        code_of_slot.push_back(c);
        slot_of.emplace(c, slot);
        return slot;
    }

    char32_t real_code(ImWchar render) const {
        if (render >= kSlotFirst && render <= kSlotLast && render - kSlotFirst < code_of_slot.size())
            return code_of_slot[render - kSlotFirst];
        return render;
    }

    // ---- Pages ------------------------------------------------------------------------------------------------------

    void recycle(int p, std::uint64_t frame) {
        Page& page = pages[p];
        for (auto [font, index] : page.glyphs) {
            ImFontGlyph& g = font->im->Glyphs[index];
            const auto c = static_cast<ImWchar>(g.Codepoint);
            if (font->im->IndexLookup[c] == index) font->im->IndexLookup[c] = kNoGlyph;
            font->slot_page[index] = kNoPage;
            font->free_slots.push_back(index);
            --stats.resident;
        }
        page.glyphs.clear();
        page.shelf_x = page.shelf_y = page.shelf_h = 0;
        std::memset(&alpha[static_cast<size_t>(page.y0) * config.atlas_width], 0,
                    static_cast<size_t>(config.page_height) * config.atlas_width);
        page.dirty_y0 = 0;
        page.dirty_y1 = config.page_height;
        page.last_used = frame;
        ++stats.pages_recycled;
    }

    // Finds room for a w×h glyph; returns the page, and its top-left within the region.
    int allocate(int w, int h, std::uint64_t frame, int* x, int* y) {
        auto try_page = [&](int p) {
            Page& page = pages[p];
            if (page.shelf_x + w > config.atlas_width) {
                page.shelf_y += page.shelf_h;
                page.shelf_x = page.shelf_h = 0;
            }
            if (page.shelf_y + h > config.page_height) return false;
            *x = page.shelf_x;
            *y = page.y0 + page.shelf_y;
            page.shelf_x += w;
            page.shelf_h = std::max(page.shelf_h, h);
            return true;
        };
        if (try_page(open_page)) return open_page;
        // The open page is full: take the next page never used, else recycle the least recently used one.
        int best = -1;
        for (int p = 0; p < static_cast<int>(pages.size()); ++p) {
            if (p == open_page) continue;
            if (pages[p].glyphs.empty() && pages[p].shelf_y == 0 && pages[p].shelf_x == 0) { best = p; break; }
            if (pages[p].last_used < frame && (best < 0 || pages[p].last_used < pages[best].last_used)) best = p;
        }
        if (best < 0) return -1;  // every page holds glyphs of this very frame: nothing may be evicted
        if (!pages[best].glyphs.empty()) recycle(best, frame);
        open_page = best;
        return try_page(open_page) ? open_page : -1;
    }

    void mark_dirty(Page& page, int y, int h) {
        const int rel = y - page.y0;
        if (page.dirty_y1 <= page.dirty_y0) { page.dirty_y0 = rel; page.dirty_y1 = rel + h; return; }
        page.dirty_y0 = std::min(page.dirty_y0, rel);
        page.dirty_y1 = std::max(page.dirty_y1, rel + h);
    }

    // ---- Rasterising ----------------------------------------------------------------------------------------------

    // A box with the code point in hex inside, for characters no font has: visible, and says what is missing.
    void draw_placeholder(DynFont& f, char32_t c, std::vector<std::uint8_t>* bitmap, int* w, int* h) {
        *w = std::max(6, static_cast<int>(f.em_px * 0.9f));
        *h = std::max(6, f.em_px);
        bitmap->assign(static_cast<size_t>(*w) * *h, 0);
        const int stroke = std::max(1, f.em_px / 16);
        for (int y = 0; y < *h; ++y)
            for (int x = 0; x < *w; ++x)
                if (x < stroke || y < stroke || x >= *w - stroke || y >= *h - stroke) (*bitmap)[y * *w + x] = 255;
        char hex[16];
        std::snprintf(hex, sizeof hex, "%X", static_cast<unsigned>(c));
        const int n = static_cast<int>(std::strlen(hex));
        const int per_row = (n + 1) / 2;
        const int digit_px = std::max(4, (*w - stroke * 4) / std::max(per_row, 2));
        FT_Face face = chains[0].front();
        FT_Size tmp = nullptr;
        FT_New_Size(face, &tmp);
        FT_Activate_Size(tmp);
        FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(digit_px * 1.6f));
        for (int i = 0; i < n; ++i) {
            if (FT_Load_Char(face, static_cast<FT_ULong>(hex[i]), FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT) != 0) continue;
            const FT_Bitmap& bm = face->glyph->bitmap;
            const int row = i / per_row, col = i % per_row;
            const int cell_w = (*w - stroke * 2) / per_row, cell_h = (*h - stroke * 2) / 2;
            const int ox = stroke + col * cell_w + (cell_w - static_cast<int>(bm.width)) / 2;
            const int oy = stroke + row * cell_h + (cell_h - static_cast<int>(bm.rows)) / 2;
            for (unsigned y = 0; y < bm.rows; ++y)
                for (unsigned x = 0; x < bm.width; ++x) {
                    const int px = ox + static_cast<int>(x), py = oy + static_cast<int>(y);
                    if (px >= 0 && py >= 0 && px < *w && py < *h)
                        (*bitmap)[py * *w + px] = std::max((*bitmap)[py * *w + px], bm.buffer[y * bm.pitch + x]);
                }
        }
        FT_Done_Size(tmp);
        ++stats.placeholders;
    }

    float compute_advance(DynFont& f, ImWchar render) {
        const char32_t c = real_code(render);
        FT_UInt gi = 0;
        const int face = face_for(f, c, &gi);
        if (face < 0) return std::max(6.0f, std::floor(f.em_px * 0.9f));  // the placeholder box's width
        size_for(f, face);
        FT_Fixed adv = 0;
        FT_Get_Advance(chains[f.chain][face], gi, FT_LOAD_TARGET_LIGHT, &adv);
        return std::round(static_cast<float>(adv) / 65536.0f);
    }

    void rasterise(DynFont& f, ImWchar render, std::uint64_t frame) {
        const char32_t c = real_code(render);
        FT_UInt gi = 0;
        const int face_index = face_for(f, c, &gi);
        std::vector<std::uint8_t> placeholder;
        const std::uint8_t* src = nullptr;
        int w = 0, h = 0, pitch = 0, left = 0, top = 0;
        float adv = 0;
        if (face_index >= 0) {
            size_for(f, face_index);
            FT_Face face = chains[f.chain][face_index];
            if (FT_Load_Glyph(face, gi, FT_LOAD_TARGET_LIGHT) == 0 &&
                FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) == 0) {
                const FT_Bitmap& bm = face->glyph->bitmap;
                src = bm.buffer;
                w = static_cast<int>(bm.width);
                h = static_cast<int>(bm.rows);
                pitch = bm.pitch;
                left = face->glyph->bitmap_left;
                top = face->glyph->bitmap_top;
            }
            adv = advance_of(f, render);
        } else {
            draw_placeholder(f, c, &placeholder, &w, &h);
            src = placeholder.data();
            pitch = w;
            left = std::max(1, f.em_px / 20);
            top = static_cast<int>(std::lround(f.im->Ascent));
            adv = advance_of(f, render);
        }
        ++stats.rasterised;

        // Place the pixels (with a one-pixel gutter so bilinear sampling never bleeds between glyphs).
        int x = 0, y = 0, page = kNoPage;
        if (w > 0 && h > 0) {
            page = allocate(w + 1, h + 1, frame, &x, &y);
            if (page < 0) return;  // cannot happen with sane page sizes; the character is then left blank
            for (int row = 0; row < h; ++row)
                std::memcpy(&alpha[static_cast<size_t>(y + row) * config.atlas_width + x], src + row * pitch,
                            static_cast<size_t>(w));
            mark_dirty(pages[page], y, h);
        }

        // Register it in the ImFont: reuse an evicted slot, or append.
        ImFont* im = f.im;
        int index;
        if (!f.free_slots.empty()) {
            index = f.free_slots.back();
            f.free_slots.pop_back();
        } else {
            index = im->Glyphs.Size;
            im->Glyphs.resize(im->Glyphs.Size + 1);
            f.slot_page.push_back(kNoPage);
        }
        ImFontGlyph& g = im->Glyphs[index];
        const float tex_w = static_cast<float>(atlas->TexWidth), tex_h = static_cast<float>(atlas->TexHeight);
        g.Codepoint = render;
        g.Visible = w > 0 && h > 0;
        g.Colored = false;
        g.X0 = static_cast<float>(left);
        g.Y0 = std::round(im->Ascent) - static_cast<float>(top);
        g.X1 = g.X0 + static_cast<float>(w);
        g.Y1 = g.Y0 + static_cast<float>(h);
        g.U0 = (region_x + x) / tex_w;
        g.V0 = (region_y + y) / tex_h;
        g.U1 = (region_x + x + w) / tex_w;
        g.V1 = (region_y + y + h) / tex_h;
        g.AdvanceX = adv;
        im->IndexLookup[render] = static_cast<ImWchar>(index);
        im->IndexAdvanceX[render] = adv;
        f.slot_page[index] = static_cast<std::uint8_t>(page);
        if (page != kNoPage) {
            pages[page].glyphs.emplace_back(&f, index);
            pages[page].last_used = frame;
        }
        // Glyphs may have moved in memory; ImGui keeps a pointer to the fallback glyph.
        im->FallbackGlyph = &im->Glyphs[0];
        ++stats.resident;
    }

    float advance_of(DynFont& f, ImWchar render) {
        float& a = f.advance[render];
        if (a < 0) a = compute_advance(f, render);
        return a;
    }
};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Public calls
//---------------------------------------------------------------------------------------------------------------------

GlyphCache::GlyphCache() : impl_(std::make_unique<Impl>()) {}
GlyphCache::~GlyphCache() = default;

bool GlyphCache::init(ImFontAtlas* atlas, std::vector<FaceChain> chains, const GlyphCacheConfig& config,
                      std::string* error) {
    Impl& m = *impl_;
    if (FT_Init_FreeType(&m.ft) != 0) { *error = "FreeType 初始化失败 / FreeType init failed"; return false; }
    for (const FaceChain& chain : chains) {
        std::vector<FT_Face> faces;
        for (const FontFace& ff : chain) {
            FT_Face face = nullptr;
            if (FT_New_Face(m.ft, ff.path.c_str(), ff.index, &face) == 0) faces.push_back(face);
        }
        if (faces.empty()) {
            *error = "字体文件无法读取 / no font of a chain could be loaded" +
                     (chain.empty() ? std::string() : ": " + chain.front().path);
            return false;
        }
        m.chains.push_back(std::move(faces));
    }
    m.config = config;
    m.atlas = atlas;

    // ImGui's atlas: its small built-in font (ImGui requires a built atlas) and our region, reserved as one custom
    // rectangle so ImGui computes the texture size and UV scale, and bakes its white pixel and lines beside it.
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    atlas->TexDesiredWidth = config.atlas_width + 64;
    ImFontConfig tiny;
    tiny.SizePixels = 13.0f;
    atlas->AddFontDefault(&tiny);
    const int region_h = kWhiteRows + config.page_height * config.pages;
    const int rect = atlas->AddCustomRectRegular(config.atlas_width, region_h);
    if (!atlas->Build()) { *error = "字体图集生成失败 / font atlas build failed"; return false; }
    const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(rect);
    m.region_x = r->X;
    m.region_y = r->Y;
    m.alpha.assign(static_cast<size_t>(config.atlas_width) * region_h, 0);
    m.pages.resize(config.pages);
    for (int p = 0; p < config.pages; ++p) m.pages[p].y0 = kWhiteRows + p * config.page_height;

    // Solid shapes sample ImGui's "white pixel". SDL's software renderer interpolates texture coordinates in 32-bit
    // fixed point, which overflows for large triangles (a full-width panel) when that pixel sits far from the
    // texture's origin: the panel is then drawn half transparent, or the renderer reads out of bounds. So the white
    // pixel is moved to the region's top-left corner, which the packer puts at the texture's origin.
    for (int y = 0; y < kWhiteRows; ++y)
        for (int x = 0; x < kWhiteRows; ++x) m.alpha[static_cast<size_t>(y) * config.atlas_width + x] = 255;
    atlas->TexUvWhitePixel = ImVec2((m.region_x + kWhiteRows * 0.5f) / atlas->TexWidth,
                                    (m.region_y + kWhiteRows * 0.5f) / atlas->TexHeight);
    m.full_upload = true;
    m.stats.atlas_bytes = m.alpha.size();
    return true;
}

ImFont* GlyphCache::font(int chain, float px) {
    Impl& m = *impl_;
    const int em = std::max(4, static_cast<int>(std::lround(px)));
    for (auto& f : m.fonts)
        if (f->chain == chain && f->em_px == em) return f->im;
    auto f = std::make_unique<DynFont>();
    f->chain = chain;
    f->em_px = em;
    f->sizes.assign(m.chains[chain].size(), nullptr);
    f->advance.assign(0x10000, -1.0f);

    ImFont* im = IM_NEW(ImFont);
    im->ContainerAtlas = m.atlas;
    im->ConfigData = m.atlas->Fonts[0]->ConfigData;  // ImGui only reads it for debug names
    im->ConfigDataCount = 0;
    im->FontSize = static_cast<float>(em);
    // The ideographic em box sits on the line: ascent is the em box's top (the typo ascender, 0.88 em in Noto
    // CJK), so a line's glyphs fill [y, y + em] and centring the em in a taller line box centres the text.
    FT_Face primary = m.chains[chain].front();
    float ascent = 0.88f;
    if (const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(primary, FT_SFNT_OS2)))
        if (primary->units_per_EM > 0 && os2->sTypoAscender > 0)
            ascent = static_cast<float>(os2->sTypoAscender) / primary->units_per_EM;
    im->Ascent = std::round(ascent * em);
    im->Descent = im->Ascent - em;
    im->GrowIndex(0x10000);
    for (float& a : im->IndexAdvanceX) a = static_cast<float>(em);
    m.atlas->Fonts.push_back(im);
    f->im = im;
    DynFont* raw = f.get();
    m.fonts.push_back(std::move(f));
    m.stats.fonts = static_cast<int>(m.fonts.size());

    // Glyph 0 is the space: ImGui's fallback glyph for anything not prepared, so a bug shows a gap, not garbage.
    m.rasterise(*raw, static_cast<ImWchar>(' '), frame_);
    im->FallbackChar = static_cast<ImWchar>(' ');
    im->FallbackAdvanceX = im->Glyphs[0].AdvanceX;
    im->FallbackGlyph = &im->Glyphs[0];
    return im;
}

std::string_view GlyphCache::prepare(ImFont* font, std::string_view text, std::string* scratch) {
    Impl& m = *impl_;
    DynFont* f = m.find(font);
    if (!f) return text;
    bool rewrite = false;
    for (size_t i = 0; i < text.size();) {
        const char32_t c = next_code_point(text, i);
        ImWchar r;
        if (needs_slot(c)) { r = m.slot_for(c); rewrite = true; }
        else r = static_cast<ImWchar>(c);
        if (c == '\n' || c == '\r') continue;
        const ImWchar index = font->IndexLookup[r];
        if (index == kNoGlyph) {
            m.rasterise(*f, r, frame_);
        } else {
            const std::uint8_t page = f->slot_page[index];
            if (page != kNoPage) m.pages[page].last_used = frame_;
        }
    }
    if (!rewrite) return text;
    scratch->clear();
    for (size_t i = 0; i < text.size();) {
        const char32_t c = next_code_point(text, i);
        append_utf8(*scratch, needs_slot(c) ? m.slot_for(c) : c);
    }
    return *scratch;
}

float GlyphCache::advance(ImFont* font, char32_t c) {
    Impl& m = *impl_;
    const ImWchar r = needs_slot(c) ? m.slot_for(c) : static_cast<ImWchar>(c);
    DynFont* f = m.find(font);
    return f ? m.advance_of(*f, r) : font->FontSize;
}

void GlyphCache::upload(const UploadFn& upload) {
    Impl& m = *impl_;
    const int w = m.config.atlas_width;
    // Rows go out in bands through a small scratch buffer: a whole-region copy in RGBA would be 16 MB kept for good.
    auto send_rows = [&](int y0, int y1) {
        constexpr int kBand = 64;
        for (int y = y0; y < y1; y += kBand) {
            const int rows = std::min(kBand, y1 - y);
            m.upload_scratch.resize(static_cast<size_t>(w) * kBand);
            const std::uint8_t* src = &m.alpha[static_cast<size_t>(y) * w];
            for (size_t i = 0; i < static_cast<size_t>(w) * rows; ++i)
                m.upload_scratch[i] = 0x00FFFFFFu | (static_cast<std::uint32_t>(src[i]) << 24);  // white, alpha = coverage
            upload(m.region_x, m.region_y + y, w, rows, m.upload_scratch.data(), w * 4);
        }
    };
    if (m.full_upload) {
        m.full_upload = false;
        send_rows(0, static_cast<int>(m.alpha.size() / w));
        for (Page& page : m.pages) page.dirty_y0 = page.dirty_y1 = 0;
        return;
    }
    for (Page& page : m.pages) {
        if (page.dirty_y1 <= page.dirty_y0) continue;
        send_rows(page.y0 + page.dirty_y0, page.y0 + page.dirty_y1);
        page.dirty_y0 = page.dirty_y1 = 0;
    }
}

GlyphCacheStats GlyphCache::stats() const { return impl_->stats; }

}  // namespace kiosk::text
