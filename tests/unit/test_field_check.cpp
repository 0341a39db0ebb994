// test_field_check.cpp — the request form's field checks, table-driven.
#include <catch2/catch.hpp>

#include "core/requests/field_check.h"

using namespace kiosk::core;

namespace {
constexpr const char* kToday = "2026-12-01";
}

TEST_CASE("居民身份证号码: GB 11643 check digit, birth date, normalisation", "[form]") {
    struct Case {
        const char* typed;
        FieldProblem want;
        const char* normalized;
    };
    const Case cases[] = {
        {"11010519491231002X", FieldProblem::None, "11010519491231002X"},   // the standard's own example
        {"440524188001010014", FieldProblem::None, "440524188001010014"},   // born 1880, the standard's second
        {"11010519491231002x", FieldProblem::None, "11010519491231002X"},   // lower-case x
        {"１１０１０５１９４９１２３１００２ｘ", FieldProblem::None, "11010519491231002X"},  // full width
        {"110105 19491231 002X", FieldProblem::None, "11010519491231002X"},  // spaces as people group it
        {"110105194912310021", FieldProblem::BadCheckDigit, "110105194912310021"},
        {"11010519491231002", FieldProblem::BadLength, "11010519491231002"},
        {"11010519491231002X1", FieldProblem::BadLength, "11010519491231002X1"},
        {"1101051949123100X2", FieldProblem::BadCharacters, "1101051949123100X2"},
        {"11010519491231A02X", FieldProblem::BadCharacters, "11010519491231A02X"},
        {"110105194902300025", FieldProblem::BadDate, "110105194902300025"},   // 30 February
        {"110105203001010011", FieldProblem::BadDate, "110105203001010011"},   // born in the future
        {"", FieldProblem::Required, ""},
        {"   ", FieldProblem::Required, ""},
    };
    for (const auto& c : cases) {
        INFO(c.typed);
        const FieldCheck r = check_resident_id(c.typed, kToday);
        CHECK(r.problem == c.want);
        CHECK(r.normalized == c.normalized);
    }
    // Every check digit of a valid prefix is found, including X (sum mod 11 == 2).
    CHECK(resident_id_check_char("11010519491231002") == 'X');
    CHECK(resident_id_check_char("44052418800101001") == '4');
    CHECK(resident_id_check_char("4405241880010100") == 0);
    // A mistyped digit anywhere in a valid number is caught by the check digit.
    const std::string valid = "440524188001010014";
    for (std::size_t i = 0; i < 17; ++i) {
        if (i >= 6 && i < 14) continue;  // the birth date: may become BadDate instead
        std::string typo = valid;
        typo[i] = typo[i] == '9' ? '0' : static_cast<char>(typo[i] + 1);
        INFO(typo);
        CHECK(check_resident_id(typo, kToday).problem == FieldProblem::BadCheckDigit);
    }
}

TEST_CASE("统一社会信用代码: GB 32100 check character and alphabet", "[form]") {
    struct Case {
        const char* typed;
        FieldProblem want;
        const char* normalized;
    };
    const Case cases[] = {
        {"91350100M000100Y43", FieldProblem::None, "91350100M000100Y43"},
        {"91350100m000100y43", FieldProblem::None, "91350100M000100Y43"},   // lower case
        {"９１３５０１００Ｍ０００１００Ｙ４３", FieldProblem::None, "91350100M000100Y43"},
        {"91350100M000100Y44", FieldProblem::BadCheckDigit, "91350100M000100Y44"},
        {"91350100M000100Y4", FieldProblem::BadLength, "91350100M000100Y4"},
        {"91350100O000100Y43", FieldProblem::BadCharacters, "91350100O000100Y43"},  // letter O
        {"91350100I000100Y43", FieldProblem::BadCharacters, "91350100I000100Y43"},
        {"", FieldProblem::Required, ""},
    };
    for (const auto& c : cases) {
        INFO(c.typed);
        const FieldCheck r = check_credit_code(c.typed);
        CHECK(r.problem == c.want);
        CHECK(r.normalized == c.normalized);
    }
    // The check character can be any of the 31 (including a letter); made codes with each verify.
    CHECK(credit_code_check_char("91350100M000100Y4") == '3');
    CHECK(credit_code_check_char("91350100S000100Y4") == 0);
}

TEST_CASE("phone numbers: mainland mobiles and landlines with area codes", "[form]") {
    struct Case {
        const char* typed;
        FieldProblem want;
        const char* normalized;
    };
    const Case cases[] = {
        {"13912345678", FieldProblem::None, "13912345678"},
        {"139 1234 5678", FieldProblem::None, "13912345678"},
        {"１３９１２３４５６７８", FieldProblem::None, "13912345678"},
        {"+86 139-1234-5678", FieldProblem::None, "13912345678"},
        {"0937-6583016", FieldProblem::None, "0937-6583016"},
        {"09376583016", FieldProblem::None, "0937-6583016"},
        {"(0937) 6583016", FieldProblem::None, "0937-6583016"},
        {"010-22345678", FieldProblem::None, "010-22345678"},
        {"021 5555 6666", FieldProblem::None, "021-55556666"},
        {"1391234567", FieldProblem::BadFormat, "1391234567"},      // 10 digits
        {"12912345678", FieldProblem::BadFormat, "12912345678"},    // no 12x mobiles
        {"6583016", FieldProblem::BadFormat, "6583016"},           // no area code
        {"0937-658301", FieldProblem::BadFormat, "0937-658301"},    // 6 digits after the area code
        {"139一二三45678", FieldProblem::BadCharacters, "139一二三45678"},
        {"", FieldProblem::Required, ""},
    };
    for (const auto& c : cases) {
        INFO(c.typed);
        const FieldCheck r = check_phone(c.typed);
        CHECK(r.problem == c.want);
        CHECK(r.normalized == c.normalized);
    }
    CHECK(check_phone("010-12345678").problem == FieldProblem::BadFormat);  // local numbers never start with 1
    CHECK(check_mobile("0937-6583016").problem == FieldProblem::BadFormat);
    CHECK(check_mobile("15800001111").ok());
}

TEST_CASE("postcodes, e-mail and free text", "[form]") {
    CHECK(check_postcode("736321").ok());
    CHECK(check_postcode("７３６３２１").normalized == "736321");
    CHECK(check_postcode("73632").problem == FieldProblem::BadLength);
    CHECK(check_postcode("73632a").problem == FieldProblem::BadCharacters);
    CHECK(check_postcode("").problem == FieldProblem::Required);

    CHECK(check_email("", false).ok());
    CHECK(check_email("", true).problem == FieldProblem::Required);
    CHECK(check_email("zhangsan@163.com", false).ok());
    CHECK(check_email("ｚｈａｎｇｓａｎ＠１６３．ｃｏｍ", false).normalized == "zhangsan@163.com");
    for (const char* bad : {"zhangsan", "@163.com", "a@b", "a@@b.com", "a@b..com", "张三@163.com", "a@.com"}) {
        INFO(bad);
        CHECK(check_email(bad, false).problem == FieldProblem::BadFormat);
    }

    CHECK(check_text("  刘䶮  ", true, 40).normalized == "刘䶮");
    CHECK(check_text("", true, 40).problem == FieldProblem::Required);
    CHECK(check_text("", false, 40).ok());
    CHECK(check_text("𠮷田", true, 2).ok());  // counted in characters, not bytes (𠮷 is 4 bytes)
    CHECK(check_text("王𪚥某", true, 2).problem == FieldProblem::TooLong);
    CHECK(check_text("第一行\n第二行", true, 40).ok());
    CHECK(check_text("a\x01b", true, 40).problem == FieldProblem::BadCharacters);
}

TEST_CASE("every problem has words next to the field", "[form]") {
    for (auto kind : {FieldKind::ResidentId, FieldKind::CreditCode, FieldKind::Phone, FieldKind::Mobile,
                      FieldKind::Postcode, FieldKind::Email, FieldKind::Text}) {
        CHECK(std::string(problem_message_zh(FieldProblem::None, kind)).empty());
        for (auto p : {FieldProblem::Required, FieldProblem::TooLong, FieldProblem::BadLength,
                       FieldProblem::BadCharacters, FieldProblem::BadDate, FieldProblem::BadCheckDigit,
                       FieldProblem::BadFormat}) {
            CHECK_FALSE(std::string(problem_message_zh(p, kind)).empty());
        }
    }
    CHECK(std::string(problem_message_zh(FieldProblem::BadCheckDigit, FieldKind::ResidentId)).find("身份证") !=
          std::string::npos);
}
