// recorded_audio.cpp — see recorded_audio.h.
//
// The Ogg pages are walked first, before either decoder sees the bytes: it is the only way to tell a file cut short
// (a copy to a stick pulled out too early) from a whole one. Both decoders play a truncated file happily up to where
// it stops, so a county would ship a guide whose reading ends mid-sentence; a whole Ogg stream ends on a page marked
// end-of-stream, exactly at the last byte. The walk also tells Vorbis from Opus by the first packet, whatever the
// file is called. The length is checked from the stream's own total before decoding, so a forged hour-long file is
// refused without decoding it, and again while decoding, so a lying total cannot make the kiosk fill its memory.
#include "core/content/recorded_audio.h"

#include <opus/opusfile.h>
#include <vorbis/vorbisfile.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

bool fail(std::string* error, const str::Bilingual& msg) {
    if (error) *error = std::string(msg.zh) + "\n" + msg.en;
    return false;
}

bool fail_damaged(std::string* error, const char* detail) {
    if (error) {
        *error = format_text(str::kErrAudioDamaged.zh, detail) + "\n" + format_text(str::kErrAudioDamaged.en, detail);
    }
    return false;
}

bool fail_too_long(std::string* error, long long seconds, int max_seconds) {
    const long long max = max_seconds;
    if (error) {
        *error = format_text(str::kErrAudioTooLong.zh, seconds, max) + "\n" +
                 format_text(str::kErrAudioTooLong.en, seconds, max);
    }
    return false;
}

// The Ogg page checksum (CRC-32, polynomial 0x04C11DB7, not reflected, over the page with its CRC field zeroed).
std::uint32_t ogg_crc(const unsigned char* page, std::size_t size) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t r = i << 24;
            for (int k = 0; k < 8; ++k) r = (r & 0x80000000u) ? (r << 1) ^ 0x04C11DB7u : r << 1;
            t[i] = r;
        }
        return t;
    }();
    std::uint32_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const unsigned char byte = (i >= 22 && i < 26) ? 0 : page[i];
        crc = (crc << 8) ^ table[((crc >> 24) ^ byte) & 0xFF];
    }
    return crc;
}

enum class OggShape { NotOgg, Truncated, Broken, Vorbis, Opus, OtherCodec };

// Walks the pages: each "OggS", version 0, 27 header bytes, the lacing table, the body. Whole = the walk lands
// exactly on the end and the last page carries the end-of-stream flag (0x04). Cut short = a page runs past the end,
// or the last one is not the stream's end; a page whose checksum fails, or anything else between pages, is damage
// (the decoders would skip such a page and play on with a gap).
OggShape ogg_shape(const std::vector<unsigned char>& b) {
    const std::size_t n = b.size();
    if (n < 27 || std::memcmp(b.data(), "OggS", 4) != 0 || b[4] != 0) return OggShape::NotOgg;
    std::optional<OggShape> codec;
    std::size_t at = 0;
    bool eos = false;
    while (at < n) {
        if (n - at < 27) return OggShape::Truncated;
        if (std::memcmp(b.data() + at, "OggS", 4) != 0) return OggShape::Broken;
        const std::size_t segments = b[at + 26];
        if (n - at < 27 + segments) return OggShape::Truncated;
        std::size_t body = 0;
        for (std::size_t i = 0; i < segments; ++i) body += b[at + 27 + i];
        const std::size_t start = at + 27 + segments;
        if (n - start < body) return OggShape::Truncated;
        if (!codec) {
            const unsigned char* p = b.data() + start;
            if (body >= 7 && std::memcmp(p, "\x01vorbis", 7) == 0) codec = OggShape::Vorbis;
            else if (body >= 8 && std::memcmp(p, "OpusHead", 8) == 0) codec = OggShape::Opus;
            else return OggShape::OtherCodec;  // Speex, FLAC, a video: not ours, whatever state it is in
        }
        const std::uint32_t stored = b[at + 22] | b[at + 23] << 8 | b[at + 24] << 16 | std::uint32_t(b[at + 25]) << 24;
        if (ogg_crc(b.data() + at, start + body - at) != stored) return OggShape::Broken;
        eos = (b[at + 5] & 0x04) != 0;
        at = start + body;
    }
    if (!eos) return OggShape::Truncated;
    return *codec;
}

// vorbisfile reads through callbacks; these read the bytes in memory.
struct MemoryReader {
    const std::vector<unsigned char>* bytes;
    std::size_t pos = 0;
};

std::size_t mem_read(void* dst, std::size_t size, std::size_t count, void* src) {
    auto* r = static_cast<MemoryReader*>(src);
    const std::size_t want = size * count;
    const std::size_t got = std::min(want, r->bytes->size() - r->pos);
    std::memcpy(dst, r->bytes->data() + r->pos, got);
    r->pos += got;
    return size ? got / size : 0;
}

int mem_seek(void* src, ogg_int64_t offset, int whence) {
    auto* r = static_cast<MemoryReader*>(src);
    const auto size = static_cast<ogg_int64_t>(r->bytes->size());
    ogg_int64_t to = offset;
    if (whence == SEEK_CUR) to += static_cast<ogg_int64_t>(r->pos);
    else if (whence == SEEK_END) to += size;
    if (to < 0 || to > size) return -1;
    r->pos = static_cast<std::size_t>(to);
    return 0;
}

long mem_tell(void* src) { return static_cast<long>(static_cast<MemoryReader*>(src)->pos); }

// Mixes `frames` interleaved frames of `channels` into out as their mean: a stereo recording of one speaker is the
// same voice twice, and the kiosk's one loudspeaker plays one channel.
template <typename Sample>
void mix_into(const Sample* in, long frames, int channels, std::vector<std::int16_t>& out, float scale) {
    for (long f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c) sum += static_cast<float>(in[f * channels + c]);
        const float v = sum / static_cast<float>(channels) * scale;
        out.push_back(static_cast<std::int16_t>(std::clamp(v, -32768.0f, 32767.0f)));
    }
}

bool decode_vorbis(const std::vector<unsigned char>& bytes, DecodedAudio* out, std::string* error, int max_seconds) {
    MemoryReader reader{&bytes};
    OggVorbis_File vf;
    const ov_callbacks callbacks{mem_read, mem_seek, nullptr, mem_tell};
    if (ov_open_callbacks(&reader, &vf, nullptr, 0, callbacks) != 0) return fail_damaged(error, "vorbis headers");
    struct Closer {
        OggVorbis_File* vf;
        ~Closer() { ov_clear(vf); }
    } closer{&vf};
    const vorbis_info* info = ov_info(&vf, -1);
    if (!info || info->rate <= 0 || info->channels <= 0) return fail_damaged(error, "vorbis info");
    // A chained file (several streams one after another) may change rate or channels between links: one rate here.
    if (ov_streams(&vf) != 1) return fail_damaged(error, "chained vorbis streams");
    out->format = AudioFormat::Vorbis;
    out->sample_rate = static_cast<int>(info->rate);
    out->channels = info->channels;
    const long long max_frames = static_cast<long long>(max_seconds) * info->rate;
    const ogg_int64_t total = ov_pcm_total(&vf, -1);
    if (total > max_frames) return fail_too_long(error, total / info->rate, max_seconds);
    out->samples.clear();
    if (total > 0) out->samples.reserve(static_cast<std::size_t>(total));
    for (;;) {
        float** pcm = nullptr;
        int section = 0;
        const long frames = ov_read_float(&vf, &pcm, 4096, &section);
        if (frames == 0) break;
        if (frames < 0) return fail_damaged(error, frames == OV_HOLE ? "vorbis: missing data" : "vorbis: bad packet");
        for (long f = 0; f < frames; ++f) {
            float sum = 0;
            for (int c = 0; c < info->channels; ++c) sum += pcm[c][f];
            const float v = sum / static_cast<float>(info->channels) * 32767.0f;
            out->samples.push_back(static_cast<std::int16_t>(std::clamp(v, -32768.0f, 32767.0f)));
        }
        if (static_cast<long long>(out->samples.size()) > max_frames) {
            return fail_too_long(error, static_cast<long long>(out->samples.size()) / info->rate, max_seconds);
        }
    }
    return true;
}

bool decode_opus(const std::vector<unsigned char>& bytes, DecodedAudio* out, std::string* error, int max_seconds) {
    int rc = 0;
    OggOpusFile* of = op_open_memory(bytes.data(), bytes.size(), &rc);
    if (!of) return fail_damaged(error, "opus headers");
    struct Closer {
        OggOpusFile* of;
        ~Closer() { op_free(of); }
    } closer{of};
    if (op_link_count(of) != 1) return fail_damaged(error, "chained opus streams");
    constexpr int kRate = 48000;  // libopusfile always decodes at 48 kHz
    const int channels = op_channel_count(of, -1);
    if (channels <= 0) return fail_damaged(error, "opus channels");
    out->format = AudioFormat::Opus;
    out->sample_rate = kRate;
    out->channels = channels;
    const long long max_frames = static_cast<long long>(max_seconds) * kRate;
    const ogg_int64_t total = op_pcm_total(of, -1);
    if (total > max_frames) return fail_too_long(error, total / kRate, max_seconds);
    out->samples.clear();
    if (total > 0) out->samples.reserve(static_cast<std::size_t>(total));
    std::vector<opus_int16> buf(static_cast<std::size_t>(5760 * channels));  // 120 ms, the longest Opus frame
    for (;;) {
        const int frames = op_read(of, buf.data(), static_cast<int>(buf.size()), nullptr);
        if (frames == 0) break;
        if (frames < 0) return fail_damaged(error, frames == OP_HOLE ? "opus: missing data" : "opus: bad packet");
        mix_into(buf.data(), frames, channels, out->samples, 1.0f);
        if (static_cast<long long>(out->samples.size()) > max_frames) {
            return fail_too_long(error, static_cast<long long>(out->samples.size()) / kRate, max_seconds);
        }
    }
    return true;
}

}  // namespace

bool decode_recorded_audio(const std::vector<unsigned char>& bytes, DecodedAudio* out, std::string* error,
                           int max_seconds) {
    *out = DecodedAudio{};
    if (bytes.empty()) return fail(error, str::kErrAudioEmpty);
    bool ok = false;
    switch (ogg_shape(bytes)) {
        case OggShape::NotOgg:
        case OggShape::OtherCodec:
            return fail(error, str::kErrAudioNotOgg);
        case OggShape::Truncated:
            return fail(error, str::kErrAudioTruncated);
        case OggShape::Broken:
            return fail_damaged(error, "ogg page checksum or framing");
        case OggShape::Vorbis:
            ok = decode_vorbis(bytes, out, error, max_seconds);
            break;
        case OggShape::Opus:
            ok = decode_opus(bytes, out, error, max_seconds);
            break;
    }
    if (!ok) {
        out->samples = {};
        return false;
    }
    if (out->samples.empty()) return fail(error, str::kErrAudioSilentEmpty);
    return true;
}

const char* audio_format_name(AudioFormat format) {
    return format == AudioFormat::Opus ? "opus" : "vorbis";
}

}  // namespace kiosk::core
