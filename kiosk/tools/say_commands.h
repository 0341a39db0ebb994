// say_commands.h — kioskctl say: what 朗读 makes of a text, from a shell. `say TEXT --pinyin` prints the tone pinyin
// the reading engine gives (with a snapshot's 读音 rows), so staff can check a word before writing it into the sheet.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

// Parses the arguments and dispatches to the mode they ask for.
int cmd_say(const std::vector<std::string>& args);

// The options every mode of say shares.
struct SayOptions {
    std::string text;
    std::string content;  // --content: a snapshot whose 读音 rows are added
    std::string dict;     // --dict: the pinyin dictionary (terra_pinyin.dict.yaml by default)
    bool pinyin = false;  // --pinyin
};

// say TEXT --pinyin: the syllables space-separated on one line, an Unknown as "?" and the character.
int say_pinyin(const SayOptions& options);

}  // namespace kiosk::tools
