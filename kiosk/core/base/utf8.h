// utf8.h — the few UTF-8 operations every layer needs (decode one code point, append one), header-only, in one place.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiosk::core {

// Decodes the code point at s[i] and advances i. Invalid bytes decode as U+FFFD, one byte at a time, so a damaged
// string still lays out instead of stopping.
inline char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (b0 < 0x80) { i += 1; return b0; }
    if ((b0 & 0xE0) == 0xC0 && cont(1)) { char32_t c = ((b0 & 0x1F) << 6) | byte(1); i += 2; return c; }
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        char32_t c = ((b0 & 0x0F) << 12) | (byte(1) << 6) | byte(2); i += 3; return c;
    }
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        char32_t c = ((b0 & 0x07) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3); i += 4; return c;
    }
    i += 1;
    return 0xFFFD;
}

inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) { out += static_cast<char>(c); }
    else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18)); out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

}  // namespace kiosk::core
