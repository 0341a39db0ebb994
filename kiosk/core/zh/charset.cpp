// charset.cpp — see charset.h.
#include "core/zh/charset.h"

namespace kiosk::core {

void CharsetCollector::add(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        char32_t cp = 0;
        std::size_t len = 0;
        if (c < 0x80) {
            cp = c, len = 1;
        } else if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1F, len = 2;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0F, len = 3;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07, len = 4;
        } else {
            ++i;  // a continuation byte out of place
            continue;
        }
        if (i + len > n) break;
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
        i += len;
        if (cp < 0x20 || cp == 0x7F) continue;
        code_points_.insert(cp);
    }
}

std::string CharsetCollector::utf8() const {
    std::string out;
    for (const char32_t cp : code_points_) append_utf8(out, cp);
    return out;
}

}  // namespace kiosk::core
