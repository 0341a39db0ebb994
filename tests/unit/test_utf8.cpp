// The one UTF-8 decoder (core/base/utf8.h): lenient decoding, strict validation, boundaries and NFKC folding.
#include <catch2/catch.hpp>

#include <string>

#include "core/base/utf8.h"

using namespace kiosk::core;

namespace {

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

}  // namespace

TEST_CASE("utf8: decoding goes on past bad bytes, one U+FFFD each", "[utf8]") {
    CHECK(decode_all("政务a") == U"政务a");
    CHECK(decode_all("\xF0\xA0\xAE\xB7") == U"𠮷");                      // a name's character past the BMP
    CHECK(decode_all("a\xFF" "b") == U"a\uFFFDb");                        // a byte no UTF-8 has
    CHECK(decode_all("\xE6\x94") == U"\uFFFD\uFFFD");                    // cut off at the end
    CHECK(decode_all("\xC0\xAF") == U"\uFFFD\uFFFD");                    // overlong '/'
    CHECK(decode_all("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");          // a surrogate
    std::string round;
    for (char32_t c : decode_all("〔２０２４〕𠮷号")) append_utf8(round, c);
    CHECK(round == "〔２０２４〕𠮷号");
}

TEST_CASE("utf8: validation is strict and names the first bad byte", "[utf8]") {
    std::size_t bad = 99;
    CHECK(is_valid_utf8("公开目录 2024"));
    CHECK_FALSE(is_valid_utf8("目录\xC0\xAF", &bad));
    CHECK(bad == 6);
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80", &bad));  // past U+10FFFF
    CHECK(bad == 0);
    CHECK_FALSE(is_valid_utf8("\xED\xB0\x80"));
    // Whatever validates decodes without a replacement character.
    CHECK(decode_all("﨑山").find(U'\uFFFD') == std::u32string::npos);
}

TEST_CASE("utf8: counting, boundaries and taking back one character", "[utf8]") {
    const std::string s = "a政𠮷";  // 1 + 3 + 4 bytes
    CHECK(code_point_count(s) == 3);
    CHECK(code_point_count("") == 0);
    CHECK(code_point_start(s, 2) == 1);
    CHECK(code_point_start(s, 7) == 4);
    CHECK(code_point_start(s, 4) == 4);
    CHECK(code_point_end(s, 0) == 1);
    CHECK(code_point_end(s, 2) == 4);
    CHECK(code_point_end(s, 5) == 8);
    std::string q = s;
    pop_code_point(q);
    CHECK(q == "a政");
    pop_code_point(q);
    pop_code_point(q);
    CHECK(q.empty());
    pop_code_point(q);  // nothing left: no harm
    CHECK(q.empty());
    std::string broken = "政\x94";  // a stray continuation byte is one character of its own
    pop_code_point(broken);
    CHECK(broken == "政");
}

TEST_CASE("utf8: NFKC folds what people type with a Chinese input method", "[utf8]") {
    CHECK(nfkc_fold("１３８　００１３　８０００") == "138 0013 8000");
    CHECK(nfkc_fold("ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｃｏｍ") == "test@example.com");
    CHECK(nfkc_fold("皖政办〔２０２４〕３号") == "皖政办〔2024〕3号");
    CHECK(nfkc_fold("政府信息公开申请") == "政府信息公开申请");
}

TEST_CASE("utf8: one character's width fold touches only width forms", "[utf8]") {
    CHECK(fold_width(U'２') == U'2');
    CHECK(fold_width(U'Ｚ') == U'Z');
    CHECK(fold_width(U'　') == U' ');
    CHECK(fold_width(U'ｶ') == U'カ');
    CHECK(fold_width(U'①') == U'①');  // not a width form: the search index keeps it
    CHECK(fold_width(U'政') == U'政');
}

TEST_CASE("utf8: a Chinese character takes two terminal columns", "[utf8]") {
    CHECK(terminal_columns("abc") == 3);
    CHECK(terminal_columns("申请") == 4);
    CHECK(terminal_columns("２") == 2);
}
