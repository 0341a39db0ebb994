// pinyin.h — the readings of Chinese characters, and what a villager's Latin letters can mean as pinyin.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kiosk::core {

class ChineseConverter;

// Where Debian's rime-data-luna-pinyin puts the dictionary.
inline constexpr const char* kLunaPinyinDict = "/usr/share/rime-data/luna_pinyin.dict.yaml";

// One reading of a typed run of letters.
//  - syllables: full syllables in order ("di", "bao"), or with `initials`, one letter per character ("d", "b").
//  - last_is_prefix: the last piece is an unfinished syllable ("dib" → di + b…): it matches every reading that starts
//    with it. Only offered when the letters cannot be read as whole syllables (see segment()).
//  - initials: every letter is the first letter of one character's reading (hydj → 婚姻登记).
struct PinyinSplit {
    std::vector<std::string> syllables;
    bool last_is_prefix = false;
    bool initials = false;

    // For tests and logs: "di'bao", "di'b*", "initials:d'b".
    std::string to_string() const;
    bool operator==(const PinyinSplit&) const = default;
};

// What loading found, for kioskctl and the report of a pack.
struct PinyinLoadStats {
    std::size_t dict_characters = 0;    // characters with single-character lines in the dictionary
    std::size_t table_characters = 0;   // Han characters with readings in the table (luna's and their simplified forms)
    std::size_t readings = 0;           // (character, reading) pairs in the table
    std::size_t dropped_by_weight = 0;  // luna readings under 1% of their character's weight, not seen in a phrase
    std::size_t kept_by_phrases = 0;    // readings under 1% kept because one of luna's phrases uses them
    std::size_t skipped_lines = 0;      // lines not understood: a code that is not pure a–z, bad UTF-8, non-Han
    double load_ms = 0;                 // wall time of load(), OpenCC conversion included
};

class PinyinTable {
public:
    // Reads a Rime dictionary (luna_pinyin.dict.yaml: a YAML header up to a line "...", then lines
    // "text<TAB>code[<TAB>weight]"). Luna is written in traditional characters; every reading is also given to the
    // character's simplified form (through `converter`, in one batch), because published text is simplified. With a
    // null converter the table has luna's characters only. nullptr if the file cannot be read or is not such a
    // dictionary; then *error (if given) is "中文\nEnglish".
    static std::unique_ptr<PinyinTable> load(const std::string& path, const ChineseConverter* converter,
                                             std::string* error);

    // A table from readings already chosen — the ones a snapshot stores beside its index, so the kiosk reads queries
    // exactly as pack indexed them, without the dictionary or OpenCC. Readings that are not pure a–z are ignored.
    static std::unique_ptr<PinyinTable> from_readings(
        const std::unordered_map<char32_t, std::vector<std::string>>& readings);

    ~PinyinTable();
    PinyinTable(const PinyinTable&) = delete;
    PinyinTable& operator=(const PinyinTable&) = delete;

    // Every kept reading of `c`, most likely first (a hint only: luna gives no character frequencies). Empty for
    // anything that is not a Han character with a reading (Latin, digits, punctuation, bopomofo).
    const std::vector<std::string>& readings(char32_t c) const;

    // The syllables: every reading in the table.
    bool is_syllable(std::string_view s) const;
    // True if `s` is the start of a longer syllable ("b", "zh", "xia" — xiang). For search-as-you-type.
    bool is_syllable_prefix(std::string_view s) const;
    const std::vector<std::string>& syllables() const { return syllables_; }

    // The readings of Latin input, most likely first, at most `max_results` (capped at kMaxSplits).
    // Input: ASCII or full-width letters in any case, ü as v; spaces and apostrophes (' ’ ＇) are breaks no syllable
    // crosses. Anything else (digits, Chinese, punctuation), an empty input or more than kMaxLetters letters gives an
    // empty result: a caller with mixed input (低保db) segments each Latin run itself.
    // Order: splits into whole syllables, fewest syllables first; then — only if there are no whole-syllable splits —
    // splits whose last piece is an unfinished syllable; last, the all-initials reading, which is kept even when the
    // others fill max_results (it is how most villagers type; one slot is kept for it when max_results ≥ 2).
    std::vector<PinyinSplit> segment(std::string_view latin, std::size_t max_results = 8) const;

    static constexpr std::size_t kMaxLetters = 64;
    static constexpr std::size_t kMaxSplits = 64;

    const PinyinLoadStats& stats() const { return stats_; }

    // Luna's own readings of a phrase, as written there (traditional: 銀行 → "yin hang"), space-separated syllables;
    // null if luna has no line for it. Luna writes out the phrases whose reading is not the characters' default,
    // so these are what a word's reading must follow (的確 di que, 目的 mu di). Only from load().
    const std::vector<std::string>* phrase_readings(const std::string& traditional) const;
    const std::unordered_map<std::string, std::vector<std::string>>& phrases() const { return phrases_; }

private:
    PinyinTable() = default;
    struct Builder;
    void set_readings(char32_t c, std::vector<std::string> readings, Builder& builder);
    void finish(Builder& builder);
    bool is_initial_letter(char c) const;

    // Lookups are per character of every indexed title at pack time, so they are array reads: an index into
    // `lists_` (0 = no readings) for each BMP code point, and a sorted vector for the supplementary planes.
    // Identical reading lists are stored once (most characters have one of ~400 single readings).
    std::vector<std::vector<std::string>> lists_;
    std::vector<std::uint32_t> bmp_;
    std::vector<std::pair<char32_t, std::uint32_t>> supplementary_;
    std::vector<std::string> syllables_;  // sorted
    std::uint32_t initial_letters_ = 0;   // bit (letter - 'a') set if some syllable starts with it
    std::size_t max_syllable_length_ = 0;
    std::unordered_map<std::string, std::vector<std::string>> phrases_;
    PinyinLoadStats stats_;
};

// Han characters (Unicode's Han script, ideographs only): the URO, extensions A–H, the compatibility ideographs, and
// 〇 (U+3007, the zero of 二〇二四年). Luna and terra also list bopomofo letters (ㄓ zhi); those are not Han.
bool is_han_character(char32_t c);

// The letter a reading contributes to an initials query: its first letter. zh, ch and sh give z, c and s, because
// that is what people type for them (zf 政府, sq 申请), and a query keyboard has no "zh" key.
std::string initials_of(std::string_view reading);

}  // namespace kiosk::core
