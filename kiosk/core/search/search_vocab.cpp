// search_vocab.cpp — see search_vocab.h.
//
// Index of this file:
// [SECTION] The dictionary (pack)
// [SECTION] Building the content's vocabulary (pack)
// [SECTION] Reading it (kiosk)
// [SECTION] Letters to words
// [SECTION] Letters to words, forgiving slips
// [SECTION] Cutting Chinese into words
//
// Why words and not characters: indexing every reading of every character made "dibao" match …的报告 (的 read dí)
// and kept pinyin away from bodies (a posting per reading of each body character would triple the index). Letters
// are turned into the content's own words first, like an input method limited to what the content says, and
// those words are searched as Chinese everywhere; a word's reading is the word's, not its characters' every one.
#include "core/search/search_vocab.h"

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_set>

#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/utf8.h"
#include "core/base/value_parse.h"
#include "core/search/search_fold.h"
#include "core/zh/pinyin.h"

namespace kiosk::core {

namespace {

bool all_han(std::u32string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return is_han(c); });
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The dictionary (pack)
//---------------------------------------------------------------------------------------------------------------------

std::shared_ptr<const SearchLexicon> SearchLexicon::load(const std::string& essay_path, const PinyinTable& pinyin,
                                                         const SearchFolder& folder, std::string* error) {
    // Tests and the benches pack many times in one process; the word list is the same each time.
    static std::mutex mutex;
    static std::map<std::pair<std::string, const PinyinTable*>, std::shared_ptr<const SearchLexicon>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find({essay_path, &pinyin}); it != cache.end()) return it->second;

    std::ifstream in(essay_path, std::ios::binary);
    if (!in) {
        if (error) *error = std::string("词库打不开，拼音检索找不到词。请安装 rime-essay：") + essay_path +
                            "\ncannot read Rime's word list (install rime-essay): " + essay_path;
        return nullptr;
    }
    auto lex = std::make_shared<SearchLexicon>();
    std::string line;
    // Words a reader would type: rarer lines of the list are mostly idioms and transliterations.
    constexpr long kMinFrequency = 20;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos || tab == 0) continue;
        if (std::atol(line.c_str() + tab + 1) < kMinFrequency) continue;
        std::u32string w = folder.fold(std::string_view(line).substr(0, tab));
        if (w.size() < 2 || w.size() > kMaxWordChars || !all_han(w)) continue;
        lex->words_.emplace(std::move(w), 0);
    }
    // Luna's phrase lines: words too, and their readings are the ones to use.
    for (const auto& [phrase, readings] : pinyin.phrases()) {
        std::u32string w = folder.fold(phrase);
        if (w.size() < 2 || w.size() > kMaxWordChars || !all_han(w)) continue;
        auto [it, added] = lex->words_.emplace(std::move(w), 0);
        if (it->second == 0) {
            lex->readings_.push_back(readings);
            it->second = static_cast<std::uint32_t>(lex->readings_.size());
        }
    }
    cache[{essay_path, &pinyin}] = lex;
    return lex;
}

const std::vector<std::string>* SearchLexicon::readings(const std::u32string& word) const {
    auto it = words_.find(word);
    if (it == words_.end() || it->second == 0) return nullptr;
    return &readings_[it->second - 1];
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Building the content's vocabulary (pack)
//---------------------------------------------------------------------------------------------------------------------

namespace {

bool is_place_suffix(char32_t c) {
    return c == U'省' || c == U'市' || c == U'县' || c == U'区' || c == U'镇' || c == U'乡' || c == U'村';
}
bool is_agency_suffix(char32_t c) {
    return c == U'局' || c == U'办' || c == U'委' || c == U'厅' || c == U'所' || c == U'站' || c == U'处' || c == U'院';
}

constexpr long long kNamedWeight = 1000;  // a word the content names on purpose outranks one found in a title
constexpr std::size_t kMaxNamedChars = 12;
constexpr std::size_t kMaxReadingsPerWord = 4;

struct VocabBuilder {
    const SearchFolder& folder;
    const PinyinTable& pinyin;
    const SearchLexicon& lexicon;
    std::unordered_map<std::u32string, long long> weight;

    void add(std::u32string_view w, long long n) {
        if (w.size() < 2 || w.size() > kMaxNamedChars) return;
        weight[std::u32string(w)] += n;
    }
    // Every dictionary word inside a run of Chinese.
    void dictionary_words(const std::u32string& run, long long n) {
        for (std::size_t i = 0; i + 1 < run.size(); ++i) {
            for (std::size_t len = 2; len <= SearchLexicon::kMaxWordChars && i + len <= run.size(); ++len) {
                std::u32string w = run.substr(i, len);
                if (lexicon.contains(w)) add(w, n);
            }
        }
    }
    // A name the content gives: whole, cut at place names (安澜县民政局 → 安澜县 民政局) and without the place or
    // agency suffix (安澜, 民政), which is how people say them.
    void named(const std::string& text) {
        const std::u32string f = folder.fold(text);
        std::u32string run;
        auto flush = [&] {
            if (run.size() >= 2) {
                add(run, kNamedWeight);
                std::size_t start = 0;
                for (std::size_t k = 0; k < run.size(); ++k) {
                    if (!is_place_suffix(run[k]) || k < start + 2 || k + 1 == run.size()) continue;
                    add(std::u32string_view(run).substr(start, k + 1 - start), kNamedWeight);
                    add(std::u32string_view(run).substr(start, k - start), kNamedWeight);
                    start = k + 1;
                }
                if (start > 0) add(std::u32string_view(run).substr(start), kNamedWeight);
                const std::u32string_view last = std::u32string_view(run).substr(start);
                if (last.size() >= 3 && is_agency_suffix(last.back())) add(last.substr(0, last.size() - 1), kNamedWeight);
                if (start == 0 && run.size() >= 3 && is_place_suffix(run.back())) add(std::u32string_view(run).substr(0, run.size() - 1), kNamedWeight);
                dictionary_words(run, 1);
            }
            run.clear();
        };
        for (char32_t c : f) {
            if (is_han(c)) run += c;
            else flush();
        }
        flush();
    }
    void named_list(const std::string& cell) {
        for (const std::string& item : split_list(cell)) named(item);
    }
    // A 文号's issuer part: 安民发〔2021〕25号 → 安民发.
    void doc_no_prefix(const std::string& doc_no) {
        std::u32string run;
        for (char32_t c : folder.fold(doc_no)) {
            if (!is_han(c)) break;
            run += c;
        }
        add(run, kNamedWeight);
    }

    std::vector<std::string> readings_of(const std::u32string& w) const {
        if (const auto* luna = lexicon.readings(w)) return *luna;
        // Each character's readings, most likely first; the first few combinations.
        std::vector<std::string> out{""};
        for (char32_t c : w) {
            const auto& r = pinyin.readings(c);
            if (r.empty()) return {};
            std::vector<std::string> next;
            for (const std::string& prefix : out)
                for (const std::string& syl : r) {
                    if (next.size() >= kMaxReadingsPerWord) break;
                    next.push_back(prefix.empty() ? syl : prefix + " " + syl);
                }
            out = std::move(next);
        }
        return out;
    }
};

}  // namespace

int build_search_vocabulary(sqlite3* db, const SearchFolder& folder, const PinyinTable& pinyin,
                            const SearchLexicon& lexicon) {
    VocabBuilder b{folder, pinyin, lexicon, {}};
    std::unordered_map<std::string, long long> titles;  // generated and serial titles repeat: read each once
    {
        Statement st(db, "SELECT title, keywords, issuer, category, doc_no, names FROM documents");
        while (st.step()) {
            ++titles[st.text(0)];
            b.named_list(st.text(1));
            b.named_list(st.text(2));
            b.named(st.text(3));
            b.doc_no_prefix(st.text(4));
            b.named_list(st.text(5));
        }
    }
    for (const auto& [title, n] : titles) {
        std::u32string run;
        for (char32_t c : folder.fold(title)) {
            if (is_han(c)) { run += c; continue; }
            b.dictionary_words(run, n);
            run.clear();
        }
        b.dictionary_words(run, n);
    }
    {
        Statement st(db, "SELECT name, agency FROM guides");
        while (st.step()) { b.named(st.text(0)); b.named(st.text(1)); }
        Statement f(db, "SELECT item, category FROM fees");
        while (f.step()) { b.named(f.text(0)); b.named(f.text(1)); }
    }
    {
        Statement has(db, "SELECT 1 FROM sqlite_schema WHERE name = 'search_synonyms'");
        if (has.step()) {
            Statement st(db, "SELECT word FROM search_synonyms");
            while (st.step()) b.named(st.text(0));
        }
    }
    std::vector<std::pair<std::u32string, long long>> words(b.weight.begin(), b.weight.end());
    std::sort(words.begin(), words.end());
    Statement ins(db, "INSERT INTO search_vocab (word, readings, weight) VALUES (?1, ?2, ?3)");
    for (const auto& [w, n] : words) {
        std::string joined;
        for (const std::string& r : b.readings_of(w)) joined += (joined.empty() ? "" : "|") + r;
        ins.bind(1, to_utf8(w)).bind(2, joined).bind(3, static_cast<std::int64_t>(n)).run();
    }
    return static_cast<int>(words.size());
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading it (kiosk)
//---------------------------------------------------------------------------------------------------------------------

std::uint16_t SearchVocabulary::syllable_id(const std::string& s) const {
    auto it = syllable_ids_.find(s);
    return it == syllable_ids_.end() ? 0xFFFF : it->second;
}

void SearchVocabulary::load(sqlite3* db) {
    *this = SearchVocabulary();
    syllables_.push_back("");  // id 0 unused, so 0xFFFF and 0 never name a syllable
    try {
        Statement has(db, "SELECT 1 FROM sqlite_schema WHERE name = 'search_vocab'");
        if (!has.step()) return;
        Statement st(db, "SELECT word, readings, weight FROM search_vocab");
        while (st.step()) {
            Word w;
            w.text = to_code_points(st.text(0));
            w.weight = st.int64(2);
            const std::string readings = st.text(1);
            std::vector<std::uint16_t> ids;
            std::string syl;
            for (std::size_t i = 0; i <= readings.size(); ++i) {
                const char c = i < readings.size() ? readings[i] : '|';
                if (c == ' ' || c == '|') {
                    if (!syl.empty()) {
                        auto [it, added] = syllable_ids_.emplace(syl, static_cast<std::uint16_t>(syllables_.size()));
                        if (added) syllables_.push_back(syl);
                        ids.push_back(it->second);
                        syl.clear();
                    }
                    if (c == '|' && !ids.empty()) { w.readings.push_back(std::move(ids)); ids.clear(); }
                } else if (c >= 'a' && c <= 'z') {
                    syl += c;
                }
            }
            if (w.text.empty() || syllables_.size() >= 0xFFFF) continue;
            const auto index = static_cast<std::uint32_t>(words_.size());
            max_chars_ = std::max(max_chars_, w.text.size());
            by_text_.emplace(w.text, index);
            std::unordered_set<std::uint16_t> firsts;
            for (const auto& r : w.readings) firsts.insert(r[0]);
            std::uint32_t letters = 0;
            for (std::uint16_t f : firsts) {
                by_first_[f].push_back(index);
                letters |= 1u << (syllables_[f][0] - 'a');
            }
            for (int l = 0; l < 26; ++l)
                if (letters & (1u << l)) by_letter_[l].push_back(index);
            words_.push_back(std::move(w));
        }
    } catch (const SqliteError&) {
        *this = SearchVocabulary();
    }
}

bool SearchVocabulary::contains(std::u32string_view word) const { return by_text_.count(std::u32string(word)) != 0; }

Conversion SearchVocabulary::conversion_of(const std::vector<std::uint32_t>& words, int edits, bool extended,
                                           long long weight) const {
    Conversion c;
    for (std::uint32_t wi : words) {
        c.words.push_back(words_[wi].text);
        c.text += words_[wi].text;
    }
    c.edits = edits;
    c.extended = extended;
    c.weight = weight;
    return c;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Letters to words
//---------------------------------------------------------------------------------------------------------------------
//
// A k-best programme from the end of the pieces (as PinyinTable::segment does over letters): best[i] holds the best
// ways to cover pieces i..n with words, ranked: not running past what was typed, fewest words, most used.

namespace {

struct Partial {
    std::vector<std::uint32_t> words;
    int edits = 0;
    bool extended = false;
    long long weight = 0;
};

bool better(const Partial& a, const Partial& b) {
    if (a.edits != b.edits) return a.edits < b.edits;
    if (a.extended != b.extended) return !a.extended;
    if (a.words.size() != b.words.size()) return a.words.size() < b.words.size();
    return a.weight > b.weight;
}

constexpr std::size_t kBeam = 8;

void keep(std::vector<Partial>& list, Partial p) {
    list.push_back(std::move(p));
    std::sort(list.begin(), list.end(), better);
    if (list.size() > kBeam) list.resize(kBeam);
}

}  // namespace

std::vector<Conversion> SearchVocabulary::convert(const PinyinTable& pinyin, std::string_view letters,
                                                  std::size_t max) const {
    std::vector<Conversion> out;
    if (words_.empty() || letters.empty()) return out;
    struct Ranked { Conversion c; int split_rank; };
    std::vector<Ranked> found;
    const auto splits = pinyin.segment(letters, 8);
    for (std::size_t s = 0; s < splits.size(); ++s) {
        const PinyinSplit& split = splits[s];
        const std::size_t n = split.syllables.size();
        if (n == 0) continue;
        std::vector<std::string> pieces;
        for (std::string p : split.syllables) {
            if (!p.empty() && p.back() == '*') p.pop_back();
            pieces.push_back(std::move(p));
        }
        // Search as you type: the last syllable may be the start of a longer one (diba → 低保), and the last word
        // may go on past it (gaolingjin → 高龄津贴). Initials are taken as typed.
        const bool open_end = !split.initials;
        auto piece_matches = [&](std::size_t k, std::uint16_t syl) {
            const std::string& s = syllables_[syl];
            if (split.initials) return !s.empty() && s[0] == pieces[k][0];
            if (k + 1 == n && open_end) return s.rfind(pieces[k], 0) == 0;
            return s == pieces[k];
        };
        std::vector<std::vector<Partial>> best(n + 1);
        best[n].push_back(Partial{});
        for (std::size_t i = n; i-- > 0;) {
            // Words whose first syllable can be this piece.
            std::vector<std::uint32_t> candidates;
            if (split.initials) {
                const int l = pieces[i][0] - 'a';
                if (l >= 0 && l < 26) candidates = by_letter_[l];
            } else if (i + 1 == n && open_end) {
                for (std::size_t id = 1; id < syllables_.size(); ++id)
                    if (syllables_[id].rfind(pieces[i], 0) == 0)
                        if (auto it = by_first_.find(static_cast<std::uint16_t>(id)); it != by_first_.end())
                            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
            } else if (auto it = by_first_.find(syllable_id(pieces[i])); it != by_first_.end()) {
                candidates = it->second;
            }
            for (std::uint32_t wi : candidates) {
                const Word& w = words_[wi];
                bool done = false;
                for (const auto& r : w.readings) {
                    if (done) break;
                    const std::size_t m = r.size();
                    const std::size_t k_max = std::min(m, n - i);
                    bool ok = true;
                    for (std::size_t k = 0; k < k_max && ok; ++k) ok = piece_matches(i + k, r[k]);
                    if (!ok) continue;
                    if (m <= n - i) {
                        for (const Partial& rest : best[i + m]) {
                            Partial p = rest;
                            p.words.insert(p.words.begin(), wi);
                            p.weight += w.weight;
                            keep(best[i], std::move(p));
                        }
                    } else if (open_end) {
                        Partial p;
                        p.words.push_back(wi);
                        p.extended = true;
                        p.weight = w.weight;
                        keep(best[i], std::move(p));
                    }
                    done = true;
                }
            }
        }
        for (const Partial& p : best[0])
            found.push_back({conversion_of(p.words, 0, p.extended, p.weight), split.initials ? 2 : split.last_is_prefix ? 1 : 0});
    }
    std::stable_sort(found.begin(), found.end(), [](const Ranked& a, const Ranked& b) {
        if (a.c.extended != b.c.extended) return !a.c.extended;
        if (a.split_rank != b.split_rank) return a.split_rank < b.split_rank;
        if (a.c.words.size() != b.c.words.size()) return a.c.words.size() < b.c.words.size();
        return a.c.weight > b.c.weight;
    });
    std::unordered_set<std::u32string> seen;
    for (Ranked& r : found) {
        if (out.size() >= max) break;
        if (seen.insert(r.c.text).second) out.push_back(std::move(r.c));
    }
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Letters to words, forgiving slips
//---------------------------------------------------------------------------------------------------------------------

namespace {

// Levenshtein distance, stopping early past 1 (all that is asked).
int distance_at_most_one(std::string_view a, std::string_view b) {
    if (a == b) return 0;
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return 2;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1) ? 1 : 2;  // one letter changed
    return a.substr(i) == b.substr(i + 1) ? 1 : 2;                                  // one letter missing
}

}  // namespace

std::vector<Conversion> SearchVocabulary::convert_fuzzy(std::string_view letters, std::size_t max) const {
    std::vector<Conversion> out;
    const std::size_t n = letters.size();
    if (words_.empty() || n == 0 || n > PinyinTable::kMaxLetters) return out;
    std::vector<std::vector<Partial>> best(n + 1);
    best[n].push_back(Partial{});
    // Each syllable of a word meets a stretch of the letters one slip away at most: the ends reachable, with the
    // slips spent so far.
    struct End { std::size_t at; int edits; };
    std::vector<End> ends, next;
    for (std::size_t i = n; i-- > 0;) {
        for (std::uint32_t wi = 0; wi < words_.size(); ++wi) {
            const Word& w = words_[wi];
            for (const auto& r : w.readings) {
                ends.assign(1, End{i, 0});
                for (std::uint16_t syl : r) {
                    next.clear();
                    const std::string& s = syllables_[syl];
                    for (const End& e : ends) {
                        for (std::size_t len = s.size() > 1 ? s.size() - 1 : 1; len <= s.size() + 1; ++len) {
                            if (e.at + len > n) break;
                            const int d = distance_at_most_one(letters.substr(e.at, len), s);
                            if (d <= 1) next.push_back({e.at + len, e.edits + d});
                        }
                    }
                    ends.swap(next);
                    if (ends.empty()) break;
                }
                for (const End& e : ends) {
                    for (const Partial& rest : best[e.at]) {
                        Partial p = rest;
                        p.words.insert(p.words.begin(), wi);
                        p.edits += e.edits;
                        p.weight += w.weight;
                        keep(best[i], std::move(p));
                    }
                }
            }
        }
    }
    std::unordered_set<std::u32string> seen;
    for (const Partial& p : best[0]) {
        if (p.edits == 0 || out.size() >= max) continue;
        Conversion c = conversion_of(p.words, p.edits, false, p.weight);
        if (seen.insert(c.text).second) out.push_back(std::move(c));
    }
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Cutting Chinese into words
//---------------------------------------------------------------------------------------------------------------------

std::vector<std::u32string> SearchVocabulary::split(std::u32string_view text) const {
    std::vector<std::u32string> out;
    std::u32string unknown;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = std::min(max_chars_, text.size() - i);
        for (; len >= 2; --len)
            if (by_text_.count(std::u32string(text.substr(i, len)))) break;
        if (len >= 2) {
            if (!unknown.empty()) out.push_back(std::move(unknown));
            unknown.clear();
            out.emplace_back(text.substr(i, len));
            i += len;
        } else {
            unknown += text[i++];
        }
    }
    if (!unknown.empty()) out.push_back(std::move(unknown));
    return out;
}

}  // namespace kiosk::core
