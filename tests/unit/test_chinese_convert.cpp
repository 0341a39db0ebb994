// Simplified ↔ traditional conversion through OpenCC: the words of the disclosure catalog, one simplified character
// with several traditional ones (发 → 發/髮), text OpenCC must leave alone (digits, 〔〕, characters above U+FFFF),
// a long text, the search folding, and the real traditional demo document.
// Expected outputs are what Debian 12's OpenCC 1.1.6 with s2t.json/t2s.json produces.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "core/base/utf8.h"
#include "core/zh/chinese_convert.h"
#include "test_converter.h"
#include "test_support.h"

using kiosk::core::ChineseConverter;
using kiosk::core::Script;

namespace {

const ChineseConverter& converter() { return test_support::shared_converter(); }

std::size_t code_points(const std::string& s) { return kiosk::core::code_point_count(s); }

// The first `n` code points of `s`.
std::string first_code_points(const std::string& s, std::size_t n) {
    std::size_t i = 0;
    while (n-- > 0 && i < s.size()) kiosk::core::next_code_point(s, i);
    return s.substr(0, i);
}

}  // namespace

TEST_CASE("simplified and traditional convert both ways", "[convert]") {
    struct Case {
        const char* simplified;
        const char* traditional;
    };
    const Case cases[] = {
        {"政务公开", "政務公開"},
        {"依申请公开", "依申請公開"},
        {"最低生活保障", "最低生活保障"},  // the same in both scripts
        {"文号 安民发〔2024〕12号", "文號 安民發〔2024〕12號"},  // brackets, digits, the space unchanged
        {"𠮷田", "𠮷田"},  // above U+FFFF
        {"王𪚥", "王𪚥"},
        {"低保标准 900 元/人·月 (2024)", "低保標準 900 元/人·月 (2024)"},
    };
    const auto& cc = converter();
    for (const auto& c : cases) {
        INFO(c.simplified << " / " << c.traditional);
        CHECK(cc.to_traditional(c.simplified) == c.traditional);
        CHECK(cc.to_simplified(c.traditional) == c.simplified);
        CHECK(cc.convert(c.simplified, Script::Traditional) == c.traditional);
        CHECK(cc.convert(c.traditional, Script::Simplified) == c.simplified);
    }
}

TEST_CASE("one simplified character with several traditional ones follows the word", "[convert]") {
    struct Case {
        const char* simplified;
        const char* traditional;
    };
    // 发 is 發 (send, issue) or 髮 (hair); 干 is 幹 or 乾. OpenCC picks by the phrase around it.
    const Case cases[] = {
        {"发展", "發展"},   {"头发", "頭髮"},     {"理发店", "理髮店"},
        {"头发发白", "頭髮發白"}, {"干部", "幹部"}, {"干燥", "乾燥"},
    };
    const auto& cc = converter();
    for (const auto& c : cases) {
        INFO(c.simplified);
        CHECK(cc.to_traditional(c.simplified) == c.traditional);
        CHECK(cc.to_simplified(c.traditional) == c.simplified);
    }
    // Both traditional characters fold to the one simplified, so search finds either.
    CHECK(cc.fold_for_search("發") == "发");
    CHECK(cc.fold_for_search("髮") == "发");
}

TEST_CASE("the rare name character 䶮 shows as 龑 in traditional and folds back to 䶮", "[convert]") {
    const auto& cc = converter();
    // OpenCC treats 䶮 (U+4DAE) as the simplified form of 龑 (U+9F91), so the traditional view shows 劉龑;
    // the simplified view and the search folding keep 䶮.
    CHECK(cc.to_traditional("刘䶮") == "劉龑");
    CHECK(cc.to_simplified("劉龑") == "刘䶮");
    CHECK(cc.to_simplified("刘䶮") == "刘䶮");
    CHECK(cc.to_simplified("劉䶮") == "刘䶮");
    CHECK(cc.fold_for_search("劉龑") == cc.fold_for_search("刘䶮"));
}

TEST_CASE("people's names keep their characters in 繁體字", "[convert][names]") {
    const auto& cc = converter();
    const std::vector<std::string> none;
    // Without protection OpenCC swaps the rare 䶮 for 龑 (the test above); a character outside GB 2312 that OpenCC
    // would change stays as written, while the common characters around it convert.
    CHECK(cc.convert_keeping_names("刘䶮", Script::Traditional, none) == "劉䶮");
    CHECK(cc.convert_keeping_names("石桥社区：刘䶮，男，发放对象", Script::Traditional, none) ==
          "石橋社區：劉䶮，男，發放對象");
    // Above U+FFFF OpenCC changes nothing anyway; they pass through either way.
    CHECK(cc.convert_keeping_names("河湾村：𠮷田；上坪村：王𪚥", Script::Traditional, none) ==
          "河灣村：𠮷田；上坪村：王𪚥");
    // A name the document lists stays whole, common characters too; the same characters elsewhere convert.
    const std::vector<std::string> names = {"刘䶮", "张秀英"};
    CHECK(cc.convert_keeping_names("刘䶮、张秀英和刘涛发言", Script::Traditional, names) == "刘䶮、张秀英和劉濤發言");
    // The longest listed name wins where two start at the same place.
    CHECK(cc.convert_keeping_names("张秀英", Script::Traditional, {"张秀", "张秀英"}) == "张秀英");
    CHECK(cc.convert_keeping_names("", Script::Traditional, names).empty());
    CHECK(cc.convert_keeping_names("政务公开", Script::Traditional, {""}) == "政務公開");  // an empty name matches nothing
    // Text with nothing to keep converts as plain conversion does, phrase choices included.
    CHECK(cc.convert_keeping_names("头发发白的干部", Script::Traditional, names) == cc.to_traditional("头发发白的干部"));
}

TEST_CASE("the common simplified set is GB 2312", "[convert][names]") {
    CHECK(ChineseConverter::is_common_simplified(U'刘'));
    CHECK(ChineseConverter::is_common_simplified(U'发'));
    CHECK(ChineseConverter::is_common_simplified(U'A'));
    CHECK_FALSE(ChineseConverter::is_common_simplified(U'䶮'));   // U+4DAE, CJK extension A
    CHECK_FALSE(ChineseConverter::is_common_simplified(U'龑'));
    CHECK_FALSE(ChineseConverter::is_common_simplified(U'劉'));   // traditional forms are not in it
    CHECK_FALSE(ChineseConverter::is_common_simplified(U'𠮷'));  // above U+FFFF
}

TEST_CASE("empty text, NULs and malformed UTF-8 do not lose text", "[convert]") {
    const auto& cc = converter();
    CHECK(cc.to_traditional("").empty());
    CHECK(cc.to_simplified("").empty());
    CHECK(cc.fold_for_search("").empty());

    // OpenCC stops at a NUL; everything after it must still be there.
    const std::string with_nul("发\0发", 7);
    CHECK(cc.to_traditional(with_nul) == std::string("發\0發", 7));

    // OpenCC refuses a stray byte; the text then comes back as it was rather than blank.
    const std::string bad = "\xff政务公开";
    CHECK(cc.to_traditional(bad) == bad);
}

TEST_CASE("a 6000-character traditional text converts to simplified and back with the same length", "[convert]") {
    const std::string paragraph =
        "二〇二四年，本局認真貫徹《中華人民共和國政府信息公開條例》，圍繞群眾關心的低保、救災、優撫和婚姻登記，"
        "主動公開政策文件、辦事指南和收費標準，全年受理依申請公開5件，均在規定期限內答覆，未發生行政復議。";
    std::string text;
    while (code_points(text) < 6000) text += paragraph;
    text = first_code_points(text, 6000);
    REQUIRE(code_points(text) == 6000);

    const auto& cc = converter();
    const std::string simplified = cc.to_simplified(text);
    const std::string back = cc.to_traditional(simplified);
    CHECK(code_points(simplified) == 6000);
    CHECK(code_points(back) == 6000);
    // Not byte-equal to the original: s2t writes OpenCC's standard forms (群眾 → 羣衆), not the Taiwan ones the
    // paragraph uses. Folding it again must land on the same simplified text, which is what search relies on.
    CHECK(cc.fold_for_search(back) == simplified);
    CHECK(simplified.find("政府信息公开条例") != std::string::npos);
}

TEST_CASE("fold_for_search makes a traditional query meet simplified text", "[convert]") {
    const auto& cc = converter();
    CHECK(cc.fold_for_search("政務公開") == cc.fold_for_search("政务公开"));
    CHECK(cc.fold_for_search("依申請公開") == cc.fold_for_search("依申请公开"));

    const std::string text = "关于2024年度政务公开工作要点的通知";
    const std::string query = "政務公開工作";
    CHECK(cc.fold_for_search(text).find(cc.fold_for_search(query)) != std::string::npos);
    // Folding simplified text leaves it alone, so the index of a simplified snapshot is its own text.
    CHECK(cc.fold_for_search(text) == text);
}

TEST_CASE("the traditional demo document folds to text search finds", "[convert]") {
    const std::string doc = test_support::read_bytes(std::string(KIOSK_SOURCE_DIR) +
                                                     "/content/documents/2016-archive-2012-zhengwu-gongkai.md");
    REQUIRE(doc.find("政務公開") != std::string::npos);
    REQUIRE(doc.find("政务公开") == std::string::npos);
    const std::string folded = converter().fold_for_search(doc);
    CHECK(folded.find("政务公开") != std::string::npos);
    CHECK(folded.find("依申请公开") != std::string::npos);
    CHECK(folded.find("安民字〔2013〕4号") != std::string::npos);
    CHECK(code_points(folded) == code_points(doc));
}

TEST_CASE("one converter serves several threads", "[convert]") {
    const auto& cc = converter();
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&cc, &wrong, t] {
            for (int i = 0; i < 200; ++i) {
                if (t % 2 ? cc.to_traditional("政务公开") != "政務公開" : cc.to_simplified("政務公開") != "政务公开")
                    ++wrong[t];
            }
        });
    }
    for (auto& th : threads) th.join();
    CHECK(wrong == std::vector<int>(4, 0));
}

TEST_CASE("a converter whose dictionary is missing says so in Chinese and English", "[convert]") {
    std::string error;
    CHECK(ChineseConverter::open(&error, "no-such-config.json") == nullptr);
    const auto newline = error.find('\n');
    REQUIRE(newline != std::string::npos);
    CHECK(error.substr(0, newline).find("简繁转换") != std::string::npos);
    CHECK(error.find("no-such-config.json", newline) != std::string::npos);
    CHECK(error.find("libopencc-data", newline) != std::string::npos);

    CHECK(ChineseConverter::open(&error, ChineseConverter::kSimplifiedToTraditional, "no-such-config.json") == nullptr);
    CHECK(ChineseConverter::open(nullptr, "no-such-config.json") == nullptr);
}
