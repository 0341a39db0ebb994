// recordings.csv (录音) through pack (core/pack/pack_recordings.cpp) and ContentStore::recording: good recordings of
// a guide, a notice and the 公开指南 page are stored byte for byte with their format and length; every kind of bad
// row — a damaged or cut-short file, an MP3, a name that matches nothing, a second recording of one thing — is
// refused at file:line:field with nothing written; and a snapshot from before the table reads as having none.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "core/content/content_store.h"
#include "core/content/recorded_audio.h"
#include "core/pack/pack.h"
#include "core/snapshot/snapshot_check.h"
#include "core/updates/update_result.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

std::string audio_bytes(const char* name) { return read_bytes(fs::path(KIOSK_TEST_FIXTURES) / "audio" / name); }

// pack_minimal with recordings/ holding the two fixture files (and a cut-short and a renamed-MP3 one), and `sheet`.
fs::path content_with_recordings(const TempDir& tmp, const std::string& sheet) {
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    fs::create_directory(content / "recordings");
    write_bytes(content / "recordings" / "dibao.ogg", audio_bytes("tone_stereo.ogg"));
    write_bytes(content / "recordings" / "notice.opus", audio_bytes("tone_mono.opus"));
    const std::string whole = audio_bytes("tone_stereo.ogg");
    write_bytes(content / "recordings" / "cut.ogg", whole.substr(0, whole.size() / 2));
    write_bytes(content / "recordings" / "song.ogg", std::string("ID3\x04\0\0\0\0\0\0\xFF\xFB\x90\x64", 14));
    write_bytes(content / "recordings.csv", sheet);
    return content;
}

PackResult pack(const fs::path& content, const fs::path& out) {
    return pack_content({content.string(), out.string(), "2024.06", ""});
}

struct Expected {
    int line;
    std::string field;
    std::string says;  // a part of the Chinese message
};

}  // namespace

TEST_CASE("recordings.csv: good recordings are stored as given and ContentStore returns them", "[recordings][pack]") {
    TempDir tmp;
    const fs::path content = content_with_recordings(
        tmp, "类型,名称,文件\n"
             "办事指南,最低生活保障申请,recordings/dibao.ogg\n"
             "通知公告,五一假期值班安排,notice.opus\n"
             "页面,政府信息公开指南,recordings\\NOTICE.opus\n");
    // A name written in capitals on a Windows desk: the file's own name here is what the cell says.
    fs::copy_file(content / "recordings" / "notice.opus", content / "recordings" / "NOTICE.opus");
    const fs::path out = tmp / "out.db";
    const PackResult r = pack(content, out);
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.ok);
    CHECK(r.recordings == 3);
    CHECK(check_snapshot(out.string()).ok());

    const auto store = ContentStore::open(out.string());
    const auto guide = store->recording("guide", "最低生活保障申请");
    REQUIRE(guide);
    const std::string ogg = audio_bytes("tone_stereo.ogg");
    CHECK(*guide == std::vector<unsigned char>(ogg.begin(), ogg.end()));
    DecodedAudio decoded;
    std::string error;
    CHECK(decode_recorded_audio(*guide, &decoded, &error));
    CHECK(store->recording("notice", "五一假期值班安排"));
    CHECK(store->recording("page", "disclosure_guide"));
    CHECK_FALSE(store->recording("guide", "内地居民结婚登记"));
    CHECK_FALSE(store->recording("page", "政府信息公开指南"));  // the page by its key, not its name

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(out.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT format, duration_ms FROM recordings ORDER BY kind", -1, &st, nullptr) ==
            SQLITE_OK);
    std::vector<std::pair<std::string, int>> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), sqlite3_column_int(st, 1));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::make_pair(std::string("vorbis"), 1500));  // guide
    CHECK(rows[1].first == "opus");                                   // notice
    CHECK(rows[1].second >= 990);
    CHECK(rows[1].second <= 1010);
}

TEST_CASE("recordings.csv: each kind of bad row is reported at file, line and field, and nothing is written",
          "[recordings][pack][errors]") {
    const std::vector<std::pair<std::string, std::vector<Expected>>> cases = {
        {"办事指南,最低生活保障申请,cut.ogg\n", {{2, "文件", "录音文件不完整"}}},
        {"办事指南,最低生活保障申请,song.ogg\n", {{2, "文件", "不是 Ogg Vorbis"}}},
        {"办事指南,低保申请,dibao.ogg\n", {{2, "名称", "没有叫“低保申请”的办事指南"}}},
        {"通知公告,最低生活保障申请,dibao.ogg\n", {{2, "名称", "没有标题是“最低生活保障申请”的通知公告"}}},
        {"页面,公开指南,dibao.ogg\n", {{2, "名称", "没有叫“公开指南”的页面"}}},
        {"视频,最低生活保障申请,dibao.ogg\n", {{2, "类型", "类型应是"}}},
        {"办事指南,最低生活保障申请,dibao.mp3\n", {{2, "文件", "以 .ogg 或 .opus 结尾"}}},
        {"办事指南,最低生活保障申请,missing.ogg\n", {{2, "文件", "recordings/missing.ogg"}}},
        {"办事指南,最低生活保障申请,../guides.ogg\n", {{2, "文件", ""}}},
        {"办事指南,最低生活保障申请,\n", {{2, "文件", "必须填写"}}},
        {"办事指南,最低生活保障申请,dibao.ogg\n办事指南,最低生活保障申请,notice.opus\n",
         {{3, "名称", "第 2 行已经给它配了录音"}}},
        {"办事指南,最低生活保障申请,cut.ogg\n通知公告,五一假期值班安排,song.ogg\n页面,政府信息公开指南,dibao.ogg\n",
         {{2, "文件", "不完整"}, {3, "文件", "不是 Ogg"}}},
    };
    for (const auto& [rows, expected] : cases) {
        SECTION(rows) {
            TempDir tmp;
            const fs::path content = content_with_recordings(tmp, "类型,名称,文件\n" + rows);
            const fs::path out_dir = tmp / "out";
            fs::create_directory(out_dir);
            const fs::path out = out_dir / "snapshot.db";
            write_bytes(out, "previous snapshot");
            const PackResult r = pack(content, out);
            CHECK_FALSE(r.ok);
            REQUIRE(r.errors.size() == expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                INFO(r.errors[i].to_string());
                CHECK(r.errors[i].file == "recordings.csv");
                CHECK(r.errors[i].line == expected[i].line);
                CHECK(r.errors[i].field == expected[i].field);
                CHECK(r.errors[i].message_zh.find(expected[i].says) != std::string::npos);
                CHECK_FALSE(r.errors[i].message_en.empty());
            }
            CHECK(read_bytes(out) == "previous snapshot");
            CHECK(std::distance(fs::directory_iterator(out_dir), fs::directory_iterator()) == 1);
        }
    }
}

TEST_CASE("recordings: a snapshot without the table (schema 5) has no recordings, and a forged one is refused",
          "[recordings][store][install]") {
    TempDir tmp;
    const fs::path content = content_with_recordings(tmp, "类型,名称,文件\n办事指南,最低生活保障申请,dibao.ogg\n");
    const fs::path out = tmp / "v6.db";
    REQUIRE(pack(content, out).ok);

    const fs::path old = tmp / "v5.db";
    fs::copy_file(out, old);
    REQUIRE(write_database(old, "DROP TABLE recordings; UPDATE meta SET value = '5' WHERE key = 'schema_version'"));
    CHECK_FALSE(ContentStore::open(old.string())->recording("guide", "最低生活保障申请"));

    // Past pack: a format no decoder is chosen for, and an hour claimed.
    const fs::path forged = tmp / "forged.db";
    fs::copy_file(out, forged);
    REQUIRE(write_database(forged, "PRAGMA ignore_check_constraints = 1; UPDATE recordings SET format = 'mp3'"));
    CHECK(check_snapshot(forged.string()).outcome == UpdateOutcome::UnsafeContent);
    fs::remove(forged);
    fs::copy_file(out, forged);
    REQUIRE(write_database(forged, "UPDATE recordings SET duration_ms = 3600000"));
    CHECK(check_snapshot(forged.string()).outcome == UpdateOutcome::UnsafeContent);
}
