// reading.h — how Chinese text is read aloud: text → tone-numbered pinyin syllables, pauses and letters.
//
// The kiosk speaks through espeak-ng's cmn-latn-pinyin voice (platform/speech_synth.h), which speaks tone pinyin well
// but knows few characters; this engine supplies the readings. No audio here.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

class ChineseConverter;

// Where Debian's rime-data-terra-pinyin puts its dictionary (tone numbers, keyed by traditional characters).
inline constexpr const char* kTerraPinyinDict = "/usr/share/rime-data/terra_pinyin.dict.yaml";

// One thing said. `begin`/`end` are byte offsets into the text given to read(), so a screen can show what is heard.
struct Sound {
    enum class Kind {
        Syllable,  // text: "xiang1", tone 1–5 (5 neutral), ü as v
        Letter,    // text: one Latin letter or digit said by its name ("A", "7"), as in a receipt number
        Pause,     // text: "," (short: 、，；：) or "." (long: 。！？ and line ends)
        Unknown,   // a character with no reading: text holds the character itself; said as its placeholder
    };
    Kind kind = Kind::Syllable;
    std::string text;
    std::size_t begin = 0, end = 0;
    bool operator==(const Sound&) const = default;
};

class ReadingEngine {
public:
    // Reads a Rime dictionary with tone-numbered codes (terra_pinyin.dict.yaml). `converter` turns simplified text to
    // the traditional keys the dictionary uses; text is read the same in either script. Terra's keys are OpenCC's
    // standard forms (着, 爲), so a converter opened with s2t.json finds the most; given a Taiwan-style one (s2tw,
    // which writes 着 as 著, zhu4), the engine opens its own s2t converter. nullptr if the file cannot be read; then
    // *error (if given) is "中文\nEnglish".
    static std::unique_ptr<ReadingEngine> load(const std::string& dict_path, const ChineseConverter* converter,
                                               std::string* error);
    ~ReadingEngine();
    ReadingEngine(const ReadingEngine&) = delete;
    ReadingEngine& operator=(const ReadingEngine&) = delete;

    // A word's reading from the content's 读音 sheet or the built-in list of this domain's words; it wins over the
    // dictionary. false (and *error, "中文\nEnglish") if `syllables` is not one valid tone syllable per character.
    // Not thread-safe: add the words before the engine is shared.
    bool add_word(std::string_view word, std::string_view syllables, std::string* error);

    // The whole text, in order: phrases before single characters (longest match), numbers as Chinese numbers
    // (760元 → qi1 bai3 liu4 shi2 yuan2), years digit by digit (2025年), dates, 文号 (〔2025〕8号), receipt numbers
    // letter by letter, punctuation as pauses. Thread-safe (const).
    std::vector<Sound> read(std::string_view text) const;

    // For `kioskctl say --pinyin`: the syllables and letters space-separated, pauses left out, an Unknown as "?" and
    // the character ("?𠀀") so staff see what to add to the 读音 sheet.
    static std::string pinyin_line(const std::vector<Sound>& sounds);

    // What espeak-ng's cmn-latn-pinyin voice is given for these sounds (syllables, letters, pauses as , and .).
    static std::string voice_text(const std::vector<Sound>& sounds);

    // What load() found, for kioskctl and the tests: dictionary words kept (characters and phrases), words added
    // since (built-in and 读音), and the wall time of load() with the built-in list.
    std::size_t dictionary_words() const;
    std::size_t added_words() const;
    double load_ms() const;

    struct Impl;  // reading.cpp's; named here only so that file's helpers can take it

private:
    explicit ReadingEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// A 读音 sheet's syllables checked: space-separated, each a pinyin syllable with a tone digit 1–5.
bool valid_tone_syllables(std::string_view syllables, std::string* error);

// A 读音 sheet's word checked: Han characters only (digits, letters and punctuation have rules of their own, and a
// word holding one would never be matched). *error is "中文\nEnglish".
bool valid_reading_word(std::string_view word, std::string* error);

}  // namespace kiosk::core
