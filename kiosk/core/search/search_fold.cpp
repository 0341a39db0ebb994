// search_fold.cpp — see search_fold.h.
#include "core/base/utf8.h"
#include "core/search/search_fold.h"

#include "core/zh/chinese_convert.h"

namespace kiosk::core {
namespace {

bool is_punctuation_or_space(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F)    // general punctuation: — ‘ ’ “ ” … ·
           || (c >= 0x3000 && c <= 0x303F)  // CJK symbols and punctuation: 、。〈〉《》「」『』【】〔〕
           || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFF65)     // full-width punctuation
           || c == 0x00B7 || c == 0x00A0 || c == 0x30FB || c == 0xFE30 || (c >= 0xFE10 && c <= 0xFE1F) ||
           (c >= 0xFE50 && c <= 0xFE6F);
}

}  // namespace

bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

SearchFolder SearchFolder::from_converter(const ChineseConverter& converter) {
    // One OpenCC call over every character of the main CJK blocks, one per line, then compare line by line.
    std::string all;
    std::vector<char32_t> chars;
    for (char32_t c = 0x3400; c <= 0x9FFF; ++c) {
        if (c > 0x4DBF && c < 0x4E00) continue;
        chars.push_back(c);
        append_utf8(all, c);
        all += '\n';
    }
    const std::string folded = converter.to_simplified(all);
    SearchFolder f;
    size_t i = 0;
    for (char32_t from : chars) {
        if (i >= folded.size()) break;
        const char32_t to = next_code_point(folded, i);
        // Each input line was one character; a conversion that changed the count breaks the alignment, so skip to
        // the next newline and leave that character alone.
        if (i < folded.size() && folded[i] == '\n') ++i;
        else { while (i < folded.size() && folded[i] != '\n') ++i; if (i < folded.size()) ++i; continue; }
        if (to != from && is_han(to)) f.t2s_.emplace(from, to);
    }
    return f;
}

SearchFolder SearchFolder::from_pairs(const std::vector<std::pair<char32_t, char32_t>>& pairs) {
    SearchFolder f;
    for (auto [from, to] : pairs) f.t2s_.emplace(from, to);
    return f;
}

char32_t SearchFolder::fold_char(char32_t c) const {
    if (c == U'〇') return c;  // a digit in 二〇二四, a character elsewhere: fold() decides, not the punctuation rule
    c = fold_width(c);  // ２０２４ → 2024, Ｇ → G, ，→ , (then dropped as punctuation)
    if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
    if (c < 0x20 || is_punctuation_or_space(c)) return 0;
    auto it = t2s_.find(c);
    return it == t2s_.end() ? c : it->second;
}

std::u32string SearchFolder::fold(std::string_view text, std::vector<std::uint32_t>* origin) const {
    std::u32string out;
    out.reserve(text.size() / 2);
    if (origin) origin->clear();
    for (size_t i = 0; i < text.size();) {
        const size_t at = i;
        const char32_t c = fold_char(next_code_point(text, i));
        if (c == 0) continue;
        out.push_back(c);
        if (origin) origin->push_back(static_cast<std::uint32_t>(at));
    }
    // "第2号" is written "2号" as often as not: an ordinal 第 directly before a digit is dropped on both sides.
    for (size_t k = 0; k + 1 < out.size(); ++k) {
        if (out[k] == U'第' && out[k + 1] >= '0' && out[k + 1] <= '9') {
            out.erase(k, 1);
            if (origin) origin->erase(origin->begin() + static_cast<long>(k));
        }
    }
    fold_chinese_digits(out);
    if (origin) origin->push_back(static_cast<std::uint32_t>(text.size()));
    return out;
}

void SearchFolder::fold_chinese_digits(std::u32string& s) {
    // Years and numbers written with 〇 (二〇二四年, 三〇〇元) are digits, so they meet 2024 and 300 whichever way
    // either side wrote them. Without a 〇 a run of numerals is left alone: 一二九 may be a name, and 二十 is not
    // "2" and "10". A four-numeral year before 年 with 零 instead of 〇 (二零二四年) is read as a year too. One
    // character each way, so highlighting offsets stay aligned.
    static const std::u32string_view numerals = U"〇一二三四五六七八九";
    auto digit = [](char32_t c) -> int {
        if (c == U'零') return 0;
        const size_t k = numerals.find(c);
        return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
    };
    for (size_t i = 0; i < s.size();) {
        if (digit(s[i]) < 0) { ++i; continue; }
        size_t j = i;
        bool ling_circle = false, ling = false;
        while (j < s.size() && digit(s[j]) >= 0) {
            ling_circle = ling_circle || s[j] == U'〇';
            ling = ling || s[j] == U'零';
            ++j;
        }
        const bool year = ling && j - i == 4 && j < s.size() && s[j] == U'年';
        if (j - i >= 2 && (ling_circle || year))
            for (size_t k = i; k < j; ++k) s[k] = static_cast<char32_t>('0' + digit(s[k]));
        i = j;
    }
}

std::string SearchFolder::fold_utf8(std::string_view text) const {
    std::string out;
    for (char32_t c : fold(text)) append_utf8(out, c);
    return out;
}

}  // namespace kiosk::core
