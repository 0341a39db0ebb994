// pack_content() on the small fixture folder tests/fixtures/pack_minimal: the valid folder packs; each kind of source
// error is found at the exact file, line and field, and then nothing is written (no output created, an existing
// output left byte for byte as it was, no temporary file left behind).
#include <catch2/catch.hpp>

#include <iconv.h>
#include <unistd.h>

#include <functional>
#include <set>

#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/zh/text_encoding.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

std::string to_gb18030(const std::string& utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 8, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    REQUIRE(iconv(cd, &in, &in_left, &dst, &dst_left) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - dst_left);
    return out;
}

// fees.csv is GB18030 in the fixture; edit it as text and save it back as GB18030.
void replace_in_gb18030(const fs::path& p, const std::string& from, const std::string& to) {
    std::string utf8;
    std::size_t bad = 0;
    REQUIRE(gb18030_to_utf8(read_bytes(p), utf8, &bad));
    const auto pos = utf8.find(from);
    REQUIRE(pos != std::string::npos);
    utf8.replace(pos, from.size(), to);
    write_bytes(p, to_gb18030(utf8));
}

struct Expected {
    std::string file;
    int line;
    std::string field;
};

struct ErrorCase {
    const char* name;
    std::function<void(const fs::path& content)> mutate;
    std::vector<Expected> expected;
};

std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("the minimal fixture packs", "[pack]") {
    TempDir tmp;
    const fs::path out = tmp / "out.db";
    const PackResult r = pack_content({fixture("pack_minimal"), out.string(), "2024.06", ""});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.documents == 5);
    CHECK(r.attachments == 2);
    CHECK(r.guides == 2);
    CHECK(r.fees == 5);
    CHECK(r.announcements == 3);
    CHECK(r.calendar_days == 5);
    CHECK(fs::is_regular_file(out));
    // Only the output: the temporary file was renamed, not copied.
    CHECK(listing(tmp.path()) == std::vector<std::string>{"out.db"});
    // The file is a SQLite database with 4096-byte pages (bytes 16–17 of the header, big-endian).
    const std::string head = read_bytes(out).substr(0, 18);
    CHECK(head.substr(0, 16) == std::string("SQLite format 3\0", 16));
    CHECK((static_cast<unsigned char>(head[16]) << 8 | static_cast<unsigned char>(head[17])) == 4096);
}

TEST_CASE("pack replaces an existing output on success", "[pack]") {
    TempDir tmp;
    const fs::path out = tmp / "out.db";
    write_bytes(out, "old snapshot");
    REQUIRE(pack_content({fixture("pack_minimal"), out.string(), "", ""}).ok);
    CHECK(read_bytes(out).substr(0, 15) == "SQLite format 3");
}

TEST_CASE("each kind of source error names file, line and field, and nothing is written", "[pack][errors]") {
    const std::vector<ErrorCase> cases = {
        // ---- cell values
        {"required field empty",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "关于婚姻登记预约办理的公告,", ","); },
         {{"catalog.csv", 4, "标题"}}},
        {"date that does not exist",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "2022-01-15", "2022-02-30"); },
         {{"catalog.csv", 6, "发布日期"}}},
        {"date in an unknown spelling",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "2024-06-01,,", "2024.06.01,,"); },
         {{"announcements.csv", 3, "发布日期"}}},
        {"written after published",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "2023-06-10,2023-06-01", "2023-06-10,2023-06-11"); },
         {{"catalog.csv", 4, "成文日期"}}},
        {"validity not in the enumeration",
         [](const fs::path& c) { replace_once(c / "catalog.csv", ",废止,", ",作废,"); },
         {{"catalog.csv", 6, "有效性"}}},
        {"integer written in words",
         [](const fs::path& c) { replace_once(c / "guides.csv", ",30,20,否,", ",三十,20,否,"); },
         {{"guides.csv", 2, "法定办结时限"}}},
        {"promised limit longer than the legal one",
         [](const fs::path& c) { replace_once(c / "guides.csv", ",30,20,否,", ",10,20,否,"); },
         {{"guides.csv", 2, "承诺办结时限"}}},
        {"yes/no not in the enumeration (record starting on line 3, spanning 4)",
         [](const fs::path& c) { replace_once(c / "guides.csv", "达到法定婚龄\",1,0,否,", "达到法定婚龄\",1,0,免费,"); },
         {{"guides.csv", 3, "是否收费"}}},
        {"charged without saying how much",
         [](const fs::path& c) { replace_once(c / "guides.csv", ",否,,县便民", ",是,,县便民"); },
         {{"guides.csv", 2, "收费标准及依据"}}},
        {"material enumeration",
         [](const fs::path& c) { replace_once(c / "guide_materials.csv", "户口簿,1,原件,", "户口簿,1,原本,"); },
         {{"guide_materials.csv", 2, "原件或复印件"}}},
        {"more 附件说明 than attachments (record starting on line 2, spanning 3)",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "低保标准表,", "低保标准表；扫描件；多余的说明,"); },
         {{"catalog.csv", 2, "附件说明"}}},
        {"announcement ends before it starts",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "2024-05-01,2024-05-31", "2024-05-01,2024-04-30"); },
         {{"announcements.csv", 2, "截止日期"}}},
        // ---- uniqueness and references
        {"duplicate 索引号",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "TEST-2024-000", "TEST-2024-001"); },
         {{"catalog.csv", 7, "索引号"}}},
        {"duplicate 事项编码",
         [](const fs::path& c) {
             append(c / "guides.csv",
                    "G002,重复的事项,行政给付,安宁县民政局,依据,条件,30,20,否,,窗口,周一至周五,1,2,1,\n");
         },
         {{"guides.csv", 5, "事项编码"}}},
        {"material of a guide that does not exist",
         [](const fs::path& c) { replace_once(c / "guide_materials.csv", "G002,1,低保申请书", "G009,1,低保申请书"); },
         {{"guide_materials.csv", 4, "事项编码"}}},
        {"step of a guide that does not exist",
         [](const fs::path& c) { replace_once(c / "guide_steps.csv", "G002,2,审核确认", "G003,2,审核确认"); },
         {{"guide_steps.csv", 6, "事项编码"}}},
        {"duplicate step number within a guide",
         [](const fs::path& c) { replace_once(c / "guide_steps.csv", "G001,2,审查", "G001,1,审查"); },
         {{"guide_steps.csv", 4, "序号"}}},
        // ---- 正文 and 附件 files
        {"正文 file missing",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "doc4.md", "doc9.md"); },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 path climbing out with ..",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "doc4.md", "../office.csv"); },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 absolute path",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "doc4.md", "/etc/passwd"); },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 Windows absolute path",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "doc4.md", "C:\\文件\\doc4.md"); },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 link pointing outside the content folder",
         [](const fs::path& c) {
             write_bytes(c.parent_path() / "outside.md", "外面的文件\n");
             fs::create_symlink(c.parent_path() / "outside.md", c / "documents" / "link.md");
             replace_once(c / "catalog.csv", "doc4.md", "link.md");
         },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 not a text file",
         [](const fs::path& c) {
             write_bytes(c / "documents" / "doc4.docx", "PK\x03\x04");
             replace_once(c / "catalog.csv", "doc4.md", "doc4.docx");
         },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 file empty",
         [](const fs::path& c) { write_bytes(c / "documents" / "doc4.md", " \n\n"); },
         {{"catalog.csv", 6, "正文"}}},
        {"正文 file in no known encoding: reported inside that file",
         [](const fs::path& c) { write_bytes(c / "documents" / "doc4.md", "第一行\n\xFF\xFF\n"); },
         {{"documents/doc4.md", 2, ""}}},
        {"附件 that is not PNG or JPEG",
         [](const fs::path& c) {
             write_bytes(c / "attachments" / "fake.png", "%PDF-1.4\n");
             replace_once(c / "catalog.csv", "table.png；scan.jpg", "table.png；fake.png");
         },
         {{"catalog.csv", 2, "附件"}}},
        {"附件 missing",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "scan.jpg", "scan2.jpg"); },
         {{"catalog.csv", 2, "附件"}}},
        // ---- fees: the 金额 / 单位 / 标准说明 rule (fees.csv stays GB18030)
        {"amount without unit",
         [](const fs::path& c) { replace_in_gb18030(c / "fees.csv", "900,元/人·月", "900,"); },
         {{"fees.csv", 2, "单位"}}},
        {"neither amount nor explanation",
         [](const fs::path& c) { replace_in_gb18030(c / "fees.csv", "免收登记费", ""); },
         {{"fees.csv", 3, "标准说明"}}},
        {"amount with the unit typed in",
         [](const fs::path& c) { replace_in_gb18030(c / "fees.csv", "300,元/具", "300元,元/具"); },
         {{"fees.csv", 5, "金额"}}},
        // ---- office.csv
        {"office: unknown key",
         [](const fs::path& c) { replace_once(c / "office.csv", "监督电话,", "监督电活,"); },
         {{"office.csv", 8, "项目"}}},
        {"office: required key missing",
         [](const fs::path& c) { replace_once(c / "office.csv", "地址,安宁县人民路 1 号\n", ""); },
         {{"office.csv", 0, "地址"}}},
        {"office: day count not a number",
         [](const fs::path& c) { replace_once(c / "office.csv", "补正告知工作日,7", "补正告知工作日,七天"); },
         {{"office.csv", 11, "内容"}}},
        {"office: postcode",
         [](const fs::path& c) { replace_once(c / "office.csv", "311000", "31100"); },
         {{"office.csv", 5, "内容"}}},
        // ---- calendar.csv
        {"calendar: 班 on a weekday",
         [](const fs::path& c) { replace_once(c / "calendar.csv", "2025-09-28,班", "2025-09-29,班"); },
         {{"calendar.csv", 5, "日期"}}},
        {"calendar: the same day twice (in another spelling)",
         [](const fs::path& c) { append(c / "calendar.csv", "2025-01-01,休,元旦\n"); },
         {{"calendar.csv", 7, "日期"}}},
        {"calendar: type not 休 or 班",
         [](const fs::path& c) { replace_once(c / "calendar.csv", "2024-10-01,休", "2024-10-01,假"); },
         {{"calendar.csv", 6, "类型"}}},
        // ---- CSV structure and files
        {"unknown column",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "截止日期", "结束日期"); },
         {{"announcements.csv", 1, "结束日期"}}},
        {"required column renamed: unknown name and missing column",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "截止日期,内容", "截止日期,正文"); },
         {{"announcements.csv", 1, "正文"}, {"announcements.csv", 1, "内容"}}},
        {"row with more cells than the header",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "自 6 月 1 日起在", "自 6 月 1 日起,在"); },
         {{"announcements.csv", 3, ""}}},
        {"quote never closed",
         [](const fs::path& c) { replace_once(c / "announcements.csv", "请到窗口咨询。", "\"请到窗口咨询。"); },
         {{"announcements.csv", 4, ""}}},
        {"broken byte in a UTF-8 file",
         [](const fs::path& c) { replace_once(c / "catalog.csv", "关于开展", "关于\xC3(开展"); },
         {{"catalog.csv", 5, ""}}},
        {"broken byte in a GB18030 file",
         [](const fs::path& c) { append(c / "fees.csv", "\x81\x20,x\n"); },
         {{"fees.csv", 7, ""}}},
        {"file saved as UTF-16",
         [](const fs::path& c) { write_bytes(c / "calendar.csv", std::string("\xFF\xFE\xE5\x65\x1F\x67", 6)); },
         {{"calendar.csv", 1, ""}}},
        {"source file missing",
         [](const fs::path& c) { fs::remove(c / "guide_steps.csv"); },
         {{"guide_steps.csv", 0, ""}}},
        {"source file without even a header",
         [](const fs::path& c) { write_bytes(c / "announcements.csv", ""); },
         {{"announcements.csv", 1, ""}}},
        {"disclosure guide empty",
         [](const fs::path& c) { write_bytes(c / "disclosure_guide.md", "\n  \n"); },
         {{"disclosure_guide.md", 0, ""}}},
        {"disclosure guide missing",
         [](const fs::path& c) { fs::remove(c / "disclosure_guide.md"); },
         {{"disclosure_guide.md", 0, ""}}},
        // ---- several at once: all are reported, in reading order
        {"errors in several files are all collected",
         [](const fs::path& c) {
             replace_once(c / "catalog.csv", ",废止,", ",作废,");
             replace_once(c / "guide_steps.csv", "G002,2,审核确认", "G003,2,审核确认");
             replace_once(c / "calendar.csv", "2024-10-01,休", "2024-10-01,假");
         },
         {{"catalog.csv", 6, "有效性"}, {"guide_steps.csv", 6, "事项编码"}, {"calendar.csv", 6, "类型"}}},
    };

    for (const auto& c : cases) {
        SECTION(c.name) {
            TempDir tmp;
            const fs::path content = copy_fixture(tmp, "pack_minimal");
            c.mutate(content);
            const fs::path out_dir = tmp / "out";
            fs::create_directory(out_dir);
            const fs::path out = out_dir / "snapshot.db";

            const PackResult r = pack_content({content.string(), out.string(), "", ""});
            for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
            CHECK_FALSE(r.ok);
            REQUIRE(r.errors.size() == c.expected.size());
            for (std::size_t i = 0; i < c.expected.size(); ++i) {
                CHECK(r.errors[i].file == c.expected[i].file);
                CHECK(r.errors[i].line == c.expected[i].line);
                CHECK(r.errors[i].field == c.expected[i].field);
                CHECK_FALSE(r.errors[i].message_zh.empty());
                CHECK_FALSE(r.errors[i].message_en.empty());
            }
            CHECK_FALSE(fs::exists(out));

            // With an older snapshot in place, it survives byte for byte and no temporary file is left.
            const std::string previous = "previous snapshot \x00\x01\x02 bytes";
            write_bytes(out, previous);
            const PackResult again = pack_content({content.string(), out.string(), "", ""});
            CHECK_FALSE(again.ok);
            CHECK(again.errors.size() == c.expected.size());
            CHECK(read_bytes(out) == previous);
            CHECK(listing(out_dir) == std::vector<std::string>{"snapshot.db"});
        }
    }
}

TEST_CASE("SourceError prints as file:line:field: 中文 / English", "[pack]") {
    const SourceError e{"catalog.csv", 12, "发布日期", "日期写法不对", "bad date"};
    CHECK(e.to_string() == "catalog.csv:12:发布日期: 日期写法不对 / bad date");
}

TEST_CASE("errors are capped at 200", "[pack][errors]") {
    TempDir tmp;
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    std::string rows;
    for (int i = 0; i < 300; ++i) rows += "坏日期" + std::to_string(i) + ",2024-02-30,,内容\n";
    append(content / "announcements.csv", rows);
    const PackResult r = pack_content({content.string(), (tmp / "out.db").string(), "", ""});
    CHECK_FALSE(r.ok);
    CHECK(r.errors.size() == 200);
    CHECK(r.errors_truncated);
    CHECK(r.errors.front().line == 5);
    CHECK(r.errors.back().line == 204);
}

TEST_CASE("a missing content folder or output path is an error, not a crash", "[pack][errors]") {
    TempDir tmp;
    const PackResult r = pack_content({(tmp / "nope").string(), (tmp / "out.db").string(), "", ""});
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(fs::exists(tmp / "out.db"));

    const PackResult no_dir = pack_content({fixture("pack_minimal"), (tmp / "missing-dir" / "out.db").string(), "", ""});
    CHECK_FALSE(no_dir.ok);
    REQUIRE(no_dir.errors.size() == 1);
    CHECK_FALSE(fs::exists(tmp / "missing-dir"));
}

TEST_CASE("the snapshot's version comes from the content's own dates, not from the day it is packed", "[pack][version]") {
    TempDir tmp;
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    auto version_of = [&](const std::string& name, int revision, const char* epoch) {
        const fs::path out = tmp / name;
        ::setenv("SOURCE_DATE_EPOCH", epoch, 1);
        PackOptions options{content.string(), out.string(), "", ""};
        options.revision = revision;
        const PackResult r = pack_content(options);
        ::unsetenv("SOURCE_DATE_EPOCH");
        REQUIRE(r.ok);
        const auto info = ContentStore::open(out.string())->info();
        return std::make_pair(info.content_version, info.built_at);
    };
    // The fixture's newest date is two documents' 发布日期 2024-08-01; packed in 2031 or in 2050 it is the same version.
    const auto a = version_of("a.db", 0, "1930000000");
    const auto b = version_of("b.db", 0, "2524608000");
    CHECK(a.first == "2024.08.01");
    CHECK(b.first == a.first);
    CHECK(a.second == "2031-02-27T23:06:40Z");  // built_at is when it was packed (SOURCE_DATE_EPOCH here)
    CHECK(b.second == "2050-01-01T00:00:00Z");
    CHECK(version_of("c.db", 2, "1930000000").first == "2024.08.01.2");
    // A newer notice moves the version on.
    replace_once(content / "announcements.csv", "关于启用新办公地址的通知,2024-06-01", "关于启用新办公地址的通知,2024-09-09");
    CHECK(version_of("d.db", 0, "1930000000").first == "2024.09.09");
}
