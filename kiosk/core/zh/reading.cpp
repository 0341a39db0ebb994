// reading.cpp — see reading.h.
//
// Which reading of terra's. Terra lists a character once per reading, polyphones with percentages (行 hang2 10%,
// xing2 90%), and writes out the phrases whose reading is not the characters' default (銀行 yin2 hang2, 長輩 zhang3
// bei4). So:
//  - a character reads as its highest weight, a reading without a weight counting 100% (as Rime counts it), the first
//    listed winning a tie (應 ying1 50% / ying4 50% → ying1);
//  - a phrase line with a weight is one of terra's rare or wrong readings (五百 wu3 bo2 0%, 沒收 mei2 shou1 5%):
//    dropped, and the phrase reads by its other lines or its characters;
//  - a phrase with several unweighted lines (自然 zi4 ran2 / zi4 ran5, 相應 xiang1 ying1 / xiang1 ying4) reads as the
//    line that agrees with most of its characters' own default readings, then the one with fewer neutral tones, then
//    the first listed. That gives the everyday reading of a public text (自然 zi4 ran2, not the colloquial ran5);
//    where it does not, the word is in the built-in list below (相应 xiang1 ying4).
//  - terra is a 国语 dictionary as much as a 普通话 one: where Taiwan's standard reading of a character differs from
//    the mainland's (期 qi2 / qi1, 息 xi2 / xi1, 质 zhi2 / zhi4), it lists both unweighted, and its phrases take the
//    Taiwan one (信息 xin4 xi2, 星期 xing1 qi2). A built-in table gives the mainland reading of such characters
//    (普通话异读词审音表); it is the character's default, and any phrase syllable of that character that differs from
//    it in tone only is put to it. Phrases that differ in letters (血 xie3 in 流血) are kept.
//  - terra marks the tone changes of 一 and 不 in its phrases (一個 yi2 ge4, 不要 bu2 yao4) and not elsewhere; they are
//    put back to yi1 and bu4, so every reading is in dictionary tones, as staff write the 读音 sheet. The voice makes
//    the third-tone change itself; the changes of 一 and 不 are not spoken.
//
// Lookup. Terra is keyed by OpenCC's standard traditional forms, with some simplified characters of its own whose
// readings are poorer (为 wei4 only, 处 chu4 only). So text is looked up as t2s then s2t of itself: simplified and
// traditional input meet in one form (長輩 and 长辈 both as 長輩), and s2t's phrase table picks the right traditional
// character where one simplified character stands for two (头发 → 頭髮, 发行 → 發行). OpenCC is mostly one
// character for one; where a conversion changes the count, each character is converted alone, so offsets into the
// original text stay exact. A character terra lacks in that form is tried as written.
//
// Segmentation: fewest words over the Han run (a dynamic programme over every dictionary, built-in and 读音 word that
// matches), ties to the longer first word — longest match, without greedy mistakes (归还款项 reads 归还 + 款项).
//
// Numbers. Digits are read by what they are, decided from the characters around them:
//  - a year: four digits before 年, or in a 文号's brackets (〔2025〕, [2025]): digit by digit (er4 ling2 er4 wu3);
//  - a date written 2025-03-08, 2025/3/8 or 2025.03.08: the year so, then 三月八日;
//  - a time 9:30: jiu3 dian3 san1 shi2 fen1;
//  - a percentage 5%: bai3 fen1 zhi1 wu3; a decimal 3.5: san1 dian3 wu3; 1,200 as 1200;
//  - a range 3-5 (or 3~5): san1 dao4 wu3;
//  - more than eight digits (phone numbers, ID numbers), or a leading 0 (0003): digit by digit, 1 as yi1 (not the
//    yao1 of phone numbers: a listener who hears yi1 writes 1 either way);
//  - otherwise a Chinese number: 10 shi2, 15 shi2 wu3, 105 yi1 bai3 ling2 wu3, 1200 yi1 qian1 er4 bai3, 20000 er4 wan4;
//  - the number 2 alone before a measure word (2个, 2元, 2年) is liang3, except after 第; not inside larger numbers.
// A run mixing Latin letters and digits (a receipt number CY01-20261207-0003) and a run of letters (PDF) are said
// letter by letter, as Letter sounds; hyphens between are short pauses.
//
// What is not read: 〔〕《》“” and other brackets and quotes, spaces, symbols and pictographs (★, emoji) — a listener
// gains nothing from their names. A character that is a letter of some script but has no reading (a rare character
// terra lacks, kana) is Unknown, said as mou3 zi4 (某字, "a character"), so the listener knows something was there.
//
// Index of this file:
// [SECTION] Syllables
// [SECTION] Loading terra
// [SECTION] The built-in words
// [SECTION] Numbers
// [SECTION] Reading text
#include "core/zh/reading.h"

#include <utf8proc.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <unordered_map>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/base/utf8.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/pinyin.h"

namespace kiosk::core {

namespace {

// Keys and readings point into the dictionary file's text, kept whole, or into strings the engine made (a reading
// put to its mainland tones, an added word): no allocation per word, which is most of the cost of loading 99k lines.
using WordMap = std::unordered_map<std::string_view, std::string_view>;

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Syllables
//---------------------------------------------------------------------------------------------------------------------

// a–z (v for ü), then a tone digit 1–5; at most six letters (zhuang).
bool is_tone_syllable(std::string_view s) {
    if (s.size() < 2 || s.size() > 7) return false;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] < 'a' || s[i] > 'z') return false;
    }
    return s.back() >= '1' && s.back() <= '5';
}

std::vector<std::string_view> split_spaces(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

std::string bilingual(const str::Bilingual& msg) { return std::string(msg.zh) + "\n" + msg.en; }

template <typename... Args>
std::string bilingual(const str::Bilingual& msg, Args... args) {
    return format_text(msg.zh, args...) + "\n" + format_text(msg.en, args...);
}

}  // namespace

bool valid_tone_syllables(std::string_view syllables, std::string* error) {
    const std::vector<std::string_view> parts = split_spaces(syllables);
    if (parts.empty()) {
        if (error) *error = bilingual(str::kErrReadingEmpty);
        return false;
    }
    for (const std::string_view p : parts) {
        if (is_tone_syllable(p)) continue;
        if (error) *error = bilingual(str::kErrReadingSyllable, std::string(p).c_str());
        return false;
    }
    return true;
}

bool valid_reading_word(std::string_view word, std::string* error) {
    const std::u32string chars = is_valid_utf8(word) ? to_code_points(word) : std::u32string();
    if (!chars.empty() && std::all_of(chars.begin(), chars.end(), is_han_character)) return true;
    if (error) *error = bilingual(str::kErrReadingWordNotHan, std::string(word).c_str());
    return false;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Loading terra
//---------------------------------------------------------------------------------------------------------------------

struct ReadingEngine::Impl {
    const ChineseConverter* converter = nullptr;
    std::unique_ptr<ChineseConverter> own_converter;  // when the given one writes Taiwan forms
    std::string text;               // the dictionary file
    std::deque<std::string> made;   // what the views of the maps point to beside `text`
    WordMap dictionary;  // terra's key (traditional) → syllables, space-separated
    WordMap added;       // the lookup form of a built-in or 读音 word → syllables; wins over `dictionary`

    std::string_view keep(std::string s) { return made.emplace_back(std::move(s)); }
    std::size_t max_word = 1;  // the longest word, in code points
    std::size_t dictionary_words = 0;
    double load_ms = 0;

    // The lookup form of each character of `run` (Han characters only): t2s then s2t, per character where the
    // conversion of the whole changes the count.
    std::u32string lookup_form(std::u32string_view run) const;
    const std::string_view* find(std::string_view key) const {
        if (auto it = added.find(key); it != added.end()) return &it->second;
        if (auto it = dictionary.find(key); it != dictionary.end()) return &it->second;
        return nullptr;
    }
};

namespace {

struct Line {
    std::string_view key, code;
    double weight = -1;  // -1: none given
};

// Terra writes a weight as "10%"; a bare number counts as itself.
double parse_weight(std::string_view s) {
    if (!s.empty() && s.back() == '%') s.remove_suffix(1);
    double w = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), w);
    return ec == std::errc() ? w : 0;
}

// One tone syllable per code point of the key, else the line is not used. Called on every line: no allocation.
bool well_formed(const Line& l, std::size_t& chars) {
    chars = code_point_count(l.key);
    std::size_t count = 0, i = 0;
    const std::string_view code = l.code;
    while (i < code.size()) {
        while (i < code.size() && code[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < code.size() && code[i] != ' ') ++i;
        if (i == start) break;
        if (!is_tone_syllable(code.substr(start, i - start))) return false;
        ++count;
    }
    return count == chars;
}

// 一 and 不 back to their dictionary tones (see the top of this file).
std::string citation_tones(std::string_view key, std::string_view code) {
    std::string out;
    const auto parts = split_spaces(code);
    std::size_t i = 0, k = 0;
    while (i < key.size() && k < parts.size()) {
        const char32_t c = next_code_point(key, i);
        std::string_view s = parts[k++];
        if (c == U'一' && (s == "yi2" || s == "yi4")) s = "yi1";
        if (c == U'不' && s == "bu2") s = "bu4";
        if (!out.empty()) out += ' ';
        out += s;
    }
    return out;
}

// The mainland readings of characters terra also reads the Taiwan way (see the top of this file), as simplified
// characters; common ones of government text first.
constexpr std::pair<char32_t, const char*> kMainland[] = {
    {U'期', "qi1"}, {U'息', "xi1"}, {U'惜', "xi1"}, {U'昔', "xi1"}, {U'夕', "xi1"}, {U'溪', "xi1"},
    {U'危', "wei1"}, {U'微', "wei1"}, {U'质', "zhi4"}, {U'企', "qi3"}, {U'综', "zong1"}, {U'携', "xie2"},
    {U'档', "dang4"}, {U'亚', "ya4"}, {U'究', "jiu1"}, {U'迹', "ji4"}, {U'绩', "ji4"}, {U'击', "ji1"},
    {U'脊', "ji3"}, {U'帆', "fan1"}, {U'突', "tu1"}, {U'骨', "gu3"}, {U'耕', "geng1"}, {U'淑', "shu1"},
    {U'崖', "ya2"}, {U'涯', "ya2"}, {U'垃', "la1"}, {U'圾', "ji1"}, {U'酵', "jiao4"}, {U'蜗', "wo1"},
    {U'悄', "qiao1"}, {U'研', "yan2"}, {U'髓', "sui3"}, {U'暂', "zan4"}, {U'播', "bo1"}, {U'波', "bo1"},
    {U'侮', "wu3"}, {U'卓', "zhuo2"}, {U'凸', "tu1"}, {U'凹', "ao1"}, {U'寂', "ji4"}, {U'穴', "xue2"},
    {U'曝', "pu4"}, {U'瀑', "pu4"}, {U'摄', "she4"}, {U'署', "shu3"}, {U'述', "shu4"}, {U'召', "zhao4"},
    {U'谊', "yi4"}, {U'跌', "die1"}, {U'血', "xue4"}, {U'熟', "shu2"}, {U'识', "shi2"}, {U'液', "ye4"},
};

std::string_view letters_of(std::string_view syllable) { return syllable.substr(0, syllable.size() - 1); }

int neutral_tones(std::string_view code) { return static_cast<int>(std::count(code.begin(), code.end(), '5')); }

}  // namespace

std::u32string ReadingEngine::Impl::lookup_form(std::u32string_view run) const {
    if (!converter) return std::u32string(run);
    const std::string utf8 = to_utf8(run);
    std::u32string whole = to_code_points(converter->to_traditional(converter->to_simplified(utf8)));
    if (whole.size() == run.size()) return whole;
    std::u32string out;
    for (const char32_t c : run) {
        const std::string alone = converter->to_traditional(converter->to_simplified(to_utf8({&c, 1})));
        const std::u32string one = to_code_points(alone);
        out.push_back(one.size() == 1 ? one[0] : c);
    }
    return out;
}

ReadingEngine::ReadingEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ReadingEngine::~ReadingEngine() = default;

std::size_t ReadingEngine::dictionary_words() const { return impl_->dictionary_words; }
std::size_t ReadingEngine::added_words() const { return impl_->added.size(); }
double ReadingEngine::load_ms() const { return impl_->load_ms; }

void add_builtin_words(ReadingEngine& engine);

std::unique_ptr<ReadingEngine> ReadingEngine::load(const std::string& dict_path, const ChineseConverter* converter,
                                                   std::string* error) {
    const auto t0 = std::chrono::steady_clock::now();
    std::string data;
    std::FILE* f = std::fopen(dict_path.c_str(), "rb");
    bool read_ok = f != nullptr;
    if (f) {
        char buf[1 << 16];
        std::size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
        read_ok = !std::ferror(f);
        std::fclose(f);
    }
    if (!read_ok) {
        if (error) *error = bilingual(str::kErrReadingDictOpen, dict_path.c_str(), std::strerror(errno));
        return nullptr;
    }

    auto impl = std::make_unique<Impl>();
    impl->text = std::move(data);
    const std::string& text = impl->text;
    impl->converter = converter;
    if (converter && converter->to_traditional("着") != "着") {
        // A Taiwan-style converter (s2tw) writes the particle 着 as 著, which terra reads zhu4.
        impl->own_converter = ChineseConverter::open(error, ChineseConverter::kSimplifiedToStandardTraditional);
        if (!impl->own_converter) return nullptr;
        impl->converter = impl->own_converter.get();
    }

    // The lines after the YAML header ("..."), grouped by key in file order.
    std::vector<Line> lines;
    lines.reserve(110000);
    std::size_t pos = 0;
    bool body = false;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!body) {
            body = line == "...";
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        const std::size_t t1 = line.find('\t');
        if (t1 == std::string_view::npos || t1 == 0) continue;
        const std::size_t t2 = line.find('\t', t1 + 1);
        Line l;
        l.key = line.substr(0, t1);
        l.code = line.substr(t1 + 1, t2 == std::string_view::npos ? std::string_view::npos : t2 - t1 - 1);
        if (t2 != std::string_view::npos) l.weight = parse_weight(line.substr(t2 + 1));
        lines.push_back(l);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.key < b.key; });

    impl->dictionary.reserve(lines.size());
    // Characters first: phrases are judged against their characters' defaults.
    std::unordered_map<char32_t, std::string_view> char_default;
    char_default.reserve(60000);
    std::vector<std::pair<std::size_t, std::size_t>> phrase_groups;  // [first, last) of each phrase's lines
    for (std::size_t g = 0; g < lines.size();) {
        std::size_t e = g + 1;
        while (e < lines.size() && lines[e].key == lines[g].key) ++e;
        std::size_t chars = 0;
        if (!is_valid_utf8(lines[g].key)) {
            g = e;
            continue;
        }
        chars = code_point_count(lines[g].key);
        if (chars > 1) {
            phrase_groups.emplace_back(g, e);
            g = e;
            continue;
        }
        const Line* best = nullptr;
        double best_weight = -1;
        for (std::size_t i = g; i < e; ++i) {
            std::size_t n = 0;
            if (!well_formed(lines[i], n)) continue;
            const double w = lines[i].weight < 0 ? 100 : lines[i].weight;
            if (w > best_weight) best = &lines[i], best_weight = w;
        }
        if (best) {
            std::size_t at = 0;
            char_default.emplace(next_code_point(best->key, at), best->code);
            impl->dictionary.emplace(best->key, best->code);
        }
        g = e;
    }
    // The mainland readings, on terra's keys (质 → 質).
    std::unordered_map<char32_t, std::string_view> mainland;
    {
        std::u32string chars;
        for (const auto& [c, r] : kMainland) chars.push_back(c);
        const std::u32string keys = impl->lookup_form(chars);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            mainland.emplace(keys[i], kMainland[i].second);
            char_default[keys[i]] = kMainland[i].second;
            std::string key;
            append_utf8(key, keys[i]);
            impl->dictionary[impl->keep(std::move(key))] = kMainland[i].second;
        }
    }
    // Whether a phrase's code needs citation_tones() or the mainland table: most do not, and skip both.
    auto needs_fixing = [&](std::string_view key) {
        for (std::size_t i = 0; i < key.size();) {
            const char32_t c = next_code_point(key, i);
            if (c == U'一' || c == U'不' || mainland.count(c)) return true;
        }
        return false;
    };
    for (const auto& [g, e] : phrase_groups) {
        if (e - g == 1) {
            std::size_t chars = 0;
            const Line& l = lines[g];
            if (l.weight >= 0 || !well_formed(l, chars)) continue;
            if (!needs_fixing(l.key)) {
                impl->max_word = std::max(impl->max_word, chars);
                impl->dictionary.emplace(l.key, l.code);
                continue;
            }
        }
        const Line* best = nullptr;
        std::string best_code;
        int best_agree = -1, best_neutral = 0;
        std::size_t chars = 0;
        for (std::size_t i = g; i < e; ++i) {
            if (lines[i].weight >= 0 || !well_formed(lines[i], chars)) continue;
            std::string code = citation_tones(lines[i].key, lines[i].code);
            {
                // Taiwan tones of the mainland table's characters put to the mainland's.
                std::string fixed;
                std::size_t at = 0;
                for (const std::string_view p : split_spaces(code)) {
                    const auto m = mainland.find(next_code_point(lines[i].key, at));
                    const bool tone_only = m != mainland.end() && letters_of(m->second) == letters_of(p);
                    fixed += (fixed.empty() ? "" : " ") + std::string(tone_only ? m->second : p);
                }
                code = std::move(fixed);
            }
            const auto parts = split_spaces(code);
            int agree = 0;
            std::size_t at = 0;
            for (const std::string_view p : parts) {
                const auto it = char_default.find(next_code_point(lines[i].key, at));
                if (it != char_default.end() && it->second == p) ++agree;
            }
            const int neutral = neutral_tones(code);
            if (agree > best_agree || (agree == best_agree && neutral < best_neutral)) {
                best = &lines[i], best_code = code, best_agree = agree, best_neutral = neutral;
            }
        }
        if (!best) continue;
        impl->max_word = std::max(impl->max_word, chars);
        impl->dictionary.emplace(best->key, impl->keep(std::move(best_code)));
    }
    impl->dictionary_words = impl->dictionary.size();
    if (impl->dictionary.empty()) {
        if (error) *error = bilingual(str::kErrReadingDictEmpty, dict_path.c_str());
        return nullptr;
    }
    std::unique_ptr<ReadingEngine> engine(new ReadingEngine(std::move(impl)));
    add_builtin_words(*engine);
    engine->impl_->load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return engine;
}

bool ReadingEngine::add_word(std::string_view word, std::string_view syllables, std::string* error) {
    if (!valid_tone_syllables(syllables, error) || !valid_reading_word(word, error)) return false;
    const std::u32string chars = to_code_points(word);
    const auto parts = split_spaces(syllables);
    if (parts.size() != chars.size()) {
        if (error) {
            *error = bilingual(str::kErrReadingCount, std::string(word).c_str(), chars.size(), parts.size());
        }
        return false;
    }
    std::string code;
    for (const std::string_view p : parts) code += (code.empty() ? "" : " ") + std::string(p);
    std::string key = to_utf8(impl_->lookup_form(chars));
    if (auto it = impl_->added.find(key); it != impl_->added.end()) {
        it->second = impl_->keep(std::move(code));
    } else {
        impl_->added.emplace(impl_->keep(std::move(key)), impl_->keep(std::move(code)));
    }
    impl_->max_word = std::max(impl_->max_word, chars.size());
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The built-in words
//---------------------------------------------------------------------------------------------------------------------

// Words of government notices and service guides that terra reads wrong or lacks, and a few it reads right that
// matter too much to leave to a change in its next version. Each reading is the standard one (现代汉语词典), in
// dictionary tones. A county's 读音 sheet overrides them.
void add_builtin_words(ReadingEngine& engine) {
    static constexpr std::pair<const char*, const char*> kWords[] = {
        // 还: huan2 where something is given back.
        {"还款", "huan2 kuan3"}, {"还贷", "huan2 dai4"}, {"归还", "gui1 huan2"}, {"偿还", "chang2 huan2"},
        {"退还", "tui4 huan2"}, {"返还", "fan3 huan2"}, {"还清", "huan2 qing1"}, {"还本", "huan2 ben3"},
        {"还有", "hai2 you3"}, {"还是", "hai2 shi4"}, {"还需", "hai2 xu1"}, {"还应", "hai2 ying1"},
        // 应: ying4 where it answers.
        {"相应", "xiang1 ying4"}, {"应当", "ying1 dang1"}, {"应该", "ying1 gai1"}, {"响应", "xiang3 ying4"},
        {"应急", "ying4 ji2"}, {"对应", "dui4 ying4"}, {"供应", "gong1 ying4"}, {"适应", "shi4 ying4"},
        {"应用", "ying4 yong4"}, {"应予", "ying1 yu3"},
        // 予 is yu3 in 给予, 不予, 准予, 予以.
        {"给予", "ji3 yu3"}, {"不予", "bu4 yu3"}, {"准予", "zhun3 yu3"}, {"予以", "yu3 yi3"},
        {"免予", "mian3 yu3"}, {"授予", "shou4 yu3"},
        // 供, 给.
        {"供养", "gong4 yang3"}, {"供给", "gong1 ji3"}, {"提供", "ti2 gong1"}, {"给付", "ji3 fu4"},
        {"供暖", "gong1 nuan3"},
        // 差.
        {"差额", "cha1 e2"}, {"出差", "chu1 chai1"}, {"差旅", "chai1 lv3"}, {"差异", "cha1 yi4"},
        {"差别", "cha1 bie2"}, {"差错", "cha1 cuo4"},
        // 调.
        {"调整", "tiao2 zheng3"}, {"调查", "diao4 cha2"}, {"调解", "tiao2 jie3"}, {"调剂", "tiao2 ji4"},
        {"调动", "diao4 dong4"}, {"调档", "diao4 dang4"}, {"调取", "diao4 qu3"}, {"协调", "xie2 tiao2"},
        // 重.
        {"重新", "chong2 xin1"}, {"重复", "chong2 fu4"}, {"重要", "zhong4 yao4"}, {"重大", "zhong4 da4"},
        {"重点", "zhong4 dian3"}, {"重庆", "chong2 qing4"}, {"重度", "zhong4 du4"}, {"重建", "chong2 jian4"},
        {"重新申请", "chong2 xin1 shen1 qing3"},
        // 长: zhang3 of people.
        {"长辈", "zhang3 bei4"}, {"村长", "cun1 zhang3"}, {"镇长", "zhen4 zhang3"}, {"县长", "xian4 zhang3"},
        {"局长", "ju2 zhang3"}, {"家长", "jia1 zhang3"}, {"组长", "zu3 zhang3"}, {"延长", "yan2 chang2"},
        {"长期", "chang2 qi1"},
        // 会, 行, 处, 着, 便, 数, 朝, 兴, 更, 参, 率, 载, 称, 假, 空, 落, 干, 种, 量, 为, 得, 了, 结, 济.
        {"会计", "kuai4 ji4"}, {"行政", "xing2 zheng4"}, {"银行", "yin2 hang2"}, {"发行", "fa1 xing2"},
        {"处理", "chu3 li3"}, {"处分", "chu3 fen4"}, {"处罚", "chu3 fa2"}, {"处置", "chu3 zhi4"},
        {"着手", "zhuo2 shou3"}, {"着力", "zhuo2 li4"}, {"着重", "zhuo2 zhong4"}, {"随着", "sui2 zhe5"},
        {"便利", "bian4 li4"}, {"便民", "bian4 min2"}, {"数据", "shu4 ju4"}, {"朝阳", "chao2 yang2"},
        {"兴建", "xing1 jian4"}, {"更正", "geng1 zheng4"}, {"参加", "can1 jia1"}, {"参保", "can1 bao3"},
        {"利率", "li4 lv4"}, {"效率", "xiao4 lv4"}, {"比率", "bi3 lv4"}, {"记载", "ji4 zai3"},
        {"下载", "xia4 zai3"}, {"名称", "ming2 cheng1"}, {"请假", "qing3 jia4"}, {"填空", "tian2 kong4"},
        {"落实", "luo4 shi2"}, {"干部", "gan4 bu4"}, {"种植", "zhong4 zhi2"}, {"种类", "zhong3 lei4"},
        {"数量", "shu4 liang4"}, {"为了", "wei4 le5"}, {"作为", "zuo4 wei2"}, {"认为", "ren4 wei2"},
        {"行为", "xing2 wei2"}, {"为民", "wei4 min2"}, {"获得", "huo4 de2"}, {"取得", "qu3 de2"},
        {"了解", "liao3 jie3"}, {"结算", "jie2 suan4"}, {"救济", "jiu4 ji4"}, {"补正", "bu3 zheng4"},
        {"答复", "da2 fu4"}, {"复议", "fu4 yi4"}, {"丧葬", "sang1 zang4"}, {"没收", "mo4 shou1"},
        {"身份", "shen1 fen4"}, {"省级", "sheng3 ji2"}, {"尽快", "jin3 kuai4"}, {"传真", "chuan2 zhen1"},
        {"一次性", "yi1 ci4 xing4"}, {"头发", "tou2 fa5"}, {"信息", "xin4 xi1"},
        {"最低生活保障", "zui4 di1 sheng1 huo2 bao3 zhang4"},
    };
    for (const auto& [word, syllables] : kWords) engine.add_word(word, syllables, nullptr);
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Numbers
//---------------------------------------------------------------------------------------------------------------------

namespace {

constexpr const char* kDigit[] = {"ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3"};

// One syllable of a number and the digit (index into the number's digits) it stands for.
struct NumberSyllable {
    const char* text;
    std::size_t digit;
};

// A whole number of at most 12 digits, without leading zeros (or "0"), as Chinese: groups of four under 万 and 亿,
// one 零 for each run of zeros between non-zero digits, and 一十 shortened to 十 at the front (15 shi2 wu3).
std::vector<NumberSyllable> cardinal(std::string_view digits, std::size_t first = 0) {
    static constexpr const char* kUnit[] = {"", "shi2", "bai3", "qian1"};
    static constexpr const char* kGroup[] = {"", "wan4", "yi4"};
    std::vector<NumberSyllable> out;
    const std::size_t n = digits.size();
    if (n == 1 && digits[0] == '0') return {{kDigit[0], first}};
    bool zero_pending = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t place = n - 1 - i;  // 0 = ones
        const int d = digits[i] - '0';
        if (d == 0) {
            if (!out.empty()) zero_pending = true;
        } else {
            if (zero_pending) out.push_back({kDigit[0], first + i - 1});
            zero_pending = false;
            const bool shortened = out.empty() && d == 1 && place % 4 == 1;
            if (!shortened) out.push_back({kDigit[d], first + i});
            if (place % 4) out.push_back({kUnit[place % 4], first + i});
        }
        if (place % 4 == 0 && place > 0) {
            // The end of a group of four: its unit, if the group said anything.
            const std::size_t group_start = i >= 3 ? i - 3 : 0;
            const std::string_view group = digits.substr(group_start, i - group_start + 1);
            const bool said = group.find_first_not_of('0') != std::string_view::npos;
            if (said) {
                out.push_back({kGroup[place / 4], first + i});
                // A zero at the start of the next group is said once, after the unit (10050: yi1 wan4 ling2 …).
                zero_pending = false;
                if (i + 1 < n && digits[i + 1] == '0') zero_pending = true;
            }
        }
    }
    return out;
}

// Measure words after which a lone 2 is liang3 (2个, 2元, 2年, 2万).
bool is_measure_word(char32_t c) {
    static constexpr std::u32string_view kMeasures = U"个位名项次份张本件天年岁人户间台辆种条页级元角块只支套处家所座栋层周批类倍斤千万亿";
    return kMeasures.find(c) != std::u32string_view::npos;
}

bool is_open_bracket(char32_t c) { return c == U'〔' || c == U'[' || c == U'【' || c == U'(' || c == U'〖'; }
bool is_close_bracket(char32_t c) { return c == U'〕' || c == U']' || c == U'】' || c == U')' || c == U'〗'; }

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading text
//---------------------------------------------------------------------------------------------------------------------

namespace {

// A code point of the text, width-folded (２ → 2, ％ → %), with its bytes in the original.
struct Char {
    char32_t c;
    std::size_t begin, end;
};

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_latin(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char32_t c) { return is_digit(c) || is_latin(c); }
bool is_dash(char32_t c) { return c == '-' || c == '~' || c == U'～' || c == U'–' || c == U'—'; }

class Reader {
public:
    Reader(const ReadingEngine::Impl& engine, std::string_view text) : engine_(engine), text_(text) {
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t at = i;
            const char32_t c = next_code_point(text, i);
            chars_.push_back({fold_width(c), at, i});
        }
    }

    // The "per" of a unit: a / between Han characters (元/人), and a middle dot in such a unit after one (元/人·月).
    bool is_per(std::size_t i) const {
        const char32_t c = chars_[i].c;
        const bool han_around = i > 0 && i + 1 < chars_.size() && is_han_character(chars_[i - 1].c) &&
                                is_han_character(chars_[i + 1].c);
        if (!han_around) return false;
        if (c == '/' || c == U'／') return true;
        if (c != U'·' && c != U'・' && c != U'•') return false;
        std::size_t k = i - 1;
        while (k > 0 && is_han_character(chars_[k].c)) --k;
        if (chars_[k].c == '/' || chars_[k].c == U'／') return true;
        return false;
    }

    std::vector<Sound> run() {
        std::size_t i = 0;
        while (i < chars_.size()) {
            const char32_t c = chars_[i].c;
            if (is_han_character(c)) {
                std::size_t j = i;
                while (j < chars_.size() && is_han_character(chars_[j].c)) ++j;
                han_run(i, j);
                i = j;
            } else if (is_alnum(c)) {
                i = code_run(i);
            } else if (is_per(i)) {
                // A unit of a fee: 元/人·月 is said 元每人每月.
                syllable("mei3", i);
                ++i;
            } else {
                other(i);
                ++i;
            }
        }
        while (!out_.empty() && out_.back().kind == Sound::Kind::Pause && out_.back().text == ",") out_.pop_back();
        return std::move(out_);
    }

private:
    void push(Sound::Kind kind, std::string text, std::size_t begin, std::size_t end) {
        out_.push_back({kind, std::move(text), begin, end});
    }
    void syllable(const char* s, std::size_t ci) { push(Sound::Kind::Syllable, s, chars_[ci].begin, chars_[ci].end); }
    void pause(bool long_pause, std::size_t ci) {
        if (out_.empty()) return;
        Sound& last = out_.back();
        if (last.kind == Sound::Kind::Pause) {
            if (long_pause) last.text = ".";
            last.end = chars_[ci].end;
            return;
        }
        push(Sound::Kind::Pause, long_pause ? "." : ",", chars_[ci].begin, chars_[ci].end);
    }
    char32_t at(std::size_t ci) const { return ci < chars_.size() ? chars_[ci].c : 0; }

    void han_run(std::size_t b, std::size_t e) {
        std::u32string original;
        for (std::size_t i = b; i < e; ++i) original.push_back(chars_[i].c);
        const std::u32string form = engine_.lookup_form(original);
        std::string key;
        std::vector<std::size_t> off;  // byte offset of each character in `key`
        for (const char32_t c : form) {
            off.push_back(key.size());
            append_utf8(key, c);
        }
        off.push_back(key.size());
        const std::size_t n = form.size();
        // best[i]: fewest words for form[i..n), and the length of the first.
        std::vector<std::size_t> words(n + 1, 0), first(n + 1, 1);
        for (std::size_t i = n; i-- > 0;) {
            words[i] = words[i + 1] + 1;
            first[i] = 1;
            const std::size_t longest = std::min(engine_.max_word, n - i);
            for (std::size_t len = 2; len <= longest; ++len) {
                const std::size_t count = words[i + len] + 1;
                if (count > words[i]) continue;
                if (!engine_.find(std::string_view(key).substr(off[i], off[i + len] - off[i]))) continue;
                words[i] = count;
                first[i] = len;  // lengths rise, so a tie goes to the longer first word
            }
        }
        for (std::size_t i = 0; i < n;) {
            const std::size_t len = first[i];
            const std::string_view k = std::string_view(key).substr(off[i], off[i + len] - off[i]);
            const std::string_view* code = engine_.find(k);
            if (!code && len == 1) code = single_fallback(original[i]);
            if (!code) {
                const Char& ch = chars_[b + i];
                push(Sound::Kind::Unknown, std::string(text_.substr(ch.begin, ch.end - ch.begin)), ch.begin, ch.end);
                ++i;
                continue;
            }
            const auto parts = split_spaces(*code);
            for (std::size_t k2 = 0; k2 < len && k2 < parts.size(); ++k2) {
                const Char& ch = chars_[b + i + k2];
                push(Sound::Kind::Syllable, std::string(parts[k2]), ch.begin, ch.end);
            }
            i += len;
        }
    }

    // A character terra lacks in its lookup form: as written, then its simplified form.
    const std::string_view* single_fallback(char32_t c) const {
        std::string s;
        append_utf8(s, c);
        if (const std::string_view* code = engine_.find(s)) return code;
        if (engine_.converter) return engine_.find(engine_.converter->to_simplified(s));
        return nullptr;
    }

    struct Item {
        std::size_t b, e;  // chars_ indexes
        char32_t sep;      // the connector after it (0 for the last)
    };

    // Latin letters and digits, with the connectors between them (- . / : , ~).
    std::size_t code_run(std::size_t b) {
        std::vector<Item> items;
        std::size_t i = b;
        bool letters = false, digits = false;
        while (true) {
            const std::size_t start = i;
            while (is_alnum(at(i))) {
                letters |= is_latin(at(i));
                digits |= is_digit(at(i));
                ++i;
            }
            items.push_back({start, i, 0});
            const char32_t sep = at(i);
            const bool connector = sep == '-' || sep == '.' || sep == '/' || sep == ':' || sep == ',' || sep == '_' ||
                                   sep == '~' || sep == U'～' || sep == U'–';
            if (!connector || !is_alnum(at(i + 1))) break;
            // 1,200: a comma joins only three digits that end a number; otherwise it is a pause.
            if (sep == ',') {
                const std::size_t k = i + 1;
                if (!(is_digit(at(k)) && is_digit(at(k + 1)) && is_digit(at(k + 2)) && !is_alnum(at(k + 3)) &&
                      !is_latin(at(i - 1)))) break;
            }
            items.back().sep = sep;
            ++i;
        }
        const std::size_t end = i;
        if (letters) {
            for (std::size_t k = b; k < end; ++k) {
                const char32_t c = at(k);
                // A short pause between the groups of a receipt number (CY01-20261207-0003): written down a group
                // at a time.
                if (!is_alnum(c)) { pause(false, k); continue; }
                const char up = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
                push(Sound::Kind::Letter, std::string(1, up), chars_[k].begin, chars_[k].end);
            }
            return end;
        }
        digit_items(items, end);
        return end;
    }

    std::string_view digits_of(std::size_t b, std::size_t e, std::string& buf) const {
        buf.clear();
        for (std::size_t k = b; k < e; ++k) buf.push_back(static_cast<char>(at(k)));
        return buf;
    }

    void each_digit(std::size_t b, std::size_t e) {
        for (std::size_t k = b; k < e; ++k) {
            if (is_digit(at(k))) syllable(kDigit[at(k) - '0'], k);
        }
    }

    // A whole number over chars_[b, e) (digits, and the commas of 1,200).
    void number(std::size_t b, std::size_t e) {
        std::string digits;
        std::vector<std::size_t> where;
        for (std::size_t k = b; k < e; ++k) {
            if (!is_digit(at(k))) continue;
            digits.push_back(static_cast<char>(at(k)));
            where.push_back(k);
        }
        if (digits.size() > 12 || (digits.size() > 1 && digits[0] == '0')) {
            each_digit(b, e);
            return;
        }
        for (const NumberSyllable& s : cardinal(digits)) syllable(s.text, where[s.digit]);
    }

    bool is_year(std::size_t b, std::size_t e) const {
        if (e - b != 4) return false;
        return at(e) == U'年' || (b > 0 && is_open_bracket(at(b - 1)) && is_close_bracket(at(e)));
    }

    // A word said but not written (年 of 2025-03-08, 点 of 3.5) takes the bytes of the sign it stands for.
    void digit_items(const std::vector<Item>& items, std::size_t end) {
        const std::size_t before = out_.size();
        auto width = [](const Item& it) { return it.e - it.b; };
        auto all_seps = [&](auto pred) {
            for (std::size_t k = 0; k + 1 < items.size(); ++k) {
                if (!pred(items[k].sep)) return false;
            }
            return items.size() > 1;
        };
        std::string buf;
        auto value = [&](const Item& it) {
            int v = 0;
            for (const char c : digits_of(it.b, it.e, buf)) v = v * 10 + (c - '0');
            return v;
        };
        std::size_t total = 0;
        for (const Item& it : items) total += width(it);

        if (items.size() == 3 && width(items[0]) == 4 && width(items[1]) <= 2 && width(items[2]) <= 2 &&
            items[0].sep == items[1].sep && (items[0].sep == '-' || items[0].sep == '/' || items[0].sep == '.') &&
            value(items[1]) >= 1 && value(items[1]) <= 12 && value(items[2]) >= 1 && value(items[2]) <= 31) {
            each_digit(items[0].b, items[0].e);
            syllable("nian2", items[0].e);
            small(items[1]);
            syllable("yue4", items[1].e);
            small(items[2]);
            syllable("ri4", items[2].e - 1);
        } else if ((items.size() == 2 || items.size() == 3) && all_seps([](char32_t c) { return c == ':'; }) &&
                   width(items[0]) <= 2 && value(items[0]) <= 24 && width(items[1]) == 2 && value(items[1]) <= 59 &&
                   (items.size() == 2 || (width(items[2]) == 2 && value(items[2]) <= 59))) {
            small(items[0]);
            syllable("dian3", items[0].e);
            for (std::size_t k = 1; k < items.size(); ++k) {
                if (value(items[k]) == 0) continue;
                small(items[k]);
                syllable(k == 1 ? "fen1" : "miao3", items[k].e - 1);
            }
        } else if (items.size() == 2 && items[0].sep == '.') {
            single(items[0].b, items[0].e);
            syllable("dian3", items[0].e);
            each_digit(items[1].b, items[1].e);
        } else if (all_seps([](char32_t c) { return c == ','; })) {
            number(items.front().b, items.back().e);
        } else if (total > 8 && all_seps([](char32_t c) { return c == '-'; })) {
            // A telephone number: 0933-1234567, a short pause where the dash is.
            for (const Item& it : items) {
                each_digit(it.b, it.e);
                if (it.sep) pause(false, it.e);
            }
        } else if (all_seps(is_dash)) {
            // A range: 3-5个工作日, 2021-2025年 (every year of it read as a year).
            const bool years = width(items.back()) == 4 && is_year(items.back().b, items.back().e);
            for (std::size_t k = 0; k < items.size(); ++k) {
                if (years && width(items[k]) == 4) each_digit(items[k].b, items[k].e);
                else single(items[k].b, items[k].e);
                if (k + 1 < items.size()) syllable("dao4", items[k].e);
            }
        } else {
            for (const Item& it : items) single(it.b, it.e);
        }
        if (at(end) == '%' && out_.size() > before) {
            const std::size_t ci = end;
            const Sound words[] = {{Sound::Kind::Syllable, "bai3", chars_[ci].begin, chars_[ci].end},
                                   {Sound::Kind::Syllable, "fen1", chars_[ci].begin, chars_[ci].end},
                                   {Sound::Kind::Syllable, "zhi1", chars_[ci].begin, chars_[ci].end}};
            out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(before), std::begin(words), std::end(words));
        }
    }

    // A month, a day, an hour or a minute: 03 as 3.
    void small(const Item& it) {
        std::size_t b = it.b;
        while (b + 1 < it.e && at(b) == '0') ++b;
        number(b, it.e);
    }

    // One run of digits on its own, read by what is around it.
    void single(std::size_t b, std::size_t e) {
        const std::size_t n = e - b;
        const char32_t next = at(e);
        if (n > 8 || is_year(b, e)) {
            each_digit(b, e);
        } else if (n == 2 && at(b) == '0' && std::u32string_view(U"月日号时点分秒").find(next) != std::u32string_view::npos) {
            number(b + 1, e);
        } else if (n == 1 && at(b) == '2' && is_measure_word(next) && !(b > 0 && at(b - 1) == U'第')) {
            syllable("liang3", b);
        } else {
            number(b, e);
        }
    }

    void other(std::size_t i) {
        const char32_t c = at(i);
        if (c == '\n' || c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == '.' || c == 0x2029) {
            pause(true, i);
        } else if (c == U'、' || c == U'，' || c == U'；' || c == U'：' || c == ',' || c == ';' || c == ':' ||
                   c == U'…') {
            pause(false, i);
        } else if (c > 0x7F) {
            // A letter of another script (kana, Hangul, Greek) has no reading here; symbols, marks and the rest
            // of punctuation are not said.
            const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
            if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) {
                const Char& ch = chars_[i];
                push(Sound::Kind::Unknown, std::string(text_.substr(ch.begin, ch.end - ch.begin)), ch.begin, ch.end);
            }
        }
    }

    const ReadingEngine::Impl& engine_;
    std::string_view text_;
    std::vector<Char> chars_;
    std::vector<Sound> out_;
};

}  // namespace

std::vector<Sound> ReadingEngine::read(std::string_view text) const { return Reader(*impl_, text).run(); }

std::string ReadingEngine::pinyin_line(const std::vector<Sound>& sounds) {
    std::string out;
    for (const Sound& s : sounds) {
        if (s.kind == Sound::Kind::Pause) continue;
        if (!out.empty()) out += ' ';
        if (s.kind == Sound::Kind::Unknown) out += '?';
        out += s.text;
    }
    return out;
}

std::string ReadingEngine::voice_text(const std::vector<Sound>& sounds) {
    std::string out;
    for (const Sound& s : sounds) {
        if (s.kind == Sound::Kind::Pause) {
            if (!out.empty()) out += s.text;
            continue;
        }
        if (!out.empty()) out += ' ';
        if (s.kind == Sound::Kind::Unknown) out += "mou3 zi4";
        else if (s.kind == Sound::Kind::Letter && s.text.size() == 1 && is_digit(static_cast<char32_t>(s.text[0])))
            out += kDigit[s.text[0] - '0'];  // digits as pinyin: the voice would read a run of them as one number
        else out += s.text;
    }
    return out;
}

}  // namespace kiosk::core
