// utf8.cpp — UTF-8 for every room, over libutf8proc.
//
// Text reaches the kiosk from many hands: content files typed in WPS, copied web pages with mojibake, bundles from a
// stick, what a visitor writes on the form. The rule everywhere is the same: decoding never stops at a bad byte
// (it shows U+FFFD and goes on, so a damaged paragraph still lays out), validation is strict where a file is judged
// (a content source, kiosk.conf, a bundle manifest), and folding is Unicode's NFKC, not a table of our own, so
// ２０２４, ｛, ① and the ideographic space mean what a reader means by them. utf8proc's iterate is the decoder and
// validator both: it rejects overlong forms, surrogates and values past U+10FFFF.
#include "core/base/utf8.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kiosk::core {

char32_t next_code_point_multibyte(std::string_view s, std::size_t& i) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0 || cp < 0) {
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t c) {
    utf8proc_uint8_t buf[4];
    const auto cp = static_cast<utf8proc_int32_t>(c);
    const auto n = utf8proc_encode_char(utf8proc_codepoint_valid(cp) ? cp : 0xFFFD, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        utf8proc_int32_t cp = -1;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0 || cp < 0) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += static_cast<std::size_t>(n);
    }
    return true;
}

std::size_t code_point_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return n;
}

std::size_t code_point_start(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return s.size();
    // Back over at most three continuation bytes; further back they belong to no code point of their own.
    std::size_t p = pos;
    while (p > 0 && pos - p < 3 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    std::size_t end = p;
    next_code_point(s, end);
    return end > pos ? p : pos;
}

std::size_t code_point_end(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return s.size();
    std::size_t i = code_point_start(s, pos);
    next_code_point(s, i);
    return i;
}

std::size_t terminal_columns(std::string_view s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const int cw = utf8proc_charwidth(static_cast<utf8proc_int32_t>(next_code_point(s, i)));
        w += cw > 0 ? static_cast<std::size_t>(cw) : 0;
    }
    return w;
}

void pop_code_point(std::string& s) {
    if (!s.empty()) s.resize(code_point_start(s, s.size() - 1));
}

std::string nfkc_fold(std::string_view s) {
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) append_utf8(clean, next_code_point(s, i));
    utf8proc_uint8_t* folded = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                                static_cast<utf8proc_ssize_t>(clean.size()), &folded,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    if (n < 0) return clean;  // only out of memory: the text unfolded is still the text
    std::string out(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
    std::free(folded);
    return out;
}

char32_t fold_width(char32_t c) {
    if (!(c == 0x3000 || (c >= 0xFF01 && c <= 0xFFEE))) return c;
    utf8proc_int32_t out[4];
    int last_boundclass = 0;
    const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), out, 4,
                                           static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last_boundclass);
    return n == 1 ? static_cast<char32_t>(out[0]) : c;
}

std::u32string to_code_points(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) out += next_code_point(s, i);
    return out;
}

std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (const char32_t c : s) append_utf8(out, c);
    return out;
}

}  // namespace kiosk::core
