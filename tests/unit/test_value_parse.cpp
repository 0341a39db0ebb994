// Values staff type: dates in three spellings (full-width digits too), numbers, enumerations, lists, 文号.
#include <catch2/catch.hpp>

#include "core/base/utf8.h"
#include "core/base/civil_date.h"
#include "core/base/value_parse.h"

using namespace kiosk::core;

TEST_CASE("dates: accepted spellings normalise to YYYY-MM-DD", "[values][dates]") {
    const std::pair<const char*, const char*> cases[] = {
        {"2024-05-01", "2024-05-01"},
        {"2024-5-1", "2024-05-01"},
        {"2024/5/1", "2024-05-01"},
        {"2024/05/01", "2024-05-01"},
        {"2024年5月1日", "2024-05-01"},
        {"2024年05月01日", "2024-05-01"},
        {"２０２４年５月１日", "2024-05-01"},
        {"２０２４－０５－０１", "2024-05-01"},
        {" 2024-12-31 ", "2024-12-31"},
        {"2024-02-29", "2024-02-29"},  // leap year
        {"2000-02-29", "2000-02-29"},  // divisible by 400
    };
    for (const auto& [in, out] : cases) {
        INFO(in);
        const auto d = parse_date(in);
        REQUIRE(d);
        CHECK(*d == out);
    }
}

TEST_CASE("dates: wrong spellings and days that do not exist are rejected", "[values][dates]") {
    const char* cases[] = {
        "",           "2024",         "24-05-01",   "2024.05.01",   "2024-05-01-", "2024/5-1",
        "2023-02-29", "1900-02-29",   "2024-13-01", "2024-04-31",   "2024-00-10",  "2024-01-00",
        "2024年5月1", "2024年5月1日x", "05/01/2024", "2024-005-01",  "1899-12-31",  "二〇二四年五月一日",
    };
    for (const char* c : cases) {
        INFO(c);
        CHECK_FALSE(parse_date(c));
    }
}

TEST_CASE("civil date arithmetic", "[values][dates]") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(weekday_from_days(days_from_civil(2025, 10, 1)) == 3);  // a Wednesday
    CHECK(weekday_from_days(days_from_civil(2024, 2, 29)) == 4);  // a Thursday
    CHECK(weekday_from_days(days_from_civil(1969, 12, 28)) == 0); // a Sunday, before the epoch
    // Round trip across several leap cycles, and dates stay consecutive.
    for (std::int64_t d = days_from_civil(1899, 1, 1); d < days_from_civil(2101, 1, 1); d += 17) {
        const CivilDate c = civil_from_days(d);
        REQUIRE(is_valid_civil(c.year, c.month, c.day));
        REQUIRE(days_from_civil(c.year, c.month, c.day) == d);
    }
    CHECK(iso_from_days(days_from_civil(2024, 12, 31) + 1) == "2025-01-01");
    CHECK(days_from_iso("2024-02-30") == std::nullopt);
}

TEST_CASE("integers and numbers", "[values]") {
    CHECK(parse_integer("20") == 20);
    CHECK(parse_integer(" ２０ ") == 20);
    CHECK(parse_integer("-3") == -3);
    CHECK_FALSE(parse_integer("二十"));
    CHECK_FALSE(parse_integer("20天"));
    CHECK_FALSE(parse_integer("1.5"));
    CHECK_FALSE(parse_integer(""));
    CHECK_FALSE(parse_integer("99999999999999999999"));

    CHECK(parse_number("580") == Approx(580));
    CHECK(parse_number("720.5") == Approx(720.5));
    CHECK(parse_number("０．８") == Approx(0.8));
    const char* bad[] = {"580元", "1,200", "1e3", ".5", "5.", "inf", "0x10", "", "一百"};
    for (const char* b : bad) {
        INFO(b);
        CHECK_FALSE(parse_number(b));
    }
}

TEST_CASE("enumerations", "[values]") {
    CHECK(parse_validity("有效") == Validity::Valid);
    CHECK(parse_validity("失效") == Validity::Expired);
    CHECK(parse_validity(" 废止 ") == Validity::Repealed);
    CHECK_FALSE(parse_validity("作废"));
    CHECK(parse_day_kind("休") == DayKind::Holiday);
    CHECK(parse_day_kind("班") == DayKind::AdjustedWorkday);
    CHECK_FALSE(parse_day_kind("假"));
    CHECK(parse_yes_no("是") == true);
    CHECK(parse_yes_no("否") == false);
    CHECK_FALSE(parse_yes_no("不"));
    CHECK(is_one_of("原件和复印件", {"原件", "复印件", "原件和复印件"}));
    CHECK_FALSE(is_one_of("原本", {"原件", "复印件", "原件和复印件"}));
}

TEST_CASE("lists split on either semicolon and join with the full-width one", "[values]") {
    CHECK(split_list("低保; 标准；；救助 ") == std::vector<std::string>{"低保", "标准", "救助"});
    CHECK(split_list("").empty());
    // Keeping empty items, for lists where one is a mistake to report: each separator makes one more item.
    CHECK(split_list("低保; 标准；；救助 ；", true) == std::vector<std::string>{"低保", "标准", "", "救助", ""});
    CHECK(split_list("低保", true) == std::vector<std::string>{"低保"});
    CHECK(join_list({"甲", "乙"}) == "甲；乙");
}

TEST_CASE("文号 brackets around the year become 〔〕", "[values]") {
    const std::pair<const char*, const char*> cases[] = {
        {"庄政办发[2004]26号", "庄政办发〔2004〕26号"},
        {"皖政办秘(2009)2号", "皖政办秘〔2009〕2号"},
        {"安民发（2024）29号", "安民发〔2024〕29号"},
        {"安民发【2024】1号", "安民发〔2024〕1号"},
        {"安民发〔2024〕1号", "安民发〔2024〕1号"},
        {"安民发(附件)1号", "安民发(附件)1号"},  // not a year: unchanged
        {"", ""},
    };
    for (const auto& [in, out] : cases) CHECK(normalize_doc_no(in) == out);
}

TEST_CASE("full-width ASCII folding leaves other text alone", "[values]") {
    CHECK(nfkc_fold("ＡＢｃ１２３－／") == "ABc123-/");
    CHECK(nfkc_fold("中文　空格") == "中文 空格");  // the ideographic space is a space
    CHECK(nfkc_fold("〔２０２４〕①号") == "〔2024〕1号");
    CHECK(nfkc_fold(std::string("a\xFF") + "b") == "a\xEF\xBF\xBD" "b");  // a bad byte shows as U+FFFD, the rest stays
}

TEST_CASE("calendar facts: leap years, month lengths, real dates", "[values][dates]") {
    CHECK(is_leap_year(2024));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2100));
    CHECK_FALSE(is_leap_year(2026));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2026, 2) == 28);
    CHECK(days_in_month(2026, 4) == 30);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(days_in_month(2026, 0) == 0);
    CHECK(days_in_month(2026, 13) == 0);
    CHECK(is_valid_civil(2024, 2, 29));
    CHECK_FALSE(is_valid_civil(2026, 2, 29));
    CHECK_FALSE(is_valid_civil(2026, 4, 31));
    CHECK_FALSE(is_valid_civil(2026, 1, 0));
    CHECK_FALSE(is_valid_civil(2026, 1, 300));
    CHECK(civil_from_days(-1).year == 1969);
    CHECK(weekday_from_days(days_from_civil(2026, 11, 24)) == 2);  // a Tuesday, as the attract screen says
}

TEST_CASE("dates in words: the one Chinese date", "[values][dates]") {
    CHECK(chinese_date("2026-12-22") == "2026年12月22日");
    CHECK(chinese_date("2027-01-05") == "2027年1月5日");
    CHECK(chinese_date(CivilDate{2026, 11, 24}) == "2026年11月24日");
    CHECK(chinese_date(civil_from_days(days_from_civil(2024, 2, 29))) == "2024年2月29日");
    // Not a stored date: shown as it is rather than as a wrong date.
    CHECK(chinese_date("soon") == "soon");
    CHECK(chinese_date("2026-02-30") == "2026-02-30");
    CHECK(chinese_date("") == "");
}
