// say_audio_commands.h — `kioskctl say` with sound: a text or a whole guide spoken into a WAV file, or through the
// loudspeaker as the kiosk would (platform/speech_player.h). The `say` dispatcher (say_commands.cpp) calls this for
// everything but --pinyin.
#pragma once

#include "tools/say_commands.h"

namespace kiosk::tools {

// Says the text or the guide. A guide with a recording (录音) in the content is that recording, as the kiosk plays it.
// With -o writes 16-bit mono PCM WAV and prints its length; else plays it and returns when it has been heard. Exit
// codes: 0, 1 (content, dictionary, voice or sound card unavailable; no such guide).
int say_to_wav(const SayOptions& options);

}  // namespace kiosk::tools
