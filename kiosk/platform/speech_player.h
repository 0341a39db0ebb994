// speech_player.h — the kiosk's voice (ui::SpeechOutput): a recorded reading when the content has one for the page,
// else each part of the page read by the reading engine and spoken by espeak-ng (speech_synth.h), into one SDL audio
// device.
//
// Everything slow happens on the player's own threads: loading the reading dictionary (a second or two, started by
// the constructor; the kiosk does not wait for it, and a request made meanwhile waits for it instead), opening the
// audio device, decoding, synthesising. The frame thread's calls only take a short lock. The part being heard
// (current_key) follows the samples the device has actually played, not those synthesised, which run far ahead.
//
// The device is opened at the first request and closed after 20 s without one, so an idle kiosk has no audio thread
// waking. No sound card, or a device that will not open: the kiosk goes on, a note is logged once, speaking() turns
// false at once so the screen does not wait for a voice that will never come, and the next request tries again.
// Under SDL_AUDIODRIVER=disk (tests) what is played is written to SDL_DISKAUDIOFILE.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/zh/reading.h"
#include "ui/kit/read_aloud.h"

namespace kiosk::platform {

// The rate the voice asks the sound card for (SDL may give another; the disk driver of the tests takes this one).
inline constexpr int kSpeechDeviceRate = 48000;

class SpeechPlayer : public ui::SpeechOutput {
public:
    struct Options {
        std::string content_path;  // the snapshot whose recordings are played (opened read-only by the player); ""
        // Loaded in the background with the content's 读音 rows (again after set_content). "" = load none: recordings
        // only, or an engine given by set_reading_engine.
        std::string reading_dict = core::kTerraPinyinDict;
        int volume = 100;                                   // 0–100
    };

    // Starts the player's thread and the dictionary's loading; the device opens at the first request. Call from the
    // thread that initialised SDL (the audio subsystem is initialised here).
    explicit SpeechPlayer(Options options);
    ~SpeechPlayer() override;
    SpeechPlayer(const SpeechPlayer&) = delete;
    SpeechPlayer& operator=(const SpeechPlayer&) = delete;

    void speak(ui::SpeechRequest request) override;
    void stop() override;
    bool speaking() const override;
    // The key of the part heard now; empty between parts, when silent, and while a recording plays (a recording is
    // one piece: which line it is saying is not known).
    std::string current_key() const override;

    void set_volume(int percent);        // 0–100; heard at once, also in the middle of a sentence
    void set_enabled(bool enabled);      // off (the county turned 朗读 off): stop, and speak() does nothing
    // After a content update: recordings, and the 读音 rows (a new engine, loaded in the background), come from the
    // new snapshot.
    void set_content(std::string path);
    // A reading engine made elsewhere (with the content's 读音 sheet added, say); replaces the one being loaded.
    void set_reading_engine(std::shared_ptr<const core::ReadingEngine> engine);

    bool audio_ok() const { return !audio_failed_.load(); }  // false while the device will not open
    bool reading_ready() const;                               // the reading engine is loaded
    // Samples of sound (not silence) the device has taken since it was first opened: when a request is first heard.
    std::int64_t samples_played() const { return played_.load(); }

private:
    struct Mark {
        std::int64_t begin = 0, end = 0;  // device samples since the device opened
        std::string key;
    };

    void run();
    void load_engine(std::string dict_path, std::string content_path, std::uint64_t load);
    bool open_device();   // on the worker, when a request comes
    void close_device();  // on the worker after a quiet spell, and at the end
    void play(const ui::SpeechRequest& request, std::uint64_t generation);
    bool play_recording(const ui::SpeechRequest& request, std::uint64_t generation);
    class RateConverter;
    // Converts to the device's rate and queues; false when the request was replaced or stopped meanwhile.
    bool push(RateConverter& converter, const std::int16_t* samples, std::size_t count, bool last,
              std::uint64_t generation);
    bool push_device_samples(const std::int16_t* samples, std::size_t count, std::uint64_t generation);
    bool current(std::uint64_t generation) const { return generation_.load() == generation; }
    void finish(std::uint64_t generation);
    static void audio_callback(void* self, unsigned char* stream, int len);

    Options options_;
    std::thread worker_;
    std::vector<std::thread> loaders_;  // one per content the player has been given; joined at the end

    // The request, handed to the worker.
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::unique_ptr<ui::SpeechRequest> pending_;
    std::atomic<std::uint64_t> generation_{0};  // every speak() and stop() moves it on; old work drops itself
    std::atomic<bool> busy_{false};
    bool quit_ = false;
    bool enabled_ = true;
    std::string content_path_;
    std::vector<std::pair<std::string, std::string>> content_readings_;  // the 读音 rows the engine was loaded with
    std::shared_ptr<const core::ReadingEngine> engine_;
    bool engine_done_ = false;  // loading finished, with or without an engine
    std::uint64_t engine_load_ = 0;  // the newest load started; an older one finishing later is dropped
    std::vector<Mark> marks_;

    // The samples the device will play, shared with SDL's audio thread.
    std::mutex audio_mutex_;
    std::deque<std::int16_t> queue_;
    std::atomic<std::int64_t> played_{0};  // samples the device has taken from the queue
    std::int64_t pushed_ = 0;              // samples put into the queue (played_ + queue_.size())
    std::atomic<int> volume_{100};
    std::atomic<bool> audio_failed_{false};
    unsigned device_ = 0;
    int device_rate_ = 0;
    bool sdl_audio_ = false;
};

}  // namespace kiosk::platform
