// The one CSV writer (core/base/csv_writer.h): cells quoted as RFC 4180 needs, formula starts defused, plain numbers
// left readable, and what it writes read back by the kiosk's own reader (core/base/csv_reader.h).
#include <catch2/catch.hpp>

#include "core/base/csv_reader.h"
#include "core/base/csv_writer.h"

using namespace kiosk::core;

TEST_CASE("CSV cells that a spreadsheet would run as a formula get a leading quote", "[csv]") {
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"点这里\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"点这里\"\")\"");
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("@SUM(A1:A9)") == "'@SUM(A1:A9)");
    CHECK(csv_cell("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("\t=1") == "'\t=1");
    CHECK(csv_cell("\r=1") == "\"'\r=1\"");
    // Full-width forms, as a Chinese input method types them.
    CHECK(csv_cell("＝1+1") == "'＝1+1");
    CHECK(csv_cell("＋1") == "'＋1");
    CHECK(csv_cell("－1") == "'－1");
    CHECK(csv_cell("＠SUM(1)") == "'＠SUM(1)");
    // Behind leading spaces, ASCII or ideographic, which a spreadsheet may trim before it looks.
    CHECK(csv_cell("  =1+1") == "'  =1+1");
    CHECK(csv_cell("\xE3\x80\x80=1+1") == "'\xE3\x80\x80=1+1");
    // A sign with more than a number after it.
    CHECK(csv_cell("+86 139 1234 5678") == "'+86 139 1234 5678");
    CHECK(csv_cell("-") == "'-");
    CHECK(csv_cell("+.5") == "'+.5");
}

TEST_CASE("CSV cells that are plain numbers or ordinary words are left as they are", "[csv]") {
    CHECK(csv_cell("-3") == "-3");
    CHECK(csv_cell("+86") == "+86");
    CHECK(csv_cell("+8613912345678") == "+8613912345678");
    CHECK(csv_cell("-0.5") == "-0.5");
    CHECK(csv_cell("42") == "42");
    CHECK(csv_cell("1+1") == "1+1");  // no formula without a leading sign
    CHECK(csv_cell("dibao") == "dibao");
    CHECK(csv_cell("低保标准") == "低保标准");
    CHECK(csv_cell("刘䶮 𠮷田") == "刘䶮 𠮷田");
    CHECK(csv_cell("a=b") == "a=b");
    CHECK(csv_cell("") == "");
}

TEST_CASE("CSV cells are quoted when they hold a comma, a quote, a line break or edge spaces", "[csv]") {
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("line one\nline two") == "\"line one\nline two\"");
    CHECK(csv_cell("a\r\nb") == "\"a\r\nb\"");
    CHECK(csv_cell(" padded ") == "\" padded \"");
    CHECK(csv_cell("末尾全角空格\xE3\x80\x80") == "\"末尾全角空格\xE3\x80\x80\"");
    CHECK(csv_cell("中，文") == "中，文");  // a full-width comma separates nothing
}

TEST_CASE("CSV rows join their cells and end with the line end asked for", "[csv]") {
    CHECK(csv_row({"2026-11", "自然人", "3"}) == "2026-11,自然人,3\r\n");
    CHECK(csv_row({"=1+1", "a,b", ""}, "\n") == "'=1+1,\"a,b\",\n");
    CHECK(csv_row({}) == "\r\n");
}

TEST_CASE("CSV rows read back cell for cell through the kiosk's reader", "[csv]") {
    const std::vector<std::vector<std::string>> rows = {
        {"回执编号", "姓名或名称", "通信地址", "内容描述", "联系电话"},
        {"CY01-20261201-001K", "刘䶮", "安澜县石桥镇杨柳村三组12号", "想了解今年低保标准\n和申请条件", "13912345678"},
        {"CY01-20261201-002M", "𠮷田, 王𪚥", "说 \"你好\"", " 前后空格 ", "\xE3\x80\x80全角空格\xE3\x80\x80"},
        {"CY01-20261201-003P", "=1+1", "@SUM(1,2)", "＝HYPERLINK(\"x\")", "-3"},
        {"", "+86 139 1234 5678", "一行\n两行", "", "+8613912345678"},
    };
    std::string text;
    for (const auto& r : rows) text += csv_row(r);
    const CsvParseResult parsed = parse_csv(text);
    REQUIRE(parsed.issues.empty());
    REQUIRE(parsed.records.size() == rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        REQUIRE(parsed.records[r].fields.size() == rows[r].size());
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            INFO("row " << r << ", cell " << c);
            const std::string& written = rows[r][c];
            const bool guarded = (r == 3 && c >= 1 && c <= 3) || (r == 4 && c == 1);
            CHECK(parsed.records[r].fields[c] == (guarded ? "'" + written : written));
        }
    }
    // The line a multi-line cell starts on is kept, so staff find a row by the line their editor shows.
    CHECK(parsed.records[2].line == 4);
}
