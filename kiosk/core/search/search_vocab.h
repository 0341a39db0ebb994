// search_vocab.h — the content's own words with their pinyin: how a villager's letters reach Chinese text (titles,
// keywords and bodies alike), and how a query typed without spaces is cut into the words it holds.
//
// Built by pack into the snapshot's search_vocab table (word, readings, weight); read by the kiosk's SearchEngine.
// The words: what the content names on purpose (主题词, issuers and their parts — 庄浪县民政局 gives 庄浪县, 庄浪,
// 民政局, 民政 —, categories, guide and fee names, 文号 prefixes, people, synonyms), and every word of Rime's word
// list (essay) found in titles and those names. Readings follow luna's phrase lines where luna has the word (目的
// mu di), else each character's readings, so letters meet words, never a character's reading out of context
// (…的报告 is not "dibao").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace kiosk::core {

class PinyinTable;
class SearchFolder;

// Where Debian's rime-essay puts its word list (traditional characters, "word<TAB>frequency").
inline constexpr const char* kRimeEssay = "/usr/share/rime-data/essay.txt";

// Pack time: the words a dictionary knows, folded (simplified), with luna's readings where it has the phrase.
class SearchLexicon {
public:
    // nullptr if the word list cannot be read; then *error is "中文\nEnglish". Cached per process and path.
    static std::shared_ptr<const SearchLexicon> load(const std::string& essay_path, const PinyinTable& pinyin,
                                                     const SearchFolder& folder, std::string* error);
    bool contains(const std::u32string& word) const { return words_.count(word) != 0; }
    // Luna's readings of the word ("mu di"), or null.
    const std::vector<std::string>* readings(const std::u32string& word) const;
    std::size_t size() const { return words_.size(); }
    static constexpr std::size_t kMaxWordChars = 8;

private:
    std::unordered_map<std::u32string, std::uint32_t> words_;  // → index into readings_ + 1, or 0
    std::vector<std::vector<std::string>> readings_;
};

// Writes search_vocab from the documents, guides and fees already in `db` (pack). Returns the number of words.
int build_search_vocabulary(sqlite3* db, const SearchFolder& folder, const PinyinTable& pinyin,
                            const SearchLexicon& lexicon);

// One way to read letters as the content's words: 低保 for "dibao", 婚姻+登记 for "hunyindengji".
struct Conversion {
    std::u32string text;               // the words run together
    std::vector<std::u32string> words;
    int edits = 0;                     // slips forgiven (convert_fuzzy)
    bool extended = false;             // the last word goes on past what was typed (search as you type)
    long long weight = 0;
};

// Kiosk time: the words of one snapshot.
class SearchVocabulary {
public:
    // Reads search_vocab; an older snapshot without it gives an empty vocabulary (letters then find nothing).
    void load(sqlite3* db);
    bool empty() const { return words_.empty(); }
    bool contains(std::u32string_view word) const;
    // What `letters` (a–z only) can mean as words of the content, best first, at most `max`: whole syllables,
    // initials (hydj) or both, the last syllable possibly unfinished.
    std::vector<Conversion> convert(const PinyinTable& pinyin, std::string_view letters, std::size_t max) const;
    // As convert(), forgiving one slip per syllable (a letter wrong, missing or extra: dibo, hunyindenji); only
    // conversions with at least one slip, fewest slips first.
    std::vector<Conversion> convert_fuzzy(std::string_view letters, std::size_t max) const;
    // A run of Chinese cut into the words it holds, longest words first from the left; characters that begin no
    // word are kept together as runs of their own (庄浪民政 → 庄浪 民政).
    std::vector<std::u32string> split(std::u32string_view text) const;

private:
    struct Word {
        std::u32string text;
        std::vector<std::vector<std::uint16_t>> readings;  // syllable ids
        long long weight = 0;
    };
    std::uint16_t syllable_id(const std::string& s) const;
    Conversion conversion_of(const std::vector<std::uint32_t>& words, int edits, bool extended, long long weight) const;
    std::vector<Word> words_;
    std::unordered_map<std::u32string, std::uint32_t> by_text_;
    std::vector<std::string> syllables_;                         // id → syllable
    std::unordered_map<std::string, std::uint16_t> syllable_ids_;
    std::unordered_map<std::uint16_t, std::vector<std::uint32_t>> by_first_;  // first syllable → words
    std::vector<std::uint32_t> by_letter_[26];                               // first letter → words
    std::size_t max_chars_ = 0;
};

}  // namespace kiosk::core
