// Chinese line breaking (禁则), table-driven: each case gives a paragraph, a width in "cells" (every character is
// one cell wide, like full-width CJK at a fixed size), and the lines expected.
#include <catch2/catch.hpp>

#include "core/base/utf8.h"
#include "text/line_break.h"

#include <string>
#include <vector>

using kiosk::text::break_lines;

namespace {

std::vector<std::string> lines_of(const std::string& text, float cells) {
    std::vector<std::string> out;
    for (const auto& span : break_lines(text, cells, [](char32_t) { return 1.0f; }))
        out.push_back(text.substr(span.begin, span.end - span.begin));
    return out;
}

struct Case {
    const char* name;
    const char* text;
    float cells;
    std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("line breaking follows Chinese rules", "[text][linebreak]") {
    const std::vector<Case> cases = {
        {"plain CJK fills lines", "一二三四五六七八九十", 4, {"一二三四", "五六七八", "九十"}},
        {"closing comma does not start a line", "一二三四，五六", 4, {"一二三", "四，五六"}},
        {"full stop does not start a line", "一二三四。", 4, {"一二三", "四。"}},
        {"closing bracket does not start a line", "关于通知》的说明", 4, {"关于通", "知》的说", "明"}},
        {"opening bracket does not end a line", "一二三（四五）", 4, {"一二三", "（四五）"}},
        {"opening book-title mark moves down", "一二三《四五》", 4, {"一二三", "《四五》"}},
        {"digits stay together", "电话0937123", 8, {"电话", "0937123"}},
        {"date stays together", "于2024-05-01起", 10, {"于", "2024-05-01", "起"}},
        {"phone with hyphen stays together", "咨询0937-6012345", 12, {"咨询", "0937-6012345"}},
        {"a word longer than the line is split", "ABCDEFGHIJ", 4, {"ABCD", "EFGH", "IJ"}},
        {"two closers in a row both move", "一二三四」。五", 4, {"一二三", "四」。五"}},
        {"spaces are break points and are dropped at line ends", "ab cd ef", 5, {"ab cd", "ef"}},
        {"empty paragraph gives no lines", "", 4, {}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(lines_of(c.text, c.cells) == c.expected);
    }
}

TEST_CASE("no line starts or ends with forbidden punctuation over long text", "[text][linebreak]") {
    std::string text;
    for (int i = 0; i < 200; ++i) text += (i % 7 == 0) ? "（依申请公开）。" : (i % 5 == 0 ? "“低保”，" : "民政局、");
    for (float cells : {5.0f, 7.0f, 9.0f, 13.0f}) {
        for (const auto& span : break_lines(text, cells, [](char32_t) { return 1.0f; })) {
            std::string line = text.substr(span.begin, span.end - span.begin);
            REQUIRE_FALSE(line.empty());
            size_t i = 0;
            // First and last code points of the line.
            auto decode = [](const std::string& s, size_t& k) { return kiosk::core::next_code_point(s, k); };
            char32_t first = decode(line, i), last = first;
            while (i < line.size()) last = decode(line, i);
            INFO(line);
            CHECK_FALSE(kiosk::text::is_no_line_start(first));
            CHECK_FALSE(kiosk::text::is_no_line_end(last));
        }
    }
}
