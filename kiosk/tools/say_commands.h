// say_commands.h — kioskctl say: what 朗读 makes of a text, from a shell. `say TEXT --pinyin` prints the tone pinyin
// the reading engine gives (with a snapshot's 读音 rows), so staff can check a word before writing it into the sheet;
// without it the text, or with --guide a whole guide, is spoken (say_audio_commands.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace kiosk::core {
class ChineseConverter;
class ReadingEngine;
}  // namespace kiosk::core

namespace kiosk::tools {

// Parses the arguments and dispatches to the mode they ask for.
int cmd_say(const std::vector<std::string>& args);

// The options every mode of say shares.
struct SayOptions {
    std::string text;
    std::string content;  // --content: a snapshot whose 读音 rows are added (and, with --guide, its guide and 录音)
    std::string dict;     // --dict: the pinyin dictionary (terra_pinyin.dict.yaml by default)
    bool pinyin = false;  // --pinyin
    std::string output;   // -o FILE.wav: the speech written as WAV; without it, through the loudspeaker
    bool slow = false;    // --slow: 长辈模式's pace
    std::string guide;    // --guide NAME (事项名称): the whole guide instead of a text; needs --content
};

// The reading engine as the kiosk loads it: terra (or --dict), the built-in words, then the snapshot's 读音 rows.
// nullptr after printing why. `converter` must outlive the engine.
std::unique_ptr<core::ReadingEngine> open_reading_engine(const SayOptions& options,
                                                         std::unique_ptr<core::ChineseConverter>& converter);

// say TEXT --pinyin: the syllables space-separated on one line, an Unknown as "?" and the character.
int say_pinyin(const SayOptions& options);

}  // namespace kiosk::tools
