// charset.cpp — see charset.h.
#include "core/zh/charset.h"

namespace kiosk::core {

void CharsetCollector::add(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        // Control characters draw nothing, and U+FFFD from a damaged byte is no character of the content.
        if (cp < 0x20 || cp == 0x7F || cp == 0xFFFD) continue;
        code_points_.insert(cp);
    }
}

std::string CharsetCollector::utf8() const {
    std::string out;
    for (const char32_t cp : code_points_) append_utf8(out, cp);
    return out;
}

}  // namespace kiosk::core
