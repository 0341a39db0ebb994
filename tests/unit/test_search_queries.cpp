// Queries as people write them, on a county the demo does not hold (fixtures/search_county: 庄浪县): words run
// together, numbers with 〇, 索引号 and 文号 typed any way, pinyin with a slip, pinyin reaching bodies, synonyms,
// ranking. One test per case.
#include <catch2/catch.hpp>

#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/search/search.h"
#include "core/search/search_fold.h"
#include "core/search/search_vocab.h"
#include "core/zh/pinyin.h"
#include "test_support.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace kiosk::core;

namespace {

const std::string& county_path() {
    static test_support::TempDir dir;
    static const std::string path = [] {
        PackOptions options;
        options.content_dir = test_support::fixture("search_county");
        options.output_path = (dir / "county.db").string();
        const PackResult packed = pack_content(options);
        for (const auto& e : packed.errors) INFO(e.to_string());
        REQUIRE(packed.ok);
        return options.output_path;
    }();
    return path;
}

SearchEngine& county() {
    static std::unique_ptr<SearchEngine> engine = SearchEngine::open(county_path());
    return *engine;
}

SearchResult find(const std::string& q) {
    SearchRequest r;
    r.query = q;
    r.limit = 50;
    return county().search(r);
}

std::vector<std::string> index_nos(const SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& h : r.hits) out.push_back(h.index_no);
    return out;
}

bool has(const SearchResult& r, const std::string& index_no) {
    const auto ids = index_nos(r);
    return std::find(ids.begin(), ids.end(), index_no) != ids.end();
}

}  // namespace

TEST_CASE("words run together are found as the words they hold", "[search][query]") {
    // The text says 庄浪县民政局; the visitor types 庄浪民政.
    const SearchResult r = find("庄浪民政");
    CHECK_FALSE(r.partial);
    CHECK(has(r, "ZL-MZJ-2026-0003"));
    CHECK(has(r, "ZL-MZJ-2004-0006"));
    CHECK_FALSE(has(r, "ZL-CZJ-2024-0002"));  // 庄浪县财政局: 庄浪 but not 民政
    // A year run into a word, with or without 年, finds what the spaced query finds.
    for (const char* q : {"2026年低保", "2026低保", "2026 低保"}) {
        INFO(q);
        const SearchResult y = find(q);
        REQUIRE_FALSE(y.hits.empty());
        CHECK(y.hits.front().index_no == "ZL-MZJ-2026-0003");
        CHECK_FALSE(has(y, "ZL-MZJ-2015-0012"));  // 2015's 低保 notice does not mention 2026
    }
}

TEST_CASE("documents holding most of the parts are shown when none holds all", "[search][query]") {
    const SearchResult r = find("婚姻登记临时救助");
    CHECK(r.partial);
    CHECK(has(r, "ZL-MZJ-2004-0006"));  // 婚姻登记
    CHECK(has(r, "ZL-ZF-2025-0009"));   // 临时救助 (in its body)
    CHECK(r.total >= 2);
    // A query of words the content never uses finds nothing, not its leftover characters.
    const SearchResult none = find("量子计算机");
    CHECK(none.total == 0);
    CHECK(none.hits.empty());
    CHECK_FALSE(none.partial);
    // When every part is found together, nothing is called partial.
    CHECK_FALSE(find("婚姻登记").partial);
}

TEST_CASE("〇 is a digit in years and numbers, a character elsewhere", "[search][query][fold]") {
    std::u32string s = U"二〇二四年，三〇〇元，一二九，二零二四年，〇号，二十";
    SearchFolder::fold_chinese_digits(s);
    CHECK(s == U"2024年，300元，一二九，2024年，〇号，二十");
    // Both ways: 二〇二四 finds 2024 in a 文号; 2012 finds a title written 二〇一二年.
    CHECK(find("二〇二四").hits.size() == 1);
    CHECK(has(find("二〇二四"), "ZL-CZJ-2024-0002"));
    CHECK(has(find("2012"), "ZL-MZJ-2013-0004"));
    CHECK(has(find("二〇一二"), "ZL-MZJ-2013-0004"));
}

TEST_CASE("索引号 and 文号 are found however they are written", "[search][query][docno]") {
    struct Case { const char* query; const char* index_no; };
    const Case cases[] = {
        {"ZL-MZJ-2004-0006", "ZL-MZJ-2004-0006"},  // the 索引号 as printed
        {"zl mzj 2004 0006", "ZL-MZJ-2004-0006"},
        {"2004 6", "ZL-MZJ-2004-0006"},            // the 文号 庄民字〔2004〕6号 by its numbers
        {"2013 04", "ZL-MZJ-2013-0004"},           // zero padding
        {"zmz 2013 4", "ZL-MZJ-2013-0004"},        // the issuer's initials: 庄民字
        {"庄民字2013 4", "ZL-MZJ-2013-0004"},
    };
    for (const Case& c : cases) {
        INFO(c.query << " → " << county().match_expression(c.query));
        const SearchResult r = find(c.query);
        REQUIRE_FALSE(r.hits.empty());
        CHECK(r.hits.front().index_no == c.index_no);
        CHECK(r.hits.front().tier == 1);
    }
}

TEST_CASE("one pinyin slip per syllable is forgiven, and said", "[search][query][pinyin]") {
    const SearchResult r = find("dibo");
    CHECK(r.did_you_mean == "低保");
    CHECK(has(r, "ZL-MZJ-2026-0003"));
    const SearchResult h = find("hunyindenji");
    CHECK(h.did_you_mean == "婚姻登记");
    CHECK(has(h, "ZL-MZJ-2004-0006"));
    // Spelled right: no correction offered.
    const SearchResult exact = find("dibao");
    CHECK(exact.did_you_mean.empty());
    CHECK(has(exact, "ZL-MZJ-2026-0003"));
    // Two slips in one syllable are not forgiven.
    CHECK(find("xxxbao").did_you_mean.empty());
}

TEST_CASE("pinyin reaches words in document bodies through the content's vocabulary", "[search][query][pinyin]") {
    // 临时救助 is a 主题词 of one document and appears only in the body of another.
    const SearchResult r = find("linshijiuzhu");
    REQUIRE(has(r, "ZL-ZF-2025-0009"));
    const auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const SearchHit& h) { return h.index_no == "ZL-ZF-2025-0009"; });
    CHECK(it->tier == 3);
    REQUIRE_FALSE(it->snippet_marks.empty());
    CHECK(it->snippet.substr(it->snippet_marks[0].begin, it->snippet_marks[0].end - it->snippet_marks[0].begin) == "临时救助");
    // Initials and an unfinished last syllable too.
    CHECK(has(find("lsjz"), "ZL-ZF-2025-0009"));
    CHECK(has(find("linshijiu"), "ZL-ZF-2025-0009"));
}

TEST_CASE("a reading the text does not have is no match (…的报告 is not dibao)", "[search][query][pinyin]") {
    // ZL-MZJ-2013-0004's title ends 工作情况的报告: 的 can be read di, 报 bao, but 的报 is no word.
    const SearchResult r = find("dibao");
    CHECK_FALSE(has(r, "ZL-MZJ-2013-0004"));
    for (const auto& h : r.hits)
        for (const auto& m : h.title_marks) CHECK(h.doc.title.substr(m.begin, m.end - m.begin).find("的") == std::string::npos);
    // The characters themselves are still found as typed.
    CHECK(has(find("的报告"), "ZL-MZJ-2013-0004"));
}

TEST_CASE("synonyms are used both ways", "[search][query][synonyms]") {
    // ZL-MZJ-2026-0003 says 最低生活保障 and never 低保; ZL-MZJ-2015-0012 says 低保 and never 最低生活保障.
    CHECK(has(find("低保"), "ZL-MZJ-2026-0003"));
    CHECK(has(find("最低生活保障"), "ZL-MZJ-2015-0012"));
    CHECK(has(find("城乡低保"), "ZL-MZJ-2026-0003"));
    // The county's own sheet (synonyms.csv: 临时救助；急难救助), beside the built-in set.
    CHECK(has(find("急难救助"), "ZL-ZF-2025-0009"));
    CHECK(find("急难救助").total == find("临时救助").total);
    // The match is marked where the synonym stands.
    const SearchResult r = find("低保");
    const auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const SearchHit& h) { return h.index_no == "ZL-MZJ-2026-0003"; });
    REQUIRE(it != r.hits.end());
    REQUIRE_FALSE(it->title_marks.empty());
    CHECK(it->doc.title.substr(it->title_marks[0].begin, it->title_marks[0].end - it->title_marks[0].begin) ==
          "最低生活保障");
}

TEST_CASE("ranking: guides and fees first, then valid recent title matches, expired ones after and labelled", "[search][query]") {
    const SearchResult r = find("低保");
    REQUIRE_FALSE(r.guides.empty());
    CHECK(r.guides.front().name == "最低生活保障申请");
    REQUIRE_FALSE(r.fees.empty());
    CHECK(r.fees.front().name == "城市最低生活保障标准");
    const auto store = ContentStore::open(county_path());
    bool amount = false;
    for (const auto& f : store->fees())
        if (f.id == r.fees.front().id) amount = fee_standard_label(f) == "820 元/人·月";
    CHECK(amount);
    REQUIRE(r.hits.size() == 2);
    CHECK(r.hits[0].index_no == "ZL-MZJ-2026-0003");
    CHECK(r.hits[0].doc.validity == Validity::Valid);
    CHECK(r.hits[0].tier == 1);
    CHECK(r.hits[1].index_no == "ZL-MZJ-2015-0012");
    CHECK(r.hits[1].doc.validity == Validity::Expired);
}

TEST_CASE("the count follows the page, and a count on its own agrees", "[search][query]") {
    for (const char* q : {"低保", "dibo", "婚姻登记临时救助", "2013 04"}) {
        INFO(q);
        SearchRequest req;
        req.query = q;
        req.count = false;
        const SearchResult page = county().search(req);
        CHECK(page.total == -1);
        bool capped = true;
        const int after = county().count(req, &capped);
        CHECK_FALSE(capped);
        auto fresh = SearchEngine::open(county_path());
        bool capped2 = true;
        CHECK(fresh->count(req, &capped2) == after);
        CHECK(after >= static_cast<int>(page.hits.size()));
    }
}

TEST_CASE("the vocabulary: letters to words, words cut out of a run, an old snapshot without one", "[search][query][vocab]") {
    // Read from the packed county: its words and their readings.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(county_path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    SearchVocabulary vocab;
    vocab.load(db);
    sqlite3_close(db);
    REQUIRE_FALSE(vocab.empty());
    CHECK(vocab.contains(U"庄浪"));    // 庄浪县 without its 县
    CHECK(vocab.contains(U"民政"));    // 民政局 without its 局
    CHECK(vocab.contains(U"庄民字"));  // a 文号's issuer part
    CHECK_FALSE(vocab.contains(U"的报"));
    const auto cut = vocab.split(U"庄浪民政婚姻登记");
    REQUIRE(cut.size() == 3);
    CHECK(cut[0] == U"庄浪");
    CHECK(cut[2] == U"婚姻登记");
    const auto table = PinyinTable::load(kLunaPinyinDict, nullptr, nullptr);
    REQUIRE(table);
    const auto words = vocab.convert(*table, "hunyindengji", 4);
    REQUIRE_FALSE(words.empty());
    CHECK(words.front().text == U"婚姻登记");
    const auto fixed = vocab.convert_fuzzy("hunyindenji", 1);
    REQUIRE(fixed.size() == 1);
    CHECK(fixed.front().text == U"婚姻登记");
    CHECK(fixed.front().edits == 1);

    // A snapshot packed before the vocabulary existed: nothing, and no failure.
    sqlite3* old = nullptr;
    REQUIRE(sqlite3_open(":memory:", &old) == SQLITE_OK);
    SearchVocabulary none;
    none.load(old);
    sqlite3_close(old);
    CHECK(none.empty());
    CHECK(none.convert(*table, "dibao", 4).empty());
    CHECK(none.split(U"低保").size() == 1);
}
