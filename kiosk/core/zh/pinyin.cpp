// pinyin.cpp — see pinyin.h.
//
// Which of luna's readings are kept. Luna lists, for each character, every reading any dictionary it draws on gives,
// and weights the polyphonic ones with percentages (行 xing 91.78% / hang 8.22%). Some readings are rare or bogus for
// a reader of mainland text (和 han 0%, 的 di 0.03%); indexed, each would make a title match queries nobody meant.
// So, per dictionary character:
//  - no weights given: every reading is kept (luna's usual case: one reading, or readings of equal standing);
//  - weights given: a reading is kept if its weight is at least 1% of the character's total, and the top reading is
//    always kept. A reading without a weight beside weighted ones counts as 100%, as Rime itself counts it (殷: yan
//    30% and yin unweighted — yin is the common one);
//  - a reading under 1% is kept after all if one of luna's phrase lines uses it (會計 kuai ji, 供給 gong ji, 目的 mu di,
//    反省 fan xing, 投降 tou xiang): luna writes out exactly the phrases whose reading is not the default one, so a
//    low-weight reading that a real word needs is found there. About 300 readings come back this way; the phrases
//    themselves are not indexed.
//
// Luna is written in traditional characters; published text is simplified, so each kept reading also goes to the
// character's simplified form (發 → 发, 長 → 长, 業 → 业). Where a simplified character is also a traditional one with
// readings of its own (业: luna gives qiu, and ye 0% because in traditional text 业 is not 業), the readings are
// merged. Order, most likely first, is by the highest share a reading has in any source character (weight ÷ the
// character's total), a reading that comes from a traditional form winning a tie; checked against Rime's own compiled
// table (which has corpus frequencies), this puts the right reading first for all of the 500 most frequent characters
// but 谁 (shei/shui, equal there).
//
// Search lets people type pinyin without tones (dibao → 低保, hunyindengji → 婚姻登记) or initials (db, hydj, ysqgk).
// Two halves live here, both without SQLite or pixels:
//
//  - PinyinTable: every reading of every character, from a well-kept table in Debian's packages rather than one typed
//    by hand — Rime's luna-pinyin dictionary (rime-data-luna-pinyin). Polyphonic characters keep all their real
//    readings (行 xing/hang, 长 chang/zhang), so the index can hold them all and either reading finds the word.
//  - segment(): the ways a typed run of letters splits into syllables, most likely first, so a query becomes a few
//    syllable sequences to look up.
//
// Readings are lower-case ASCII without tones; ü is written v (lv 绿, nve 虐), as luna and every pinyin keyboard do.
//
// Index of this file:
// [SECTION] Reading luna's dictionary lines
// [SECTION] The table of readings
// [SECTION] Segmentation
#include "core/zh/pinyin.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/base/utf8.h"
#include "core/zh/charset.h"
#include "core/zh/chinese_convert.h"

namespace kiosk::core {

namespace {

// Strict: a line of luna's dictionary or of what was typed is refused whole if it is not valid UTF-8.
//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading luna's dictionary lines
//---------------------------------------------------------------------------------------------------------------------

bool decode(std::string_view s, std::u32string& out) {
    out.clear();
    if (!is_valid_utf8(s)) return false;
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return true;
}


// A reading as the table keeps it: lower-case a–z, ü written v. False if anything else is left (tones, digits, a
// stray "yong  0%" where luna has spaces instead of a tab).
bool normalise_reading(std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= 'a' && c <= 'z') {
            out.push_back(c);
        } else if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (c == '\xC3' && i + 1 < s.size() && (s[i + 1] == '\xBC' || s[i + 1] == '\x9C')) {  // ü, Ü
            out.push_back('v');
            ++i;
        } else {
            return false;
        }
    }
    if (out.empty()) return false;
    s = std::move(out);
    return true;
}

// A phrase's code ("yin hang"): each space-separated syllable normalised; single spaces between them.
bool normalise_phrase(std::string& s) {
    std::string out, syllable;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == ' ') {
            if (syllable.empty()) continue;
            if (!normalise_reading(syllable)) return false;
            out += (out.empty() ? "" : " ") + syllable;
            syllable.clear();
        } else {
            syllable.push_back(s[i]);
        }
    }
    if (out.empty()) return false;
    s = std::move(out);
    return true;
}

struct Weight {
    double value = 0;
    bool given = false;
};

// "91.78%", "5%", or a bare number (luna has one: 繰 zao 0), read on the same scale.
Weight parse_weight(std::string_view w) {
    while (!w.empty() && (w.back() == ' ' || w.back() == '\r')) w.remove_suffix(1);
    while (!w.empty() && w.front() == ' ') w.remove_prefix(1);
    if (!w.empty() && w.back() == '%') w.remove_suffix(1);
    Weight out;
    if (w.empty()) return out;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), out.value);
    out.given = ec == std::errc() && end == w.data() + w.size() && out.value >= 0;
    if (!out.given) out.value = 0;
    return out;
}

// Splits `line` on tabs into at most 3 fields.
int split_fields(std::string_view line, std::string_view fields[3]) {
    int n = 0;
    while (n < 3) {
        const auto tab = line.find('\t');
        fields[n++] = line.substr(0, tab);
        if (tab == std::string_view::npos) break;
        line.remove_prefix(tab + 1);
    }
    return n;
}

std::string load_error(const char* zh, const char* en, const std::string& detail) {
    // Staff see this when pack cannot build the pinyin index; Chinese first, English for logs (as strings_zh.h does).
    return std::string(zh) + detail + "\n" + en + detail;
}

bool is_vowel(char c) { return c == 'a' || c == 'o' || c == 'e'; }

}  // namespace

bool is_han_character(char32_t c) {
    return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

std::string PinyinSplit::to_string() const {
    std::string out = initials ? "initials:" : "";
    for (std::size_t i = 0; i < syllables.size(); ++i) {
        if (i) out += '\'';
        out += syllables[i];
    }
    if (last_is_prefix) out += '*';
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The table of readings
//---------------------------------------------------------------------------------------------------------------------

std::string initials_of(std::string_view reading) {
    return reading.empty() ? std::string() : std::string(1, reading.front());
}

// Interns reading lists and collects the syllables while a table is filled.
struct PinyinTable::Builder {
    std::map<std::vector<std::string>, std::uint32_t> list_ids;
    std::set<std::string> syllables;
};

PinyinTable::~PinyinTable() = default;

void PinyinTable::set_readings(char32_t c, std::vector<std::string> readings, Builder& builder) {
    if (readings.empty() || !is_han_character(c)) return;
    for (const auto& r : readings) builder.syllables.insert(r);
    if (lists_.empty()) lists_.emplace_back();  // id 0: no readings
    auto [it, inserted] = builder.list_ids.try_emplace(readings, static_cast<std::uint32_t>(lists_.size()));
    if (inserted) lists_.push_back(std::move(readings));
    stats_.readings += lists_[it->second].size();
    ++stats_.table_characters;
    if (c < 0x10000) {
        if (bmp_.empty()) bmp_.assign(0x10000, 0);
        bmp_[c] = it->second;
    } else {
        supplementary_.emplace_back(c, it->second);
    }
}

void PinyinTable::finish(Builder& builder) {
    std::sort(supplementary_.begin(), supplementary_.end());
    syllables_.assign(builder.syllables.begin(), builder.syllables.end());
    for (const auto& s : syllables_) {
        initial_letters_ |= 1u << (s.front() - 'a');
        max_syllable_length_ = std::max(max_syllable_length_, s.size());
    }
}

const std::vector<std::string>* PinyinTable::phrase_readings(const std::string& traditional) const {
    auto it = phrases_.find(traditional);
    return it == phrases_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& PinyinTable::readings(char32_t c) const {
    static const std::vector<std::string> kNone;
    std::uint32_t id = 0;
    if (c < 0x10000) {
        if (!bmp_.empty()) id = bmp_[c];
    } else {
        auto it = std::lower_bound(supplementary_.begin(), supplementary_.end(), std::make_pair(c, std::uint32_t{0}));
        if (it != supplementary_.end() && it->first == c) id = it->second;
    }
    return id ? lists_[id] : kNone;
}

bool PinyinTable::is_syllable(std::string_view s) const {
    return std::binary_search(syllables_.begin(), syllables_.end(), s, std::less<>());
}

bool PinyinTable::is_syllable_prefix(std::string_view s) const {
    // The sorted syllables starting with `s` follow `s` itself; one of them longer than `s` is enough.
    if (s.empty()) return false;
    auto it = std::upper_bound(syllables_.begin(), syllables_.end(), s, std::less<>());
    return it != syllables_.end() && it->size() > s.size() && std::string_view(*it).starts_with(s);
}

bool PinyinTable::is_initial_letter(char c) const {
    return c >= 'a' && c <= 'z' && (initial_letters_ >> (c - 'a') & 1u);
}

std::unique_ptr<PinyinTable> PinyinTable::from_readings(
    const std::unordered_map<char32_t, std::vector<std::string>>& readings) {
    std::unique_ptr<PinyinTable> table(new PinyinTable());
    Builder builder;
    for (const auto& [c, list] : readings) {
        std::vector<std::string> clean;
        for (std::string r : list) {
            if (normalise_reading(r) && std::find(clean.begin(), clean.end(), r) == clean.end()) clean.push_back(r);
        }
        table->set_readings(c, std::move(clean), builder);
    }
    table->finish(builder);
    return table;
}

std::unique_ptr<PinyinTable> PinyinTable::load(const std::string& path, const ChineseConverter* converter,
                                               std::string* error) {
    const auto started = std::chrono::steady_clock::now();
    auto fail = [&](const char* zh, const char* en) -> std::unique_ptr<PinyinTable> {
        if (error) *error = load_error(zh, en, path);
        return nullptr;
    };

    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) return fail("拼音字库打不开，拼音和首字母检索用不了。请安装 rime-data-luna-pinyin：",
                             "cannot read the pinyin dictionary (install rime-data-luna-pinyin): ");
        std::ostringstream ss;
        ss << in.rdbuf();
        bytes = std::move(ss).str();
    }
    const std::string_view text(bytes);

    // Body lines start after the YAML header's end marker "...".
    std::size_t pos = 0;
    bool in_body = false;
    auto next_line = [&](std::string_view& line) {
        if (pos >= text.size()) return false;
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = end + 1;
        return true;
    };
    std::string_view line;
    while (next_line(line)) {
        if (line == "...") {
            in_body = true;
            break;
        }
    }
    if (!in_body) return fail("拼音字库格式不对（没有 \"...\" 这一行）：", "not a Rime dictionary (no \"...\" line): ");

    struct Entry {
        char32_t ch;
        std::string code;
        Weight weight;
    };
    std::vector<Entry> entries;
    std::vector<std::string_view> phrase_lines;
    std::unique_ptr<PinyinTable> table(new PinyinTable());
    PinyinLoadStats& stats = table->stats_;
    std::u32string cps;
    std::string_view fields[3];
    while (next_line(line)) {
        if (line.empty() || line.front() == '#') continue;
        const int n = split_fields(line, fields);
        if (n < 2 || !decode(fields[0], cps) || cps.empty()) {
            ++stats.skipped_lines;
            continue;
        }
        if (cps.size() > 1) {  // a phrase: rescues rare readings (see the top of this file), and reads words for search
            phrase_lines.push_back(line);
            std::string code(fields[1]);
            if (normalise_phrase(code)) {
                auto& list = table->phrases_[std::string(fields[0])];
                if (std::find(list.begin(), list.end(), code) == list.end()) list.push_back(std::move(code));
            }
            continue;
        }
        std::string code(fields[1]);
        if (!is_han_character(cps[0]) || !normalise_reading(code)) {
            ++stats.skipped_lines;
            continue;
        }
        entries.push_back({cps[0], std::move(code), n == 3 ? parse_weight(fields[2]) : Weight{}});
    }
    if (entries.empty()) return fail("拼音字库里没有单字读音：", "no single-character readings in the pinyin dictionary: ");
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.ch < b.ch; });

    // Per dictionary character: its kept readings with their shares, in dictionary order.
    struct Kept {
        std::string reading;
        double share;
    };
    struct Group {
        char32_t ch;
        std::vector<Kept> kept;
    };
    struct Pending {
        std::size_t group;
        std::string reading;
        double share;
        bool rescued = false;
    };
    std::vector<Group> groups;
    std::vector<Pending> pending;
    std::unordered_multimap<char32_t, std::size_t> pending_by_char;
    for (std::size_t a = 0; a < entries.size();) {
        std::size_t b = a;
        while (b < entries.size() && entries[b].ch == entries[a].ch) ++b;
        // Merge repeated readings of one character (luna has none today) by adding their weights.
        std::vector<std::pair<std::string, Weight>> lines;
        for (std::size_t k = a; k < b; ++k) {
            auto it = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first == entries[k].code; });
            if (it == lines.end()) {
                lines.emplace_back(entries[k].code, entries[k].weight);
            } else {
                it->second.value += entries[k].weight.value;
                it->second.given |= entries[k].weight.given;
            }
        }
        Group group{entries[a].ch, {}};
        const bool weighted = std::any_of(lines.begin(), lines.end(), [](const auto& l) { return l.second.given; });
        double total = 0;
        std::size_t top = 0;
        std::vector<double> values;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            values.push_back(lines[k].second.given ? lines[k].second.value : 100.0);
            total += values.back();
            if (values[k] > values[top]) top = k;
        }
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (!weighted || total <= 0) {
                group.kept.push_back({lines[k].first, 1.0 / static_cast<double>(lines.size())});
            } else if (k == top || values[k] * 100.0 >= total) {
                group.kept.push_back({lines[k].first, values[k] / total});
            } else {
                pending_by_char.emplace(group.ch, pending.size());
                pending.push_back({groups.size(), lines[k].first, values[k] / total});
            }
        }
        groups.push_back(std::move(group));
        a = b;
    }
    stats.dict_characters = groups.size();

    // Rare readings that one of luna's phrases uses are real (會計 kuai ji): keep them.
    if (!pending.empty()) {
        std::vector<std::string_view> syllables;
        for (const auto phrase : phrase_lines) {
            if (split_fields(phrase, fields) < 2 || !decode(fields[0], cps)) continue;
            if (std::none_of(cps.begin(), cps.end(), [&](char32_t c) { return pending_by_char.count(c) != 0; })) continue;
            syllables.clear();
            std::string_view code = fields[1];
            while (!code.empty()) {
                const auto space = code.find(' ');
                if (space != 0) syllables.push_back(code.substr(0, space));
                if (space == std::string_view::npos) break;
                code.remove_prefix(space + 1);
            }
            if (syllables.size() != cps.size()) continue;
            for (std::size_t k = 0; k < cps.size(); ++k) {
                auto [lo, hi] = pending_by_char.equal_range(cps[k]);
                for (auto it = lo; it != hi; ++it) {
                    if (pending[it->second].reading == syllables[k]) pending[it->second].rescued = true;
                }
            }
        }
        for (auto& p : pending) {
            if (p.rescued) {
                groups[p.group].kept.push_back({std::move(p.reading), p.share});
                ++stats.kept_by_phrases;
            } else {
                ++stats.dropped_by_weight;
            }
        }
    }

    // The simplified form of every dictionary character, in one OpenCC call (one character per line): one call over
    // 40,000 characters takes a few tens of milliseconds, 40,000 calls far longer.
    std::vector<char32_t> simplified(groups.size(), 0);
    if (converter) {
        std::string joined;
        joined.reserve(groups.size() * 5);
        for (const auto& g : groups) {
            append_utf8(joined, g.ch);
            joined.push_back('\n');
        }
        const std::string converted = converter->to_simplified(joined);
        std::vector<std::string_view> pieces;
        std::string_view rest(converted);
        while (!rest.empty()) {
            const auto nl = rest.find('\n');
            pieces.push_back(rest.substr(0, nl));
            if (nl == std::string_view::npos) break;
            rest.remove_prefix(nl + 1);
        }
        if (pieces.size() != groups.size()) {
            return fail("简繁转换后拼音字库的字数对不上：", "simplified conversion changed the number of characters: ");
        }
        for (std::size_t k = 0; k < groups.size(); ++k) {
            if (decode(pieces[k], cps) && cps.size() == 1 && cps[0] != groups[k].ch && is_han_character(cps[0])) {
                simplified[k] = cps[0];
            }
        }
    }

    // Merge into the table's characters: each keeps, per reading, its highest share in any source.
    struct Candidate {
        std::string reading;
        double share;
        bool from_other;  // came from another (traditional) character
        std::uint32_t seq;
    };
    std::unordered_map<char32_t, std::vector<Candidate>> merged;
    merged.reserve(groups.size() + groups.size() / 8);
    std::uint32_t seq = 0;
    auto add = [&](char32_t target, const Kept& k, bool from_other) {
        auto& list = merged[target];
        for (auto& c : list) {
            if (c.reading != k.reading) continue;
            if (k.share > c.share || (k.share == c.share && from_other && !c.from_other)) {
                c.share = k.share;
                c.from_other = from_other;
            }
            return;
        }
        list.push_back({k.reading, k.share, from_other, seq++});
    };
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const auto& k : groups[g].kept) {
            add(groups[g].ch, k, false);
            if (simplified[g]) add(simplified[g], k, true);
        }
    }

    Builder builder;
    for (auto& [ch, list] : merged) {
        std::sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
            if (a.share != b.share) return a.share > b.share;
            if (a.from_other != b.from_other) return a.from_other;
            return a.seq < b.seq;
        });
        std::vector<std::string> readings;
        readings.reserve(list.size());
        for (auto& c : list) readings.push_back(std::move(c.reading));
        table->set_readings(ch, std::move(readings), builder);
    }
    table->finish(builder);
    stats.load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return table;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Segmentation
//---------------------------------------------------------------------------------------------------------------------
//
// A k-best dynamic programme from the end of the letters: best[i] holds the best (at most k) ways to read letters
// i..n, so the work is n positions × (syllable lengths ≤ 6) × k, whatever the number of possible splits (a run of
// "xianxianxian…" has 2^n of them). It is exact because a split's rank is decided piece by piece: fewer syllables
// first; then fewer syllables that start with a, o or e right after another syllable with no break typed (pinyin's
// own rule: 方案 is written fang'an, so "fangan" reads fan-gan first, fang-an second); then longer pieces first.

namespace {

struct Candidate {
    std::vector<std::string> pieces;
    std::vector<std::uint8_t> lengths;  // letters each piece took from the input (lue → lve keeps 3)
    unsigned vowel_starts = 0;
};

bool better(const Candidate& a, const Candidate& b) {
    if (a.pieces.size() != b.pieces.size()) return a.pieces.size() < b.pieces.size();
    if (a.vowel_starts != b.vowel_starts) return a.vowel_starts < b.vowel_starts;
    return std::lexicographical_compare(a.lengths.begin(), a.lengths.end(), b.lengths.begin(), b.lengths.end(),
                                        std::greater<>());
}

void keep_best(std::vector<Candidate>& list, std::size_t k) {
    std::stable_sort(list.begin(), list.end(), better);
    if (list.size() > k) list.resize(k);
}

// Typed letters, lower-cased, with where the person typed a break. False if anything but letters and breaks.
bool read_letters(std::string_view input, std::string& letters, std::vector<bool>& break_before,
                  bool& trailing_break) {
    letters.clear();
    break_before.clear();
    bool pending_break = false;
    if (!is_valid_utf8(input)) return false;
    std::size_t i = 0;
    while (i < input.size()) {
        const char32_t c = fold_width(next_code_point(input, i));  // full-width ａ–ｚ, Ａ–Ｚ and ＇ as ASCII
        char letter = 0;
        if (c >= 'a' && c <= 'z') {
            letter = static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            letter = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xFC || c == 0xDC) {  // ü Ü
            letter = 'v';
        } else if (c == ' ' || c == '\t' || c == '\'' || c == 0x2018 || c == 0x2019) {
            pending_break = true;
            continue;
        } else {
            return false;
        }
        break_before.push_back(pending_break && !letters.empty());
        letters.push_back(letter);
        pending_break = false;
    }
    trailing_break = pending_break;
    return true;
}

}  // namespace

std::vector<PinyinSplit> PinyinTable::segment(std::string_view latin, std::size_t max_results) const {
    std::string letters;
    std::vector<bool> break_before;
    bool trailing_break = false;
    const std::size_t k = std::min(max_results, kMaxSplits);
    if (k == 0 || !read_letters(latin, letters, break_before, trailing_break) || letters.empty() ||
        letters.size() > kMaxLetters) {
        return {};
    }
    const std::size_t n = letters.size();

    // whole[i]: letters i..n as whole syllables; partial[i]: the same but the last piece unfinished.
    std::vector<std::vector<Candidate>> whole(n + 1), partial(n + 1);
    whole[n].emplace_back();
    const std::string_view all(letters);
    for (std::size_t i = n; i-- > 0;) {
        std::vector<Candidate> w, p;
        for (std::size_t len = 1; i + len <= n && len <= max_syllable_length_; ++len) {
            if (len > 1 && break_before[i + len - 1]) break;  // no syllable crosses a typed break
            const std::size_t j = i + len;
            const std::string_view piece = all.substr(i, len);
            std::string syllable;
            if (is_syllable(piece)) {
                syllable = piece;
            } else if ((piece == "lue" || piece == "nue") && is_syllable(std::string(1, piece[0]) + "ve")) {
                syllable = std::string(1, piece[0]) + "ve";  // 略 typed as people were taught it: lüe, without the dots
            }
            const unsigned vowel = i > 0 && !break_before[i] && is_vowel(piece[0]) ? 1 : 0;
            auto extend = [&](const std::vector<Candidate>& tails, std::vector<Candidate>& into, const std::string& s) {
                for (const auto& tail : tails) {
                    Candidate c;
                    c.pieces.reserve(tail.pieces.size() + 1);
                    c.pieces.push_back(s);
                    c.pieces.insert(c.pieces.end(), tail.pieces.begin(), tail.pieces.end());
                    c.lengths.push_back(static_cast<std::uint8_t>(len));
                    c.lengths.insert(c.lengths.end(), tail.lengths.begin(), tail.lengths.end());
                    c.vowel_starts = vowel + tail.vowel_starts;
                    into.push_back(std::move(c));
                }
            };
            if (!syllable.empty()) {
                extend(whole[j], w, syllable);
                extend(partial[j], p, syllable);
            } else if (j == n && !trailing_break && is_syllable_prefix(piece)) {
                Candidate c;
                c.pieces.emplace_back(piece);
                c.lengths.push_back(static_cast<std::uint8_t>(len));
                c.vowel_starts = vowel;
                p.push_back(std::move(c));
            }
        }
        keep_best(w, k);
        keep_best(p, k);
        whole[i] = std::move(w);
        partial[i] = std::move(p);
    }

    // The initials reading: one letter per character, every letter one a syllable can start with (not i, u, v). One
    // letter alone is already read as an unfinished syllable (d → d*), which means the same.
    const bool initials = std::all_of(letters.begin(), letters.end(), [&](char c) { return is_initial_letter(c); }) &&
                          !(n == 1 && whole[0].empty() && !partial[0].empty());
    const std::size_t room = initials && k >= 2 ? k - 1 : k;

    std::vector<PinyinSplit> out;
    const bool use_partial = whole[0].empty();
    for (auto& c : use_partial ? partial[0] : whole[0]) {
        if (out.size() >= room) break;
        out.push_back({std::move(c.pieces), use_partial, false});
    }
    if (initials && out.size() < k) {
        PinyinSplit split;
        split.initials = true;
        for (char c : letters) split.syllables.emplace_back(1, c);
        out.push_back(std::move(split));
    }
    return out;
}

}  // namespace kiosk::core
