// search_fold.h — the one normalisation applied to both indexed text and queries, so that what people type meets
// what was published however either was written.
//
// Folding, per character: full-width letters and digits become ASCII (２０２４ → 2024), letters lower-case, every
// space and punctuation mark is dropped (so 〔2009〕, [2009], (2009), （2009） and 2009 all meet, and "第2号"/"2号"
// too, see fold()), and traditional characters become simplified by a character table taken from OpenCC at pack
// time and stored in the snapshot, so the kiosk folds queries exactly as the index was folded, without OpenCC.
// 〇 is a digit inside a run of Chinese numerals (二〇二四 → 2024) and a character elsewhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::core {

class ChineseConverter;

class SearchFolder {
public:
    SearchFolder() = default;
    // Builds the traditional→simplified character table with OpenCC over the CJK blocks (pack time).
    static SearchFolder from_converter(const ChineseConverter& converter);
    // From the pairs stored in a snapshot (kiosk time).
    static SearchFolder from_pairs(const std::vector<std::pair<char32_t, char32_t>>& pairs);
    const std::unordered_map<char32_t, char32_t>& pairs() const { return t2s_; }

    // A character as it is indexed; 0 = dropped (space, punctuation).
    char32_t fold_char(char32_t c) const;

    // Folds text to code points. `origin`, if given, receives for each folded code point the byte offset in `text`
    // where it came from (and one final entry: text.size()), so matches can be highlighted in the original.
    std::u32string fold(std::string_view text, std::vector<std::uint32_t>* origin = nullptr) const;
    std::string fold_utf8(std::string_view text) const;
    // 二〇二四 → 2024 (in place; part of fold()).
    static void fold_chinese_digits(std::u32string& s);

private:
    std::unordered_map<char32_t, char32_t> t2s_;
};

bool is_han(char32_t c);

}  // namespace kiosk::core
