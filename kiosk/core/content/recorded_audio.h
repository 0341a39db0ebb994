// recorded_audio.h — recorded readings (录音) a county supplies for a guide, a notice or a page: Ogg Vorbis or Ogg
// Opus, decoded with Debian's libvorbisfile and libopusfile. Pack decodes each once to check it; the kiosk decodes it
// to play it instead of synthesised speech.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::core {

enum class AudioFormat { Vorbis, Opus };

struct DecodedAudio {
    AudioFormat format = AudioFormat::Vorbis;
    int sample_rate = 0;                 // Hz (Opus always 48000)
    int channels = 0;                    // as recorded; samples are mixed down to mono
    std::vector<std::int16_t> samples;   // mono, signed 16-bit
    std::int64_t duration_ms() const { return sample_rate ? std::int64_t(samples.size()) * 1000 / sample_rate : 0; }
};

// Decodes the whole file. false and *error ("中文\nEnglish") for anything that is not Ogg Vorbis or Ogg Opus, is
// damaged, empty (no samples) or longer than `max_seconds`.
bool decode_recorded_audio(const std::vector<unsigned char>& bytes, DecodedAudio* out, std::string* error,
                           int max_seconds = 3600);

// "vorbis" / "opus", as the snapshot's recordings.format stores it.
const char* audio_format_name(AudioFormat format);

}  // namespace kiosk::core
