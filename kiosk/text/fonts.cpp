// fonts.cpp — face discovery, sizes per role, and drawing through the glyph cache.
#include "text/fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/operation/self_check.h"
#include "text/utf8.h"

namespace kiosk::text {
namespace {

std::string trim(std::string s) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

// Finds the face whose family name is `family` in a font file (a .ttc holds several: JP, KR, SC, TC, HK).
bool find_face_in_file(FT_Library ft, const std::string& path, const std::string& family, int* index) {
    FT_Face face = nullptr;
    if (FT_New_Face(ft, path.c_str(), -1, &face) != 0) return false;
    const long faces = face->num_faces;
    FT_Done_Face(face);
    for (long i = 0; i < faces; ++i) {
        if (FT_New_Face(ft, path.c_str(), i, &face) != 0) continue;
        const bool match = face->family_name && family == face->family_name;
        FT_Done_Face(face);
        if (match) { *index = static_cast<int>(i); return true; }
    }
    return false;
}

// Debian's Noto CJK paths; the start-up self-check (core/operation/self_check.h) checks the same text.
const char* const kDefaultChains = core::kNotoCjkFallback;

}  // namespace

float text_size_factor(TextSize size) {
    switch (size) {
        case TextSize::Standard: return 1.0f;
        case TextSize::Large: return 1.3f;
        case TextSize::ExtraLarge: return 1.6f;
    }
    return 1.0f;
}

bool find_font_chains(const std::string& fallback_file, std::vector<FaceChain>* chains, std::string* error) {
    std::string text = kDefaultChains;
    if (!fallback_file.empty()) {
        std::ifstream in(fallback_file);
        if (in) { std::stringstream ss; ss << in.rdbuf(); text = ss.str(); }
    }
    FT_Library ft = nullptr;
    if (FT_Init_FreeType(&ft) != 0) { *error = "FreeType 初始化失败 / FreeType init failed"; return false; }
    FaceChain regular, bold;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> parts;
        for (size_t start = 0;;) {
            const size_t bar = line.find('|', start);
            parts.push_back(trim(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
        if (parts.size() != 3 || (parts[0] != "regular" && parts[0] != "bold")) continue;
        std::istringstream files(parts[2]);
        for (std::string path; files >> path;) {
            int index = 0;
            if (std::filesystem::exists(path) && find_face_in_file(ft, path, parts[1], &index)) {
                (parts[0] == "regular" ? regular : bold).push_back({path, index});
                break;
            }
        }
    }
    FT_Done_FreeType(ft);
    if (regular.empty()) {
        *error = "找不到中文字体 Noto Sans CJK SC（请安装 fonts-noto-cjk）/ "
                 "Chinese font Noto Sans CJK SC not found (install fonts-noto-cjk)";
        return false;
    }
    bold.insert(bold.end(), regular.begin(), regular.end());
    *chains = {regular, bold};
    return true;
}

FontSizes FontSizes::for_window(int short_side, TextSize size) {
    const float scale = std::max(0.5f, short_side / 1080.0f) * text_size_factor(size);
    FontSizes s;
    s.px[static_cast<int>(FontRole::Small)] = std::max(30.0f, 30.0f * scale);
    s.px[static_cast<int>(FontRole::Body)] = std::max(30.0f, 34.0f * scale);
    s.px[static_cast<int>(FontRole::Heading)] = 42.0f * scale;
    s.px[static_cast<int>(FontRole::Display)] = 56.0f * scale;
    return s;
}

bool FontSet::init(ImFontAtlas* atlas, const std::vector<FaceChain>& chains, std::string* error,
                   const GlyphCacheConfig& config) {
    return cache_.init(atlas, chains, config, error);
}

void FontSet::set_sizes(const FontSizes& sizes) {
    sizes_ = sizes;
    for (int r = 0; r < static_cast<int>(FontRole::Count); ++r) {
        const auto role = static_cast<FontRole>(r);
        const bool bold = role == FontRole::Heading || role == FontRole::Display;
        fonts_[r] = cache_.font(bold ? 1 : 0, sizes.px[r]);
    }
}

void FontSet::draw(ImDrawList* dl, FontRole role, ImVec2 pos, ImU32 color, std::string_view text) {
    if (text.empty()) return;
    ImFont* font = get(role);
    const std::string_view ready = cache_.prepare(font, text, &scratch_);
    dl->AddText(font, font->FontSize, ImVec2(std::round(pos.x), std::round(pos.y)), color, ready.data(),
                ready.data() + ready.size());
}

float FontSet::width(FontRole role, std::string_view text) {
    ImFont* font = get(role);
    float w = 0;
    for (size_t i = 0; i < text.size();) w += cache_.advance(font, next_code_point(text, i));
    return w;
}

}  // namespace kiosk::text
