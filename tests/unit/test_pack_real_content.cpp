// Packs the real demo content (content/ at the top of the repository) and checks it against the minimums that
// content/README.md's brief promises, so a content edit that breaks a source or drops below them fails CI.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/search/search_synonyms.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

TEST_CASE("the demo content packs and meets its minimums", "[pack][real-content]") {
    TempDir tmp;
    const std::string out = (tmp / "demo.db").string();
    const PackResult r = pack_content({std::string(KIOSK_SOURCE_DIR) + "/content", out, "", "", ""});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.ok);

    CHECK(r.documents >= 60);
    CHECK(r.guides >= 12);
    CHECK(r.fees >= 30);

    const auto store = ContentStore::open(out);
    CHECK(store->count_documents({}) == r.documents);
    CHECK(store->categories().size() >= 8);
    CHECK(store->years().size() >= 10);
    CHECK(static_cast<int>(store->guides().size()) == r.guides);
    CHECK(static_cast<int>(store->fees().size()) == r.fees);
    CHECK_FALSE(store->disclosure_guide().empty());
    CHECK(store->calendar_years().size() >= 2);
    CHECK_FALSE(store->office().name.empty());

    // The county's synonyms.csv: its 低保 row joined the built-in group.
    CHECK(r.synonym_rows >= 5);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(out.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const auto groups = read_synonym_groups(db);
    sqlite3_close(db);
    CHECK(static_cast<int>(groups.size()) == r.synonym_groups);
    const auto dibao = std::find_if(groups.begin(), groups.end(), [](const std::vector<std::string>& g) {
        return std::find(g.begin(), g.end(), "低保") != g.end();
    });
    REQUIRE(dibao != groups.end());
    CHECK(*dibao == std::vector<std::string>{"低保", "最低生活保障", "城乡低保"});
}
