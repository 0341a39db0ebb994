// speech_synth.h — 朗读's synthesised voice: espeak-ng's cmn-latn-pinyin voice speaking the tone pinyin the reading
// engine (core/zh/reading.h) makes of a text, as 16-bit mono PCM at 22050 Hz, delivered in chunks as espeak-ng makes
// them so the first sound is heard before the whole text is synthesised.
//
// espeak-ng is one global synthesiser per process: every call here takes one lock, so two threads (the kiosk's voice
// and a bench) take turns; initialised once, on first use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace kiosk::core {
class ReadingEngine;
}

namespace kiosk::platform {

inline constexpr int kSpeechSampleRate = 22050;

// Words per minute as espeak-ng counts them; for this voice a syllable is a word. Measured on a guide's sentences:
// 175 (espeak-ng's default) says ~4.2 syllables a second, pauses included — the pace of a person reading a notice
// aloud (news readers ~5); 长辈模式 reads at three quarters of it, ~3.2 a second.
inline constexpr int kSpeechRateNormal = 175;
inline constexpr int kSpeechRateSlow = 131;
inline constexpr int speech_rate(bool slow) { return slow ? kSpeechRateSlow : kSpeechRateNormal; }

// Gets each chunk of samples as it is made; returns false to stop the synthesis there (nothing more is made).
using PcmSink = std::function<bool(const std::int16_t* samples, std::size_t count)>;

// Speaks `voice_text` (ReadingEngine::voice_text: "zui4 di1 sheng1 huo2 bao3 zhang4 .") at `rate_wpm`. False and
// *error ("中文\nEnglish") when espeak-ng cannot start (its data missing) or fails; stopping through the sink is
// not a failure. Blocks until done or stopped; call it off the frame thread.
bool synthesize_voice_text(std::string_view voice_text, int rate_wpm, const PcmSink& sink, std::string* error);

// The same for Chinese text, read by `engine` first.
bool synthesize_text(const core::ReadingEngine& engine, std::string_view text, int rate_wpm, const PcmSink& sink,
                     std::string* error);

}  // namespace kiosk::platform
