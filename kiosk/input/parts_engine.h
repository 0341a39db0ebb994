// parts_engine.h — 部件 input: a character found from its parts, each a character (龙, 天) or a single stroke
// (横 竖 撇 点 折), by stroke sequences from Debian's rime-data-stroke. For the rare name characters (䶮, 𠮷, 𪚥) the
// handwriting model does not know and a villager cannot spell in pinyin. Plain C++: no ImGui, no SDL.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::input {

inline constexpr const char* kStrokeDict = "/usr/share/rime-data/stroke.dict.yaml";  // rime-data-stroke
inline constexpr const char* kCharFrequencies = "/usr/share/rime-data/essay.txt";    // rime-essay
inline constexpr std::string_view kStrokeLetters = "hspnz";  // 横 竖 撇 点(捺) 折, as the dictionary spells them

// One part: a character (UTF-8), or a single stroke (one letter of kStrokeLetters).
struct Part {
    std::string text;
    bool stroke = false;
    static Part character(std::string c) { return Part{std::move(c), false}; }
    static Part of_stroke(char letter) { return Part{std::string(1, letter), true}; }
    bool operator==(const Part&) const = default;
};

enum class PartsMatch { Exact, Prefix, Inside };  // the whole sequence; its start; runs in order further in
struct PartsCandidate {
    std::string character;
    PartsMatch match = PartsMatch::Exact;
};

struct PartsLoadStats {
    std::size_t entries = 0, characters = 0, frequencies = 0;
    std::size_t skipped_lines = 0;  // malformed
    std::size_t left_out = 0;       // well-formed, not used: placeholder sequences, characters that are no ideographs
    bool variants = false;  // OpenCC opened: a part also tries its simplified/traditional form
    double load_ms = 0;
};

class PartsEngine {
public:
    static constexpr std::size_t kMaxCandidates = 200;
    // Reads nothing yet: the dictionary is loaded by the first load() or query.
    explicit PartsEngine(std::string dict_path = kStrokeDict, std::string frequency_path = kCharFrequencies);
    ~PartsEngine();
    PartsEngine(const PartsEngine&) = delete;
    PartsEngine& operator=(const PartsEngine&) = delete;

    // Loads once. False when the dictionary cannot be read or is not one; error() then says why ("中文 / English")
    // and every query answers nothing. A missing frequency list only loses the ordering by frequency.
    bool load();
    bool loaded() const;
    const std::string& error() const;
    const PartsLoadStats& stats() const;

    // The people's names in the content (人名): their characters come first among the candidates.
    void set_names(const std::vector<std::string>& names);

    // A part's stroke sequences: a stroke's letter; a character's own sequences, then its variants' (龙 → 龍).
    std::vector<std::string> sequences(const Part& part);
    // Best first, at most `max`: exact matches of the parts' sequences one after another, then characters that
    // start so, then (two parts or more, one a character) those holding the parts' runs in order further in.
    std::vector<PartsCandidate> candidates(const std::vector<Part>& parts, std::size_t max = kMaxCandidates);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::input
