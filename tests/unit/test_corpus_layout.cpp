// Lays out every demo document body with the real fonts at every text size and two widths, and checks each line
// against the Chinese line-breaking rules: no line may start with closing punctuation or end with opening
// punctuation. The rules are tested case by case in test_line_break.cpp; this is the whole corpus, as read.
#include <catch2/catch.hpp>

#include "text/fonts.h"
#include "text/line_break.h"
#include "text/text_block.h"
#include "text/utf8.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace kiosk::text;

TEST_CASE("no laid-out line of the demo corpus breaks a punctuation rule", "[text][linebreak][corpus]") {
    ImFontAtlas atlas;
    FontSet fonts;
    std::vector<FaceChain> chains;
    std::string error;
    REQUIRE(find_font_chains("", &chains, &error));
    REQUIRE(fonts.init(&atlas, chains, &error));

    std::vector<std::string> bodies;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(KIOSK_SOURCE_DIR) + "/content/documents")) {
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        bodies.push_back(ss.str());
    }
    REQUIRE(bodies.size() >= 60);

    long lines_checked = 0;
    for (TextSize size : {TextSize::Standard, TextSize::Large, TextSize::ExtraLarge}) {
        fonts.set_sizes(FontSizes::for_window(1080, size));
        for (float width : {980.0f, 1800.0f}) {
            for (const std::string& body : bodies) {
                TextBlock block;
                block.set_text(body, true);
                block.layout(fonts, width);
                for (int i = 0; i < block.line_count(); ++i) {
                    const std::string_view line = block.line_text(i);
                    if (line.empty()) continue;
                    size_t k = 0;
                    const char32_t first = next_code_point(line, k);
                    char32_t last = first;
                    while (k < line.size()) last = next_code_point(line, k);
                    INFO("line: " << line);
                    CHECK_FALSE(is_no_line_start(first));
                    CHECK_FALSE(is_no_line_end(last));
                    ++lines_checked;
                }
            }
        }
    }
    CHECK(lines_checked > 5000);
}
