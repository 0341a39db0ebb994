// ContentStore over a snapshot packed from tests/fixtures/pack_minimal. Expected values come from the fixture's
// rows (see the CSV files), not from the store's own code.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <set>

#include "core/base/utf8.h"
#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/snapshot/schema.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

// Packs the fixture once per test run into a temp dir shared by the tests below.
const std::string& snapshot_path() {
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = (dir / "minimal.db").string();
        const PackResult r = pack_content({fixture("pack_minimal"), p, "2024.06-test", "测试发布", ""});
        if (!r.ok) throw std::runtime_error("fixture did not pack: " + r.errors.front().to_string());
        return p;
    }();
    return path;
}

std::vector<std::string> index_numbers(const ContentStore& s, const std::vector<DocumentSummary>& list) {
    std::vector<std::string> out;
    for (const auto& d : list) out.push_back(s.document(d.id)->index_no);
    return out;
}

std::set<char32_t> code_points(const std::string& s) {
    std::set<char32_t> out;
    for (std::size_t i = 0; i < s.size();) out.insert(kiosk::core::next_code_point(s, i));
    return out;
}

void exec(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("store: snapshot info and office", "[store]") {
    const auto s = ContentStore::open(snapshot_path());
    const SnapshotInfo info = s->info();
    CHECK(info.schema_version == kSchemaVersion);
    CHECK(info.content_version == "2024.06-test");
    CHECK(info.publisher == "测试发布");
    REQUIRE(info.built_at.size() == 20);  // 2024-06-01T08:00:00Z
    CHECK(info.built_at[10] == 'T');
    CHECK(info.built_at.back() == 'Z');

    const Office o = s->office();
    CHECK(o.name == "安宁县民政局");
    CHECK(o.short_name == "安宁民政");
    CHECK(o.address == "安宁县人民路 1 号");
    CHECK(o.postcode == "311000");
    CHECK(o.hours == "周一至周五 8:30—12:00, 14:30—17:30");
    CHECK(o.phone == "0571-1234567");
    CHECK(o.complaint_phone == "0571-7654321");
    CHECK(o.email.empty());
    CHECK(o.reply_days == 20);
    CHECK(o.extension_days == 20);
    CHECK(o.correction_notice_days == 7);
}

TEST_CASE("store: categories and years with counts", "[store][catalog]") {
    const auto s = ContentStore::open(snapshot_path());
    const auto cats = s->categories();
    REQUIRE(cats.size() == 3);
    CHECK(cats[0].name == "社会救助");
    CHECK(cats[0].count == 3);
    // 婚姻登记 and 机构信息 tie at 1; ties go by name so the list does not reshuffle between runs.
    CHECK(cats[1].count == 1);
    CHECK(cats[2].count == 1);
    const auto years = s->years();
    REQUIRE(years.size() == 3);
    CHECK(years[0].name == "2024");
    CHECK(years[0].count == 3);
    CHECK(years[1].name == "2023");
    CHECK(years[2].name == "2022");
}

TEST_CASE("store: filters, counts and newest-first order", "[store][catalog]") {
    const auto s = ContentStore::open(snapshot_path());
    struct Case {
        CatalogFilter filter;
        std::vector<std::string> expected;  // 索引号 in list order
    };
    const Case cases[] = {
        {{"", 0}, {"TEST-2024-000", "TEST-2024-002", "TEST-2024-001", "TEST-2023-007", "TEST-2022-003"}},
        {{"社会救助", 0}, {"TEST-2024-000", "TEST-2024-002", "TEST-2024-001"}},
        {{"", 2024}, {"TEST-2024-000", "TEST-2024-002", "TEST-2024-001"}},
        {{"婚姻登记", 0}, {"TEST-2023-007"}},
        {{"", 2022}, {"TEST-2022-003"}},
        {{"社会救助", 2023}, {}},
        {{"", 2019}, {}},
        {{"不存在的分类", 0}, {}},
    };
    for (const auto& c : cases) {
        INFO(c.filter.category << " / " << c.filter.year);
        CHECK(s->count_documents(c.filter) == static_cast<int>(c.expected.size()));
        CHECK(index_numbers(*s, s->list_documents(c.filter, 0, 100)) == c.expected);
    }
    // Category counts add up to the whole catalog, as do year counts.
    int by_category = 0, by_year = 0;
    for (const auto& c : s->categories()) {
        CHECK(s->count_documents({c.name, 0}) == c.count);
        by_category += c.count;
    }
    for (const auto& y : s->years()) {
        CHECK(s->count_documents({"", std::stoi(y.name)}) == y.count);
        by_year += y.count;
    }
    CHECK(by_category == s->count_documents({}));
    CHECK(by_year == s->count_documents({}));
}

TEST_CASE("store: paging", "[store][catalog]") {
    const auto s = ContentStore::open(snapshot_path());
    const auto all = index_numbers(*s, s->list_documents({}, 0, 100));
    std::vector<std::string> paged;
    for (int offset = 0; offset < 5; offset += 2) {
        const auto page = s->list_documents({}, offset, 2);
        CHECK(page.size() == (offset == 4 ? 1u : 2u));
        for (const auto& id : index_numbers(*s, page)) paged.push_back(id);
    }
    CHECK(paged == all);
    CHECK(s->list_documents({}, 5, 2).empty());
    CHECK(s->list_documents({}, 0, 0).empty());
    CHECK(index_numbers(*s, s->list_documents({"社会救助", 2024}, 1, 1)) == std::vector<std::string>{"TEST-2024-002"});
}

TEST_CASE("store: document detail", "[store][catalog]") {
    const auto s = ContentStore::open(snapshot_path());
    std::optional<Document> doc;
    for (const auto& d : s->list_documents({}, 0, 100)) {
        auto full = s->document(d.id);
        REQUIRE(full);
        CHECK(full->title == d.title);
        if (full->index_no == "TEST-2024-001") doc = full;
    }
    REQUIRE(doc);
    CHECK(doc->title == "关于调整城乡低保标准的通知");
    CHECK(doc->doc_no == "安民发〔2024〕12号");           // typed as [2024]
    CHECK(doc->issuer == "安宁县民政局；安宁县财政局");  // typed with ";"
    CHECK(doc->category == "社会救助");
    CHECK(doc->genre == "通知");
    CHECK(doc->written_date == "2024-03-01");    // typed as 2024/3/1
    CHECK(doc->published_date == "2024-03-05");  // typed as 2024年3月5日
    CHECK(doc->validity == Validity::Valid);
    CHECK(doc->keywords == "低保；标准");
    CHECK(doc->summary == "第一行，含逗号, 和\"引号\"\n第二行");  // CRLF inside quotes became LF
    CHECK(doc->body.rfind("# 关于调整城乡低保标准的通知\n\n各乡镇人民政府：", 0) == 0);
    REQUIRE(doc->attachments.size() == 2);
    CHECK(doc->attachments[0].name == "table.png");
    CHECK(doc->attachments[0].mime == "image/png");
    CHECK(doc->attachments[1].name == "scan.jpg");
    CHECK(doc->attachments[1].mime == "image/jpeg");
    for (const auto& a : doc->attachments) {
        const std::string file = read_bytes(fixture("pack_minimal/attachments/" + a.name));
        CHECK(a.size == static_cast<std::int64_t>(file.size()));
        const auto data = s->attachment_data(a.id);
        CHECK(std::string(data.begin(), data.end()) == file);
    }
    CHECK(s->attachment_data(999999).empty());
    CHECK_FALSE(s->document(999999));

    // Validity labels and a GB18030 body.
    for (const auto& d : s->list_documents({}, 0, 100)) {
        const auto full = s->document(d.id);
        if (full->index_no == "TEST-2023-007") {
            CHECK(d.validity == Validity::Expired);
            CHECK(full->body == "婚姻登记实行预约办理。\n\n预约电话：0571-1234567。\n");
            CHECK(full->doc_no.empty());
        }
        if (full->index_no == "TEST-2022-003") CHECK(d.validity == Validity::Repealed);
        if (full->index_no == "TEST-2024-002") CHECK(full->body == "# 临时救助\n\n对遭遇突发性、紧迫性困难的家庭给予临时救助。\n");
        if (full->index_no == "TEST-2024-000") CHECK(full->doc_no == "安民发〔2024〕29号");  // typed with （）
    }
}

TEST_CASE("store: guides with materials and steps in 序号 order", "[store][guides]") {
    const auto s = ContentStore::open(snapshot_path());
    const auto list = s->guides();
    REQUIRE(list.size() == 2);
    CHECK(list[0].code == "G001");  // G002 comes first in guides.csv; the list is in code order
    CHECK(list[1].code == "G002");
    CHECK(list[0].name == "内地居民结婚登记");
    CHECK(list[0].kind == "行政确认");
    CHECK(list[0].agency == "安宁县民政局婚姻登记处");

    const auto g = s->guide(list[0].id);
    REQUIRE(g);
    CHECK(g->conditions == "男女双方自愿结婚；\n达到法定婚龄");
    CHECK(g->legal_days == 1);
    CHECK(g->promised_days == 0);
    CHECK_FALSE(g->charged);
    CHECK(g->visits == 1);
    CHECK(g->phone == "0571-1234568");
    REQUIRE(g->materials.size() == 3);
    CHECK(g->materials[0].ordinal == 1);
    CHECK(g->materials[0].name == "居民身份证");
    CHECK(g->materials[0].copies == 1);  // 份数 left empty
    CHECK(g->materials[1].name == "户口簿");
    CHECK(g->materials[2].name == "近期半身免冠合影照片");
    CHECK(g->materials[2].copies == 2);
    CHECK(g->materials[2].note == "2 寸");
    CHECK(g->materials[2].original_or_copy == "原件");
    CHECK(g->materials[2].medium == "纸质");
    REQUIRE(g->steps.size() == 3);
    CHECK(g->steps[0].name == "申请");
    CHECK(g->steps[1].name == "审查");
    CHECK(g->steps[2].name == "登记颁证");
    CHECK(g->steps[2].ordinal == 3);

    const auto g2 = s->guide(list[1].id);
    REQUIRE(g2);
    CHECK(g2->legal_days == 30);
    CHECK(g2->promised_days == 20);
    CHECK(g2->progress == "电话查询");
    REQUIRE(g2->materials.size() == 1);
    CHECK(g2->materials[0].medium == "纸质或电子");
    CHECK(g2->steps.size() == 2);
    CHECK_FALSE(s->guide(999999));
}

TEST_CASE("store: fees grouped by category in first-appearance order", "[store][fees]") {
    const auto s = ContentStore::open(snapshot_path());
    const auto fees = s->fees();
    REQUIRE(fees.size() == 5);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"低保标准", "城市低保标准"}, {"低保标准", "农村低保标准"}, {"婚姻登记收费", "结婚登记"},
        {"婚姻登记收费", "补领结婚证"}, {"殡葬服务", "遗体接运"},
    };
    for (std::size_t i = 0; i < fees.size(); ++i) {
        CHECK(fees[i].category == expected[i].first);
        CHECK(fees[i].item == expected[i].second);
    }
    REQUIRE(fees[0].amount);
    CHECK(*fees[0].amount == Approx(900));
    CHECK(fees[0].unit == "元/人·月");
    REQUIRE(fees[1].amount);
    CHECK(*fees[1].amount == Approx(720.5));
    CHECK(fees[1].effective_date == "2024-04-01");  // typed as 2024/4/1
    CHECK_FALSE(fees[2].amount);
    CHECK(fees[2].standard_text == "免收登记费");
    CHECK(fees[4].effective_date == "2020-07-01");  // typed as 2020年7月1日
    CHECK(fees[4].note == "10 公里以内");
    CHECK(fees[4].approver == "安宁县发展和改革局");
}

TEST_CASE("store: announcements hide expired notices, newest first", "[store]") {
    const auto s = ContentStore::open(snapshot_path());
    auto titles = [&](const std::string& today) {
        std::vector<std::string> out;
        for (const auto& a : s->announcements(today)) out.push_back(a.title);
        return out;
    };
    CHECK(titles("2024-05-31") ==
          std::vector<std::string>{"关于启用新办公地址的通知", "五一假期值班安排", "临时救助申请集中受理"});
    // The day after the 五一 notice's 截止日期 it is gone; on its last day (above) it is still shown.
    CHECK(titles("2024-06-01") == std::vector<std::string>{"关于启用新办公地址的通知", "临时救助申请集中受理"});
    CHECK(titles("2024-07-01") == std::vector<std::string>{"关于启用新办公地址的通知"});
    const auto all = s->announcements("2024-05-31");
    CHECK(all[1].expires_date == "2024-05-31");
    CHECK(all[0].expires_date.empty());
    CHECK(all[2].body == "请到窗口咨询。𠮷");
}

TEST_CASE("store: disclosure guide, calendar", "[store]") {
    const auto s = ContentStore::open(snapshot_path());
    CHECK(s->disclosure_guide().rfind("# 安宁县民政局政府信息公开指南\n", 0) == 0);
    const auto cal = s->calendar();
    REQUIRE(cal.size() == 5);
    CHECK(cal[0].date == "2024-10-01");
    CHECK(cal[1].date == "2025-01-01");  // typed as 2025/1/1
    CHECK(cal[2].date == "2025-01-26");  // typed as 2025年1月26日
    CHECK(cal[2].kind == DayKind::AdjustedWorkday);
    CHECK(cal[2].name == "春节调休上班");
    CHECK(cal[4].date == "2025-10-01");  // typed with full-width digits
    CHECK(cal[4].kind == DayKind::Holiday);
    CHECK(s->calendar_years() == std::vector<int>{2024, 2025});
}

TEST_CASE("store: charset holds every character the screens can get", "[store]") {
    const auto s = ContentStore::open(snapshot_path());
    const std::string charset = s->charset();
    // Sorted and without repeats.
    std::vector<char32_t> cps;
    for (const char32_t cp : code_points(charset)) cps.push_back(cp);
    const auto as_set = code_points(charset);
    CHECK(as_set.size() > 100);
    CHECK(as_set.count(U'\U00020BB7'));  // 𠮷, outside the BMP
    CHECK(as_set.count(U'〔'));          // produced by normalising 文号, not typed in the sources
    CHECK_FALSE(as_set.count(U'\n'));

    // Every printable character of every text the store hands out is in the charset.
    std::string all;
    auto add = [&](const std::string& t) { all += t; };
    const Office o = s->office();
    for (const auto* t : {&o.name, &o.short_name, &o.address, &o.postcode, &o.hours, &o.phone, &o.complaint_phone}) add(*t);
    for (const auto& d : s->list_documents({}, 0, 100)) {
        const auto doc = s->document(d.id);
        for (const auto* t : {&doc->title, &doc->doc_no, &doc->issuer, &doc->category, &doc->published_date,
                              &doc->index_no, &doc->genre, &doc->written_date, &doc->keywords, &doc->summary,
                              &doc->body}) {
            add(*t);
        }
        for (const auto& a : doc->attachments) add(a.name);
    }
    for (const auto& gs : s->guides()) {
        const auto g = s->guide(gs.id);
        for (const auto* t : {&g->code, &g->name, &g->kind, &g->agency, &g->basis, &g->conditions, &g->fee, &g->place,
                              &g->hours, &g->phone, &g->complaint_phone, &g->progress}) {
            add(*t);
        }
        for (const auto& m : g->materials) add(m.name + m.original_or_copy + m.medium + m.note);
        for (const auto& st : g->steps) add(st.name + st.description);
    }
    for (const auto& f : s->fees()) add(f.category + f.item + f.unit + f.standard_text + f.basis + f.approver + f.note + f.effective_date);
    for (const auto& a : s->announcements("")) add(a.title + a.published_date + a.expires_date + a.body);
    add(s->disclosure_guide());
    for (const auto& c : s->calendar()) add(c.date + c.name);
    const SnapshotInfo info = s->info();
    add(info.content_version + info.publisher + info.built_at);
    for (const char32_t cp : code_points(all)) {
        if (cp < 0x20) continue;
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(as_set.count(cp) == 1);
    }
}

TEST_CASE("store: attachment captions and names come from the content, not from file names", "[store][catalog]") {
    const auto s = ContentStore::open(snapshot_path());
    int seen = 0;
    for (const auto& d : s->list_documents({}, 0, 100)) {
        const auto full = s->document(d.id);
        REQUIRE(full);
        if (full->index_no == "TEST-2024-001") {
            ++seen;
            REQUIRE(full->attachments.size() == 2);
            CHECK(full->attachments[0].caption == "低保标准表");  // 附件说明 has one caption for two files
            CHECK(full->attachments[0].name == "table.png");
            CHECK(full->attachments[1].caption.empty());         // the page calls it 附件2
            CHECK(full->names == std::vector<std::string>{"刘䶮", "𠮷田"});
        } else {
            CHECK(full->names.empty());
        }
    }
    CHECK(seen == 1);
    // All of them at once, for the 部件 keyboard: each person once.
    CHECK(s->person_names() == std::vector<std::string>{"刘䶮", "𠮷田"});
}

TEST_CASE("store: opens a snapshot of schema 3, packed before 附件说明 and 人名", "[store][open]") {
    TempDir tmp;
    const std::string old = (tmp / "v3.db").string();
    fs::copy_file(snapshot_path(), old);
    // What pack wrote at schema 3: the same tables without the two columns.
    exec(old, "ALTER TABLE attachments DROP COLUMN caption; ALTER TABLE documents DROP COLUMN names; "
              "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    const auto s = ContentStore::open(old);
    CHECK(s->info().schema_version == 3);
    bool found = false;
    for (const auto& d : s->list_documents({}, 0, 100)) {
        const auto full = s->document(d.id);
        REQUIRE(full);
        if (full->index_no != "TEST-2024-001") continue;
        found = true;
        CHECK(full->title == "关于调整城乡低保标准的通知");
        REQUIRE(full->attachments.size() == 2);
        CHECK(full->attachments[0].name == "table.png");
        CHECK(full->attachments[0].caption.empty());
        CHECK(full->names.empty());
        CHECK_FALSE(s->attachment_data(full->attachments[0].id).empty());
    }
    CHECK(found);
    CHECK(s->person_names().empty());

    // Older still is refused, as is anything newer than this build.
    exec(old, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    CHECK_THROWS_AS(ContentStore::open(old), ContentError);
}

TEST_CASE("store: refuses a snapshot of another schema version", "[store][open]") {
    TempDir tmp;
    const std::string copy = (tmp / "other.db").string();
    fs::copy_file(snapshot_path(), copy);
    const std::string other = std::to_string(kiosk::core::kSchemaVersion + 1);
    exec(copy, ("UPDATE meta SET value = '" + other + "' WHERE key = 'schema_version'").c_str());
    try {
        ContentStore::open(copy);
        FAIL("opened a snapshot of another schema version");
    } catch (const ContentError& e) {
        const std::string what = e.what();
        CHECK(what.find("第 " + other + " 版") != std::string::npos);        // Chinese first …
        CHECK(what.find("schema version " + other) != std::string::npos);  // … then English
        CHECK(what.find('\n') != std::string::npos);
        CHECK(what.find('\n') < what.find("schema"));
    }
}

TEST_CASE("store: missing files and non-snapshots are ContentErrors", "[store][open]") {
    TempDir tmp;
    CHECK_THROWS_AS(ContentStore::open((tmp / "missing.db").string()), ContentError);
    CHECK_THROWS_AS(ContentStore::open(tmp.path().string()), ContentError);  // a directory

    const std::string text = (tmp / "text.db").string();
    write_bytes(text, "this is not a database, just text\n");
    CHECK_THROWS_AS(ContentStore::open(text), ContentError);

    const std::string other = (tmp / "other.db").string();
    exec(other, "CREATE TABLE notes (x)");
    CHECK_THROWS_AS(ContentStore::open(other), ContentError);

    const std::string no_version = (tmp / "noversion.db").string();
    exec(no_version, "CREATE TABLE meta (key TEXT, value TEXT)");
    CHECK_THROWS_AS(ContentStore::open(no_version), ContentError);

    try {
        ContentStore::open((tmp / "missing.db").string());
    } catch (const ContentError& e) {
        CHECK(std::string(e.what()).find("missing.db") != std::string::npos);
    }
}

TEST_CASE("store: opening and querying leaves the snapshot unchanged", "[store][open]") {
    const std::string before = read_bytes(snapshot_path());
    {
        const auto s = ContentStore::open(snapshot_path());
        (void)s->list_documents({}, 0, 100);
        (void)s->fees();
    }
    CHECK(read_bytes(snapshot_path()) == before);
}
