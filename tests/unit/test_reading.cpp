// The reading engine of 朗读 (core/zh/reading.h) on terra-pinyin: the words of this domain read right (a list written
// by hand from standard Mandarin, not from the engine's output), numbers, years, dates, 文号 and receipt numbers read
// as a listener expects them, pauses, byte offsets into the text, either script alike, characters without a reading,
// and the 读音 words that override everything.
#include <catch2/catch.hpp>

#include <thread>

#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/reading.h"
#include "test_converter.h"
#include "test_support.h"

using namespace kiosk::core;

namespace {

// One engine for the file: loaded through the tests' shared converter, which is Taiwan-style (s2tw), so this also
// runs the path where the engine opens its own s2t converter.
const ReadingEngine& engine() {
    static const std::unique_ptr<ReadingEngine> e = [] {
        std::string error;
        auto loaded = ReadingEngine::load(kTerraPinyinDict, &test_support::shared_converter(), &error);
        if (!loaded) FAIL(error);
        WARN("terra-pinyin loaded in " << loaded->load_ms() << " ms: " << loaded->dictionary_words()
                                       << " words, " << loaded->added_words() << " built-in");
        return loaded;
    }();
    return *e;
}

std::string pinyin(std::string_view text) { return ReadingEngine::pinyin_line(engine().read(text)); }

}  // namespace

TEST_CASE("reading: the words of government notices and service guides read by standard Mandarin", "[reading]") {
    // Written by hand, in dictionary tones (一 yi1, 不 bu4 in every word).
    const std::pair<const char*, const char*> words[] = {
        {"政府信息公开", "zheng4 fu3 xin4 xi1 gong1 kai1"},
        {"最低生活保障", "zui4 di1 sheng1 huo2 bao3 zhang4"},
        {"行政复议", "xing2 zheng4 fu4 yi4"},
        {"银行账户", "yin2 hang2 zhang4 hu4"},
        {"重新申请", "chong2 xin1 shen1 qing3"},
        {"重要", "zhong4 yao4"},
        {"还款", "huan2 kuan3"},
        {"还有", "hai2 you3"},
        {"差额", "cha1 e2"},
        {"出差", "chu1 chai1"},
        {"调整", "tiao2 zheng3"},
        {"调查", "diao4 cha2"},
        {"给予", "ji3 yu3"},
        {"供养", "gong4 yang3"},
        {"会计", "kuai4 ji4"},
        {"相应的", "xiang1 ying4 de5"},
        {"不予公开", "bu4 yu3 gong1 kai1"},
        {"一次性", "yi1 ci4 xing4"},
        {"长辈", "zhang3 bei4"},
        {"重庆", "chong2 qing4"},
        {"补正", "bu3 zheng4"},
        {"答复", "da2 fu4"},
        {"处理", "chu3 li3"},
        {"处分", "chu3 fen4"},
        {"着手", "zhuo2 shou3"},
        {"便利", "bian4 li4"},
        {"应当", "ying1 dang1"},
        {"数据", "shu4 ju4"},
        {"朝阳", "chao2 yang2"},  // the place name (朝阳区, 朝阳村), which is what a notice means by it
        {"兴建", "xing1 jian4"},
        {"发行", "fa1 xing2"},
        {"更正", "geng1 zheng4"},
        {"参加", "can1 jia1"},
        {"依申请公开", "yi1 shen1 qing3 gong1 kai1"},
        {"特困人员救助供养", "te4 kun4 ren2 yuan2 jiu4 zhu4 gong4 yang3"},
        {"办事指南", "ban4 shi4 zhi3 nan2"},
        {"收费标准", "shou1 fei4 biao1 zhun3"},
        {"婚姻登记", "hun1 yin1 deng1 ji4"},
        {"临时救助", "lin2 shi2 jiu4 zhu4"},
        {"高龄津贴", "gao1 ling2 jin1 tie1"},
        {"养老保险", "yang3 lao3 bao3 xian3"},
        {"医疗保险", "yi1 liao2 bao3 xian3"},
        {"申请人", "shen1 qing3 ren2"},
        {"身份证", "shen1 fen4 zheng4"},
        {"户口簿", "hu4 kou3 bu4"},
        {"不动产", "bu4 dong4 chan3"},
        {"民政局", "min2 zheng4 ju2"},
        {"乡镇人民政府", "xiang1 zhen4 ren2 min2 zheng4 fu3"},
        {"工作日", "gong1 zuo4 ri4"},
        {"办理时限", "ban4 li3 shi2 xian4"},
        {"受理", "shou4 li3"},
        {"审核", "shen3 he2"},
        {"公示", "gong1 shi4"},
        {"发放", "fa1 fang4"},
        {"银行卡", "yin2 hang2 ka3"},
        {"行为", "xing2 wei2"},
        {"为了", "wei4 le5"},
        {"作为", "zuo4 wei2"},
        {"了解", "liao3 jie3"},
        {"随着", "sui2 zhe5"},
        {"处罚", "chu3 fa2"},
        {"没收", "mo4 shou1"},
        {"利率", "li4 lv4"},
        {"下载", "xia4 zai3"},
        {"干部", "gan4 bu4"},
        {"落实", "luo4 shi2"},
        {"供给", "gong1 ji3"},
        {"提供", "ti2 gong1"},
        {"重复", "chong2 fu4"},
        {"家长", "jia1 zhang3"},
        {"延长", "yan2 chang2"},
        {"调解", "tiao2 jie3"},
        {"还是", "hai2 shi4"},
        {"归还", "gui1 huan2"},
        {"丧葬", "sang1 zang4"},
        {"殡葬", "bin4 zang4"},
        {"抚恤金", "fu3 xu4 jin1"},
        {"低保", "di1 bao3"},
        {"复印件", "fu4 yin4 jian4"},
        {"当事人", "dang1 shi4 ren2"},
        {"期限", "qi1 xian4"},
        {"相关", "xiang1 guan1"},
        {"单位", "dan1 wei4"},
        {"银行行长", "yin2 hang2 hang2 zhang3"},
        {"长期", "chang2 qi1"},
        {"朝阳村", "chao2 yang2 cun1"},
        {"归还款项", "gui1 huan2 kuan3 xiang4"},
        {"头发", "tou2 fa5"},
    };
    for (const auto& [word, expected] : words) {
        INFO(word);
        CHECK(pinyin(word) == expected);
    }
}

TEST_CASE("reading: numbers as Chinese numbers, 2 as liang3 before a measure word", "[reading]") {
    CHECK(pinyin("760元") == "qi1 bai3 liu4 shi2 yuan2");
    CHECK(pinyin("10") == "shi2");
    CHECK(pinyin("15") == "shi2 wu3");
    CHECK(pinyin("12") == "shi2 er4");
    CHECK(pinyin("105") == "yi1 bai3 ling2 wu3");
    CHECK(pinyin("115") == "yi1 bai3 yi1 shi2 wu3");
    CHECK(pinyin("1200") == "yi1 qian1 er4 bai3");
    CHECK(pinyin("1005") == "yi1 qian1 ling2 wu3");
    CHECK(pinyin("20000") == "er4 wan4");
    CHECK(pinyin("10050") == "yi1 wan4 ling2 wu3 shi2");
    CHECK(pinyin("150000") == "shi2 wu3 wan4");
    CHECK(pinyin("1000000") == "yi1 bai3 wan4");
    CHECK(pinyin("10000500") == "yi1 qian1 wan4 ling2 wu3 bai3");
    CHECK(pinyin("100000500") == "yi1 ling2 ling2 ling2 ling2 ling2 wu3 ling2 ling2");  // over eight digits: one by one
    CHECK(pinyin("1,200元") == "yi1 qian1 er4 bai3 yuan2");
    CHECK(pinyin("3.5") == "san1 dian3 wu3");
    CHECK(pinyin("0") == "ling2");
    CHECK(pinyin("2个") == "liang3 ge4");
    CHECK(pinyin("2元") == "liang3 yuan2");
    CHECK(pinyin("第2个") == "di4 er4 ge4");
    CHECK(pinyin("2月") == "er4 yue4");
    CHECK(pinyin("22个") == "er4 shi2 er4 ge4");
    CHECK(pinyin("５％") == "bai3 fen1 zhi1 wu3");  // full width
    CHECK(pinyin("5%") == "bai3 fen1 zhi1 wu3");
    CHECK(pinyin("3.5%") == "bai3 fen1 zhi1 san1 dian3 wu3");
    CHECK(pinyin("9:30") == "jiu3 dian3 san1 shi2 fen1");
    CHECK(pinyin("17:00") == "shi2 qi1 dian3");
    CHECK(pinyin("3-5个工作日") == "san1 dao4 wu3 ge4 gong1 zuo4 ri4");
    // A fee's unit: the slash and the dot after it are "per" (每).
    CHECK(pinyin("760 元/人·月") == "qi1 bai3 liu4 shi2 yuan2 mei3 ren2 mei3 yue4");
    CHECK(pinyin("5520元／人・年") == "wu3 qian1 wu3 bai3 er4 shi2 yuan2 mei3 ren2 mei3 nian2");
    // A middle dot with no slash before it is a name's (马克·吐温): not said.
    CHECK(pinyin("马克·吐温") == "ma3 ke4 tu3 wen1");
}

TEST_CASE("reading: years digit by digit, dates, 文号, receipt and telephone numbers", "[reading]") {
    CHECK(pinyin("2025年") == "er4 ling2 er4 wu3 nian2");
    CHECK(pinyin("2025年3月8日") == "er4 ling2 er4 wu3 nian2 san1 yue4 ba1 ri4");
    CHECK(pinyin("2025-03-08") == "er4 ling2 er4 wu3 nian2 san1 yue4 ba1 ri4");
    CHECK(pinyin("2025/3/8") == "er4 ling2 er4 wu3 nian2 san1 yue4 ba1 ri4");
    CHECK(pinyin("2021-2025年") == "er4 ling2 er4 yi1 dao4 er4 ling2 er4 wu3 nian2");
    CHECK(pinyin("3年") == "san1 nian2");
    CHECK(pinyin("二〇二五年") == "er4 ling2 er4 wu3 nian2");
    CHECK(pinyin("安民发〔2025〕8号") == "an1 min2 fa1 er4 ling2 er4 wu3 ba1 hao4");
    CHECK(pinyin("安民发[2025]8号") == "an1 min2 fa1 er4 ling2 er4 wu3 ba1 hao4");
    CHECK(pinyin("CY01-20261207-0003") == "C Y 0 1 2 0 2 6 1 2 0 7 0 0 0 3");
    CHECK(pinyin("0933-1234567") == "ling2 jiu3 san1 san1 yi1 er4 san1 si4 wu3 liu4 qi1");
    CHECK(pinyin("13912345678") == "yi1 san1 jiu3 yi1 er4 san1 si4 wu3 liu4 qi1 ba1");
    CHECK(pinyin("0003") == "ling2 ling2 ling2 san1");
    CHECK(pinyin("PDF文件") == "P D F wen2 jian4");
    // The groups of a receipt number are apart, so it can be written down a group at a time.
    CHECK(ReadingEngine::voice_text(engine().read("CY01-2026")) == "C Y ling2 yi1, er4 ling2 er4 liu4");
    const auto code = engine().read("CY01");
    REQUIRE(code.size() == 4);
    for (const Sound& s : code) CHECK(s.kind == Sound::Kind::Letter);
    // Digits go to the voice as pinyin, one by one, so it never reads a run of them as one number.
    CHECK(ReadingEngine::voice_text(code) == "C Y ling2 yi1");
}

TEST_CASE("reading: punctuation as pauses, brackets and symbols not said", "[reading]") {
    const auto sounds = engine().read("低保、医保；申请。\n《通知》★");
    std::string kinds;
    for (const Sound& s : sounds) kinds += s.kind == Sound::Kind::Pause ? s.text : "s";
    CHECK(kinds == "ss,ss,ss.ss");
    CHECK(ReadingEngine::pinyin_line(sounds) == "di1 bao3 yi1 bao3 shen1 qing3 tong1 zhi1");
    CHECK(ReadingEngine::voice_text(sounds) == "di1 bao3, yi1 bao3, shen1 qing3. tong1 zhi1");
    // A pause never comes first.
    CHECK(engine().read("，低保").front().kind == Sound::Kind::Syllable);
}

TEST_CASE("reading: begin and end are the bytes of the original text each sound is for", "[reading]") {
    const std::string text = "相应的760元，銀行";
    const auto sounds = engine().read(text);
    std::vector<std::string> covered;
    for (const Sound& s : sounds) covered.push_back(text.substr(s.begin, s.end - s.begin));
    const std::vector<std::string> expected = {"相", "应", "的", "7", "7", "6", "6", "元", "，", "銀", "行"};
    CHECK(covered == expected);
    CHECK(ReadingEngine::pinyin_line(sounds) == "xiang1 ying4 de5 qi1 bai3 liu4 shi2 yuan2 yin2 hang2");
    // 年 of a date written with hyphens is the hyphen's; 日 the day's last digit.
    const std::string date = "2025-03-08";
    const auto d = engine().read(date);
    REQUIRE(d.size() == 9);
    CHECK(date.substr(d[4].begin, d[4].end - d[4].begin) == "-");
    CHECK(date.substr(d[8].begin, d[8].end - d[8].begin) == "8");
}

// In OpenCC's standard traditional forms, which terra uses: Taiwan's 著 for the particle 着 (隨著) is read zhu4, as
// 著 in 著作 is; one character cannot tell the two apart.
TEST_CASE("reading: traditional text reads as simplified", "[reading]") {
    const std::pair<const char*, const char*> pairs[] = {
        {"銀行", "银行"}, {"長輩", "长辈"}, {"重新申請", "重新申请"}, {"還款", "还款"},
        {"政府資訊公開", "政府信息公开"}, {"給予", "给予"}, {"會計", "会计"}, {"相應的", "相应的"},
        {"頭髮", "头发"}, {"發行", "发行"}, {"為了", "为了"}, {"隨着", "随着"},
    };
    for (const auto& [traditional, simplified] : pairs) {
        INFO(traditional);
        if (std::string_view(traditional) == "政府資訊公開") continue;  // a Taiwan word, not a spelling: 资讯
        CHECK(pinyin(traditional) == pinyin(simplified));
    }
}

TEST_CASE("reading: a character without a reading is Unknown, shown with ? and said as mou3 zi4", "[reading]") {
    const std::string rare = "\xF0\xB0\x80\x80";  // U+30000, Extension G: not in terra
    const auto sounds = engine().read("刘" + rare + "申请");
    REQUIRE(sounds.size() == 4);
    CHECK(sounds[1].kind == Sound::Kind::Unknown);
    CHECK(sounds[1].text == rare);
    CHECK(sounds[1].begin == 3);
    CHECK(sounds[1].end == 7);
    CHECK(ReadingEngine::pinyin_line(sounds) == "liu2 ?" + rare + " shen1 qing3");
    CHECK(ReadingEngine::voice_text(sounds) == "liu2 mou3 zi4 shen1 qing3");
    // A letter of another script is Unknown too; emoji and symbols are not said.
    CHECK(pinyin("あ") == "?あ");
    CHECK(pinyin("低保😀") == "di1 bao3");
    CHECK(engine().read("").empty());
}

TEST_CASE("reading: 读音 words override the dictionary and the built-in list, in either script", "[reading]") {
    std::string error;
    auto own = ReadingEngine::load(kTerraPinyinDict, &test_support::shared_converter(), &error);
    REQUIRE(own);
    CHECK(ReadingEngine::pinyin_line(own->read("朝阳")) == "chao2 yang2");
    REQUIRE(own->add_word("朝陽", "zhao1 yang2", &error));
    CHECK(ReadingEngine::pinyin_line(own->read("朝阳")) == "zhao1 yang2");
    REQUIRE(own->add_word("六安", "lu4 an1", &error));
    CHECK(ReadingEngine::pinyin_line(own->read("六安市")) == "lu4 an1 shi4");

    CHECK_FALSE(own->add_word("相应", "xiang1 ying", &error));
    CHECK(error.find("ying") != std::string::npos);
    CHECK(error.find('\n') != std::string::npos);
    CHECK_FALSE(own->add_word("相应", "xiang1", &error));
    CHECK(error.find("2 个字") != std::string::npos);
    CHECK_FALSE(own->add_word("A1", "a1 yi1", &error));
    CHECK_FALSE(own->add_word("", "a1", &error));
    CHECK_FALSE(own->add_word("相应", "", &error));
    CHECK_FALSE(own->add_word("相应", "Xiang1 ying4", &error));
}

TEST_CASE("reading: valid_tone_syllables", "[reading]") {
    CHECK(valid_tone_syllables("xiang1 ying4", nullptr));
    CHECK(valid_tone_syllables("lv4  de5", nullptr));
    CHECK(valid_tone_syllables("zhuang4", nullptr));
    CHECK_FALSE(valid_tone_syllables("xiang", nullptr));
    CHECK_FALSE(valid_tone_syllables("xiang6", nullptr));
    CHECK_FALSE(valid_tone_syllables("xiāng", nullptr));
    CHECK_FALSE(valid_tone_syllables("1", nullptr));
    CHECK_FALSE(valid_tone_syllables("   ", nullptr));
    std::string error;
    CHECK_FALSE(valid_tone_syllables("xiang1 ying", &error));
    CHECK(error.rfind("“ying”", 0) == 0);
}

TEST_CASE("reading: read() from several threads at once gives the same sounds", "[reading]") {
    const std::string text = "根据《政府信息公开条例》，相应的申请应当在20个工作日内答复。受理编号CY01-20261207-0003。";
    const auto expected = engine().read(text);
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) ok[t] += engine().read(text) == expected;
        });
    }
    for (auto& th : threads) th.join();
    for (const int n : ok) CHECK(n == 50);
}

TEST_CASE("reading: a missing dictionary is an error in both languages", "[reading]") {
    std::string error;
    CHECK_FALSE(ReadingEngine::load("/nonexistent/terra.dict.yaml", nullptr, &error));
    CHECK(error.find("rime-data-terra-pinyin") != std::string::npos);
    CHECK(error.find('\n') != std::string::npos);
}

// --- readings.csv, the 读音 sheet: pack checks it as the engine takes it, the snapshot and ContentStore give it back.

namespace {

using namespace test_support;

struct BadReading {
    const char* name;
    std::string sheet;
    int line;
    std::string field;
    std::string says;  // a part of the Chinese message
};

PackResult pack_with_readings(const TempDir& tmp, const std::string& sheet, const fs::path& out) {
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    write_bytes(content / "readings.csv", sheet);
    const PackResult r = pack_content({content.string(), out.string(), "2024.06", ""});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string().substr(0, 400));
    return r;
}

}  // namespace

TEST_CASE("readings.csv: each kind of bad row is reported at file, line and field, and nothing is written",
          "[reading][pack][errors]") {
    std::string long_word;
    for (int i = 0; i < 41; ++i) long_word += "长";
    const std::vector<BadReading> cases = {
        {"no tone", "词语,读音\n相应,xiang1 ying\n", 2, "读音", "“ying”不是带声调数字的拼音"},
        {"tone marks instead of digits", "词语,读音\n相应,xiāng yìng\n", 2, "读音", "不是带声调数字的拼音"},
        {"too few syllables", "词语,读音,说明\n朝阳村,chao2 yang2,\n", 2, "读音", "有 3 个字，读音却有 2 个音节"},
        {"a digit in the word", "词语,读音\n3号楼,san1 hao4 lou2\n", 2, "词语", "汉字以外"},
        {"the reading empty", "词语,读音\n相应,\n", 2, "读音", "必须填写"},
        {"the same word twice", "词语,读音\n相应,xiang1 ying4\n朝阳,zhao1 yang2\n相应,xiang1 ying1\n", 4, "词语",
         "在第 2 行已经有了读音"},
        {"a word over the limit", "词语,读音\n" + long_word + ",zi4\n", 2, "词语", "上限 120 字节"},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir tmp;
            const fs::path out = tmp / "out.db";
            const PackResult r = pack_with_readings(tmp, c.sheet, out);
            CHECK_FALSE(r.ok);
            REQUIRE(r.errors.size() == 1);
            INFO(r.errors[0].to_string());
            CHECK(r.errors[0].file == "readings.csv");
            CHECK(r.errors[0].line == c.line);
            CHECK(r.errors[0].field == c.field);
            CHECK(r.errors[0].message_zh.find(c.says) != std::string::npos);
            CHECK_FALSE(r.errors[0].message_en.empty());
            CHECK_FALSE(fs::exists(out));
        }
    }
}

TEST_CASE("readings.csv: a good sheet reaches the snapshot, ContentStore gives it back, and the engine takes it",
          "[reading][pack]") {
    TempDir tmp;
    const fs::path out = tmp / "out.db";
    const PackResult r = pack_with_readings(
        tmp, "\xEF\xBB\xBF词语,读音,说明\n朝阳村, zhao1  yang2 cun1 ,村名\n六安,lu4 an1,\n𠮷田,ji2 tian2,人名\n", out);
    REQUIRE(r.ok);
    CHECK(r.readings == 3);
    const auto store = ContentStore::open(out.string());
    const auto rows = store->readings();
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"六安", "lu4 an1"}, {"朝阳村", "zhao1 yang2 cun1"}, {"𠮷田", "ji2 tian2"}};
    CHECK(rows == expected);

    std::string error;
    auto own = ReadingEngine::load(kTerraPinyinDict, &shared_converter(), &error);
    REQUIRE(own);
    CHECK(ReadingEngine::pinyin_line(own->read("𠮷田")) == "?𠮷 tian2");
    for (const auto& [word, syllables] : rows) REQUIRE(own->add_word(word, syllables, &error));
    CHECK(ReadingEngine::pinyin_line(own->read("𠮷田朝阳村")) == "ji2 tian2 zhao1 yang2 cun1");
}

TEST_CASE("readings.csv: a snapshot packed before the readings table reads as no rows", "[reading][pack]") {
    TempDir tmp;
    const fs::path out = tmp / "out.db";
    REQUIRE(pack_with_readings(tmp, "词语,读音\n六安,lu4 an1\n", out).ok);
    REQUIRE(write_database(out, "DROP TABLE readings; UPDATE meta SET value = '5' WHERE key = 'schema_version';"));
    CHECK(ContentStore::open(out.string())->readings().empty());
}
