// fonts.cpp — face discovery and the baked atlas behind text/fonts.h.
#include "text/fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

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

const char* kDefaultChain =
    "regular | Noto Sans CJK SC | /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc\n"
    "bold | Noto Sans CJK SC | /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc "
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc\n";

}  // namespace

bool find_font_faces(const std::string& fallback_file, FontFaces* out, std::string* error) {
    std::string chain = kDefaultChain;
    if (!fallback_file.empty()) {
        std::ifstream in(fallback_file);
        if (in) { std::stringstream ss; ss << in.rdbuf(); chain = ss.str(); }
    }
    FT_Library ft = nullptr;
    if (FT_Init_FreeType(&ft) != 0) { *error = "FreeType 初始化失败 / FreeType init failed"; return false; }
    bool have_regular = false, have_bold = false;
    std::istringstream lines(chain);
    for (std::string line; std::getline(lines, line);) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> parts;
        for (size_t start = 0;;) {
            size_t bar = line.find('|', start);
            parts.push_back(trim(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
        if (parts.size() != 3) continue;
        FontFace* target = parts[0] == "regular" ? &out->regular : parts[0] == "bold" ? &out->bold : nullptr;
        bool* have = parts[0] == "regular" ? &have_regular : &have_bold;
        if (!target || *have) continue;
        std::istringstream files(parts[2]);
        for (std::string path; files >> path;) {
            int index = 0;
            if (std::filesystem::exists(path) && find_face_in_file(ft, path, parts[1], &index)) {
                *target = {path, index};
                *have = true;
                break;
            }
        }
    }
    FT_Done_FreeType(ft);
    if (!have_regular) {
        *error = "找不到中文字体 Noto Sans CJK SC（请安装 fonts-noto-cjk）/ "
                 "Chinese font Noto Sans CJK SC not found (install fonts-noto-cjk)";
        return false;
    }
    if (!have_bold) out->bold = out->regular;
    return true;
}

FontSizes FontSizes::for_window(int short_side) {
    const float scale = std::max(0.5f, short_side / 1080.0f);
    FontSizes s;
    s.px[static_cast<int>(FontRole::Small)] = std::max(30.0f, 30.0f * scale);
    s.px[static_cast<int>(FontRole::Body)] = 36.0f * scale;
    s.px[static_cast<int>(FontRole::Heading)] = 46.0f * scale;
    s.px[static_cast<int>(FontRole::Display)] = 64.0f * scale;
    return s;
}

bool FontSet::build(ImFontAtlas* atlas, const FontFaces& faces, const FontSizes& sizes, std::string_view all_text,
                    std::string_view display_text, std::string* error) {
    sizes_ = sizes;
    atlas->Clear();
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->TexDesiredWidth = 4096;
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;

    auto build_ranges = [](std::string_view text, ImVector<ImWchar>* ranges) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Latin, digits, punctuation
        const std::string s(text);
        builder.AddText(s.c_str(), s.c_str() + s.size());
        builder.AddChar(0x25A1);  // □: shown for a character no font has
        ranges->clear();
        builder.BuildRanges(ranges);
    };
    build_ranges(all_text, &all_ranges_);
    build_ranges(display_text, &display_ranges_);

    for (int r = 0; r < static_cast<int>(FontRole::Count); ++r) {
        const auto role = static_cast<FontRole>(r);
        // Headings (document titles) need every character; the display size (tiles) only the UI's own words.
        const bool bold = role == FontRole::Heading || role == FontRole::Display;
        const bool large = role == FontRole::Display;
        const FontFace& face = bold ? faces.bold : faces.regular;
        ImFontConfig cfg;
        cfg.FontNo = face.index;
        cfg.OversampleH = cfg.OversampleV = 1;  // FreeType hinting makes oversampling unnecessary for CJK
        cfg.PixelSnapH = true;
        fonts_[r] = atlas->AddFontFromFileTTF(face.path.c_str(), sizes.px[r], &cfg,
                                              large ? display_ranges_.Data : all_ranges_.Data);
        if (!fonts_[r]) {
            *error = "字体文件无法读取：" + face.path + " / cannot read font file";
            return false;
        }
    }
    if (!atlas->Build()) {
        *error = "字体图集生成失败 / font atlas build failed";
        return false;
    }
    glyph_count_ = 0;
    for (auto* f : fonts_) glyph_count_ += f->Glyphs.Size;
    return true;
}

}  // namespace kiosk::text
