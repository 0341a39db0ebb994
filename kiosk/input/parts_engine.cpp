// parts_engine.cpp — see parts_engine.h.
//
// Why strokes: a villager named 䶮 knows it as "龙 over 天" and can show that, not spell it; Debian 12 has no
// decomposition data worth using (chise-db holds 3,245 ideographic descriptions from 2005, none for 䶮, 𠮷 or 𪚥),
// but it has rime-data-stroke, the stroke order of every character up to extension D. A character's sequence is,
// with few exceptions, its parts' sequences one after another (䶮 hpzpnhhpn = 龙 hpzpn + 天 hhpn, 𠮷 hshszh = 土 hsh +
// 口 szh, 𪚥 = 龍 four times), so "the parts, written one after another" finds it without any list of parts.
//
// The data: stroke.dict.yaml is a Rime dictionary — a YAML header up to a line "...", then "char<TAB>strokes" with
// h s p n z = 横 竖 撇 捺(点) 折. It is two tables in one file: CNS 11643's stroke orders (Taiwan's glyphs, extension
// A–D included) and after them an older table with mainland glyphs. A character may come more than once with
// different sequences and all are kept, because either table can be the one a villager's hand follows: CNS writes
// 龍 nhnphpznn…, the mainland table nhnphszhh…, and 䶮 matches 龙 + 天 only through the mainland one (hpzpn). Two
// kinds of line are left out: a sequence that more than kPlaceholderShare characters share, which is no stroke
// order but the CNS table's filler for "not known" (szhhhshspnhszs stands for 6,720 characters, 龙 among them;
// no true sequence of 8 strokes or more is shared by more than 9), and characters that are not unified
// ideographs (compatibility forms, radicals), which must not end up in a name.
//
// The index: one arena of sequences and a vector of (offset, length, char) sorted by sequence, so the characters
// whose sequence starts with P are one range: lower_bound(P) up to lower_bound(P + "{") ('{' comes after 'z').
// A second vector, sorted by character, finds a character's sequences.
//
// A query walks the parts depth first: each sequence of the next part (its own, then its simplified/traditional
// form's through OpenCC, so 龙 also tries 龍) extends the prefix and the range narrows; an empty range ends that
// branch. 龙×4 with four sequences a part is a few dozen binary searches, not 256 scans. The entries of a leaf
// range as long as the prefix are exact matches, the others start with it. With two parts or more, one of them a
// character, the whole table is also scanned for the parts' runs in order further in (a surround written around
// its inside, a part after strokes of another), stroke keys tapped in a row being one run: ≈10 ms, once per part
// added.
//
// Order, within exact, then prefix, then inside matches:
//  1. with one character as the only part, that character, then its variant (王 gives 王 first, not 壬);
//  2. characters of the people's names in the content (人名): a village's families share their rare characters;
//  3. rare characters a mainland ID card can hold: outside GB 2312 (handwriting already gives those), not one of the
//     components U+9FB4–9FBB, and not a traditional form OpenCC would simplify (龍, 龑 are not what the card says);
//  4. then by frequency in rime-essay (Rime's own stroke schema sorts by it; essay counts traditional forms, so a
//     simplified character gets its traditional form's count), fewer strokes, code point.
//
// Load time, measured on this 2-core machine (shared with other work) with the files in the page cache: 200–250 ms
// alone for the dictionary (115,000 lines, 107,750 entries kept for 74,500 characters), the frequencies (313,000
// lines) and OpenCC's pass over the 67,000 rare characters; 0.4–0.85 s inside a kiosk that is drawing its first
// frames. It happens once, on a thread of its own when the 部件 tab is first shown (ui/keyboards/parts_panel.cpp),
// and keeps ≈13 MB (OpenCC's dictionaries included). A query then takes 0.1–13 ms, the inside scan most of it.
#include "input/parts_engine.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/base/strings_zh.h"
#include "core/base/utf8.h"
#include "core/zh/chinese_convert.h"

namespace kiosk::input {

namespace {

constexpr std::size_t kMaxSequence = 0xFFFF;
constexpr std::size_t kPlaceholderShare = 64;
constexpr std::size_t kMaxBranches = 4096;  // prefixes tried by one query, whatever the parts

bool read_file(const std::string& path, std::string* out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    *out = std::move(ss).str();
    return static_cast<bool>(f) || f.eof();
}

// The one code point of `s`, or 0 when it is not exactly one well-formed character.
char32_t single_code_point(std::string_view s) {
    if (s.empty() || !core::is_valid_utf8(s)) return 0;
    std::size_t i = 0;
    const char32_t c = core::next_code_point(s, i);
    return i == s.size() ? c : 0;
}

std::string utf8_of(char32_t c) {
    std::string s;
    core::append_utf8(s, c);
    return s;
}

bool is_stroke_sequence(std::string_view s) {
    return !s.empty() && s.size() <= kMaxSequence &&
           std::all_of(s.begin(), s.end(), [](char c) { return kStrokeLetters.find(c) != std::string_view::npos; });
}

bool is_unified_ideograph(char32_t c) {
    return c == 0x3007 /* 〇 */ || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2EBEF) || (c >= 0x30000 && c <= 0x323AF);
}

bool is_component(char32_t c) { return c >= 0x9FB4 && c <= 0x9FBB; }  // encoded as parts of other characters

// The lines of `text` without their line ends.
template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        fn(line);
        at = end + 1;
    }
}

// Each character converted on its own line, in one call (OpenCC opens a conversion per call, and a line of its own
// keeps neighbours from being read as one word). Empty when the line count does not come back the same.
std::vector<char32_t> convert_each(const core::ChineseConverter& cc, const std::vector<char32_t>& chars, core::Script to) {
    std::string batch;
    batch.reserve(chars.size() * 5);
    for (char32_t c : chars) {
        core::append_utf8(batch, c);
        batch += '\n';
    }
    const std::string out = cc.convert(batch, to);
    std::vector<char32_t> result;
    result.reserve(chars.size());
    for_each_line(out, [&](std::string_view line) { result.push_back(single_code_point(line)); });
    if (result.size() != chars.size()) result.clear();
    return result;
}

}  // namespace

struct PartsEngine::Impl {
    struct Entry {
        std::uint32_t offset;
        std::uint16_t length;
        char32_t ch;
    };
    struct CharInfo {
        std::uint32_t frequency = 0;
        bool rare_name = false;  // order rule 3 (top of this file)
    };

    std::string dict_path, frequency_path;
    bool tried = false, ok = false;
    std::string error;
    PartsLoadStats stats;
    std::unique_ptr<core::ChineseConverter> converter;

    std::string arena;
    std::vector<Entry> by_sequence;
    std::vector<std::pair<char32_t, std::uint32_t>> by_char;  // (character, index into by_sequence)
    std::unordered_map<char32_t, CharInfo> info;
    std::unordered_set<char32_t> name_chars;

    std::string_view sequence(const Entry& e) const { return std::string_view(arena).substr(e.offset, e.length); }

    bool parse_dictionary(std::string_view text);
    void load_frequencies();
    void mark_rare_name_characters();
    std::vector<char32_t> variants(char32_t c) const;
    std::vector<std::string> own_sequences(char32_t c) const;
    // [begin, end) of by_sequence whose sequences start with `prefix`.
    std::pair<std::size_t, std::size_t> prefix_range(std::string_view prefix) const;
};

bool PartsEngine::Impl::parse_dictionary(std::string_view text) {
    bool in_body = false;
    for_each_line(text, [&](std::string_view line) {
        if (!in_body) {
            in_body = line == "...";  // the end of the YAML header
            return;
        }
        if (line.empty() || line.front() == '#') return;
        const std::size_t tab = line.find('\t');
        const std::string_view word = line.substr(0, tab);
        std::string_view code = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
        code = code.substr(0, code.find('\t'));  // a weight column, if a table has one, is not used
        const char32_t c = single_code_point(word);
        if (c < 0x80 || !is_stroke_sequence(code) || arena.size() > UINT32_MAX - code.size()) {
            ++stats.skipped_lines;
            return;
        }
        if (!is_unified_ideograph(c)) {
            ++stats.left_out;
            return;
        }
        by_sequence.push_back(Entry{static_cast<std::uint32_t>(arena.size()), static_cast<std::uint16_t>(code.size()), c});
        arena.append(code);
    });
    if (!in_body) return false;
    std::sort(by_sequence.begin(), by_sequence.end(), [&](const Entry& a, const Entry& b) {
        const std::string_view sa = sequence(a), sb = sequence(b);
        return sa != sb ? sa < sb : a.ch < b.ch;
    });
    // The same character with the same sequence in both tables is one entry.
    by_sequence.erase(std::unique(by_sequence.begin(), by_sequence.end(),
                                  [&](const Entry& a, const Entry& b) { return a.ch == b.ch && sequence(a) == sequence(b); }),
                      by_sequence.end());
    // The filler sequences (top of this file): equal sequences are neighbours now.
    std::vector<Entry> kept;
    kept.reserve(by_sequence.size());
    for (std::size_t i = 0; i < by_sequence.size();) {
        std::size_t j = i + 1;
        while (j < by_sequence.size() && sequence(by_sequence[j]) == sequence(by_sequence[i])) ++j;
        if (j - i > kPlaceholderShare) stats.left_out += j - i;
        else kept.insert(kept.end(), by_sequence.begin() + static_cast<std::ptrdiff_t>(i), by_sequence.begin() + static_cast<std::ptrdiff_t>(j));
        i = j;
    }
    by_sequence = std::move(kept);
    by_char.reserve(by_sequence.size());
    for (std::uint32_t i = 0; i < by_sequence.size(); ++i) by_char.emplace_back(by_sequence[i].ch, i);
    std::sort(by_char.begin(), by_char.end());
    for (const auto& [c, i] : by_char) info.try_emplace(c);
    stats.entries = by_sequence.size();
    stats.characters = info.size();
    return true;
}

void PartsEngine::Impl::load_frequencies() {
    std::string text;
    if (!read_file(frequency_path, &text)) return;
    std::vector<char32_t> chars;
    std::vector<std::uint32_t> weights;
    for_each_line(text, [&](std::string_view line) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) return;
        const char32_t c = single_code_point(line.substr(0, tab));
        if (c < 0x80) return;
        std::uint64_t w = 0;
        for (char d : line.substr(tab + 1)) {
            if (d < '0' || d > '9') break;
            w = std::min<std::uint64_t>(w * 10 + static_cast<unsigned>(d - '0'), UINT32_MAX);
        }
        chars.push_back(c);
        weights.push_back(static_cast<std::uint32_t>(w));
    });
    auto give = [&](char32_t c, std::uint32_t w) {
        if (auto it = info.find(c); it != info.end()) it->second.frequency = std::max(it->second.frequency, w);
    };
    for (std::size_t i = 0; i < chars.size(); ++i) give(chars[i], weights[i]);
    // essay counts traditional text: 龍 has 10,914 and 龙 none. Each count also goes to the simplified form.
    if (converter) {
        const std::vector<char32_t> simple = convert_each(*converter, chars, core::Script::Simplified);
        for (std::size_t i = 0; i < simple.size(); ++i) {
            if (simple[i] && simple[i] != chars[i]) give(simple[i], weights[i]);
        }
    }
    stats.frequencies = chars.size();
}

void PartsEngine::Impl::mark_rare_name_characters() {
    std::vector<char32_t> rare;
    for (const auto& [c, ci] : info) {
        if (!is_component(c) && !core::ChineseConverter::is_common_simplified(c)) rare.push_back(c);
    }
    std::sort(rare.begin(), rare.end());
    const std::vector<char32_t> simple =
        converter ? convert_each(*converter, rare, core::Script::Simplified) : std::vector<char32_t>();
    for (std::size_t i = 0; i < rare.size(); ++i) {
        // Without OpenCC every rare ideograph counts: better a traditional form too many than 䶮 missing.
        info[rare[i]].rare_name = simple.empty() || simple[i] == rare[i];
    }
}

std::vector<char32_t> PartsEngine::Impl::variants(char32_t c) const {
    std::vector<char32_t> out;
    if (!converter) return out;
    const std::string one = utf8_of(c);
    for (core::Script to : {core::Script::Traditional, core::Script::Simplified}) {
        const char32_t v = single_code_point(converter->convert(one, to));
        if (v && v != c && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    }
    return out;
}

std::vector<std::string> PartsEngine::Impl::own_sequences(char32_t c) const {
    std::vector<std::string> out;
    auto it = std::lower_bound(by_char.begin(), by_char.end(), std::make_pair(c, std::uint32_t{0}));
    for (; it != by_char.end() && it->first == c; ++it) out.emplace_back(sequence(by_sequence[it->second]));
    // The mainland table comes after CNS in the file, but a sequence's place in the file says nothing of how right
    // it is; shorter first is enough to be deterministic.
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    return out;
}

std::pair<std::size_t, std::size_t> PartsEngine::Impl::prefix_range(std::string_view prefix) const {
    auto less = [&](const Entry& e, std::string_view p) { return sequence(e) < p; };
    const std::string after = std::string(prefix) + "{";
    const auto b = std::lower_bound(by_sequence.begin(), by_sequence.end(), prefix, less);
    const auto e = std::lower_bound(b, by_sequence.end(), std::string_view(after), less);
    return {static_cast<std::size_t>(b - by_sequence.begin()), static_cast<std::size_t>(e - by_sequence.begin())};
}

PartsEngine::PartsEngine(std::string dict_path, std::string frequency_path) : impl_(std::make_unique<Impl>()) {
    impl_->dict_path = std::move(dict_path);
    impl_->frequency_path = std::move(frequency_path);
}

PartsEngine::~PartsEngine() = default;

bool PartsEngine::load() {
    Impl& m = *impl_;
    if (m.tried) return m.ok;
    m.tried = true;
    const auto t0 = std::chrono::steady_clock::now();
    std::string text;
    if (!read_file(m.dict_path, &text)) {
        m.error = std::string(str::kPartsNoDict) + " / cannot read the stroke dictionary " + m.dict_path +
                  " (Debian package rime-data-stroke)";
        return false;
    }
    if (!m.parse_dictionary(text)) {
        m.error = std::string(str::kPartsBadDict) + " / not a Rime dictionary (no \"...\" after its header): " + m.dict_path;
        m.arena.clear();
        m.by_sequence.clear();
        return false;
    }
    m.converter = core::ChineseConverter::open(nullptr);  // without it, parts are matched as written only
    m.stats.variants = m.converter != nullptr;
    m.load_frequencies();
    m.mark_rare_name_characters();
    m.stats.load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    m.ok = true;
    return true;
}

bool PartsEngine::loaded() const { return impl_->ok; }
const std::string& PartsEngine::error() const { return impl_->error; }
const PartsLoadStats& PartsEngine::stats() const { return impl_->stats; }

void PartsEngine::set_names(const std::vector<std::string>& names) {
    impl_->name_chars.clear();
    for (const std::string& name : names) {
        for (std::size_t i = 0; i < name.size();) {
            const char32_t c = core::next_code_point(name, i);
            if (c >= 0x2E80 && c != 0xFFFD) impl_->name_chars.insert(c);  // the CJK blocks and beyond, not ·
        }
    }
}

std::vector<std::string> PartsEngine::sequences(const Part& part) {
    if (part.stroke) {
        if (part.text.size() == 1 && kStrokeLetters.find(part.text[0]) != std::string_view::npos) return {part.text};
        return {};
    }
    if (!load()) return {};
    const char32_t c = single_code_point(part.text);
    if (!c) return {};
    std::vector<std::string> out = impl_->own_sequences(c);
    for (char32_t v : impl_->variants(c)) {
        for (std::string& s : impl_->own_sequences(v)) {
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
        }
    }
    return out;
}

std::vector<PartsCandidate> PartsEngine::candidates(const std::vector<Part>& parts, std::size_t max) {
    if (parts.empty() || max == 0 || !load()) return {};
    Impl& m = *impl_;
    std::vector<std::vector<std::string>> seqs;
    bool any_character = false;
    for (const Part& p : parts) {
        seqs.push_back(sequences(p));
        if (seqs.back().empty()) return {};  // a part with no known strokes: nothing can be built from it
        any_character = any_character || !p.stroke;
    }

    struct Found {
        char32_t ch;
        PartsMatch match;
        std::uint16_t length;  // of its sequence that matched
    };
    std::vector<Found> found;
    std::unordered_map<char32_t, std::size_t> where;
    auto add = [&](const Impl::Entry& e, PartsMatch match) {
        const auto [it, fresh] = where.try_emplace(e.ch, found.size());
        if (fresh) {
            found.push_back(Found{e.ch, match, e.length});
        } else {
            Found& f = found[it->second];
            if (match < f.match || (match == f.match && e.length < f.length)) f = Found{e.ch, match, e.length};
        }
    };

    // Exact and prefix matches: depth first over the parts' sequences.
    std::size_t branches = 0;
    std::string prefix;
    auto walk = [&](auto&& self, std::size_t k) -> void {
        if (++branches > kMaxBranches) return;
        const auto [b, e] = m.prefix_range(prefix);
        if (b == e) return;
        if (k == seqs.size()) {
            for (std::size_t i = b; i < e; ++i) {
                const Impl::Entry& en = m.by_sequence[i];
                add(en, en.length == prefix.size() ? PartsMatch::Exact : PartsMatch::Prefix);
            }
            return;
        }
        for (const std::string& s : seqs[k]) {
            const std::size_t keep = prefix.size();
            prefix += s;
            self(self, k + 1);
            prefix.resize(keep);
        }
    };
    walk(walk, 0);

    // Inside: each part's run found after the previous one's end, taking the run that ends first (which leaves the
    // most room for the rest). Stroke keys tapped one after another are one run: 横 竖 written in a row.
    std::vector<std::vector<std::string>> runs;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].stroke && i > 0 && parts[i - 1].stroke) runs.back().front() += seqs[i].front();
        else runs.push_back(seqs[i]);
    }
    if (runs.size() >= 2 && any_character) {
        std::size_t shortest = 0;
        for (const auto& list : runs) {
            std::size_t s = list.front().size();
            for (const std::string& q : list) s = std::min(s, q.size());
            shortest += s;
        }
        for (const Impl::Entry& en : m.by_sequence) {
            if (en.length < shortest || where.count(en.ch)) continue;
            const std::string_view seq = m.sequence(en);
            std::size_t pos = 0;
            bool all = true;
            for (const auto& list : runs) {
                std::size_t best = std::string_view::npos;
                for (const std::string& q : list) {
                    const std::size_t at = seq.find(q, pos);
                    if (at != std::string_view::npos) best = std::min(best, at + q.size());
                }
                if (best == std::string_view::npos) { all = false; break; }
                pos = best;
            }
            if (all) add(en, PartsMatch::Inside);
        }
    }

    // The order (top of this file).
    char32_t only = 0;
    std::vector<char32_t> only_variants;
    if (parts.size() == 1 && !parts[0].stroke) {
        only = single_code_point(parts[0].text);
        only_variants = m.variants(only);
    }
    struct Key {
        int match, own, named, rare;
        std::uint32_t frequency;
        std::uint16_t length;
        char32_t ch;
    };
    std::vector<Key> keys;
    keys.reserve(found.size());
    for (const Found& f : found) {
        const Impl::CharInfo& ci = m.info[f.ch];
        const int own = f.ch == only ? 0
                        : std::find(only_variants.begin(), only_variants.end(), f.ch) != only_variants.end() ? 1
                                                                                                             : 2;
        keys.push_back(Key{static_cast<int>(f.match), own, m.name_chars.count(f.ch) ? 0 : 1, ci.rare_name ? 0 : 1,
                           ci.frequency, f.length, f.ch});
    }
    auto before = [](const Key& a, const Key& b) {
        if (a.match != b.match) return a.match < b.match;
        if (a.own != b.own) return a.own < b.own;
        if (a.named != b.named) return a.named < b.named;
        if (a.rare != b.rare) return a.rare < b.rare;
        if (a.frequency != b.frequency) return a.frequency > b.frequency;
        if (a.length != b.length) return a.length < b.length;
        return a.ch < b.ch;
    };
    const std::size_t n = std::min(max, keys.size());
    std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(n), keys.end(), before);
    std::vector<PartsCandidate> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(PartsCandidate{utf8_of(keys[i].ch), static_cast<PartsMatch>(keys[i].match)});
    return out;
}

}  // namespace kiosk::input
