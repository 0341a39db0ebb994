// charset.h — the set of characters a snapshot's text uses.
//
// The kiosk rasterises CJK glyphs ahead of time; scanning 60 documents at every start-up to learn which ones would be
// slow on a small board, so pack records the answer once: every distinct code point of every text it stores, sorted,
// as one UTF-8 string in meta.charset. Control characters (line breaks, tabs) are left out: they are not glyphs.
#pragma once

#include "core/base/utf8.h"

#include <set>
#include <string>
#include <string_view>

namespace kiosk::core {

class CharsetCollector {
public:
    // `utf8` must be valid UTF-8 (everything pack stores has been through text_encoding); stray bytes are skipped.
    void add(std::string_view utf8);
    std::size_t size() const { return code_points_.size(); }
    std::string utf8() const;  // sorted by code point

private:
    std::set<char32_t> code_points_;
};


}  // namespace kiosk::core
