// Search over the demo county's real content, table-driven: Chinese of any length, pinyin and initials, 文号 written
// every common way, traditional against simplified both ways, filters, ranking, highlights and snippets.
#include <catch2/catch.hpp>

#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/search/search.h"
#include "core/search/search_worker.h"
#include "test_support.h"

#include <algorithm>
#include <memory>

using namespace kiosk::core;

namespace {

// The demo content, packed once for all search tests.
const std::string& demo_path() {
    static test_support::TempDir dir;
    static const std::string path = [] {
        PackOptions options;
        options.content_dir = std::string(KIOSK_SOURCE_DIR) + "/content";
        options.output_path = (dir / "demo.db").string();
        const PackResult packed = pack_content(options);
        for (const auto& e : packed.errors) INFO(e.to_string());
        REQUIRE(packed.ok);
        return options.output_path;
    }();
    return path;
}

SearchEngine& demo() {
    static std::unique_ptr<SearchEngine> engine = SearchEngine::open(demo_path());
    return *engine;
}

SearchResult find(const std::string& q, int limit = 50) {
    SearchRequest r;
    r.query = q;
    r.limit = limit;
    return demo().search(r);
}

bool any_title(const SearchResult& r, const std::string& needle) {
    return std::any_of(r.hits.begin(), r.hits.end(),
                       [&](const SearchHit& h) { return h.doc.title.find(needle) != std::string::npos; });
}

bool any_doc_no(const SearchResult& r, const std::string& doc_no) {
    return std::any_of(r.hits.begin(), r.hits.end(), [&](const SearchHit& h) { return h.doc.doc_no == doc_no; });
}

}  // namespace

TEST_CASE("Chinese of any length finds the documents that contain it", "[search]") {
    struct Case { const char* query; const char* title_part; };
    const Case cases[] = {
        {"婚", "婚姻登记"},            // one character
        {"低保", "最低生活保障"},      // two characters, in the keywords and bodies of 最低生活保障 documents
        {"依申请", "政府信息公开"},     // three
        {"高龄津贴", "高龄津贴"},
        {"冬春困难群众生活救助", "冬春困难群众生活救助"},
        {"刘䶮", "刘䶮"},              // a rare character in a title
    };
    for (const Case& c : cases) {
        INFO(c.query);
        const SearchResult r = find(c.query);
        CHECK(r.total > 0);
        CHECK(any_title(r, c.title_part));
    }
}

TEST_CASE("pinyin and initials find what Chinese finds", "[search][pinyin]") {
    struct Case { const char* query; const char* title_part; };
    const Case cases[] = {
        {"hunyindengji", "婚姻登记"},
        {"hunyin dengji", "婚姻登记"},
        {"hydj", "婚姻登记"},
        {"gaolingjintie", "高龄津贴"},
        {"gljt", "高龄津贴"},
        {"ysqgk", "政府信息公开"},        // 依申请公开, in the keywords
        {"婚姻dengji", "婚姻登记"},       // Chinese and pinyin mixed
        {"gaolingjin", "高龄津贴"},       // the last syllable not finished yet
        {"diba", "最低生活保障"},          // … even when what is typed so far is a whole syllable (ba → bao)
    };
    for (const Case& c : cases) {
        INFO(c.query << " → " << demo().match_expression(c.query));
        const SearchResult r = find(c.query);
        CHECK(r.total > 0);
        CHECK(any_title(r, c.title_part));
    }
}

TEST_CASE("a 文号 is found however its brackets, digits and spaces are typed", "[search][docno]") {
    const char* forms[] = {"安民发〔2021〕25号", "安民发[2021]25号", "安民发(2021)25号", "安民发（2021）25号",
                           "安民发2021 25号",  "安民发〔２０２１〕２５号", "安民发〔2021〕第25号", "安民发 2021 25"};
    for (const char* q : forms) {
        INFO(q);
        const SearchResult r = find(q);
        REQUIRE_FALSE(r.hits.empty());
        CHECK(r.hits.front().doc.doc_no == "安民发〔2021〕25号");
        CHECK(r.hits.front().tier == 1);
    }
    // A different number is not confused with it.
    CHECK_FALSE(any_doc_no(find("安民发〔2021〕2号"), "安民发〔2021〕25号"));
}

TEST_CASE("traditional and simplified find each other", "[search][convert]") {
    // The archive transcription's body is in traditional characters; a simplified query finds it ...
    const SearchResult simplified = find("政务公开工作报告");
    CHECK(any_title(simplified, "档案转录"));
    // ... and a traditional query finds simplified titles.
    const SearchResult traditional = find("婚姻登記");
    CHECK(any_title(traditional, "婚姻登记"));
    CHECK(find("政務公開").total == find("政务公开").total);
}

TEST_CASE("ranking: title and 文号 first, then keywords and summary, then body — valid before expired", "[search]") {
    const SearchResult r = find("最低生活保障", 200);
    REQUIRE(r.hits.size() >= 3);
    for (size_t i = 1; i < r.hits.size(); ++i) CHECK(r.hits[i - 1].tier <= r.hits[i].tier);
    CHECK(r.hits.front().tier == 1);
    // Within a tier: valid ones first, then newest first.
    for (size_t i = 1; i < r.hits.size(); ++i) {
        const auto& a = r.hits[i - 1];
        const auto& b = r.hits[i];
        if (a.tier != b.tier) continue;
        const bool va = a.doc.validity == Validity::Valid, vb = b.doc.validity == Validity::Valid;
        CHECK(va >= vb);
        if (va == vb) CHECK(a.doc.published_date >= b.doc.published_date);
    }
}

TEST_CASE("filters combine with the query", "[search]") {
    SearchRequest r;
    r.query = "救助";
    r.limit = 200;
    const int all = demo().search(r).total;
    r.category = "社会救助";
    const auto in_category = demo().search(r);
    CHECK(in_category.total > 0);
    CHECK(in_category.total < all);
    for (const auto& h : in_category.hits) CHECK(h.doc.category == "社会救助");
    r.category.clear();
    r.year_from = 2020;
    r.year_to = 2022;
    for (const auto& h : demo().search(r).hits) {
        CHECK(h.doc.published_date >= "2020-01-01");
        CHECK(h.doc.published_date <= "2022-12-31");
    }
    r.year_from = r.year_to = 0;
    r.valid_only = true;
    for (const auto& h : demo().search(r).hits) CHECK(h.doc.validity == Validity::Valid);
    r.valid_only = false;
    r.issuer = "石桥镇";
    const auto township = demo().search(r);
    CHECK(township.total > 0);
    for (const auto& h : township.hits) CHECK(h.doc.issuer.find("石桥镇") != std::string::npos);
}

TEST_CASE("expired and repealed documents are still found, after valid ones", "[search]") {
    SearchRequest r;
    r.query = "特困人员救助供养";
    r.limit = 200;
    const auto result = demo().search(r);
    const bool has_invalid = std::any_of(result.hits.begin(), result.hits.end(),
                                         [](const SearchHit& h) { return h.doc.validity != Validity::Valid; });
    CHECK(has_invalid);
}

TEST_CASE("matches are marked in titles and shown in a snippet", "[search]") {
    const SearchResult r = find("高龄津贴");
    REQUIRE_FALSE(r.hits.empty());
    const SearchHit& h = r.hits.front();
    REQUIRE_FALSE(h.title_marks.empty());
    CHECK(h.doc.title.substr(h.title_marks[0].begin, h.title_marks[0].end - h.title_marks[0].begin) == "高龄津贴");
    // A body-only word: the snippet shows it, marked.
    const SearchResult body = find("生存状况认证");
    REQUIRE_FALSE(body.hits.empty());
    const SearchHit& b = body.hits.front();
    REQUIRE_FALSE(b.snippet_marks.empty());
    CHECK(b.snippet.substr(b.snippet_marks[0].begin, b.snippet_marks[0].end - b.snippet_marks[0].begin) ==
          "生存状况认证");
    // Pinyin marks the characters it matched.
    const SearchResult py = find("gaolingjintie");
    REQUIRE_FALSE(py.hits.empty());
    REQUIRE_FALSE(py.hits.front().title_marks.empty());
}

TEST_CASE("nothing found, and nothing to search", "[search]") {
    CHECK(find("量子计算机芯片").total == 0);
    CHECK(find("qzjsjxp").total == 0);
    CHECK(find("  ，。、 ").query_empty);
    CHECK(find("").query_empty);
}

TEST_CASE("paging returns each hit once, in order", "[search]") {
    SearchRequest r;
    r.query = "民政";
    r.limit = 10;
    std::vector<std::int64_t> ids;
    for (int page = 0; page < 5; ++page) {
        r.offset = page * 10;
        for (const auto& h : demo().search(r).hits) ids.push_back(h.doc.id);
    }
    std::vector<std::int64_t> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::unique(sorted.begin(), sorted.end()) == sorted.end());
    r.offset = 0;
    r.limit = 50;
    const auto whole = demo().search(r);
    REQUIRE(whole.hits.size() == ids.size());
    for (size_t i = 0; i < ids.size(); ++i) CHECK(whole.hits[i].doc.id == ids[i]);
}

TEST_CASE("the search worker answers the newest query, page first and count after", "[search][worker]") {
    // A second engine on the same snapshot, owned by the worker as the kiosk's is.
    static test_support::TempDir dir;
    PackOptions options;
    options.content_dir = std::string(KIOSK_SOURCE_DIR) + "/content";
    options.output_path = (dir / "worker.db").string();
    REQUIRE(pack_content(options).ok);
    SearchWorker worker(SearchEngine::open(options.output_path));
    // Typing: each keystroke submits; only the last one may come back.
    for (const char* q : {"g", "ga", "gao", "gaol", "gaoling"}) {
        SearchRequest r;
        r.query = q;
        worker.submit(r);
    }
    worker.wait_idle();
    auto page = worker.take_result();
    REQUIRE(page.has_value());
    REQUIRE_FALSE(page->hits.empty());
    CHECK(page->total == -1);  // the page comes without the count …
    bool has_gaoling = false;
    for (const auto& h : page->hits) has_gaoling = has_gaoling || h.doc.title.find("高龄") != std::string::npos;
    CHECK(has_gaoling);
    auto count = worker.take_count();  // … which follows
    REQUIRE(count.has_value());
    CHECK(count->total >= static_cast<int>(page->hits.size()));
    CHECK_FALSE(worker.take_result().has_value());  // taken once
    // A result for an older query is never handed out once a newer one is submitted.
    SearchRequest a;
    a.query = "婚姻";
    worker.submit(a);
    worker.wait_idle();
    SearchRequest b;
    b.query = "殡葬";
    worker.submit(b);
    if (auto r = worker.take_result()) {
        for (const auto& h : r->hits) CHECK(h.doc.title.find("婚姻") == std::string::npos);
    }
    worker.wait_idle();
}

TEST_CASE("issuers for the search filter list each body once, joint issuers split", "[search]") {
    const auto store = ContentStore::open(demo_path());
    const auto issuers = store->issuers();
    REQUIRE(issuers.size() >= 3);
    bool finance = false;
    for (const auto& i : issuers) {
        CHECK(i.name.find("；") == std::string::npos);
        CHECK(i.count > 0);
        finance = finance || i.name == "安澜县财政局";  // only ever a joint issuer in the demo
    }
    CHECK(finance);
    // Filtering by it finds the joint documents.
    SearchRequest r;
    r.query = "标准";
    r.issuer = "安澜县财政局";
    const auto result = demo().search(r);
    CHECK(result.total > 0);
    for (const auto& h : result.hits) CHECK(h.doc.issuer.find("安澜县财政局") != std::string::npos);
}

TEST_CASE("service guides and fee items are found by name, in Chinese or pinyin, above documents", "[search]") {
    struct Case { const char* query; const char* guide; const char* fee; };
    const Case cases[] = {
        {"结婚", "结婚登记", nullptr},
        {"jiehun", "结婚登记", nullptr},
        {"高龄", "高龄津贴", "高龄津贴"},
        {"殡葬", nullptr, "殡葬"},
    };
    for (const Case& c : cases) {
        INFO(c.query);
        const SearchResult r = find(c.query);
        if (c.guide) {
            REQUIRE_FALSE(r.guides.empty());
            CHECK(r.guides.front().name.find(c.guide) != std::string::npos);
            CHECK_FALSE(r.guides.front().name_marks.empty());
        }
        if (c.fee) {
            REQUIRE_FALSE(r.fees.empty());
            CHECK((r.fees.front().name.find(c.fee) != std::string::npos ||
                   r.fees.front().detail.find(c.fee) != std::string::npos));
        }
    }
    CHECK(find("量子计算机").guides.empty());
}
