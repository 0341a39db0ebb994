// utf8.h — the one UTF-8 decoder, validator and width folder of every room, over Debian's libutf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::core {

char32_t next_code_point_multibyte(std::string_view s, std::size_t& i);
// Decodes the code point at s[i] and advances i; a malformed byte decodes as U+FFFD and advances one.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { ++i; return b; }  // most of a 文号, every digit and every line end
    return next_code_point_multibyte(s, i);
}
// Appends c as UTF-8 (U+FFFD for what is not a scalar value).
void append_utf8(std::string& out, char32_t c);
// Whole strings between UTF-8 and code points (through next_code_point / append_utf8).
std::u32string to_code_points(std::string_view s);
std::string to_utf8(std::u32string_view s);
// Strict: no overlong forms, surrogates or values past U+10FFFF; `bad_offset` gets the first bad byte.
bool is_valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);
// Characters as a reader counts them (code points; a malformed byte counts as one).
std::size_t code_point_count(std::string_view s);
// The start of the code point that holds byte `pos` (pos itself when it starts one; s.size() stays s.size()).
std::size_t code_point_start(std::string_view s, std::size_t pos);
// The end of the code point that holds byte `pos`, i.e. the next boundary after it.
std::size_t code_point_end(std::string_view s, std::size_t pos);
// Columns the text takes in a terminal (Unicode's East Asian width: a Chinese character takes two).
std::size_t terminal_columns(std::string_view s);
// Removes the last code point (nothing if empty).
void pop_code_point(std::string& s);
// NFKC: full-width letters, digits and signs to ASCII (２０２４－５ → 2024-5), the ideographic space to a space,
// circled and other compatibility forms to plain ones. Malformed bytes become U+FFFD first.
std::string nfkc_fold(std::string_view s);
// One character's width fold: a full-width or half-width form (U+FF01–FFEE) or U+3000 to its NFKC form when that is
// a single code point; anything else unchanged. For per-character folds (search) that must not touch other text.
char32_t fold_width(char32_t c);

}  // namespace kiosk::core
