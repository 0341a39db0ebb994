// 朗读's sound: espeak-ng's voice in chunks and stopped mid-text (platform/speech_synth.h); `kioskctl say -o` writing
// a WAV that holds speech of a plausible length (tools/say_audio_commands.h, core/base/wav_file.h); and the kiosk's
// player (platform/speech_player.h) through SDL's disk driver — what it plays lands in a file — a recording played
// instead of the voice, the highlighted part following the sound, stop() silencing at once, and no sound card
// leaving it quiet rather than stuck "speaking".
#include <catch2/catch.hpp>

#include <SDL.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "core/base/wav_file.h"
#include "core/pack/pack.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/reading.h"
#include "platform/speech_player.h"
#include "platform/speech_synth.h"
#include "test_support.h"
#include "tools/say_audio_commands.h"

using namespace kiosk;
using namespace test_support;
using Clock = std::chrono::steady_clock;

namespace {

double rms(const std::int16_t* s, std::size_t n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += double(s[i]) * s[i];
    return n ? std::sqrt(sum / double(n)) : 0;
}

// SDL's disk driver writes what the device plays to `file` (raw samples, the device's format), in real time.
struct DiskAudio {
    explicit DiskAudio(const fs::path& file) {
        setenv("SDL_AUDIODRIVER", "disk", 1);
        setenv("SDL_DISKAUDIOFILE", file.c_str(), 1);
    }
    ~DiskAudio() {
        unsetenv("SDL_AUDIODRIVER");
        unsetenv("SDL_DISKAUDIOFILE");
    }
};

template <typename Pred>
bool wait_until(Pred pred, double seconds) {
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    while (Clock::now() < end) {
        if (pred()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return pred();
}

std::shared_ptr<const core::ReadingEngine> reading_engine() {
    static std::unique_ptr<core::ChineseConverter> converter;
    static std::shared_ptr<const core::ReadingEngine> engine;
    if (!engine) {
        std::string error;
        converter = core::ChineseConverter::open(&error, core::ChineseConverter::kSimplifiedToStandardTraditional);
        REQUIRE(converter);
        engine = core::ReadingEngine::load(core::kTerraPinyinDict, converter.get(), &error);
        INFO(error);
        REQUIRE(engine);
    }
    return engine;
}

std::vector<std::int16_t> raw_samples(const fs::path& file) {
    const std::string bytes = read_bytes(file);
    std::vector<std::int16_t> s(bytes.size() / 2);
    std::memcpy(s.data(), bytes.data(), s.size() * 2);
    return s;
}

}  // namespace

TEST_CASE("speech synth: tone pinyin becomes 22050 Hz speech in chunks, the first long before the end", "[speech]") {
    std::vector<std::size_t> chunks;
    std::vector<std::int16_t> all;
    std::string error;
    REQUIRE(platform::synthesize_voice_text("zui4 di1 sheng1 huo2 bao3 zhang4 . jie2 hun1 deng1 ji4",
                                            platform::kSpeechRateNormal,
                                            [&](const std::int16_t* s, std::size_t n) {
                                                chunks.push_back(n);
                                                all.insert(all.end(), s, s + n);
                                                return true;
                                            },
                                            &error));
    const double seconds = double(all.size()) / platform::kSpeechSampleRate;
    CHECK(seconds > 1.5);  // ten syllables and a pause: ~3 s at 175 wpm
    CHECK(seconds < 6);
    CHECK(chunks.size() > 10);
    CHECK(chunks.front() < all.size() / 10);
    CHECK(rms(all.data(), all.size()) > 500);

    // The same slower is longer: 长辈模式.
    std::size_t slow = 0;
    REQUIRE(platform::synthesize_voice_text("zui4 di1 sheng1 huo2 bao3 zhang4 . jie2 hun1 deng1 ji4",
                                            platform::kSpeechRateSlow,
                                            [&](const std::int16_t*, std::size_t n) { return slow += n, true; },
                                            &error));
    CHECK(double(slow) > 1.2 * double(all.size()));

    // A sink that says stop gets nothing more, and the next text starts clean.
    int calls = 0;
    REQUIRE(platform::synthesize_voice_text("zui4 di1 sheng1 huo2 bao3 zhang4", platform::kSpeechRateNormal,
                                            [&](const std::int16_t*, std::size_t) { return ++calls, false; }, &error));
    CHECK(calls == 1);
    std::size_t again = 0;
    REQUIRE(platform::synthesize_voice_text("ni3 hao3", platform::kSpeechRateNormal,
                                            [&](const std::int16_t*, std::size_t n) { return again += n, true; },
                                            &error));
    CHECK(double(again) / platform::kSpeechSampleRate < 1.5);
    // Nothing to say is no sound and no failure.
    std::size_t none = 0;
    CHECK(platform::synthesize_voice_text(" . , ", platform::kSpeechRateNormal,
                                          [&](const std::int16_t*, std::size_t n) { return none += n, true; }, &error));
    CHECK(none == 0);
}

TEST_CASE("kioskctl say -o: a phrase becomes a WAV of plausible length that is not silent", "[speech][say]") {
    TempDir tmp;
    const fs::path wav = tmp / "say.wav";
    tools::SayOptions o;
    o.text = "最低生活保障申请";
    o.output = wav.string();
    REQUIRE(tools::say_to_wav(o) == 0);
    core::WavAudio audio;
    REQUIRE(core::parse_wav(read_bytes(wav), &audio));
    CHECK(audio.sample_rate == 22050);
    CHECK(audio.channels == 1);
    const double seconds = double(audio.samples.size()) / audio.sample_rate;
    CHECK(seconds > 0.5);
    CHECK(seconds < 10);
    CHECK(rms(audio.samples.data(), audio.samples.size()) > 500);

    // --slow: the same words, longer.
    o.slow = true;
    o.output = (tmp / "slow.wav").string();
    REQUIRE(tools::say_to_wav(o) == 0);
    core::WavAudio slow;
    REQUIRE(core::parse_wav(read_bytes(tmp / "slow.wav"), &slow));
    CHECK(slow.samples.size() > audio.samples.size() * 6 / 5);

    // The writer's header is what parse_wav and every player read: RIFF, PCM, the data size.
    const std::string bytes = read_bytes(wav);
    CHECK(bytes.substr(0, 4) == "RIFF");
    CHECK(bytes.size() == 44 + audio.samples.size() * 2);
}

TEST_CASE("speech player: a guide's recording plays through the device instead of the voice", "[speech][player]") {
    TempDir tmp;
    const fs::path content = copy_fixture(tmp, "pack_minimal");
    fs::create_directory(content / "recordings");
    write_bytes(content / "recordings" / "dibao.ogg",
                read_bytes(fs::path(KIOSK_TEST_FIXTURES) / "audio" / "tone_stereo.ogg"));
    write_bytes(content / "recordings.csv", "类型,名称,文件\n办事指南,最低生活保障申请,dibao.ogg\n");
    const fs::path db = tmp / "content.db";
    REQUIRE(core::pack_content({content.string(), db.string(), "2024.06", ""}).ok);

    const fs::path played = tmp / "played.raw";
    DiskAudio disk(played);
    {
        platform::SpeechPlayer::Options options;
        options.content_path = db.string();
        options.reading_dict = "";  // no voice: only the recording can be heard
        platform::SpeechPlayer player(options);
        ui::SpeechRequest request;
        request.parts = {{"title", "最低生活保障申请"}};
        request.recording_kind = "guide";
        request.recording_ref = "最低生活保障申请";
        const auto t0 = Clock::now();
        player.speak(request);
        CHECK(player.speaking());
        CHECK(wait_until([&] { return !player.speaking(); }, 10));
        const double took = std::chrono::duration<double>(Clock::now() - t0).count();
        CHECK(took > 1.3);  // 1.5 s of sound, played in real time
        CHECK(player.audio_ok());
        CHECK(player.samples_played() >= 70000);  // 1.5 s at the device's 48 kHz, converted from 44.1 kHz

        // The tones, at the device's rate, somewhere in the file.
        const auto samples = raw_samples(played);
        REQUIRE(samples.size() > 48000);
        double loudest = 0;
        for (std::size_t at = 0; at + 4800 <= samples.size(); at += 4800) {
            loudest = std::max(loudest, rms(&samples[at], 4800));
        }
        CHECK(loudest > 3000);

        // Volume 0: played, and silent. (The device's last buffer of the tones reaches the file a period after the
        // callback took it.)
        player.set_volume(0);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const std::size_t before = raw_samples(played).size();
        player.speak(request);
        CHECK(wait_until([&] { return !player.speaking(); }, 10));
        const auto quiet = raw_samples(played);
        REQUIRE(quiet.size() > before + 48000);
        CHECK(rms(&quiet[before], quiet.size() - before) < 1);
    }
}

TEST_CASE("speech player: the part heard is the part highlighted, and stop() silences at once", "[speech][player]") {
    TempDir tmp;
    const fs::path played = tmp / "played.raw";
    DiskAudio disk(played);
    platform::SpeechPlayer::Options options;
    options.reading_dict = "";
    platform::SpeechPlayer player(options);
    player.set_reading_engine(reading_engine());
    REQUIRE(player.reading_ready());

    ui::SpeechRequest request;
    request.parts = {{"title", "结婚登记"}, {"place", "办理地点：民政局"}};
    player.speak(request);
    std::vector<std::string> keys;
    CHECK(wait_until([&] {
        const std::string k = player.current_key();
        if (!k.empty() && (keys.empty() || keys.back() != k)) keys.push_back(k);
        return !player.speaking();
    }, 15));
    CHECK(keys == std::vector<std::string>{"title", "place"});
    CHECK(player.current_key().empty());

    // A long text, stopped as soon as it is heard: silent at once, and stays so.
    request.parts = {{"body", "最低生活保障申请由石桥镇人民政府办理，请带好申请书、居民身份证和户口簿。"
                              "办理时间是工作日上午九点至十二点，下午两点半至五点半。"}};
    player.speak(request);
    REQUIRE(wait_until([&] { return player.current_key() == "body"; }, 5));
    player.stop();
    CHECK_FALSE(player.speaking());
    CHECK(player.current_key().empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(player.speaking());
    const auto before = raw_samples(played).size();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto samples = raw_samples(played);
    // What the device played after the stop: silence (the disk driver keeps writing it).
    REQUIRE(samples.size() > before);
    CHECK(rms(&samples[before], samples.size() - before) < 1);

    // Turned off: nothing is said.
    player.set_enabled(false);
    player.speak(request);
    CHECK_FALSE(player.speaking());
}

TEST_CASE("speech player: no audio device leaves the kiosk quiet, never stuck speaking", "[speech][player]") {
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    {
        platform::SpeechPlayer::Options options;
        options.reading_dict = "";
        platform::SpeechPlayer player(options);
        ui::SpeechRequest request;
        request.parts = {{"title", "结婚登记"}};
        player.speak(request);
        CHECK(wait_until([&] { return !player.speaking(); }, 2));
        CHECK_FALSE(player.audio_ok());
        player.speak(request);
        CHECK_FALSE(player.speaking());
    }
    unsetenv("SDL_AUDIODRIVER");
}
