// Recorded readings (core/content/recorded_audio.h) from real files (tests/fixtures/audio/, made with oggenc and
// opusenc): decoded whole, mixed to mono at their own rate; and every way a county's file can be wrong refused with
// the reason staff act on — empty, not Ogg, cut short, damaged inside, too long.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

#include "core/content/recorded_audio.h"
#include "test_support.h"

using namespace kiosk::core;
using namespace test_support;

namespace {

std::vector<unsigned char> audio_fixture(const char* name) {
    const std::string s = read_bytes(fs::path(KIOSK_TEST_FIXTURES) / "audio" / name);
    return {s.begin(), s.end()};
}

double rms(const std::vector<std::int16_t>& s) {
    double sum = 0;
    for (const auto v : s) sum += double(v) * v;
    return s.empty() ? 0 : std::sqrt(sum / double(s.size()));
}

std::string refused(const std::vector<unsigned char>& bytes, int max_seconds = 3600) {
    DecodedAudio out;
    std::string error;
    CHECK_FALSE(decode_recorded_audio(bytes, &out, &error, max_seconds));
    CHECK(out.samples.empty());
    return error;
}

}  // namespace

TEST_CASE("recorded audio: Ogg Vorbis in stereo decodes whole and is mixed to mono at its own rate", "[audio]") {
    DecodedAudio a;
    std::string error;
    REQUIRE(decode_recorded_audio(audio_fixture("tone_stereo.ogg"), &a, &error));
    CHECK(a.format == AudioFormat::Vorbis);
    CHECK(a.sample_rate == 44100);
    CHECK(a.channels == 2);
    CHECK(a.samples.size() == 66150);  // 1.5 s exactly: the stream's last granule trims the final block
    CHECK(a.duration_ms() == 1500);
    // Two tones at half scale each, averaged: loud, never clipped.
    CHECK(rms(a.samples) > 3000);
    CHECK(rms(a.samples) < 16000);
    CHECK(std::string(audio_format_name(a.format)) == "vorbis");
}

TEST_CASE("recorded audio: Ogg Opus decodes at 48 kHz", "[audio]") {
    DecodedAudio a;
    std::string error;
    REQUIRE(decode_recorded_audio(audio_fixture("tone_mono.opus"), &a, &error));
    CHECK(a.format == AudioFormat::Opus);
    CHECK(a.sample_rate == 48000);
    CHECK(a.channels == 1);
    CHECK(a.duration_ms() >= 990);
    CHECK(a.duration_ms() <= 1010);
    CHECK(rms(a.samples) > 5000);  // a 300 Hz sine at half scale: ~11,600
    CHECK(std::string(audio_format_name(a.format)) == "opus");
}

TEST_CASE("recorded audio: empty, garbage, MP3-like and WAV bytes are refused as not Ogg", "[audio]") {
    CHECK(refused({}).find("空的") != std::string::npos);
    const std::string garbage = "这不是录音 not audio at all, just text that someone renamed to .ogg";
    CHECK(refused({garbage.begin(), garbage.end()}).find("不是 Ogg") != std::string::npos);
    const std::vector<unsigned char> mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64};
    CHECK(refused(mp3).find("不是 Ogg") != std::string::npos);
    std::vector<unsigned char> riff = {'R', 'I', 'F', 'F'};
    riff.resize(200, 0);
    CHECK(refused(riff).find("\nnot Ogg Vorbis") != std::string::npos);
}

TEST_CASE("recorded audio: a file cut short is refused, not played until it stops", "[audio]") {
    for (const char* name : {"tone_stereo.ogg", "tone_mono.opus"}) {
        INFO(name);
        const auto whole = audio_fixture(name);
        for (const double part : {0.05, 0.5, 0.95}) {
            std::vector<unsigned char> cut(whole.begin(), whole.begin() + long(double(whole.size()) * part));
            CHECK(refused(cut).find("不完整") != std::string::npos);
        }
        // One byte short: the last page is incomplete.
        CHECK(refused({whole.begin(), whole.end() - 1}).find("不完整") != std::string::npos);
    }
}

TEST_CASE("recorded audio: bytes damaged inside a page are refused as damaged", "[audio]") {
    const auto whole = audio_fixture("tone_stereo.ogg");
    std::vector<std::size_t> pages;  // where each page starts
    for (std::size_t i = 0; i + 4 <= whole.size(); ++i) {
        if (std::memcmp(whole.data() + i, "OggS", 4) == 0) pages.push_back(i);
    }
    REQUIRE(pages.size() >= 3);  // identification, comments and codebooks, then sound
    // The pages still line up (lengths untouched), but the first sound page's body is noise: its checksum no longer
    // matches, so the decoder finds a hole where it was.
    {
        auto bytes = whole;
        const std::size_t body = pages[2] + 27 + bytes[pages[2] + 26];
        for (std::size_t i = body + 4; i < body + 64; ++i) bytes[i] ^= 0x5A;
        const std::string error = refused(bytes);
        INFO(error);
        CHECK(error.find("已损坏") != std::string::npos);
    }
    // Something between two pages: damage, not a file cut short.
    {
        auto bytes = whole;
        bytes.insert(bytes.begin() + static_cast<long>(pages[2]), {'j', 'u', 'n', 'k'});
        const std::string error = refused(bytes);
        INFO(error);
        CHECK(error.find("已损坏") != std::string::npos);
    }
    // Another codec in an Ogg container (here: the Vorbis id header renamed) is not one of ours.
    auto other = whole;
    other[29] = 'X';  // "\x01vorbis" → "\x01vXrbis"
    CHECK(refused(other).find("不是 Ogg") != std::string::npos);
}

TEST_CASE("recorded audio: longer than the limit is refused with its length and the limit", "[audio]") {
    const std::string error = refused(audio_fixture("tone_stereo.ogg"), 1);
    CHECK(error.find("录音太长：1 秒，上限 1 秒") != std::string::npos);
    const std::string opus = refused(audio_fixture("tone_mono.opus"), 0);
    CHECK(opus.find("上限 0 秒") != std::string::npos);
    CHECK(opus.find("\nthe recording is too long") != std::string::npos);
}
