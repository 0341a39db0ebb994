// text_encoding.cpp — see text_encoding.h.
#include "core/zh/text_encoding.h"

#include <cerrno>
#include <iconv.h>

#include "core/base/strings_zh.h"
#include "core/base/utf8.h"
#include "core/base/text_format.h"

namespace kiosk::core {

std::string normalize_newlines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

bool gb18030_to_utf8(std::string_view bytes, std::string& out, std::size_t* bad_offset) {
    out.clear();
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        if (bad_offset) *bad_offset = 0;
        return false;
    }
    // GB18030 is at most 4 bytes per character and UTF-8 at most 4 too, so 4× (+ slack) always suffices in one call;
    // the loop still handles E2BIG in case a glibc build maps to something longer.
    std::string buf(bytes.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* dst = buf.data();
    std::size_t dst_left = buf.size();
    bool ok = true;
    while (in_left > 0) {
        if (iconv(cd, &in, &in_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) {
            const std::size_t used = buf.size() - dst_left;
            buf.resize(buf.size() * 2);
            dst = buf.data() + used;
            dst_left = buf.size() - used;
            continue;
        }
        // EILSEQ (an invalid sequence) or EINVAL (a sequence cut off at the end): `in` points at it.
        if (bad_offset) *bad_offset = static_cast<std::size_t>(in - bytes.data());
        ok = false;
        break;
    }
    iconv_close(cd);
    if (ok) out.assign(buf.data(), buf.size() - dst_left);
    return ok;
}

bool encodable_in_gb2312(std::string_view utf8) {
    if (utf8.empty()) return false;
    // One converter per thread, kept open: the pinyin keyboard asks for a few hundred candidates per keystroke.
    struct Converter {
        iconv_t cd = iconv_open("GB2312", "UTF-8");
        ~Converter() { if (ok()) iconv_close(cd); }
        bool ok() const { return cd != reinterpret_cast<iconv_t>(-1); }
    };
    thread_local Converter conv;
    if (!conv.ok()) return false;
    iconv(conv.cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
    char buf[64];
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    while (in_left > 0) {
        char* dst = buf;
        std::size_t dst_left = sizeof buf;
        if (iconv(conv.cd, &in, &in_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) continue;
        if (errno != E2BIG) return false;  // EILSEQ: not in GB 2312 (or not UTF-8); EINVAL: cut off
    }
    return true;
}

namespace {

int line_at(std::string_view bytes, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') ++line;
    }
    return line;
}

// How many multi-byte UTF-8 characters come before `offset` (the first invalid byte, so all of them are valid).
std::size_t utf8_multibyte_before(std::string_view bytes, std::size_t offset) {
    std::size_t n = 0;
    const std::string_view valid = bytes.substr(0, offset);
    for (std::size_t i = 0; i < valid.size();) n += next_code_point(valid, i) >= 0x80;
    return n;
}

// GB18030 accepts most byte pairs, so UTF-8 text with one damaged byte, or with a GB18030 line pasted into it, often
// "decodes" as GB18030 into mojibake (浣庝繚鏍囧噯…) instead of failing. Real GB18030 text almost never forms this
// many valid UTF-8 characters before its first invalid byte, so past this count the file is taken to be UTF-8 and
// the bad byte is reported.
constexpr std::size_t kUtf8Evidence = 8;

}  // namespace

DecodedText decode_source_text(std::string_view bytes, std::string_view file_name) {
    DecodedText r;
    const std::string name(file_name);

    auto fail = [&](std::size_t offset, const str::Bilingual& msg) {
        r.ok = false;
        r.text.clear();
        r.error_offset = offset;
        r.error_line = line_at(bytes, offset);
        r.error_zh = format_text(msg.zh, name.c_str(), r.error_line, offset);
        r.error_en = format_text(msg.en, name.c_str(), r.error_line, offset);
        return r;
    };

    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        std::size_t bad = 0;
        if (!is_valid_utf8(bytes.substr(3), &bad)) return fail(bad + 3, str::kErrEncodingBadUtf8);
        r.ok = true;
        r.encoding = SourceEncoding::Utf8Bom;
        r.text = normalize_newlines(bytes.substr(3));
        return r;
    }
    // "Unicode text" from Excel is UTF-16 with a BOM; GB18030 would turn it into garbage rather than fail, so say so.
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        return fail(0, str::kErrEncodingUtf16);
    }

    std::size_t utf8_bad = 0;
    if (is_valid_utf8(bytes, &utf8_bad)) {
        r.ok = true;
        r.encoding = SourceEncoding::Utf8;
        r.text = normalize_newlines(bytes);
        return r;
    }

    const std::size_t utf8_chars = utf8_multibyte_before(bytes, utf8_bad);
    if (utf8_chars >= kUtf8Evidence) return fail(utf8_bad, str::kErrEncodingBadUtf8);

    std::string converted;
    std::size_t gb_bad = 0;
    if (gb18030_to_utf8(bytes, converted, &gb_bad)) {
        r.ok = true;
        r.encoding = SourceEncoding::Gb18030;
        r.text = normalize_newlines(converted);
        return r;
    }
    // Both failed: point where the file's evident encoding breaks — UTF-8's first bad byte if UTF-8 characters came
    // before it, else where GB18030 decoding stopped.
    if (utf8_chars > 0) return fail(utf8_bad, str::kErrEncodingBadUtf8);
    return fail(gb_bad, str::kErrEncodingUnknown);
}

}  // namespace kiosk::core
