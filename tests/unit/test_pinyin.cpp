// Pinyin readings and query segmentation: readings from Debian's luna-pinyin dictionary, given to simplified
// characters through OpenCC and filtered by weight; Latin input split into syllables, unfinished last syllables and
// initials. The real dictionary is used where the answer is a fact of Chinese (低 is di); a small dictionary written
// here pins down the loading rules exactly, whatever a later luna release changes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/zh/chinese_convert.h"
#include "core/zh/pinyin.h"
#include "test_converter.h"
#include "test_support.h"

using kiosk::core::ChineseConverter;
using kiosk::core::PinyinSplit;
using kiosk::core::PinyinTable;

namespace {

const ChineseConverter& converter() { return test_support::shared_converter(); }

// The real table, loaded once (about 0.1 s).
const PinyinTable& luna() {
    static const std::unique_ptr<PinyinTable> t = [] {
        std::string error;
        auto loaded = PinyinTable::load(kiosk::core::kLunaPinyinDict, &converter(), &error);
        if (!loaded) FAIL(error);
        return loaded;
    }();
    return *t;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
    return out;
}

std::vector<std::string> rendered(const std::vector<PinyinSplit>& splits) {
    std::vector<std::string> out;
    for (const auto& s : splits) out.push_back(s.to_string());
    return out;
}

}  // namespace

TEST_CASE("characters have their readings from luna, simplified ones included", "[pinyin]") {
    struct Case {
        char32_t ch;
        std::vector<std::string> must_have;
        std::vector<std::string> must_not_have;
        const char* first;  // the most likely reading, or nullptr if not checked
    };
    const Case cases[] = {
        {U'低', {"di"}, {}, "di"},
        {U'保', {"bao"}, {}, "bao"},
        {U'婚', {"hun"}, {}, "hun"},
        {U'姻', {"yin"}, {}, "yin"},
        {U'登', {"deng"}, {}, "deng"},
        {U'记', {"ji"}, {}, "ji"},
        {U'記', {"ji"}, {}, "ji"},
        {U'行', {"xing", "hang"}, {}, "xing"},
        {U'长', {"chang", "zhang"}, {}, "chang"},
        {U'長', {"chang", "zhang"}, {}, "chang"},
        {U'重', {"zhong", "chong"}, {}, nullptr},
        {U'绿', {"lv"}, {}, "lv"},  // ü is written v
        {U'略', {"lve"}, {}, "lve"},
        // Luna gives the simplified 业 only an archaic reading (qiu) and ye 0%: ye comes from 業 through OpenCC.
        {U'业', {"ye"}, {}, "ye"},
        {U'适', {"shi"}, {}, "shi"},  // 適; luna's own 适 is gua/kuo
        {U'开', {"kai"}, {}, "kai"},  // 開; luna's own 开 is jian
        {U'了', {"le", "liao"}, {}, "le"},
        {U'么', {"me"}, {}, "me"},  // 麼 (luna's own 么 is yao, 98.93%)
        // Rare readings under 1% are dropped, unless a luna phrase uses them.
        {U'和', {"he", "huo"}, {"han"}, "he"},      // huo: 暖和; han 0% has no phrase
        {U'会', {"hui", "kuai"}, {}, "hui"},       // kuai 0.02%, kept by 會計
        {U'给', {"gei", "ji"}, {}, "gei"},         // ji 0.01%, kept by 供給
        {U'的', {"de", "di"}, {}, "de"},           // di 0.03%, kept by 目的
        {U'区', {"qu", "ou"}, {"gou"}, "qu"},      // ou 0.09% (the surname) kept by phrases; gou 0% has none
        {U'〇', {"ling"}, {}, "ling"},
    };
    const auto& t = luna();
    for (const auto& c : cases) {
        const auto& r = t.readings(c.ch);
        INFO("U+" << std::hex << static_cast<unsigned>(c.ch) << ": " << joined(r));
        for (const auto& s : c.must_have) CHECK(has(r, s));
        for (const auto& s : c.must_not_have) CHECK_FALSE(has(r, s));
        if (c.first) {
            REQUIRE_FALSE(r.empty());
            CHECK(r.front() == c.first);
        }
    }
}

TEST_CASE("non-Han characters and Han characters luna lacks have no readings", "[pinyin]") {
    const auto& t = luna();
    for (char32_t c : {U'a', U'1', U' ', U'，', U'〔', U'ㄓ' /* bopomofo: in luna, not Han */, U'𠮷' /* not in luna */,
                       U'\0', char32_t{0x10FFFF}}) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(t.readings(c).empty());
    }
}

TEST_CASE("syllables are the readings seen", "[pinyin]") {
    const auto& t = luna();
    for (const char* s : {"di", "bao", "zhuang", "lv", "lve", "a", "er", "xian", "xi", "an"}) {
        INFO(s);
        CHECK(t.is_syllable(s));
    }
    for (const char* s : {"", "b", "zh", "lue", "dib", "v", "ing", "xyz", "Di"}) {
        INFO(s);
        CHECK_FALSE(t.is_syllable(s));
    }
    CHECK(t.is_syllable_prefix("b"));
    CHECK(t.is_syllable_prefix("zh"));
    CHECK(t.is_syllable_prefix("xia"));  // xiang, xiao
    CHECK_FALSE(t.is_syllable_prefix("bao"));
    CHECK_FALSE(t.is_syllable_prefix("v"));
    CHECK_FALSE(t.is_syllable_prefix(""));
    CHECK(t.syllables().size() > 390);
    CHECK(t.syllables().size() < 460);
}

TEST_CASE("the real dictionary loads fast enough for pack", "[pinyin]") {
    std::string error;
    auto t = PinyinTable::load(kiosk::core::kLunaPinyinDict, &converter(), &error);
    REQUIRE(t);
    const auto& s = t->stats();
    INFO("luna-pinyin: " << s.load_ms << " ms, " << s.dict_characters << " dictionary characters, "
                         << s.table_characters << " in the table, " << s.readings << " readings, "
                         << s.dropped_by_weight << " dropped by weight, " << s.kept_by_phrases
                         << " kept by phrases, " << s.skipped_lines << " lines skipped");
    CHECK(s.dict_characters > 40000);
    CHECK(s.table_characters > s.dict_characters);  // simplified forms luna does not list itself
    CHECK(s.kept_by_phrases > 100);
    CHECK(s.dropped_by_weight > 100);
    CHECK(s.load_ms < 3000);  // about 100 ms on the development machine; this only catches a blow-up
}

TEST_CASE("a small dictionary pins down the loading rules", "[pinyin]") {
    test_support::TempDir dir;
    const auto path = dir / "tiny.dict.yaml";
    test_support::write_bytes(path,
                              "# Rime dictionary\n"
                              "---\n"
                              "name: tiny\n"
                              "sort: by_weight\n"
                              "...\n"
                              "\n"
                              "行\txing\t91.78%\n"
                              "行\thang\t8.22%\n"
                              "和\the\t99.97%\n"
                              "和\than\t0%\n"
                              "和\thuo\t0.02%\n"
                              "殷\tyan\t30%\n"
                              "殷\tyin\n"  // no weight beside a weighted one: counts as 100%
                              "綠\tlv\t99.26%\n"
                              "綠\tlu\t0.74%\n"
                              "略\tlüe\n"  // ü written as itself
                              "ㄓ\tzhi\n"  // bopomofo: skipped
                              "重\tyong  0%\n"  // spaces where a tab belongs: not a reading
                              "龍\tlong\n"
                              "暖和\tnuan huo\n"
                              "綠色\tlv se\n");
    std::string error;
    auto t = PinyinTable::load(path.string(), &converter(), &error);
    REQUIRE(t);
    CHECK(joined(t->readings(U'行')) == "xing hang");
    CHECK(joined(t->readings(U'和')) == "he huo");  // han 0% dropped; huo 0.02% kept: 暖和 uses it
    CHECK(joined(t->readings(U'殷')) == "yin yan");
    CHECK(joined(t->readings(U'綠')) == "lv");  // lu 0.74%: under 1% and in no phrase
    CHECK(joined(t->readings(U'绿')) == "lv");  // the simplified form, through OpenCC
    CHECK(joined(t->readings(U'龙')) == "long");
    CHECK(joined(t->readings(U'略')) == "lve");
    CHECK(t->readings(U'ㄓ').empty());
    CHECK(t->readings(U'重').empty());
    CHECK(t->stats().dict_characters == 6);
    CHECK(t->stats().dropped_by_weight == 2);
    CHECK(t->stats().kept_by_phrases == 1);
    CHECK(t->stats().skipped_lines == 2);
    CHECK(t->is_syllable("lve"));
    CHECK_FALSE(t->is_syllable("lu"));

    // Without a converter only luna's own characters have readings.
    auto plain = PinyinTable::load(path.string(), nullptr, &error);
    REQUIRE(plain);
    CHECK(joined(plain->readings(U'綠')) == "lv");
    CHECK(plain->readings(U'绿').empty());
}

TEST_CASE("a missing or malformed dictionary is reported, not loaded", "[pinyin]") {
    test_support::TempDir dir;
    std::string error;
    CHECK_FALSE(PinyinTable::load((dir / "missing.dict.yaml").string(), &converter(), &error));
    CHECK(error.find("rime-data-luna-pinyin") != std::string::npos);
    CHECK(error.find('\n') != std::string::npos);  // Chinese, then English

    error.clear();
    test_support::write_bytes(dir / "no_header_end.yaml", "name: x\n行\txing\n");
    CHECK_FALSE(PinyinTable::load((dir / "no_header_end.yaml").string(), &converter(), &error));
    CHECK(error.find("...") != std::string::npos);

    error.clear();
    test_support::write_bytes(dir / "empty.yaml", "---\nname: x\n...\n暖和\tnuan huo\n");
    CHECK_FALSE(PinyinTable::load((dir / "empty.yaml").string(), &converter(), &error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a table from stored readings", "[pinyin]") {
    auto t = PinyinTable::from_readings({{U'低', {"di"}}, {U'保', {"Bao", "bao"}}, {U'x', {"ex"}}, {U'行', {"xing", "h4ng"}}});
    CHECK(joined(t->readings(U'低')) == "di");
    CHECK(joined(t->readings(U'保')) == "bao");  // lower-cased, once
    CHECK(joined(t->readings(U'行')) == "xing");  // h4ng is not a reading
    CHECK(t->readings(U'x').empty());
    CHECK(joined(t->syllables()) == "bao di xing");
    // Segmentation knows only this table's syllables; i is no syllable's first letter, so no initials reading.
    CHECK(rendered(t->segment("dibao")) == std::vector<std::string>{"di'bao"});
    CHECK(rendered(t->segment("xb")) == std::vector<std::string>{"initials:x'b"});
}

TEST_CASE("Latin input splits into syllables, most likely first", "[pinyin]") {
    struct Case {
        const char* input;
        std::vector<std::string> first;     // the first splits, in order
        std::vector<std::string> contains;  // also somewhere in the result
        std::vector<std::string> absent;
    };
    const Case cases[] = {
        {"dibao", {"di'bao"}, {"di'ba'o"}, {}},
        {"hunyindengji", {"hun'yin'deng'ji"}, {}, {}},
        {"xian", {"xian", "xi'an"}, {}, {}},
        {"fangan", {"fan'gan", "fang'an"}, {}, {}},  // pinyin writes 方案 fang'an: without the mark, fan-gan first
        {"dib", {"di'b*"}, {}, {}},
        {"hunyindengj", {"hun'yin'deng'j*"}, {}, {}},
        {"zhengfuxinxigongk", {"zheng'fu'xin'xi'gong'k*"}, {}, {}},
        {"zh", {"zh*", "initials:z'h"}, {}, {}},
        {"db", {"initials:d'b"}, {}, {}},
        {"hydj", {"initials:h'y'd'j"}, {}, {}},
        {"ysqgk", {"initials:y's'q'g'k"}, {}, {}},
        {"d", {"d*"}, {}, {"initials:d"}},  // one letter: the unfinished syllable already means the same
        {"a", {"a", "initials:a"}, {}, {}},
        {"DiBao", {"di'bao"}, {}, {}},
        {"ｄｉｂａｏ", {"di'bao"}, {}, {}},  // full-width letters from a Chinese keyboard
        {"di bao", {"di'bao"}, {}, {}},
        {"lue", {"lve"}, {}, {}},  // 略 as taught (lüe), typed without the dots
        {"lüe", {"lve"}, {}, {}},
        {"nüe", {"nve"}, {}, {}},
        {"lv", {"lv"}, {}, {}},
        {"xi'an", {"xi'an"}, {}, {}},
        {"xi’an", {"xi'an"}, {}, {}},
        {"fang'an", {"fang'an"}, {}, {"fan'gan"}},
        {"d b", {"initials:d'b"}, {}, {}},
    };
    const auto& t = luna();
    for (const auto& c : cases) {
        const auto got = rendered(t.segment(c.input));
        INFO(c.input << " → " << joined(got));
        REQUIRE(got.size() >= c.first.size());
        CHECK(std::vector<std::string>(got.begin(), got.begin() + c.first.size()) == c.first);
        for (const auto& s : c.contains) CHECK(has(got, s));
        for (const auto& s : c.absent) CHECK_FALSE(has(got, s));
        CHECK(got.size() <= 8);
    }
}

TEST_CASE("segmentation: exact results where there is only one reading", "[pinyin]") {
    const auto& t = luna();
    CHECK(rendered(t.segment("xi'an")) == std::vector<std::string>{"xi'an"});
    CHECK(rendered(t.segment("dib")) == std::vector<std::string>{"di'b*"});
    CHECK(rendered(t.segment("db")) == std::vector<std::string>{"initials:d'b"});
    CHECK(rendered(t.segment("ysqgk")) == std::vector<std::string>{"initials:y's'q'g'k"});

    const auto db = t.segment("db");
    REQUIRE(db.size() == 1);
    CHECK(db[0].initials);
    CHECK_FALSE(db[0].last_is_prefix);
    CHECK(db[0].syllables == std::vector<std::string>{"d", "b"});
    const auto dib = t.segment("dib");
    REQUIRE(dib.size() == 1);
    CHECK(dib[0].last_is_prefix);
    CHECK_FALSE(dib[0].initials);
    CHECK(dib[0].syllables == std::vector<std::string>{"di", "b"});
}

TEST_CASE("segmentation: nothing for what is not pinyin", "[pinyin]") {
    const auto& t = luna();
    for (const char* input : {"", "   ", "'", "123", "db2", "低保", "低bao", "di-bao", "v", "iu", "dibx"}) {
        INFO(input);
        CHECK(t.segment(input).empty());
    }
    CHECK(t.segment("dibao", 0).empty());
    CHECK(t.segment(std::string(PinyinTable::kMaxLetters + 1, 'a')).empty());
}

TEST_CASE("segmentation: max_results and long inputs", "[pinyin]") {
    const auto& t = luna();
    // 40 letters with a split at every turn (xi'an or xian, 2^10 ways and more): only the best few, fast.
    const std::string long_input = "xianxianxianxianxianxianxianxianxianxian";
    REQUIRE(long_input.size() == 40);
    const auto started = std::chrono::steady_clock::now();
    const auto splits = t.segment(long_input);
    const auto more = t.segment("zhonghuarenmingongheguoguowuyuanbangongt", 5);
    const auto vowels = t.segment("aoaoaoaoaoaoaoaoaoaoaoaoaoaoaoaoaoaoaoao", 3);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    INFO(joined(rendered(splits)) << " / " << joined(rendered(more)) << " / " << joined(rendered(vowels)));
    CHECK(splits.size() == 8);
    CHECK(splits.front().to_string() == "xian'xian'xian'xian'xian'xian'xian'xian'xian'xian");
    CHECK(more.size() <= 5);
    CHECK_FALSE(more.empty());
    CHECK(more.front().to_string() == "zhong'hua'ren'min'gong'he'guo'guo'wu'yuan'ban'gong't*");
    CHECK(vowels.size() <= 3);
    CHECK(vowels.front().to_string() == "ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao'ao");
    CHECK(ms < 200);  // well under a millisecond each; this only catches an exponential search

    // One slot is kept for the initials reading when whole-syllable readings would fill the rest.
    CHECK(rendered(t.segment("fangan", 2)) == std::vector<std::string>{"fan'gan", "initials:f'a'n'g'a'n"});
    CHECK(rendered(t.segment("fangan", 1)) == std::vector<std::string>{"fan'gan"});
    CHECK(rendered(t.segment("fangan", 3)) ==
          std::vector<std::string>{"fan'gan", "fang'an", "initials:f'a'n'g'a'n"});
}

TEST_CASE("initials_of gives a reading's first letter", "[pinyin]") {
    using kiosk::core::initials_of;
    CHECK(initials_of("di") == "d");
    CHECK(initials_of("zheng") == "z");  // zh, ch, sh are typed as z, c, s
    CHECK(initials_of("chang") == "c");
    CHECK(initials_of("shen") == "s");
    CHECK(initials_of("an") == "a");
    CHECK(initials_of("") == "");
}
