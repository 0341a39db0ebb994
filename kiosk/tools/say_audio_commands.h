// say_audio_commands.h — `kioskctl say` with sound: a text or a whole guide spoken into a WAV file, or through the
// loudspeaker as the kiosk would (platform/speech_player.h). The `say` dispatcher calls these; `--pinyin` (what the
// reading engine makes of a text) is say_commands.h's.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

struct SayOptions {
    std::string text;     // TEXT, or empty with a guide
    std::string output;   // -o FILE.wav; empty = the loudspeaker
    bool slow = false;    // --slow: 长辈模式's pace
    std::string content;  // --content DB: for --guide (and its recording)
    std::string guide;    // --guide NAME (事项名称)
};

// Says TEXT or the guide. A guide with a recording (录音) in the content is that recording, as the kiosk plays it.
// With -o writes 16-bit mono PCM WAV and prints its length; else plays it and returns when it has been heard. Exit
// codes: 0, 1 (content, dictionary or voice unavailable; no such guide), 2 (bad options).
int say_to_wav(const SayOptions& options);

// Parses `kioskctl say` options into SayOptions (false and *error on a bad command line); `--pinyin` is left to the
// caller: *pinyin is set when given.
bool parse_say_options(const std::vector<std::string>& args, SayOptions* options, bool* pinyin, std::string* error);

// `kioskctl say …` until the dispatcher with --pinyin is merged: parse_say_options, then say_to_wav.
int cmd_say_audio(const std::vector<std::string>& args);

}  // namespace kiosk::tools
