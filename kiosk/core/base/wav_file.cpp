// wav_file.cpp — see wav_file.h. Little-endian fields written byte by byte, so the file is the same on any host.
#include "core/base/wav_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/base/durable_file.h"

namespace kiosk::core {

namespace {

void put_u32(std::string& s, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put_u16(std::string& s, std::uint16_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>(v >> 8);
}
std::uint32_t get_u32(std::string_view s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
    return v;
}
std::uint16_t get_u16(std::string_view s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8);
}

}  // namespace

std::string wav_bytes(const std::vector<std::int16_t>& samples, int sample_rate) {
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
    std::string s;
    s.reserve(44 + data_bytes);
    s += "RIFF";
    put_u32(s, 36 + data_bytes);
    s += "WAVEfmt ";
    put_u32(s, 16);
    put_u16(s, 1);  // PCM
    put_u16(s, 1);  // mono
    put_u32(s, static_cast<std::uint32_t>(sample_rate));
    put_u32(s, static_cast<std::uint32_t>(sample_rate) * 2);  // bytes a second
    put_u16(s, 2);                                             // bytes a frame
    put_u16(s, 16);
    s += "data";
    put_u32(s, data_bytes);
    for (const std::int16_t v : samples) put_u16(s, static_cast<std::uint16_t>(v));
    return s;
}

bool write_wav_file(const std::string& path, const std::vector<std::int16_t>& samples, int sample_rate,
                    std::string* error) {
    std::string tmp;
    const int fd = make_temp_beside(path, &tmp);
    if (fd < 0) {
        if (error) *error = path + ": " + std::strerror(errno);
        return false;
    }
    const std::string bytes = wav_bytes(samples, sample_rate);
    const bool written = write_all(fd, bytes.data(), bytes.size());
    const int saved = errno;
    ::close(fd);
    if (!written || std::rename(tmp.c_str(), path.c_str()) != 0) {
        if (error) *error = path + ": " + std::strerror(written ? errno : saved);
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

bool parse_wav(std::string_view b, WavAudio* out) {
    *out = WavAudio{};
    if (b.size() < 12 || b.substr(0, 4) != "RIFF" || b.substr(8, 4) != "WAVE") return false;
    bool have_format = false;
    for (std::size_t at = 12; at + 8 <= b.size();) {
        const std::string_view id = b.substr(at, 4);
        const std::uint32_t size = get_u32(b, at + 4);
        const std::size_t body = at + 8;
        if (size > b.size() - body) return false;
        if (id == "fmt ") {
            if (size < 16 || get_u16(b, body) != 1 || get_u16(b, body + 14) != 16) return false;
            out->channels = get_u16(b, body + 2);
            out->sample_rate = static_cast<int>(get_u32(b, body + 4));
            have_format = out->channels > 0 && out->sample_rate > 0;
        } else if (id == "data") {
            if (!have_format) return false;
            out->samples.resize(size / 2);
            for (std::size_t i = 0; i < out->samples.size(); ++i) {
                out->samples[i] = static_cast<std::int16_t>(get_u16(b, body + 2 * i));
            }
            return true;
        }
        at = body + size + (size & 1);  // chunks are padded to an even size
    }
    return false;
}

}  // namespace kiosk::core
