// The 拼音 keyboard's engine over librime (kiosk/input/pinyin_engine) with the demo content's terms, and the terms
// themselves (core/content_terms).
//
// Deployment compiles luna-pinyin with the content dictionary: ≈4–6 s and ≈300 MB. ctest runs every test case in a
// process of its own, so the deployment is kept on disk between them: once per change of the demo content's terms,
// in $TMPDIR/kiosk-ime-test-UID-HASH (HASH of the terms; a build with another schema sees it as not deployed and
// deploys again), under a lock so parallel test processes deploy it once. Every other test case only opens it (≈20 ms).
#include <catch2/catch.hpp>

#include "core/content/content_store.h"
#include "core/content/content_terms.h"
#include "core/pack/pack.h"
#include "core/zh/text_encoding.h"
#include "input/pinyin_engine.h"
#include "test_support.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace kiosk;
using kiosk::input::ImeState;
using kiosk::input::PinyinEngine;

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& demo_terms() {
    static test_support::TempDir dir;
    static const std::vector<std::string> terms = [] {
        core::PackOptions options;
        options.content_dir = std::string(KIOSK_SOURCE_DIR) + "/content";
        options.output_path = (dir / "demo.db").string();
        const core::PackResult packed = core::pack_content(options);
        for (const auto& e : packed.errors) INFO(e.to_string());
        REQUIRE(packed.ok);
        const auto store = core::ContentStore::open(options.output_path);
        return core::content_terms(*store);
    }();
    return terms;
}

// The deployed data for the demo content, shared by all test processes of this build (see the top of the file).
const std::string& deployed_dir() {
    static const std::string dir = [] {
        std::string joined;
        for (const auto& t : demo_terms()) joined += t + "\n";
        char name[96];
        std::snprintf(name, sizeof name, "kiosk-ime-test-%u-%zx", static_cast<unsigned>(::getuid()),
                      std::hash<std::string>{}(joined));
        const std::string path = (fs::temp_directory_path() / name).string();
        const int lock = ::open((path + ".lock").c_str(), O_CREAT | O_RDWR, 0600);
        REQUIRE(lock >= 0);
        REQUIRE(::flock(lock, LOCK_EX) == 0);
        if (!input::pinyin_deployed(path)) {
            std::string error;
            const bool ok = input::deploy_pinyin(input::kRimeSharedDataDir, path, demo_terms(), &error, "demo v1");
            INFO(error);
            REQUIRE(ok);
        }
        ::flock(lock, LOCK_UN);
        ::close(lock);
        return path;
    }();
    return dir;
}

std::unique_ptr<PinyinEngine> open_engine(const char* schema = input::kKioskSchema) {
    std::string error;
    auto engine = PinyinEngine::open(input::kRimeSharedDataDir, deployed_dir(), &error, schema);
    INFO(error);
    REQUIRE(engine);
    return engine;
}

void type(PinyinEngine& e, const std::string& letters) {
    e.clear();
    for (const char c : letters) e.type(c);
}

std::vector<std::string> first_page(PinyinEngine& e, const std::string& letters) {
    type(e, letters);
    return e.state().candidates;
}

// Pages forward from page `from` (the engine already there) until `word` shows; its (page, index), or (-1, -1)
// within 250 pages.
std::pair<int, int> find_on_pages(PinyinEngine& e, const std::string& word, int from = 0) {
    for (int page = from; page < from + 250; ++page) {
        const ImeState s = e.state();
        REQUIRE(s.page == page);
        for (std::size_t i = 0; i < s.candidates.size(); ++i) {
            if (s.candidates[i] == word) return {page, static_cast<int>(i)};
        }
        if (!s.more_after) break;
        e.next_page();
    }
    return {-1, -1};
}

std::vector<std::string> files_under(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& f : fs::recursive_directory_iterator(dir)) out.push_back(f.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("pinyin: zhengfuxinxi gives 政府信息 among the first candidates", "[pinyin_engine]") {
    auto engine = open_engine();
    const auto c = first_page(*engine, "zhengfuxinxi");
    INFO("candidates: " << Catch::Detail::stringify(c));
    REQUIRE(c.size() == static_cast<std::size_t>(input::kImePageSize));
    CHECK(std::find(c.begin(), c.begin() + 3, "政府信息") != c.begin() + 3);
    CHECK(engine->state().preedit == "zheng fu xin xi");
}

TEST_CASE("pinyin: the content's own words come first, where stock luna-pinyin puts others first", "[pinyin_engine]") {
    // input, the content's word. Stock luna's first candidates (measured): 一申请公开, 按岚县, 是桥镇.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"yishenqinggongkai", "依申请公开"},
        {"anlanxian", "安澜县"},
        {"shiqiaozhen", "石桥镇"},
        {"majiagoucun", "马家沟村"},
    };
    std::vector<std::string> ours, stock;
    {
        auto engine = open_engine();
        for (const auto& [letters, word] : cases) ours.push_back(first_page(*engine, letters).at(0));
        CHECK(first_page(*engine, "zuidishenghuobaozhang").at(0) == "最低生活保障");
    }
    {
        auto engine = open_engine(input::kStockSchema);  // one engine at a time: the first one is closed
        for (const auto& [letters, word] : cases) stock.push_back(first_page(*engine, letters).at(0));
    }
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].first << ": ours " << ours[i] << ", stock " << stock[i]);
        CHECK(ours[i] == cases[i].second);
        CHECK(stock[i] != cases[i].second);  // so the dictionary is what makes the difference
    }
}

TEST_CASE("pinyin: the candidates come in pages of six", "[pinyin_engine]") {
    auto engine = open_engine();
    type(*engine, "shi");
    const ImeState p0 = engine->state();
    CHECK(p0.page == 0);
    CHECK(p0.candidates.size() == 6);
    CHECK_FALSE(p0.more_before);
    CHECK(p0.more_after);
    engine->prev_page();  // nothing before the first page
    CHECK(engine->state().page == 0);

    engine->next_page();
    const ImeState p1 = engine->state();
    CHECK(p1.page == 1);
    CHECK(p1.more_before);
    CHECK(p1.candidates.size() == 6);
    for (const auto& c : p1.candidates) CHECK(std::find(p0.candidates.begin(), p0.candidates.end(), c) == p0.candidates.end());

    engine->prev_page();
    CHECK(engine->state().candidates == p0.candidates);
    engine->next_page();
    engine->type('i');  // typing starts again at the first page
    CHECK(engine->state().page == 0);

    // The last page: more_after goes false, and next_page stays there.
    type(*engine, "zhengfuxinxi");
    int pages = 1;
    while (engine->state().more_after && pages < 300) {
        engine->next_page();
        ++pages;
    }
    const ImeState last = engine->state();
    CHECK_FALSE(last.more_after);
    CHECK_FALSE(last.candidates.empty());
    engine->next_page();
    CHECK(engine->state().page == last.page);
}

TEST_CASE("pinyin: a pick commits its text — a partial pick leaves the rest to pick", "[pinyin_engine]") {
    auto engine = open_engine();
    type(*engine, "zhengfu");
    const auto c = engine->state().candidates;
    const auto at = std::find(c.begin(), c.end(), "政府");
    REQUIRE(at != c.end());
    CHECK(engine->pick(static_cast<int>(at - c.begin())) == "政府");
    CHECK(engine->state().preedit.empty());
    CHECK(engine->state().candidates.empty());

    // 政府 out of zhengfuxinxi: nothing committed yet, the preedit shows 政府 and the rest; then 信息 completes it.
    type(*engine, "zhengfuxinxi");
    const auto whole = engine->state().candidates;
    const auto part = std::find(whole.begin(), whole.end(), "政府");
    REQUIRE(part != whole.end());
    CHECK(engine->pick(static_cast<int>(part - whole.begin())).empty());
    const ImeState rest = engine->state();
    CHECK(rest.preedit.rfind("政府", 0) == 0);
    const auto xinxi = std::find(rest.candidates.begin(), rest.candidates.end(), "信息");
    REQUIRE(xinxi != rest.candidates.end());
    CHECK(engine->pick(static_cast<int>(xinxi - rest.candidates.begin())) == "政府信息");

    // Out of range: nothing happens.
    type(*engine, "zhengfu");
    CHECK(engine->pick(6).empty());
    CHECK(engine->pick(-1).empty());
    CHECK(engine->state().preedit == "zheng fu");

    // Backspace edits the pinyin.
    engine->backspace();
    CHECK(engine->state().preedit == "zheng f");
}

TEST_CASE("pinyin: a visitor's picks are preferred for the session and forgotten after forget()", "[pinyin_engine]") {
    std::vector<std::string> before;
    std::string learned;
    {
        auto engine = open_engine();
        const auto files = files_under(deployed_dir());
        before = first_page(*engine, "shi");
        engine->next_page();
        learned = engine->state().candidates.at(2);  // a word from the second page
        CHECK(engine->pick(2) == learned);
        CHECK(first_page(*engine, "shi").at(0) == learned);  // now first
        CHECK(engine->learned().at(0) == learned);

        engine->forget();
        CHECK(engine->learned().empty());
        CHECK(engine->state().preedit.empty());
        CHECK(first_page(*engine, "shi") == before);
        CHECK(files_under(deployed_dir()) == files);  // Rime wrote no user dictionary
    }
    // A new session (the kiosk restarted) knows nothing of it either.
    auto engine = open_engine();
    CHECK(first_page(*engine, "shi") == before);
    (void)learned;
}

TEST_CASE("pinyin: the rare name character 䶮 can be typed (luna-pinyin has it, as yan)", "[pinyin_engine]") {
    auto engine = open_engine();
    // 刘䶮: 刘 from liuyan, then 䶮 from the rest. Luna gives 䶮 no weight, so it is far down: page 14 of yan here.
    type(*engine, "liuyan");
    const auto liu = find_on_pages(*engine, "刘");
    REQUIRE(liu.first >= 0);
    CHECK(engine->pick(liu.second).empty());
    const auto yan = find_on_pages(*engine, "䶮");
    INFO("䶮 on page " << yan.first + 1);
    REQUIRE(yan.first >= 0);
    CHECK(engine->pick(yan.second) == "刘䶮");
    // And once picked it is first for the rest of the session.
    CHECK(first_page(*engine, "yan").at(0) == "䶮");
}

TEST_CASE("pinyin: opening and deploying fail plainly", "[pinyin_engine]") {
    test_support::TempDir dir;
    std::string error;
    CHECK_FALSE(input::pinyin_deployed(dir.path().string()));
    CHECK(input::pinyin_deployed_label(dir.path().string()).empty());
    CHECK(input::pinyin_deployed_label(deployed_dir()) == "demo v1");
    CHECK_FALSE(PinyinEngine::open(input::kRimeSharedDataDir, dir.path().string(), &error));
    CHECK(error.find("ime-deploy") != std::string::npos);
    error.clear();
    CHECK_FALSE(input::deploy_pinyin("/nonexistent", (dir / "x").string(), {"依申请公开"}, &error));
    CHECK(error.find("luna_pinyin") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x"));

    // One engine at a time (Rime is process-global), and no deployment while it is open.
    auto engine = open_engine();
    error.clear();
    CHECK_FALSE(PinyinEngine::open(input::kRimeSharedDataDir, deployed_dir(), &error));
    CHECK_FALSE(error.empty());
    error.clear();
    CHECK_FALSE(input::deploy_pinyin(input::kRimeSharedDataDir, (dir / "y").string(), {"依申请公开"}, &error));
    CHECK_FALSE(error.empty());
    CHECK_FALSE(fs::exists(dir / "y"));

    // Once it is closed, Rime can deploy again in the same process (the stock-only deployment: nothing compiled),
    // and an engine opens on what was deployed — a schema that was not deployed there does not.
    engine.reset();
    error.clear();
    REQUIRE(input::deploy_pinyin_stock_only(input::kRimeSharedDataDir, (dir / "y").string(), &error));
    CHECK_FALSE(PinyinEngine::open(input::kRimeSharedDataDir, (dir / "y").string(), &error, input::kKioskSchema));
    auto stock = PinyinEngine::open(input::kRimeSharedDataDir, (dir / "y").string(), &error, input::kStockSchema);
    REQUIRE(stock);
    CHECK(first_page(*stock, "zhengfu").at(0) == "政府");
}

TEST_CASE("content terms: place names from addresses and running text", "[pinyin_engine][content_terms]") {
    using V = std::vector<std::string>;
    struct Case {
        const char* text;
        bool strict;
        V names;
    };
    const std::vector<Case> cases = {
        {"安澜县石桥镇人民路18号石桥镇便民服务中心一楼", false, V{"安澜县", "石桥镇", "人民路", "石桥镇"}},
        {"东河村、马家沟村和杨柳村", true, V{"东河村", "马家沟村", "杨柳村"}},
        {"各村开展村务公开", true, V{}},         // 各 is no village; 开展村 is followed by 务
        {"在王家庄村的", true, V{"王家庄村"}},
        {"城乡低保，农村", true, V{}},
        {"", true, V{}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(core::place_names(c.text, c.strict) == c.names);
    }
}

TEST_CASE("content terms: the demo content's words", "[pinyin_engine][content_terms]") {
    const auto& terms = demo_terms();
    auto has = [&](const std::string& t) { return std::find(terms.begin(), terms.end(), t) != terms.end(); };
    for (const char* t : {"安澜县石桥镇人民政府", "安澜县", "石桥镇", "安澜县民政局", "依申请公开", "最低生活保障",
                          "社会救助", "马家沟村", "东河村",
                          "结婚登记", "城市最低生活保障标准", "社会救助标准"}) {  // guide, fee item, fee category
        INFO(t);
        CHECK(has(t));
    }
    CHECK_FALSE(has("开展村"));
    // No duplicates, and the engine's cleaning keeps Han runs of 2..16 characters only.
    std::vector<std::string> sorted = terms;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    CHECK(input::clean_terms({"安澜县民政局 安澜县财政局", "低保", "x", "一", "2021年度", "每月10件以下", "低保",
                              "2021年度报告"}) ==
          std::vector<std::string>{"安澜县民政局", "安澜县财政局", "低保", "年度报告"});
}

TEST_CASE("pinyin: the pages are counted — 第 N / M 页 when the list ends within the count", "[pinyin_engine]") {
    auto engine = open_engine();
    type(*engine, "yan");
    const ImeState s = engine->state();
    CHECK_FALSE(s.more_before);
    int steps = 0;
    while (engine->state().more_after && steps < 300) {
        engine->next_page();
        ++steps;
    }
    INFO("yan: " << s.pages << " pages counted, " << steps + 1 << " paged");
    REQUIRE(s.pages > 10);  // ~250 characters
    CHECK(engine->state().page == s.pages - 1);  // the count is exactly where paging ends
    CHECK(engine->state().pages == s.pages);
    CHECK(s.rare_page == -1);  // not apart unless asked
}

TEST_CASE("pinyin: in names, rare characters are on pages of their own after the common ones", "[pinyin_engine]") {
    auto engine = open_engine();
    type(*engine, "yan");
    const auto before = find_on_pages(*engine, "䶮");
    REQUIRE(before.first >= 0);
    const int pages_mixed = engine->state().pages;

    engine->set_rare_apart(true);
    type(*engine, "yan");
    const ImeState s = engine->state();
    REQUIRE(s.rare_page > 0);
    CHECK(s.pages >= pages_mixed);  // nothing lost (a page may be part-filled where the common ones end)
    // Every page before rare_page is common, every one from it on rare.
    std::vector<std::string> seen;
    for (int p = 0; p < s.pages; ++p) {
        engine->go_to_page(p);
        const ImeState at = engine->state();
        REQUIRE(at.page == p);
        for (const auto& c : at.candidates) {
            INFO("page " << p << ": " << c);
            CHECK(kiosk::core::encodable_in_gb2312(c) == (p < s.rare_page));
            seen.push_back(c);
        }
    }
    CHECK(std::find(seen.begin(), seen.end(), "燕") != seen.end());
    // 䶮: one jump to the rare pages, and it is near their start (far nearer than page 14 of the mixed list).
    engine->go_to_page(s.rare_page);
    const auto rare = find_on_pages(*engine, "䶮", s.rare_page);
    INFO("䶮 on rare page " << rare.first - s.rare_page + 1 << " (was page " << before.first + 1 << ")");
    REQUIRE(rare.first >= s.rare_page);
    CHECK(rare.first - s.rare_page < before.first);
    CHECK(engine->pick(rare.second) == "䶮");
    // Picked, it comes first (on the first page), even with rare characters apart.
    CHECK(first_page(*engine, "yan").at(0) == "䶮");

    // Apart off again: the mixed order.
    engine->forget();
    engine->set_rare_apart(false);
    type(*engine, "yan");
    CHECK(engine->state().rare_page == -1);
    CHECK(find_on_pages(*engine, "䶮") == before);
}

TEST_CASE("pinyin: in names, the content's own people's rare characters lead the rare pages", "[pinyin_engine]") {
    auto engine = open_engine();
    engine->set_rare_apart(true);
    type(*engine, "yan");
    const int rare_page = engine->state().rare_page;
    REQUIRE(rare_page > 0);
    engine->go_to_page(rare_page);
    const auto plain = find_on_pages(*engine, "䶮", rare_page);
    REQUIRE(plain.first > rare_page);  // without the content's names it is pages in

    // A snapshot naming 刘䶮 (and 王𪚥, whose 𪚥 is not read yan): 䶮 is on the first rare page.
    engine->set_name_characters({"刘䶮", "王𪚥"});
    type(*engine, "yan");
    REQUIRE(engine->state().rare_page == rare_page);  // the common pages are as they were
    engine->go_to_page(rare_page);
    const auto named = find_on_pages(*engine, "䶮", rare_page);
    INFO("䶮 on rare page " << named.first - rare_page + 1 << " (was " << plain.first - rare_page + 1 << ")");
    CHECK(named.first == rare_page);
    // Other rare characters are all still there, after it.
    engine->go_to_page(rare_page);
    CHECK(engine->state().more_after);

    // Names cleared (the next snapshot names nobody): the order of Rime's list again.
    engine->set_name_characters({});
    type(*engine, "yan");
    engine->go_to_page(rare_page);
    CHECK(find_on_pages(*engine, "䶮", rare_page) == plain);
}

TEST_CASE("pinyin: go_to_page goes only to a page there is", "[pinyin_engine]") {
    auto engine = open_engine();
    type(*engine, "wei");
    engine->go_to_page(2);
    CHECK(engine->state().page == 2);
    engine->go_to_page(100000);
    CHECK(engine->state().page == 2);
    engine->go_to_page(-1);
    CHECK(engine->state().page == 2);
}
