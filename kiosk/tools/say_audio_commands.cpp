// say_audio_commands.cpp — see say_audio_commands.h.
#include "tools/say_audio_commands.h"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "core/base/exit_codes.h"
#include "core/base/wav_file.h"
#include "core/content/content_store.h"
#include "core/content/recorded_audio.h"
#include "core/snapshot/content_limits.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/reading.h"
#include "harness/bench_say.h"
#include "platform/speech_player.h"
#include "platform/speech_synth.h"

namespace kiosk::tools {

namespace {

void print_written(const std::string& path, const std::vector<std::int16_t>& samples, int rate, const char* what) {
    int peak = 0;
    for (const auto v : samples) peak = std::max(peak, std::abs(static_cast<int>(v)));
    std::printf("%s: %.2f s of %s, %d Hz, 16-bit mono, peak %d\n", path.c_str(),
                static_cast<double>(samples.size()) / rate, what, rate, peak);
}

// Through the loudspeaker, as the kiosk plays it.
int play(const ui::SpeechRequest& request, const std::string& content,
         std::shared_ptr<const core::ReadingEngine> engine) {
    if (SDL_Init(0) != 0) {
        std::fprintf(stderr, "kioskctl say: SDL_Init: %s\n", SDL_GetError());
        return kExitDataError;
    }
    int rc = kExitOk;
    {
        platform::SpeechPlayer::Options options;
        options.content_path = content;
        options.reading_dict = "";  // the engine loaded here, with the content's 读音 rows
        platform::SpeechPlayer player(options);
        if (engine) player.set_reading_engine(std::move(engine));
        player.speak(request);
        std::string last;
        while (player.speaking()) {
            const std::string key = player.current_key();
            if (key != last && !key.empty()) std::printf("%s\n", key.c_str());
            last = key;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (!player.audio_ok()) rc = kExitDataError;  // noted by the player
    }
    SDL_Quit();
    return rc;
}

}  // namespace

int say_to_wav(const SayOptions& o) {
    ui::SpeechRequest request;
    request.slow = o.slow;
    bool has_recording = false;
    if (!o.guide.empty()) {
        std::optional<std::vector<unsigned char>> recording;
        try {
            const auto store = core::ContentStore::open(o.content);
            std::optional<core::Guide> guide;
            for (const auto& s : store->guides()) {
                if (s.name == o.guide) guide = store->guide(s.id);
            }
            if (!guide) {
                std::fprintf(stderr, "kioskctl say: no guide named %s in %s\n", o.guide.c_str(), o.content.c_str());
                return kExitDataError;
            }
            request.parts = guide_speech_parts(*guide);
            request.recording_kind = "guide";
            request.recording_ref = guide->name;
            recording = store->recording("guide", guide->name);
            has_recording = recording.has_value();
        } catch (const core::ContentError& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return kExitDataError;
        }
        if (recording && !o.output.empty()) {
            core::DecodedAudio audio;
            std::string error;
            if (!core::decode_recorded_audio(*recording, &audio, &error, core::kMaxRecordingSeconds)) {
                std::fprintf(stderr, "%s\n", error.c_str());
                return kExitDataError;
            }
            if (!core::write_wav_file(o.output, audio.samples, audio.sample_rate, &error)) {
                std::fprintf(stderr, "kioskctl say: %s\n", error.c_str());
                return kExitDataError;
            }
            print_written(o.output, audio.samples, audio.sample_rate, "the recording (录音)");
            return kExitOk;
        }
    } else {
        request.parts.push_back({"text", o.text});
    }
    // A guide whose recording is played needs no engine; anything else does.
    std::unique_ptr<core::ChineseConverter> converter;
    std::shared_ptr<const core::ReadingEngine> engine;
    if (!has_recording) {
        engine = open_reading_engine(o, converter);
        if (!engine) return kExitDataError;
    }
    if (o.output.empty()) return play(request, o.content, engine);

    std::string error;
    std::vector<std::int16_t> samples;
    const std::vector<std::int16_t> gap(platform::kSpeechSampleRate / 4, 0);  // between parts, as the kiosk pauses
    for (const auto& part : request.parts) {
        if (!samples.empty()) samples.insert(samples.end(), gap.begin(), gap.end());
        const bool ok = platform::synthesize_text(
            *engine, part.text, platform::speech_rate(o.slow),
            [&](const std::int16_t* s, std::size_t n) {
                samples.insert(samples.end(), s, s + n);
                return true;
            },
            &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return kExitDataError;
        }
    }
    if (!core::write_wav_file(o.output, samples, platform::kSpeechSampleRate, &error)) {
        std::fprintf(stderr, "kioskctl say: %s\n", error.c_str());
        return kExitDataError;
    }
    print_written(o.output, samples, platform::kSpeechSampleRate, "speech");
    return kExitOk;
}

}  // namespace kiosk::tools
