// The kiosk's content limits (core/snapshot/content_limits.h) hold on both sides. For every entry of the table: pack
// refuses a source value one byte over the limit at the limit's file:line:field and writes nothing; the update check
// refuses a snapshot carrying such a value (written past pack with SQLite); and a value exactly at the limit passes
// both. The loops run over the table, so a new limit that pack does not check — or that this file does not know how
// to put into a source — fails here. A limit on a count (LimitMeasure::Count) is put as that many rows of its sheet and
// reported at the first row past it. Then the case that started it: a 1,500-character title, refused by pack with
// its line, and, should it reach a signed bundle anyway, refused by the kiosk as a content limit, not as tampering.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "bundle_fixture.h"
#include "core/pack/pack.h"
#include "core/pack/pack_sources.h"
#include "core/snapshot/content_limits.h"
#include "core/snapshot/snapshot_check.h"
#include "core/updates/content_install.h"
#include "core/base/utf8.h"
#include "core/zh/text_encoding.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

std::string limit_name(const ContentLimit& limit) {
    return std::string(limit.table) + "." + limit.column + (*limit.rows ? std::string(" where ") + limit.rows : "");
}

// Exactly `bytes` bytes of UTF-8: Chinese first (3 bytes a character, so characters and bytes differ), ASCII at the
// end to land on the count. Past 1,500 characters the middle is spaces, which keeps packing a 16 MB body quick; no
// space comes first or last, where a cell would trim it.
std::string text_of(std::size_t bytes) {
    std::string s;
    for (std::size_t i = 0; i < std::min<std::size_t>(bytes / 3, 1500); ++i) s += "字";
    if (bytes - s.size() >= 2) s.append(bytes - s.size() - 1, ' ');
    if (s.size() < bytes) s += 'a';
    return s;
}

// A PNG (by its first bytes, which is all pack looks at) of exactly `bytes` bytes.
std::string png_of(std::size_t bytes) {
    std::string s("\x89PNG\r\n\x1A\n", 8);
    s.resize(bytes, '\0');
    return s;
}

// A file name of exactly `bytes` bytes, Chinese as far as it goes, ending in ".png".
std::string file_name_of(std::size_t bytes) {
    std::string s;
    while (s.size() + 3 + 4 <= bytes) s += "图";
    while (s.size() + 4 < bytes) s += 'a';
    return s + ".png";
}

// The value of `limit`'s kind with exactly `bytes` bytes.
std::string value_of(const ContentLimit& limit, std::size_t bytes) {
    if (limit.measure == LimitMeasure::BlobBytes) return png_of(bytes);
    if (limit.chars == LimitChars::FileName) return file_name_of(bytes);
    return text_of(bytes);
}

// Values within the length that break the characters a limit allows.
std::vector<std::string> bad_characters(const ContentLimit& limit) {
    switch (limit.chars) {
        case LimitChars::Any: return {};
        case LimitChars::OneLine: return {"安宁县\n民政局", "安宁县\t民政局"};
        case LimitChars::FileName: return {".scan.png", "图1..png", "scan\t1.png"};
    }
    return {};
}

struct Location {
    std::string file;
    int line = 0;
    std::string field;
    auto key() const { return std::tie(file, line, field); }
    bool operator<(const Location& o) const { return key() < o.key(); }
    bool operator==(const Location& o) const { return key() == o.key(); }
};

std::string csv_cell(const std::string& cell) {
    std::string q = "\"";
    for (const char c : cell) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// Rows appended to a source table start from these: one valid row of each table a limit's source can be in.
const std::map<std::string, std::map<std::string, std::string>>& template_rows() {
    static const std::map<std::string, std::map<std::string, std::string>> rows = {
        {"catalog.csv",
         {{"标题", "限制测试"}, {"发布日期", "2024-01-02"}, {"成文日期", "2024-01-01"}, {"发布机构", "安宁县民政局"},
          {"主题分类", "社会救助"}, {"有效性", "有效"}, {"正文", "doc1.md"}}},
        {"guides.csv",
         {{"事项名称", "限制测试事项"}, {"事项类型", "行政给付"}, {"实施机构", "安宁县民政局"}, {"设定依据", "依据"},
          {"受理条件", "条件"}, {"法定办结时限", "30"}, {"承诺办结时限", "20"}, {"是否收费", "否"},
          {"办理地点", "窗口"}, {"办理时间", "周一至周五"}, {"咨询电话", "1"}, {"监督投诉电话", "2"}}},
        {"fees.csv",
         {{"类别", "测试"}, {"金额", "1"}, {"单位", "元"}, {"依据", "依据"}, {"生效日期", "2024-01-01"}}},
    };
    return rows;
}
// The column that must differ from row to row (the table's key).
const std::map<std::string, std::string>& key_columns() {
    static const std::map<std::string, std::string> keys = {
        {"catalog.csv", "索引号"}, {"guides.csv", "事项编码"}, {"fees.csv", "项目"}};
    return keys;
}

// A copy of tests/fixtures/pack_minimal that values are put into, each where staff would write it.
class Content {
public:
    explicit Content(const TempDir& tmp) : dir(copy_fixture(tmp, "pack_minimal")), out(tmp / "out" / "snapshot.db") {
        fs::create_directory(out.parent_path());
        // fees.csv is GB18030 in the fixture; rows are appended in UTF-8, so the file is made UTF-8 first.
        const DecodedText fees = decode_source_text(read_bytes(dir / "fees.csv"), "fees.csv");
        REQUIRE(fees.ok);
        write_bytes(dir / "fees.csv", fees.text);
    }

    // Puts `value` where `limit` says staff write it, so that the snapshot would store exactly `value`. The location
    // pack must report; nullopt when no file system here can hold it (a file name over 255 bytes).
    std::optional<Location> put(const ContentLimit& limit, const std::string& value) {
        const std::string file = limit.source_file, field = limit.source_field;
        const int n = ++rows_;
        if (file.empty()) {
            REQUIRE(field == "--content-version");  // the only pack option a limit names so far
            content_version = value;
            return Location{"", 0, field};
        }
        if (file == "office.csv") return replace_office_value(field, value);
        if (file == "catalog.csv" && field == "正文") {
            const std::string name = "limit-" + std::to_string(n) + ".md";
            write_bytes(dir / "documents" / name, value);
            return append_row(file, n, {{"正文", name}});
        }
        if (file == "catalog.csv" && field == "附件") {
            if (limit.measure == LimitMeasure::BlobBytes) {
                const std::string name = "limit-" + std::to_string(n) + ".png";
                write_bytes(dir / "attachments" / name, value);
                return append_row(file, n, {{"附件", name}});
            }
            REQUIRE(limit.chars == LimitChars::FileName);
            if (value.size() > 255) return std::nullopt;
            write_bytes(dir / "attachments" / value, png_of(100));
            return append_row(file, n, {{"附件", value}});
        }
        if (file == "catalog.csv" && field == "附件说明") {  // a caption needs an attachment to describe
            const std::string name = "limit-" + std::to_string(n) + ".png";
            write_bytes(dir / "attachments" / name, png_of(100));
            Location at = append_row(file, n, {{"附件", name}, {"附件说明", value}});
            at.field = "附件说明";  // the row's cells are in no particular order: name the one over its limit
            return at;
        }
        if (file == "synonyms.csv") {  // a word needs a second one to make a group
            return append_synonym_row(value + "；限制" + std::to_string(n));
        }
        if (file == "readings.csv") {  // a word takes one syllable per character
            std::string syllables;
            for (std::size_t i = 0; i < code_point_count(value); ++i) syllables += i ? " zi4" : "zi4";
            return append_reading_row(value, syllables);
        }
        if (template_rows().count(file) && field != "正文" && field != "附件") {
            return append_row(file, n, {{field, value}});
        }
        FAIL("this test does not know how to put a value into " << file << " " << field << " (limit "
                                                                  << limit_name(limit) << ")");
        return std::nullopt;
    }

    // For a Count limit: fills its sheet up to `count` rows, each a group of its own. The location pack must report
    // when `count` is over the limit: the first row past it.
    Location put_count(const ContentLimit& limit, long long count) {
        REQUIRE(limit.measure == LimitMeasure::Count);
        if (std::string(limit.source_file) == "readings.csv") {
            // The fixture has rows of its own; each added word is 读 and a character of its own.
            const fs::path path = dir / "readings.csv";
            long long rows = 0;
            if (fs::exists(path)) {
                const std::string text = read_bytes(path);
                rows = static_cast<long long>(std::count(text.begin(), text.end(), '\n')) - 1;
            }
            Location past{limit.source_file, 0, limit.source_field};
            for (long long i = rows; i < count; ++i) {
                std::string word = "读";
                append_utf8(word, static_cast<char32_t>(0x4E00 + i));
                const Location at = append_reading_row(word, "du2 zi4");
                if (i == limit.max) past = at;
            }
            return past;
        }
        if (std::string(limit.source_file) != "synonyms.csv") {
            FAIL("this test does not know how to fill " << limit.source_file << " (limit " << limit_name(limit) << ")");
        }
        Location past{limit.source_file, 0, limit.source_field};
        for (long long i = synonym_rows_; i < count; ++i) {
            const Location at = append_synonym_row("count-" + std::to_string(i) + "；计数" + std::to_string(i));
            if (i == limit.max) past = at;
        }
        return past;
    }

    PackOptions options() const {
        PackOptions o;
        o.content_dir = dir.string();
        o.output_path = out.string();
        o.content_version = content_version;
        return o;
    }

    fs::path dir, out;
    std::string content_version;

private:
    Location append_row(const std::string& file, int n, const std::map<std::string, std::string>& cells) {
        std::string text = read_bytes(dir / file);
        if (!text.empty() && text.back() != '\n') text += '\n';
        std::string header = text.substr(0, text.find('\n'));
        if (header.rfind("\xEF\xBB\xBF", 0) == 0) header.erase(0, 3);
        if (!header.empty() && header.back() == '\r') header.pop_back();  // the fixture's catalog.csv has CRLF
        std::map<std::string, std::string> row = template_rows().at(file);
        row[key_columns().at(file)] = "LIMIT-" + std::to_string(n);
        for (const auto& [column, value] : cells) row[column] = value;
        std::string line;
        std::size_t start = 0;
        for (bool first = true; start <= header.size(); first = false) {
            const std::size_t comma = std::min(header.find(',', start), header.size());
            if (!first) line += ',';
            line += csv_cell(row[header.substr(start, comma - start)]);
            start = comma + 1;
        }
        const int line_no = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
        write_bytes(dir / file, text + line + "\n");
        const auto field = cells.begin()->first;
        return {file, line_no, field};
    }

    // synonyms.csv is optional and not in the fixture: made on the first row.
    Location append_synonym_row(const std::string& cell) {
        const fs::path path = dir / "synonyms.csv";
        std::string text = fs::exists(path) ? read_bytes(path) : std::string("同义词,说明\n");
        const int line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;  // where the row starts
        write_bytes(path, text + csv_cell(cell) + ",\n");
        ++synonym_rows_;
        return {"synonyms.csv", line, "同义词"};
    }

    // readings.csv is optional; the fixture has one.
    Location append_reading_row(const std::string& word, const std::string& syllables) {
        const fs::path path = dir / "readings.csv";
        std::string text = fs::exists(path) ? read_bytes(path) : std::string("词语,读音,说明\n");
        const int line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
        write_bytes(path, text + csv_cell(word) + "," + syllables + ",\n");
        return {"readings.csv", line, "词语"};
    }

    Location replace_office_value(const std::string& key, const std::string& value) {
        std::string text = read_bytes(dir / "office.csv");
        const std::size_t at = text.find("\n" + key + ",");
        REQUIRE(at != std::string::npos);
        const std::size_t from = at + 1 + key.size() + 1, to = text.find('\n', from);
        text.replace(from, to - from, csv_cell(value));
        write_bytes(dir / "office.csv", text);
        return {"office.csv", static_cast<int>(std::count(text.begin(), text.begin() + at + 1, '\n')) + 1, key};
    }

    int rows_ = 0;
    long long synonym_rows_ = 0;
};

// A copy of `base` with `value` stored where `limit` applies (its last row), bypassing pack.
fs::path snapshot_with(const fs::path& base, const fs::path& path, const ContentLimit& limit,
                       const std::string& value) {
    fs::copy_file(base, path, fs::copy_options::overwrite_existing);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const std::string where = *limit.rows ? std::string(" WHERE ") + limit.rows : "";
    const std::string sql = std::string("UPDATE ") + limit.table + " SET " + limit.column + " = ?1 WHERE rowid = " +
                            "(SELECT max(rowid) FROM " + limit.table + where + ")";
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    if (limit.measure == LimitMeasure::BlobBytes) {
        sqlite3_bind_blob64(st, 1, value.data(), value.size(), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_text64(st, 1, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    CHECK(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    CHECK(sqlite3_changes(db) == 1);
    sqlite3_close(db);
    return path;
}

// A copy of `base` whose rows under the Count limit `limit` take `count` distinct values, bypassing pack.
fs::path snapshot_with_count(const fs::path& base, const fs::path& path, const ContentLimit& limit, long long count) {
    if (std::string(limit.table) == "readings") {
        fs::copy_file(base, path, fs::copy_options::overwrite_existing);
        std::string sql = "BEGIN; DELETE FROM readings;";
        for (long long i = 0; i < count; ++i) {
            std::string word = "读";
            append_utf8(word, static_cast<char32_t>(0x4E00 + i));
            sql += "INSERT INTO readings (word, syllables) VALUES ('" + word + "', 'du2 zi4');";
        }
        REQUIRE(write_database(path, (sql + "COMMIT;").c_str()));
        return path;
    }
    if (std::string(limit.table) != "search_synonyms") {
        FAIL("this test does not know how to add rows to " << limit.table << " (limit " << limit_name(limit) << ")");
    }
    fs::copy_file(base, path, fs::copy_options::overwrite_existing);
    std::string sql = "BEGIN; DELETE FROM search_synonyms WHERE origin = 'sheet';";
    for (long long i = 0; i < count; ++i) {
        const std::string grp = std::to_string(1000 + i), n = std::to_string(i);
        sql += "INSERT INTO search_synonyms (grp, word, origin) VALUES (" + grp + ", 'count-" + n + "', 'sheet'), (" +
               grp + ", '计数" + n + "', 'sheet');";
    }
    REQUIRE(write_database(path, (sql + "COMMIT;").c_str()));
    return path;
}

// How many rows of `path` hold a value of `limit` exactly `bytes` long (for a Count limit: whether the rows take
// exactly that many values, 1 or 0).
int rows_of_size(const fs::path& path, const ContentLimit& limit, long long bytes) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const std::string where = *limit.rows ? std::string(" WHERE ") + limit.rows : "";
    const std::string count_sql = "SELECT count(DISTINCT " + std::string(limit.column) + ") = " +
                                  std::to_string(bytes) + " FROM " + limit.table + where;
    const std::string size = limit.measure == LimitMeasure::BlobBytes
                                 ? "length(" + std::string(limit.column) + ")"
                                 : "length(CAST(" + std::string(limit.column) + " AS BLOB))";
    const std::string sql = "SELECT count(*) FROM " + std::string(limit.table) + " WHERE " + size + " = " +
                            std::to_string(bytes) + (*limit.rows ? std::string(" AND ") + limit.rows : "");
    sqlite3_stmt* st = nullptr;
    const std::string& query = limit.measure == LimitMeasure::Count ? count_sql : sql;
    REQUIRE(sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

void check_refused_by_pack(Content& c, const Location& at, std::size_t size, bool too_long, const ContentLimit& limit) {
    const PackResult r = pack_content(c.options());
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string().substr(0, 400));
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    const SourceError& e = r.errors[0];
    CHECK(e.file == at.file);
    CHECK(e.line == at.line);
    CHECK(e.field == at.field);
    if (too_long && limit.measure == LimitMeasure::Count) {  // the limit and the actual count
        CHECK(e.message_zh.find("上限 " + std::to_string(limit.max) + " 个") != std::string::npos);
        CHECK(e.message_zh.find(std::to_string(size) + " 个") != std::string::npos);
        CHECK(e.message_en.find("the limit is " + std::to_string(limit.max)) != std::string::npos);
    } else if (too_long) {  // the limit and the actual size, in bytes (and for text, characters)
        CHECK(e.message_zh.find(std::to_string(limit.max) + " 字节") != std::string::npos);
        CHECK(e.message_zh.find(std::to_string(size) + " 字节") != std::string::npos);
        CHECK(e.message_en.find(std::to_string(limit.max) + " bytes") != std::string::npos);
    }
    CHECK(e.message_zh.find(limit.what.zh) != std::string::npos);
    CHECK_FALSE(fs::exists(c.out));
    CHECK(fs::is_empty(c.out.parent_path()));
}

void check_refused_by_installer(const fs::path& snapshot, const ContentLimit& limit) {
    const UpdateResult r = check_snapshot(snapshot.string());
    INFO("check_snapshot: " << outcome_token(r.outcome) << " " << r.detail.substr(0, 300));
    CHECK(r.outcome == UpdateOutcome::ContentLimit);
    CHECK(r.limit == &limit);
    CHECK(r.message_zh().find(limit.what.zh) != std::string::npos);
    CHECK(r.detail.find(std::string(limit.table) + "." + limit.column) != std::string::npos);
}

}  // namespace

TEST_CASE("content limits: for every limit, one byte over is refused by pack at its file, line and field and by the "
          "update check, and the limit itself passes both", "[limits][pack][install]") {
    TempDir tmp;
    // The update check's side starts from what pack makes of the untouched fixture.
    const fs::path base = tmp / "base.db";
    REQUIRE(pack_content({fixture("pack_minimal"), base.string(), "2024.06", ""}).ok);
    REQUIRE(check_snapshot(base.string()).ok());

    REQUIRE(kContentLimitCount >= 16);
    for (const ContentLimit& limit : kContentLimits) {
        INFO("limit " << limit_name(limit) << " (" << limit.source_file << " " << limit.source_field << "), "
                      << limit.max << (limit.measure == LimitMeasure::Count ? " values" : " bytes"));
        if (limit.measure == LimitMeasure::Count) {
            {
                TempDir t;
                Content c(t);
                const Location past = c.put_count(limit, limit.max + 1);
                check_refused_by_pack(c, past, static_cast<std::size_t>(limit.max + 1), true, limit);
            }
            check_refused_by_installer(snapshot_with_count(base, tmp / "over.db", limit, limit.max + 1), limit);
            const UpdateResult at_limit = check_snapshot(snapshot_with_count(base, tmp / "at.db", limit, limit.max).string());
            INFO("at the limit: " << outcome_token(at_limit.outcome) << " " << at_limit.detail);
            CHECK(at_limit.ok());
            continue;
        }
        const std::string over = value_of(limit, static_cast<std::size_t>(limit.max) + 1);
        const std::string at = value_of(limit, static_cast<std::size_t>(limit.max));
        REQUIRE(over.size() == static_cast<std::size_t>(limit.max) + 1);
        REQUIRE(at.size() == static_cast<std::size_t>(limit.max));
        CHECK(check_limit(limit, over) == LimitBreach::TooLong);
        CHECK(check_limit(limit, at) == LimitBreach::None);

        // Pack: one byte over, at the source.
        {
            TempDir t;
            Content c(t);
            if (const auto placed = c.put(limit, over)) {
                check_refused_by_pack(c, *placed, over.size(), true, limit);
            } else {
                // No file system here holds a name over 255 bytes (a stick formatted on Windows can), so the check
                // the catalog reader runs on each attachment's name is run on it directly.
                REQUIRE(limit.chars == LimitChars::FileName);
                ErrorSink errors;
                SourceContext ctx{c.dir, fs::canonical(c.dir), errors};
                const CsvTable table = CsvTable::parse("索引号,附件\nX,a.png\n", {"索引号", "附件"}, {});
                RowReader row(ctx, table, 0, limit.source_file);
                CHECK_FALSE(row.within_limit(limit.id, over, over));
                CHECK_FALSE(row.ok());
                const auto e = errors.take();
                REQUIRE(e.size() == 1);
                CHECK(e[0].file == limit.source_file);
                CHECK(e[0].line == 2);
                CHECK(e[0].field == limit.source_field);
                CHECK(e[0].message_zh.find(std::to_string(limit.max) + " 字节") != std::string::npos);
                CHECK(e[0].message_zh.find(std::to_string(over.size()) + " 字节") != std::string::npos);
            }
        }
        // Pack: characters the limit does not allow.
        for (const std::string& bad : bad_characters(limit)) {
            INFO("value " << bad);
            CHECK(check_limit(limit, bad) == LimitBreach::BadCharacter);
            TempDir t;
            Content c(t);
            const auto placed = c.put(limit, bad);
            REQUIRE(placed);
            check_refused_by_pack(c, *placed, bad.size(), false, limit);
        }
        // The update check: the same values written into a packed snapshot past pack.
        check_refused_by_installer(snapshot_with(base, tmp / "over.db", limit, over), limit);
        for (const std::string& bad : bad_characters(limit)) {
            INFO("value " << bad);
            check_refused_by_installer(snapshot_with(base, tmp / "bad.db", limit, bad), limit);
        }
        const UpdateResult at_limit = check_snapshot(snapshot_with(base, tmp / "at.db", limit, at).string());
        INFO("at the limit: " << outcome_token(at_limit.outcome) << " " << at_limit.detail);
        CHECK(at_limit.ok());
    }
}

TEST_CASE("content limits: every value exactly at its limit packs, and the snapshot passes the update check",
          "[limits][pack][install]") {
    TempDir tmp;
    Content c(tmp);
    for (const ContentLimit& limit : kContentLimits) {
        INFO("limit " << limit_name(limit));
        if (limit.measure == LimitMeasure::Count) c.put_count(limit, limit.max);
        else REQUIRE(c.put(limit, value_of(limit, static_cast<std::size_t>(limit.max))));
    }
    const PackResult r = pack_content(c.options());
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string().substr(0, 400));
    REQUIRE(r.ok);
    const UpdateResult checked = check_snapshot(c.out.string());
    INFO(outcome_token(checked.outcome) << " " << checked.detail);
    CHECK(checked.ok());
    // Each value reached the snapshot exactly as long as its limit: pack measured what it stores.
    for (const ContentLimit& limit : kContentLimits) {
        INFO("limit " << limit_name(limit));
        CHECK(rows_of_size(c.out, limit, limit.max) >= 1);  // a Count limit: exactly that many
    }
}

TEST_CASE("content limits: pack lists every value over a limit, not just the first, and writes nothing",
          "[limits][pack]") {
    TempDir tmp;
    Content c(tmp);
    std::set<Location> expected;
    for (const ContentLimit& limit : kContentLimits) {
        if (limit.measure == LimitMeasure::Count) {
            expected.insert(c.put_count(limit, limit.max + 1));
            continue;
        }
        auto placed = c.put(limit, value_of(limit, static_cast<std::size_t>(limit.max) + 1));
        if (!placed) placed = c.put(limit, bad_characters(limit).at(0));  // a name over 255 bytes cannot be made here
        REQUIRE(placed);
        expected.insert(*placed);
    }
    const PackResult r = pack_content(c.options());
    CHECK_FALSE(r.ok);
    std::set<Location> reported;
    for (const auto& e : r.errors) {
        UNSCOPED_INFO(e.to_string().substr(0, 300));
        reported.insert({e.file, e.line, e.field});
    }
    CHECK(r.errors.size() == kContentLimitCount);
    CHECK(reported == expected);
    CHECK_FALSE(fs::exists(c.out));
}

TEST_CASE("content limits: a 1500-character title is refused by pack at catalog.csv, its line and 标题",
          "[limits][pack]") {
    TempDir tmp;
    Content c(tmp);
    std::string title;
    for (int i = 0; i < 1500; ++i) title += "题";
    const auto placed = c.put(content_limit(LimitId::DocumentTitle), title);
    REQUIRE(placed);
    const PackResult r = pack_content(c.options());
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    const std::string prefix = "catalog.csv:" + std::to_string(placed->line) + ":标题: ";
    CHECK(r.errors[0].to_string() ==
          prefix + "标题太长：1500 字（4500 字节），上限 4096 字节（约 1365 个汉字）。查阅机不接受更长的内容，请改短"
                   " / title too long: 1500 characters (4500 bytes), the limit is 4096 bytes (about 1365 Chinese "
                   "characters); the kiosk refuses longer values, shorten it");
    CHECK_FALSE(fs::exists(c.out));

    // 1365 characters (4095 bytes) is within the limit.
    TempDir tmp2;
    Content ok(tmp2);
    REQUIRE(ok.put(content_limit(LimitId::DocumentTitle), title.substr(0, 1365 * 3)));
    CHECK(pack_content(ok.options()).ok);
}

TEST_CASE("content limits: pack measures a value as the snapshot stores it, after lists are joined with ；",
          "[limits][pack]") {
    // 发布机构 "A;B" is stored "A；B": each ASCII ';' becomes 3 bytes. A cell of 4094 bytes with two of them is
    // 4098 bytes in the snapshot, and refused.
    TempDir tmp;
    Content c(tmp);
    const std::string cell = text_of(2000) + ";" + text_of(2000) + ";" + text_of(92);
    REQUIRE(cell.size() == 4094);
    const auto placed = c.put(content_limit(LimitId::DocumentIssuer), cell);
    REQUIRE(placed);
    const PackResult r = pack_content(c.options());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].field == "发布机构");
    CHECK(r.errors[0].message_zh.find("4098 字节") != std::string::npos);
}

TEST_CASE("content limits: a signed bundle with a value over a limit is refused as content-limit, not as tampering",
          "[limits][install]") {
    const BundleFixture& fx = bundle_fixture();
    TempDir tmp;
    const fs::path db = tmp / "long-title.db", bundle = tmp / "long-title.kiosk";
    fs::copy_file(fx.v2_db, db);
    std::string title;
    for (int i = 0; i < 1500; ++i) title += "题";
    sql_exec(db, "UPDATE documents SET title = '" + title + "' WHERE id = (SELECT min(id) FROM documents)");
    bundle_or_throw(db, fx.key, bundle);
    // It signs and verifies: the signature says who packed it, not that what they packed fits.
    REQUIRE(verify_bundle(bundle.string(), fx.trusted).ok());

    ContentInstall install((tmp / "content").string());
    std::string error;
    REQUIRE(install.recover(&error));
    fs::copy_file(fx.v1_db, install.current_path());
    const std::string before = read_bytes(install.current_path());

    const UpdateResult r = install.import(bundle.string(), fx.trusted, {});
    INFO(r.detail);
    CHECK(r.outcome == UpdateOutcome::ContentLimit);
    CHECK(std::string(outcome_token(r.outcome)) == "content-limit");
    CHECK(r.limit == &content_limit(LimitId::DocumentTitle));
    CHECK(r.message_zh().find("内容超出限制（标题）") != std::string::npos);
    CHECK(r.message_zh().find("不是被人动过手脚") != std::string::npos);
    CHECK(r.message_en().find("documents.title") != std::string::npos);
    CHECK(read_bytes(install.current_path()) == before);
    CHECK(fs::is_empty(install.staging_dir()));

    // The same bundle changed after signing is still refused for what it is.
    std::string bytes = read_bytes(bundle);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
    const fs::path tampered = tmp / "tampered.kiosk";
    write_bytes(tampered, bytes);
    const UpdateResult t = install.import(tampered.string(), fx.trusted, {});
    CHECK(t.outcome == UpdateOutcome::Damaged);
    CHECK(read_bytes(install.current_path()) == before);
}
