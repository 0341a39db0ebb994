// test_application.cpp — the request as a whole: which fields each applicant needs, checking and normalising,
// sealing to the office, durable storage with receipts and deadlines, export and read-back.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include <sqlite3.h>

#include "core/requests/application.h"
#include "core/requests/application_store.h"
#include "core/updates/signing.h"
#include "test_support.h"

using namespace kiosk::core;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr const char* kToday = "2026-12-01";

Application citizen() {
    Application a;
    a.kind = ApplicantKind::Citizen;
    a.name = "刘䶮";
    a.id_number = "１１０１０５１９４９１２３１００２ｘ";
    a.phone = "139 1234 5678";
    a.address = "安澜县石桥镇杨柳村三组12号";
    a.info_name = "2026年城乡低保标准";
    a.info_doc_no = "安民发〔2026〕８号";
    a.info_description = "想了解今年低保标准\n和申请条件";
    a.form = ProvideForm::Paper;
    a.delivery = Delivery::Pickup;
    a.signature = {{100, 100, false}, {200, 150, false}, {300, 120, true}};
    a.filled_date = kToday;
    return a;
}

std::vector<FormField> fields_of(const std::vector<FieldError>& errors) {
    std::vector<FormField> out;
    for (const auto& e : errors) out.push_back(e.field);
    return out;
}

// 2026's 国庆 as the demo calendar has it: 10/1–10/7 off, Saturday 10/10 worked.
WorkdayCalendar national_day_2026() {
    std::vector<CalendarDay> days;
    for (int d = 1; d <= 7; ++d) days.push_back({"2026-10-0" + std::to_string(d), DayKind::Holiday, "国庆节"});
    days.push_back({"2026-10-10", DayKind::AdjustedWorkday, "国庆节调休上班"});
    return WorkdayCalendar(days, {2026});
}

long long local_time(int y, int mo, int d, int h, int mi) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_isdst = -1;
    return static_cast<long long>(std::mktime(&tm));
}

}  // namespace

TEST_CASE("a complete citizen's application passes and is normalised", "[form]") {
    Application a = citizen();
    const auto errors = check_application(a, kToday);
    REQUIRE(errors.empty());
    CHECK(a.id_number == "11010519491231002X");
    CHECK(a.phone == "13912345678");
    CHECK(a.info_doc_no == "安民发〔2026〕8号");
    CHECK(a.name == "刘䶮");
}

TEST_CASE("problems are listed in form order, with words, and what was typed is kept", "[form]") {
    Application a = citizen();
    a.name = "";
    a.id_number = "110105194912310021";  // check digit wrong
    a.phone = "1391234567";
    a.signature.clear();
    const Application typed = a;
    const auto errors = check_application(a, kToday);
    CHECK(fields_of(errors) ==
          std::vector<FormField>{FormField::Name, FormField::IdNumber, FormField::Phone, FormField::Signature});
    for (const auto& e : errors) CHECK(std::string(e.message_zh).size() > 0);
    CHECK(std::string(errors[1].message_zh).find("身份证") != std::string::npos);
    CHECK(a.id_number == typed.id_number);  // nothing normalised away while something is wrong
    CHECK(a.phone == typed.phone);
}

TEST_CASE("each applicant kind and each delivery asks for its own fields", "[form]") {
    Application org;
    org.kind = ApplicantKind::Organisation;
    org.org_kind = OrganisationKind::LegalService;
    org.phone = "0937-6583016";
    org.address = "安澜县人民路1号";
    org.info_description = "2025年临时救助资金发放情况";
    org.signature = citizen().signature;
    auto errors = check_application(org, kToday);
    CHECK(fields_of(errors) ==
          std::vector<FormField>{FormField::OrgName, FormField::CreditCode, FormField::LegalRep, FormField::ContactName});
    org.org_name = "安澜县明理律师事务所";
    org.credit_code = "91350100m000100y43";
    org.legal_rep = "王𪚥";
    org.contact_name = "𠮷田";
    REQUIRE(check_application(org, kToday).empty());
    CHECK(org.credit_code == "91350100M000100Y43");
    CHECK(report_kind(org) == "法律服务机构");
    CHECK(report_kind(citizen()) == "自然人");

    Application post = citizen();
    post.delivery = Delivery::Post;
    CHECK(fields_of(check_application(post, kToday)) == std::vector<FormField>{FormField::Postcode});
    post.postcode = "736321";
    CHECK(check_application(post, kToday).empty());

    Application mail = citizen();
    mail.delivery = Delivery::Email;
    CHECK(fields_of(check_application(mail, kToday)) == std::vector<FormField>{FormField::Email, FormField::Delivery});
    mail.email = "liuyan@163.com";
    mail.form = ProvideForm::Electronic;
    CHECK(check_application(mail, kToday).empty());

    Application waiver = citizen();
    waiver.fee_waiver = true;
    CHECK(fields_of(check_application(waiver, kToday)) == std::vector<FormField>{FormField::FeeWaiverReason});

    Application nothing_wanted = citizen();
    nothing_wanted.info_name.clear();
    nothing_wanted.info_description.clear();
    const auto e = check_application(nothing_wanted, kToday);
    REQUIRE(fields_of(e) == std::vector<FormField>{FormField::InfoName});
    CHECK(std::string(e[0].message_zh).find("信息名称") != std::string::npos);

    Application passport = citizen();
    passport.id_type = "护照";
    passport.id_number = "E12345678";  // no check digit to verify for other documents
    CHECK(check_application(passport, kToday).empty());
}

TEST_CASE("an application survives its text form, rare characters and signature included", "[form]") {
    Application a = citizen();
    a.fee_waiver = true;
    a.fee_waiver_reason = "低保户\\家庭困难";
    const std::string text = serialize_application(a);
    Application back;
    REQUIRE(parse_application(text, &back));
    CHECK(serialize_application(back) == text);
    CHECK(back.name == "刘䶮");
    CHECK(back.info_description == a.info_description);
    CHECK(back.fee_waiver_reason == a.fee_waiver_reason);
    REQUIRE(back.signature.size() == 3);
    CHECK(back.signature[2].pen_up);
    CHECK(back.signature[1].x == 200);
    CHECK_FALSE(parse_application("name=x\n", &back));  // no format line
}

TEST_CASE("receipt numbers carry a check character that catches typos", "[form]") {
    const std::string body = "QL01-20261201-007";
    const std::string number = body + receipt_check_char(body);
    CHECK(receipt_number_valid(number));
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '-') continue;
        std::string typo = number;
        typo[i] = typo[i] == '9' ? 'A' : typo[i] == 'L' ? 'M' : static_cast<char>(typo[i] + 1);
        INFO(typo);
        CHECK_FALSE(receipt_number_valid(typo));
        if (i + 1 < body.size() && body[i + 1] != '-' && body[i] != body[i + 1]) {
            std::string swapped = number;
            std::swap(swapped[i], swapped[i + 1]);
            INFO(swapped);
            CHECK_FALSE(receipt_number_valid(swapped));
        }
    }
}

TEST_CASE("submitted applications are sealed, durable, numbered and given deadlines", "[form]") {
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    const OfficePublicKey pub = *read_office_public_key((dir / "office.pub").string(), &error);
    const OfficeSecretKey sec = *read_office_secret_key((dir / "office.key").string(), &error);
    const WorkdayCalendar calendar = national_day_2026();
    ReceiptRules rules;
    rules.kiosk_id = "ql01";
    rules.office_name = "安澜县石桥镇人民政府";
    rules.calendar = &calendar;
    const std::string db = (dir / "applications.db").string();

    std::vector<std::string> numbers;
    {
        auto store = ApplicationStore::open(db, &error);
        REQUIRE(store);
        // Handed in on 30 September: 国庆 does not count, the 调休 Saturday does.
        const auto r1 = store->submit(citizen(), pub, rules, local_time(2026, 9, 30, 10, 15), &error);
        REQUIRE(r1);
        CHECK(r1->received_at == "2026-09-30 10:15");
        CHECK(r1->office == "安澜县石桥镇人民政府");  // the receipt names the office stored with it
        CHECK(r1->reply_by.date == "2026-11-03");
        CHECK_FALSE(r1->reply_by.used_fallback);
        CHECK(r1->reply_days == 20);
        CHECK(r1->extended_by.date == "2026-12-01");
        CHECK(r1->number.rfind("QL01-20260930-001", 0) == 0);
        CHECK(receipt_number_valid(r1->number));
        const auto r2 = store->submit(citizen(), pub, rules, local_time(2026, 9, 30, 11, 0), &error);
        REQUIRE(r2);
        CHECK(r2->number.rfind("QL01-20260930-002", 0) == 0);
        const auto r3 = store->submit(citizen(), pub, rules, local_time(2026, 12, 1, 9, 0), &error);
        REQUIRE(r3);
        CHECK(r3->number.rfind("QL01-20261201-001", 0) == 0);
        CHECK_FALSE(r3->reply_by.used_fallback);  // 29 December: still 2026
        CHECK(r3->extended_by.used_fallback);     // runs into 2027, which this calendar does not cover
        numbers = {r1->number, r2->number, r3->number};
    }
    // Reopened (a restart): all there, and nothing personal readable in the files.
    auto store = ApplicationStore::open(db, &error);
    REQUIRE(store);
    CHECK(store->total_count() == 3);
    CHECK(store->pending_count() == 3);
    for (const auto& f : fs::directory_iterator(dir.path())) {
        if (f.path().filename().string().rfind("applications.db", 0) != 0) continue;
        const std::string raw = test_support::read_bytes(f.path());
        CHECK(raw.find("刘䶮") == std::string::npos);
        CHECK(raw.find("13912345678") == std::string::npos);
        CHECK(raw.find("139 1234 5678") == std::string::npos);
    }
    const auto counts = store->monthly_counts();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].month == "2026-09");
    CHECK(counts[0].kind == "自然人");
    CHECK(counts[0].count == 2);

    // Export: one file and its checksum; read back; marked exported; the office opens each with its key.
    const fs::path stick = dir / "stick";
    fs::create_directories(stick);
    const ExportResult ex = store->export_pending(stick.string(), "QL01", local_time(2026, 12, 1, 16, 0));
    REQUIRE(ex.ok);
    CHECK(ex.count == 3);
    CHECK(store->pending_count() == 0);
    CHECK(store->total_count() == 3);  // never deleted
    std::vector<ExportedApplication> read;
    REQUIRE(read_export_file(ex.file, &read, &error));
    REQUIRE(read.size() == 3);
    CHECK(read[0].receipt_number == numbers[0]);
    CHECK(read[0].office == "安澜县石桥镇人民政府");  // the 受理机关 travels with each application
    const auto plain = open_sealed(read[0].sealed, pub, sec);
    REQUIRE(plain);
    Application opened;
    REQUIRE(parse_application(*plain, &opened));
    CHECK(opened.name == "刘䶮");
    OfficeSecretKey wrong = sec;
    wrong[5] ^= 1;  // not byte 0: X25519 clamps its low bits
    CHECK_FALSE(open_sealed(read[0].sealed, pub, wrong));

    // A second export has nothing to do; a damaged file is refused when read.
    const ExportResult again = store->export_pending(stick.string(), "QL01", local_time(2026, 12, 1, 16, 5));
    CHECK(again.ok);
    CHECK(again.count == 0);
    std::string bytes = test_support::read_bytes(ex.file);
    bytes[bytes.size() / 2] ^= 0x40;
    test_support::write_bytes(ex.file, bytes);
    CHECK_FALSE(read_export_file(ex.file, &read, &error));
    CHECK(error.find("checksum") != std::string::npos);
}

TEST_CASE("an export to a stick that cannot be written marks nothing", "[form]") {
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    const OfficePublicKey pub = *read_office_public_key((dir / "office.pub").string(), &error);
    auto store = ApplicationStore::open((dir / "a.db").string(), &error);
    REQUIRE(store);
    REQUIRE(store->submit(citizen(), pub, {}, local_time(2026, 12, 1, 9, 0), &error));
    // The stick was pulled: its mount folder is gone, so the export folder on it cannot be made.
    const ExportResult ex = store->export_pending((dir / "pulled-stick" / "政府信息公开申请").string(), "K1",
                                                  local_time(2026, 12, 1, 9, 5));
    CHECK_FALSE(ex.ok);
    CHECK(ex.error_zh.find("没有标记为已导出") != std::string::npos);
    CHECK(store->pending_count() == 1);
    // A file where the folder should be.
    { std::ofstream(dir / "not-a-folder") << "x"; }
    CHECK_FALSE(store->export_pending((dir / "not-a-folder").string(), "K1", local_time(2026, 12, 1, 9, 6)).ok);
    CHECK(store->pending_count() == 1);
    // The stick is there but the export folder is not yet: it is made, and then the export goes through.
    fs::create_directories(dir / "stick");
    const ExportResult ok = store->export_pending((dir / "stick" / "政府信息公开申请").string(), "K1",
                                                  local_time(2026, 12, 1, 9, 7));
    CHECK(ok.ok);
    CHECK(ok.count == 1);
    CHECK(store->pending_count() == 0);
}

TEST_CASE("a store and an export file from before the receiving office was kept still work", "[form]") {
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    const OfficePublicKey pub = *read_office_public_key((dir / "office.pub").string(), &error);
    // The store as the first kiosks made it: no office column, one application waiting.
    const std::string db = (dir / "applications.db").string();
    REQUIRE(test_support::write_database(
        db, "CREATE TABLE applications (id INTEGER PRIMARY KEY, receipt_no TEXT NOT NULL UNIQUE,"
            " day TEXT NOT NULL, seq INTEGER NOT NULL, received_at TEXT NOT NULL, kind TEXT NOT NULL,"
            " sealed BLOB NOT NULL, exported_at TEXT, export_file TEXT, UNIQUE (day, seq)) STRICT;"
            "INSERT INTO applications (receipt_no, day, seq, received_at, kind, sealed)"
            " VALUES ('K1-20261130-001A', '2026-11-30', 1, '2026-11-30 10:00', '自然人', x'0102');"));
    auto store = ApplicationStore::open(db, &error);
    REQUIRE(store);
    CHECK(store->pending_count() == 1);
    ReceiptRules rules;
    rules.kiosk_id = "K1";
    rules.office_name = "石桥镇人民政府";
    REQUIRE(store->submit(citizen(), pub, rules, local_time(2026, 12, 1, 9, 0), &error));
    fs::create_directories(dir / "stick");
    const ExportResult ex = store->export_pending((dir / "stick").string(), "K1", local_time(2026, 12, 1, 9, 5));
    REQUIRE(ex.ok);
    std::vector<ExportedApplication> read;
    REQUIRE(read_export_file(ex.file, &read, &error));
    REQUIRE(read.size() == 2);
    CHECK(read[0].office.empty());  // received before the office was kept
    CHECK(read[1].office == "石桥镇人民政府");

    // A version-1 file (no office in its records), as an office may still hold from earlier months.
    std::string v1 = "KIOSKAPPS1\n";
    auto u16 = [&](std::size_t n) { v1 += static_cast<char>(n & 0xFF); v1 += static_cast<char>(n >> 8); };
    v1 += std::string("\x01\x00\x00\x00", 4);
    for (const std::string& s : {std::string("K1-20261130-001A"), std::string("2026-11-30 10:00"), std::string("自然人")}) {
        u16(s.size());
        v1 += s;
    }
    v1 += std::string("\x02\x00\x00\x00\x01\x02", 6);
    const std::string old_file = (dir / "old.kapps").string();
    test_support::write_bytes(old_file, v1);
    REQUIRE(read_export_file(old_file, &read, &error));
    REQUIRE(read.size() == 1);
    CHECK(read[0].receipt_number == "K1-20261130-001A");
    CHECK(read[0].kind == "自然人");
    CHECK(read[0].office.empty());
    CHECK(read[0].sealed == std::vector<std::uint8_t>{1, 2});
    // Anything else is refused.
    test_support::write_bytes(old_file, "KIOSKAPPS9\n" + v1.substr(11));
    CHECK_FALSE(read_export_file(old_file, &read, &error));
}

#include "tools/application_pdf.h"

TEST_CASE("the office's PDF of an application holds its words, rare characters included", "[form]") {
    TempDir dir;
    Application a = citizen();
    REQUIRE(check_application(a, kToday).empty());
    const std::string path = (dir / "QL01-20261201-001X.pdf").string();
    std::string error;
    REQUIRE(kiosk::tools::write_application_pdf(a, {"安澜县石桥镇人民政府", "QL01-20261201-001X", "2026-12-01 09:00"},
                                                path, &error));
    const std::string pdf = test_support::read_bytes(path);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.size() > 2000);
    CHECK_FALSE(fs::exists(path + ".tmp"));
    CHECK_FALSE(kiosk::tools::write_application_pdf(a, {}, (dir / "no-such-dir" / "x.pdf").string(), &error));
}

#include "core/base/csv_reader.h"
#include "tools/application_commands.h"

TEST_CASE("the office's applications.csv shows what a visitor typed as text, never as a formula", "[form][csv]") {
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    const OfficePublicKey pub = *read_office_public_key((dir / "office.pub").string(), &error);
    Application a = citizen();
    a.name = "=1+1";
    a.address = "@SUM(1,2)，杨柳村";
    a.info_description = "＝HYPERLINK(\"http://x\")";
    REQUIRE(check_application(a, kToday).empty());  // the form takes it: the CSV is what must defuse it
    {
        auto store = ApplicationStore::open((dir / "applications.db").string(), &error);
        REQUIRE(store);
        ReceiptRules rules;
        rules.office_name = "安澜县石桥镇人民政府";
        REQUIRE(store->submit(a, pub, rules, local_time(2026, 12, 1, 9, 0), &error));
        REQUIRE(store->export_pending((dir / "stick").string(), "CY01", local_time(2026, 12, 1, 16, 0)).ok);
    }
    std::string kapps;
    for (const auto& f : fs::directory_iterator(dir / "stick"))
        if (f.path().extension() == ".kapps") kapps = f.path().string();
    REQUIRE_FALSE(kapps.empty());
    const fs::path out = dir / "opened";
    REQUIRE(kiosk::tools::cmd_open_applications({"--key", (dir / "office.key").string(), kapps, "-o", out.string()}) ==
            0);

    std::string csv = test_support::read_bytes(out / "applications.csv");
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const CsvParseResult parsed = parse_csv(std::string_view(csv).substr(3));
    REQUIRE(parsed.issues.empty());
    REQUIRE(parsed.records.size() == 2);
    const std::vector<std::string>& header = parsed.records[0].fields;
    const std::vector<std::string>& row = parsed.records[1].fields;
    REQUIRE(row.size() == header.size());
    const auto cell = [&](const std::string& column) {
        const auto at = std::find(header.begin(), header.end(), column);
        REQUIRE(at != header.end());
        return row[static_cast<std::size_t>(at - header.begin())];
    };
    CHECK(cell("姓名或名称") == "'=1+1");
    CHECK(cell("通信地址") == "'@SUM(1,2)，杨柳村");
    CHECK(cell("内容描述") == "'＝HYPERLINK(\"http://x\")");
    CHECK(cell("证件号码或统一社会信用代码") == "11010519491231002X");  // ordinary cells are as typed
    CHECK(cell("受理机关") == "安澜县石桥镇人民政府");
    CHECK(csv.find("\r\n=1+1") == std::string::npos);
    CHECK(csv.find(",=1+1") == std::string::npos);
}
