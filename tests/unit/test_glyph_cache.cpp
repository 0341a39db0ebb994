// The glyph cache behind every piece of text: glyphs made on demand, characters above U+FFFF, a visible box for
// characters no font has, and an atlas that stays the same size however much is read. Runs without SDL: the cache
// only needs an ImFontAtlas and FreeType.
#include <catch2/catch.hpp>

#include "text/fonts.h"
#include "text/glyph_cache.h"
#include "text/utf8.h"

#include <set>
#include <string>

using namespace kiosk::text;

namespace {

struct Fixture {
    ImFontAtlas atlas;
    GlyphCache cache;
    explicit Fixture(GlyphCacheConfig config = {}) {
        std::vector<FaceChain> chains;
        std::string error;
        REQUIRE(find_font_chains("", &chains, &error));
        REQUIRE(cache.init(&atlas, chains, config, &error));
    }
};

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

const ImFontGlyph* glyph_of(ImFont* font, char32_t render) {
    if (render >= static_cast<char32_t>(font->IndexLookup.Size)) return nullptr;
    const ImWchar index = font->IndexLookup[render];
    return index == static_cast<ImWchar>(0xFFFF) ? nullptr : &font->Glyphs[index];
}

// Distinct common CJK characters, for filling the atlas.
std::string cjk_run(char32_t first, int count) {
    std::string s;
    for (int i = 0; i < count; ++i) append_utf8(s, first + i);
    return s;
}

}  // namespace

TEST_CASE("glyphs are made when text first needs them, once", "[text][glyphs]") {
    Fixture f;
    ImFont* font = f.cache.font(0, 34);
    const auto before = f.cache.stats().rasterised;
    std::string scratch;
    const std::string_view out = f.cache.prepare(font, "政务公开", &scratch);
    CHECK(out == "政务公开");  // BMP text is handed to ImGui as it is
    CHECK(f.cache.stats().rasterised - before == 4);
    for (char32_t c : code_points("政务公开")) {
        const ImFontGlyph* g = glyph_of(font, c);
        REQUIRE(g != nullptr);
        CHECK(g->Visible);
        CHECK(g->U1 > g->U0);
        CHECK(g->AdvanceX == f.cache.advance(font, c));  // layout and drawing agree on widths
    }
    f.cache.begin_frame();
    f.cache.prepare(font, "公开政务", &scratch);
    CHECK(f.cache.stats().rasterised - before == 4);  // nothing new
}

TEST_CASE("characters above U+FFFF get a render slot and a real glyph", "[text][glyphs]") {
    Fixture f;
    ImFont* font = f.cache.font(0, 34);
    std::string scratch;
    const std::string text = "王𪚥、𠮷田、刘䶮";
    const std::string_view out = f.cache.prepare(font, text, &scratch);
    const auto in_cps = code_points(text);
    const auto out_cps = code_points(out);
    REQUIRE(in_cps.size() == out_cps.size());
    for (size_t i = 0; i < in_cps.size(); ++i) {
        if (in_cps[i] > 0xFFFF) {
            CHECK(out_cps[i] >= 0xE000);
            CHECK(out_cps[i] <= 0xF8FF);
        } else {
            CHECK(out_cps[i] == in_cps[i]);
        }
        const ImFontGlyph* g = glyph_of(font, out_cps[i]);
        REQUIRE(g != nullptr);
        CHECK(g->Visible);
    }
    CHECK(out_cps[1] != out_cps[3]);                  // 𪚥 and 𠮷 get different slots
    CHECK(f.cache.stats().placeholders == 0);         // the fonts have all of them: no boxes
    // The same character maps to the same slot every time, in every font.
    std::string scratch2;
    const auto again = code_points(f.cache.prepare(f.cache.font(1, 50), "𠮷", &scratch2));
    CHECK(again[0] == out_cps[3]);
}

TEST_CASE("a character no font has is drawn as a box with its code point", "[text][glyphs]") {
    Fixture f;
    ImFont* font = f.cache.font(0, 34);
    std::string scratch;
    const std::string text = "\xF3\xBF\xBF\xBD";  // U+FFFFD, plane-15 private use: in no font
    const auto out = code_points(f.cache.prepare(font, text, &scratch));
    CHECK(f.cache.stats().placeholders == 1);
    const ImFontGlyph* g = glyph_of(font, out[0]);
    REQUIRE(g != nullptr);
    CHECK(g->Visible);            // never blank
    CHECK(g->AdvanceX >= 20.0f);  // as wide as a character, not a sliver
    CHECK(out[0] != U'?');
}

TEST_CASE("the atlas stays the same size however much text is read", "[text][glyphs]") {
    GlyphCacheConfig small;
    small.atlas_width = 512;
    small.page_height = 128;
    small.pages = 3;  // 14 × 3 glyphs of 34 px (35 with the gutter) per page
    Fixture f(small);
    ImFont* font = f.cache.font(0, 34);
    const size_t bytes = f.cache.stats().atlas_bytes;
    std::string scratch;
    for (int batch = 0; batch < 40; ++batch) {
        f.cache.begin_frame();
        f.cache.prepare(font, cjk_run(0x4E00 + batch * 30, 30), &scratch);
    }
    const auto stats = f.cache.stats();
    CHECK(stats.rasterised >= 1200);
    CHECK(stats.pages_recycled > 0);
    CHECK(stats.atlas_bytes == bytes);
    CHECK(stats.resident <= 3 * 42 + 1);  // never more than fits in the pages (+1: the space, which has no pixels)
    // The last batch is resident and drawable.
    for (char32_t c : code_points(cjk_run(0x4E00 + 39 * 30, 30))) {
        const ImFontGlyph* g = glyph_of(font, c);
        REQUIRE(g != nullptr);
        CHECK(g->V1 <= 1.0f);
    }
    // An early batch was evicted and comes back when needed again.
    const auto before = f.cache.stats().rasterised;
    f.cache.begin_frame();
    f.cache.prepare(font, cjk_run(0x4E00, 30), &scratch);
    CHECK(f.cache.stats().rasterised - before == 30);
}

TEST_CASE("glyphs shown in the current frame are never evicted by that frame", "[text][glyphs]") {
    GlyphCacheConfig small;
    small.atlas_width = 512;
    small.page_height = 128;
    small.pages = 3;
    Fixture f(small);
    ImFont* font = f.cache.font(0, 34);
    std::string scratch;
    f.cache.begin_frame();
    f.cache.prepare(font, "依申请公开", &scratch);
    const ImFontGlyph* g = glyph_of(font, U'依');
    REQUIRE(g != nullptr);
    const float u0 = g->U0, v0 = g->V0;
    // Fill the rest of the atlas within the same frame, and more: nothing drawn this frame may move.
    f.cache.prepare(font, cjk_run(0x5000, 200), &scratch);
    g = glyph_of(font, U'依');
    REQUIRE(g != nullptr);
    CHECK(g->U0 == u0);
    CHECK(g->V0 == v0);
    CHECK(f.cache.stats().pages_recycled == 0);
}

TEST_CASE("text sizes scale every role, 特大 at least 1.6× 标准", "[text][sizes]") {
    const auto standard = FontSizes::for_window(1080, TextSize::Standard);
    const auto extra = FontSizes::for_window(1080, TextSize::ExtraLarge);
    for (int r = 0; r < static_cast<int>(FontRole::Count); ++r) CHECK(extra.px[r] >= standard.px[r] * 1.6f - 0.01f);
    CHECK(standard.px[static_cast<int>(FontRole::Body)] >= 30.0f);
    CHECK(FontSizes::for_window(720, TextSize::Standard).px[static_cast<int>(FontRole::Body)] >= 30.0f);
}
