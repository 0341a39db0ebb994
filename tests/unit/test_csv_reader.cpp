// The CSV dialect of content/README.md: RFC 4180 quoting, physical line numbers, header → columns.
#include <catch2/catch.hpp>

#include "core/base/csv_reader.h"

using namespace kiosk::core;

TEST_CASE("quoted fields keep commas, doubled quotes and line breaks", "[csv]") {
    const auto r = parse_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\nlast,row,here\n");
    REQUIRE(r.issues.empty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "line1\nline2"});
    CHECK(r.records[2].fields == std::vector<std::string>{"last", "row", "here"});
}

TEST_CASE("each record knows the physical line it starts on", "[csv]") {
    const auto r = parse_csv("h1,h2\n\"a\nb\nc\",1\n\nx,2\n\"p\nq\",3\n");
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].line == 1);
    CHECK(r.records[1].line == 2);  // spans lines 2–4
    CHECK(r.records[2].line == 6);  // line 5 is empty
    CHECK(r.records[3].line == 7);
}

TEST_CASE("unquoted fields are trimmed, quoted ones kept exactly", "[csv]") {
    const auto r = parse_csv(" a ,\tb\t,\xE3\x80\x80" "c\xE3\x80\x80, \" d \" \n");
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == std::vector<std::string>{"a", "b", "c", " d "});
}

TEST_CASE("empty lines and all-empty rows are skipped — CRLF works", "[csv]") {
    const auto r = parse_csv("h\r\n\r\n,,\r\nv\r\n   \r\n");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields[0] == "v");
    CHECK(r.records[1].line == 4);
}

TEST_CASE("a trailing comma gives a last empty field", "[csv]") {
    const auto r = parse_csv("a,b,\n1,2,");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields.size() == 3);
    CHECK(r.records[1].fields.size() == 3);
}

TEST_CASE("an unclosed quote is reported on the line it opens", "[csv]") {
    const auto r = parse_csv("a,b\n1,2\n3,\"never closed\n4,5\n");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].line == 3);
}

TEST_CASE("text after a closing quote is reported", "[csv]") {
    const auto r = parse_csv("a\n\"x\"y\n");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].line == 2);
}

TEST_CASE("CsvTable maps columns in any order", "[csv]") {
    const auto t = CsvTable::parse("内容,项目\n值一,键一\n\n值二,键二\n", {"项目", "内容"}, {"项目"});
    REQUIRE(t.issues().empty());
    REQUIRE(t.row_count() == 2);
    CHECK(t.get(0, "项目") == "键一");
    CHECK(t.get(1, "内容") == "值二");
    CHECK(t.line(1) == 4);
    CHECK(t.get(0, "不存在") == "");
}

TEST_CASE("CsvTable header problems name the column on line 1", "[csv]") {
    struct Case {
        const char* text;
        std::string field;  // the column named by the one issue
    };
    const Case cases[] = {
        {"项目,内容,备考\n", "备考"},  // unknown column (a typo of 备注)
        {"项目,内容,项目\n", "项目"},  // repeated
        {"内容\n", "项目"},            // required column missing
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto t = CsvTable::parse(c.text, {"项目", "内容"}, {"项目"});
        REQUIRE(t.issues().size() == 1);
        CHECK(t.issues()[0].line == 1);
        CHECK(t.issues()[0].field == c.field);
        CHECK_FALSE(t.issues()[0].zh.empty());
        CHECK_FALSE(t.issues()[0].en.empty());
    }
}

TEST_CASE("CsvTable: too many cells is an issue, too few are padded", "[csv]") {
    const auto t = CsvTable::parse("a,b\n1,2,3\n4\n5,6,,\n", {"a", "b"}, {});
    REQUIRE(t.issues().size() == 1);
    CHECK(t.issues()[0].line == 2);
    REQUIRE(t.row_count() == 2);
    CHECK(t.get(0, "a") == "4");
    CHECK(t.get(0, "b") == "");
    CHECK(t.get(1, "b") == "6");  // trailing empty cells are harmless
}

TEST_CASE("CsvTable: an empty file has no header", "[csv]") {
    const auto t = CsvTable::parse("\n\n", {"a"}, {"a"});
    REQUIRE(t.issues().size() == 1);
    CHECK(t.empty_header());
}
