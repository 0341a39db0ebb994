// Decoding staff-made files: UTF-8, UTF-8 with BOM, GB18030 (fixtures made with `iconv -t GB18030`), CRLF, and the
// error for bytes that are neither.
#include <catch2/catch.hpp>

#include "core/base/utf8.h"
#include "core/zh/text_encoding.h"
#include "test_support.h"

using namespace kiosk::core;
using test_support::fixture;
using test_support::read_bytes;

namespace {
// The text every encoding fixture holds, written here by hand (not read from a fixture) so that a fixture that
// decodes to something else fails.
const std::string kSample = "标题,内容\n低保标准调整,城市 900 元/人·月\n生僻字,䶮 𠮷 𪚥\n";
}  // namespace

TEST_CASE("encoding fixtures decode to the same UTF-8 text", "[encoding]") {
    struct Case {
        const char* file;
        SourceEncoding encoding;
    };
    const Case cases[] = {
        {"encoding/sample_utf8.txt", SourceEncoding::Utf8},
        {"encoding/sample_utf8_bom.txt", SourceEncoding::Utf8Bom},
        {"encoding/sample_gb18030.txt", SourceEncoding::Gb18030},
        {"encoding/sample_gb18030_crlf.txt", SourceEncoding::Gb18030},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        const std::string bytes = read_bytes(fixture(c.file));
        const DecodedText d = decode_source_text(bytes, c.file);
        REQUIRE(d.ok);
        CHECK(d.encoding == c.encoding);
        CHECK(d.text == kSample);
    }
}

TEST_CASE("the GB18030 fixture really is GB18030, not UTF-8", "[encoding]") {
    const std::string bytes = read_bytes(fixture("encoding/sample_gb18030.txt"));
    CHECK_FALSE(is_valid_utf8(bytes));
    CHECK(bytes != kSample);
}

TEST_CASE("CRLF and lone CR become LF", "[encoding]") {
    CHECK(normalize_newlines("a\r\nb\rc\n\r\n") == "a\nb\nc\n\n");
    const DecodedText d = decode_source_text("x,y\r\n1,2\r\n", "t.csv");
    REQUIRE(d.ok);
    CHECK(d.text == "x,y\n1,2\n");
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and truncation", "[encoding]") {
    struct Case {
        std::string bytes;
        bool valid;
        std::size_t bad_offset;
    };
    const Case cases[] = {
        {"plain ascii", true, 0},
        {"中文", true, 0},
        {"\xF0\xA0\xAE\xB7", true, 0},  // U+20BB7
        {"ab\xC0\xAF", false, 2},       // overlong "/"
        {"\xED\xA0\x80", false, 0},     // surrogate U+D800
        {"ok\xE4\xB8", false, 2},       // truncated 中
        {"\xF4\x90\x80\x80", false, 0}, // above U+10FFFF
        {"a\x80", false, 1},            // stray continuation byte
    };
    for (const auto& c : cases) {
        std::size_t bad = 999;
        INFO(c.bytes);
        CHECK(is_valid_utf8(c.bytes, &bad) == c.valid);
        if (!c.valid) CHECK(bad == c.bad_offset);
    }
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030 give file, line and offset", "[encoding]") {
    // 0xFF can start nothing in either encoding. It sits on line 3, at byte 8.
    const std::string bytes = "a,b\nc,d\n\xFF\xFF\n";
    const DecodedText d = decode_source_text(bytes, "catalog.csv");
    REQUIRE_FALSE(d.ok);
    CHECK(d.error_line == 3);
    CHECK(d.error_offset == 8);
    CHECK(d.error_zh.find("catalog.csv") != std::string::npos);
    CHECK(d.error_zh.find("8") != std::string::npos);
    CHECK(d.error_en.find("catalog.csv") != std::string::npos);
    CHECK(d.error_en.find("line 3") != std::string::npos);
}

TEST_CASE("a mostly UTF-8 file with one broken byte points at that byte", "[encoding]") {
    // Valid UTF-8 Chinese first, then a lone 0xC3 before "(": GB18030 fails too, and the UTF-8 offset is the useful one.
    const std::string bytes = "标题\n中文\xC3(\n";
    const DecodedText d = decode_source_text(bytes, "x.csv");
    REQUIRE_FALSE(d.ok);
    CHECK(d.error_offset == 13);
    CHECK(d.error_line == 2);
}

TEST_CASE("UTF-16 files are refused with a plain explanation", "[encoding]") {
    const std::string bytes("\xFF\xFE" "a\0b\0", 6);
    const DecodedText d = decode_source_text(bytes, "fees.csv");
    REQUIRE_FALSE(d.ok);
    CHECK(d.error_line == 1);
    CHECK(d.error_en.find("UTF-16") != std::string::npos);
}

TEST_CASE("GB18030 four-byte sequences decode (characters beyond the BMP)", "[encoding]") {
    std::string out;
    std::size_t bad = 0;
    // 𠮷 U+20BB7 is 95 34 B2 35 in GB18030 (0x90308130 + (0x20BB7 - 0x10000), in the 4-byte ranges' mixed radix).
    REQUIRE(gb18030_to_utf8("\x95\x34\xB2\x35", out, &bad));
    CHECK(out == "𠮷");
    REQUIRE(gb18030_to_utf8("\x95\x32\x82\x36", out, &bad));
    CHECK(out == "\U00020000");  // the first character of Ext B
    // A lead byte cut off at the end of the file is an error at its offset.
    CHECK_FALSE(gb18030_to_utf8("ab\xD6", out, &bad));
    CHECK(bad == 2);
}

TEST_CASE("UTF-8 with a GB18030 fragment is an error, not mojibake", "[encoding]") {
    // These bytes happen to be valid GB18030 as a whole (they would decode to 浣庝繚鏍囧噯…), which is exactly why
    // the decoder must not take that road for a file that is evidently UTF-8.
    const std::string bytes = "低保标准调整通知发布\n\xD6\xD0\n";  // "中" in GB18030 on line 2
    std::string as_gb;
    std::size_t bad = 0;
    REQUIRE(gb18030_to_utf8(bytes, as_gb, &bad));
    const DecodedText d = decode_source_text(bytes, "catalog.csv");
    REQUIRE_FALSE(d.ok);
    CHECK(d.error_line == 2);
    CHECK(d.error_offset == 31);
}

TEST_CASE("GB 2312 draws the line between common and rare characters", "[encoding]") {
    using kiosk::core::encodable_in_gb2312;
    CHECK(encodable_in_gb2312("刘"));
    CHECK(encodable_in_gb2312("刘伟"));
    CHECK(encodable_in_gb2312("王a1，"));
    CHECK_FALSE(encodable_in_gb2312("䶮"));    // Ext. A: the name of a Southern Han emperor
    CHECK_FALSE(encodable_in_gb2312("刘䶮"));  // one rare character is enough
    CHECK_FALSE(encodable_in_gb2312("堃"));    // common in names, not in GB 2312
    CHECK_FALSE(encodable_in_gb2312("喆"));
    CHECK_FALSE(encodable_in_gb2312("劉"));    // traditional forms are outside it too
    CHECK_FALSE(encodable_in_gb2312(""));
    CHECK_FALSE(encodable_in_gb2312("\xe5\x88"));  // cut-off UTF-8
    // The converter is reused: a failure leaves no state behind for the next word.
    CHECK(encodable_in_gb2312("燕"));
    // Longer than one buffer of output.
    CHECK(encodable_in_gb2312(std::string(200, 'a') + "燕"));
}
