// wav_file.h — the one WAV writer (and reader): 16-bit PCM in a RIFF file, as every player and sox reads it. For
// `kioskctl say -o` and the tests that listen to what it wrote; the kiosk itself plays without files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct WavAudio {
    int sample_rate = 0;
    int channels = 0;
    std::vector<std::int16_t> samples;  // interleaved when channels > 1
};

// A whole RIFF/WAVE file: 16-bit mono PCM at `sample_rate`.
std::string wav_bytes(const std::vector<std::int16_t>& samples, int sample_rate);

// Writes it to `path` through a temporary file beside it, renamed over it. False and *error (the OS's words).
bool write_wav_file(const std::string& path, const std::vector<std::int16_t>& samples, int sample_rate,
                    std::string* error);

// Reads 16-bit PCM WAV bytes (other chunks skipped). False for anything else or a file cut short.
bool parse_wav(std::string_view bytes, WavAudio* out);

}  // namespace kiosk::core
