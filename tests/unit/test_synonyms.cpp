// Synonyms for search (core/search/search_synonyms.h, core/pack/pack_synonyms.cpp): the county's synonyms.csv is
// checked like every sheet — each kind of bad row at file, line and field, and then nothing is written — merged with
// the built-in groups into the snapshot's search_synonyms, and read back by read_synonym_groups(), which gives the
// built-in groups for a snapshot without the sheet and for one packed before the table existed.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <set>

#include "core/pack/pack.h"
#include "core/search/search_fold.h"
#include "core/search/search_synonyms.h"
#include "core/snapshot/content_limits.h"
#include "core/snapshot/snapshot_check.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

using Groups = std::vector<std::vector<std::string>>;

// The minimal fixture with `sheet` as its synonyms.csv.
fs::path content_with_sheet(const TempDir& tmp, const std::string& sheet) {
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    write_bytes(content / "synonyms.csv", sheet);
    return content;
}

PackResult pack(const fs::path& content, const fs::path& out) {
    const PackResult r = pack_content({content.string(), out.string(), "2024.06", ""});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string().substr(0, 400));
    return r;
}

// read_synonym_groups() on a snapshot opened as the kiosk opens one.
Groups groups_in(const fs::path& snapshot) {
    std::string error;
    sqlite3* db = open_snapshot_defensively(snapshot.string(), &error);
    REQUIRE(db);
    Groups groups;
    try {
        groups = read_synonym_groups(db);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    return groups;
}

const std::vector<std::string>* group_with(const Groups& groups, const std::string& word) {
    for (const auto& g : groups) {
        if (std::find(g.begin(), g.end(), word) != g.end()) return &g;
    }
    return nullptr;
}

std::string origin_of(const fs::path& snapshot, const std::string& word) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(snapshot.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT origin FROM search_synonyms WHERE word = ?1", -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, word.c_str(), -1, SQLITE_TRANSIENT);
    std::string origin;
    if (sqlite3_step(st) == SQLITE_ROW) origin = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return origin;
}

struct Expected {
    int line;
    std::string field;
    std::string says;  // a part of the Chinese message
};

struct BadSheet {
    const char* name;
    std::string sheet;
    std::vector<Expected> expected;
};

std::string many_rows(int n) {
    std::string sheet = "同义词\n";
    for (int i = 0; i < n; ++i) sheet += "词" + std::to_string(i) + "；word" + std::to_string(i) + "\n";
    return sheet;
}

std::string chinese(int characters) {
    std::string s;
    for (int i = 0; i < characters; ++i) s += "长";
    return s;
}

}  // namespace

TEST_CASE("synonyms.csv: each kind of bad row is reported at file, line and field, and nothing is written",
          "[synonyms][pack][errors]") {
    const std::vector<BadSheet> cases = {
        {"one word only", "同义词,说明\n火化；火葬,\n低保,只有一个词\n", {{3, "同义词", "至少要有两个不同的词"}}},
        {"two spellings of one word (search folds them alike)",
         "同义词\n低保；低 保；（低保）\n", {{2, "同义词", "至少要有两个不同的词"}}},
        {"full-width and half-width letters of one word", "同义词\nＤＢ；db\n", {{2, "同义词", "至少要有两个不同的词"}}},
        {"an empty word between two semicolons", "同义词\n低保；；城乡低保\n", {{2, "同义词", "第 2 个词是空的"}}},
        {"a semicolon at the end", "同义词\n火化；火葬;\n", {{2, "同义词", "第 3 个词是空的"}}},
        {"a word of punctuation and spaces only", "同义词\n火化；火葬；—— 。\n", {{2, "同义词", "只有标点或空格"}}},
        {"a word over the limit (41 Chinese characters)",
         "同义词\n火化；" + chinese(41) + "\n", {{2, "同义词", "同义词太长：41 字（123 字节），上限 120 字节"}}},
        {"a line break inside a word (Alt+Enter for ；)", "同义词\n\"火化\n火葬；遗体火化\"\n",
         {{2, "同义词", "控制字符"}}},
        {"the same word in two rows: the second names the first",
         "同义词,说明\n城乡低保；低保,\n火化；火葬,\n低保户；低保,\n", {{4, "同义词", "“低保”在第 2 行已经有了"}}},
        {"the same word in two rows, spelt differently", "同义词\n火化；火葬\n遗体火化；火 化\n",
         {{3, "同义词", "“火 化”在第 2 行已经有了"}}},
        {"the cell empty", "同义词,说明\n火化；火葬,\n,只有说明\n", {{3, "同义词", "必须填写"}}},
        {"an unknown column", "同义词,备注\n火化；火葬,\n", {{1, "备注", ""}}},
        {"the 同义词 column missing", "近义词\n火化；火葬\n", {{1, "近义词", ""}, {1, "同义词", ""}}},
        {"more rows than the limit: reported at the first row past it", many_rows(2001),
         {{2002, "同义词", "同义词组太多：2001 个，上限 2000 个"}}},
        {"several bad rows: every one reported, in order",
         "同义词\n低保；；城乡低保\n火化\n火葬；火化；。\n",
         {{2, "同义词", "第 2 个词是空的"}, {3, "同义词", "至少要有两个不同的词"}, {4, "同义词", "只有标点或空格"}}},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir tmp;
            const fs::path content = content_with_sheet(tmp, c.sheet);
            const fs::path out_dir = tmp / "out";
            fs::create_directory(out_dir);
            const fs::path out = out_dir / "snapshot.db";

            const PackResult r = pack(content, out);
            CHECK_FALSE(r.ok);
            REQUIRE(r.errors.size() == c.expected.size());
            for (std::size_t i = 0; i < c.expected.size(); ++i) {
                INFO(r.errors[i].to_string());
                CHECK(r.errors[i].file == "synonyms.csv");
                CHECK(r.errors[i].line == c.expected[i].line);
                CHECK(r.errors[i].field == c.expected[i].field);
                CHECK(r.errors[i].message_zh.find(c.expected[i].says) != std::string::npos);
                CHECK_FALSE(r.errors[i].message_en.empty());
            }
            CHECK_FALSE(fs::exists(out));

            // An older snapshot in place survives byte for byte, and no temporary file is left beside it.
            write_bytes(out, "previous snapshot");
            CHECK_FALSE(pack(content, out).ok);
            CHECK(read_bytes(out) == "previous snapshot");
            CHECK(std::distance(fs::directory_iterator(out_dir), fs::directory_iterator()) == 1);
        }
    }
}

TEST_CASE("synonyms.csv: a good sheet is stored, merged with the built-in groups that share a word",
          "[synonyms][pack]") {
    TempDir tmp;
    // GB18030 would do as well as UTF-8 (every sheet is read alike); this one has a BOM, the 说明 column, a word in
    // traditional characters, ASCII semicolons and spaces around words.
    const fs::path content = content_with_sheet(tmp,
                                                "\xEF\xBB\xBF同义词,说明\n"
                                                "低保；城乡低保,城市低保和农村低保合称城乡低保\n"
                                                "火化; 火葬 ,\n"
                                                "新農合；合作医疗；新农合,繁体的新農合与新农合是同一个词\n"
                                                "长寿金；高龄津贴；长寿补贴,\n");
    const fs::path out = tmp / "out.db";
    const PackResult r = pack(content, out);
    REQUIRE(r.ok);
    CHECK(r.synonym_rows == 4);
    // Three rows joined built-in groups; 火化；火葬 is a group of its own.
    CHECK(r.synonym_groups == static_cast<int>(builtin_synonym_groups().size()) + 1);

    const Groups groups = groups_in(out);
    CHECK(static_cast<int>(groups.size()) == r.synonym_groups);
    // The built-in words first, in their order, then the county's; words as written, trimmed.
    const auto* dibao = group_with(groups, "低保");
    REQUIRE(dibao);
    CHECK(*dibao == std::vector<std::string>{"低保", "最低生活保障", "城乡低保"});
    const auto* huohua = group_with(groups, "火化");
    REQUIRE(huohua);
    CHECK(*huohua == std::vector<std::string>{"火化", "火葬"});
    // 新農合 folds to the built-in 新农合 (as search would fold it), so it joined that group and is kept once.
    const auto* xinnonghe = group_with(groups, "新农合");
    REQUIRE(xinnonghe);
    CHECK(*xinnonghe == std::vector<std::string>{"新农合", "新型农村合作医疗", "合作医疗"});
    const auto* gaoling = group_with(groups, "长寿金");
    REQUIRE(gaoling);
    CHECK(*gaoling == std::vector<std::string>{"高龄补贴", "高龄津贴", "长寿金", "长寿补贴"});
    // Built-in groups nobody touched are there as they are.
    REQUIRE(group_with(groups, "身份证") != nullptr);
    CHECK(*group_with(groups, "身份证") == *group_with(builtin_synonym_groups(), "身份证"));

    // Where each word came from.
    CHECK(origin_of(out, "低保") == "builtin");
    CHECK(origin_of(out, "城乡低保") == "sheet");
    CHECK(origin_of(out, "高龄津贴") == "builtin");
    CHECK(origin_of(out, "火葬") == "sheet");

    // What pack wrote, the update check accepts.
    const UpdateResult checked = check_snapshot(out.string());
    INFO(checked.detail);
    CHECK(checked.ok());
}

TEST_CASE("synonyms.csv: without the sheet the snapshot has the built-in groups", "[synonyms][pack]") {
    TempDir tmp;
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    REQUIRE_FALSE(fs::exists(content / "synonyms.csv"));
    const fs::path out = tmp / "out.db";
    const PackResult r = pack(content, out);
    REQUIRE(r.ok);
    CHECK(r.synonym_rows == 0);
    CHECK(r.synonym_groups == static_cast<int>(builtin_synonym_groups().size()));
    CHECK(groups_in(out) == builtin_synonym_groups());
    CHECK(origin_of(out, "最低生活保障") == "builtin");
    CHECK(check_snapshot(out.string()).ok());

    // A sheet with its header only is the same.
    write_bytes(content / "synonyms.csv", "同义词,说明\n");
    const fs::path header_only = tmp / "header-only.db";
    REQUIRE(pack(content, header_only).ok);
    CHECK(groups_in(header_only) == builtin_synonym_groups());
}

TEST_CASE("synonyms: read_synonym_groups on a snapshot without the table gives the built-in groups",
          "[synonyms][store]") {
    TempDir tmp;
    const fs::path old = tmp / "v4.db";
    REQUIRE(pack_content({fixture("pack_minimal"), old.string(), "2024.06", ""}).ok);
    // What pack wrote at schema 4: no search_synonyms.
    REQUIRE(write_database(old, "DROP TABLE search_synonyms; UPDATE meta SET value = '4' WHERE key = 'schema_version'"));
    CHECK(groups_in(old) == builtin_synonym_groups());

    // Not even a snapshot: an empty database.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    CHECK(read_synonym_groups(db) == builtin_synonym_groups());
    sqlite3_close(db);
}

TEST_CASE("synonyms: the built-in groups are words search can find, each in one group only", "[synonyms]") {
    const Groups& builtin = builtin_synonym_groups();
    CHECK(builtin.size() >= 12);
    const SearchFolder folder;
    std::set<std::string> seen;
    for (const auto& group : builtin) {
        INFO("group starting " << group.front());
        std::set<std::string> in_group;
        for (const std::string& word : group) {
            INFO("word " << word);
            CHECK(check_limit(content_limit(LimitId::SynonymWord), word) == LimitBreach::None);
            const std::string key = folder.fold_utf8(word);
            CHECK_FALSE(key.empty());
            CHECK(in_group.insert(key).second);
            CHECK(seen.insert(key).second);  // in no other group
        }
        CHECK(in_group.size() >= 2);
    }
    CHECK(group_with(builtin, "低保") == group_with(builtin, "最低生活保障"));
    CHECK(group_with(builtin, "五保") == group_with(builtin, "特困人员救助供养"));
    CHECK(group_with(builtin, "医保") == group_with(builtin, "基本医疗保险"));
    CHECK(group_with(builtin, "新农合") == group_with(builtin, "新型农村合作医疗"));
    CHECK(group_with(builtin, "身份证") == group_with(builtin, "居民身份证"));
    CHECK(group_with(builtin, "高龄补贴") == group_with(builtin, "高龄津贴"));
    // Close is not the same: these stay apart.
    CHECK(group_with(builtin, "社保") != group_with(builtin, "社保卡"));
}

TEST_CASE("synonyms: merging joins every group that shares a folded word, built-in first, and drops repeats",
          "[synonyms]") {
    const SearchFolder folder = SearchFolder::from_pairs({{U'農', U'农'}});
    const Groups builtin = {{"甲", "乙"}, {"丙", "丁"}, {"新农合", "新型农村合作医疗"}};
    // The first row bridges two built-in groups; the second is new; the third only respells a built-in word, so it
    // adds nothing and leaves no group of one word behind.
    const Groups sheet = {{"戊", "乙", "丙 "}, {"Ab", "cd"}, {"新農合", "新农合"}, {"AB", "ef"}};
    const MergedSynonymGroups merged = merge_synonym_groups(builtin, sheet, folder);
    auto words = [](const std::vector<SynonymWord>& g) {
        std::vector<std::string> out;
        for (const auto& w : g) out.push_back(w.word + (w.from_sheet ? "*" : ""));
        return out;
    };
    REQUIRE(merged.size() == 3);
    CHECK(words(merged[0]) == std::vector<std::string>{"甲", "乙", "丙", "丁", "戊*"});
    CHECK(words(merged[1]) == std::vector<std::string>{"新农合", "新型农村合作医疗"});
    CHECK(words(merged[2]) == std::vector<std::string>{"Ab*", "cd*", "ef*"});
}
