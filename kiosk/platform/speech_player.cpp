// speech_player.cpp — see speech_player.h.
//
// One SDL audio device with a callback (opened when needed, closed when idle): the callback takes samples from a queue
// the worker fills and counts them (played_), which is the clock current_key() reads — what has reached the
// loudspeaker, give or take the device's own buffer (~20 ms). A callback rather than SDL_QueueAudio because it works
// the same under every driver (pulse, alsa, and the disk and dummy drivers of the tests). Volume is applied in the callback, so a change is heard at once rather than
// after what was already queued. The worker keeps at most ~1.5 s queued ahead: synthesis runs hundreds of times faster
// than speech, and a long guide synthesised all at once would hold megabytes and keep espeak-ng busy long after a
// visitor tapped stop.
//
// The device runs at whatever rate it gives (48 kHz asked for: what sound cards run natively); espeak-ng's 22,050 Hz
// and a recording's own rate are converted with SDL_AudioStream.
//
// Every request has a generation number; speak() and stop() move it on, and the worker checks it at each chunk, so a
// replaced request stops at its next 40 ms chunk and never adds a sample to the queue stop() emptied.
#include "platform/speech_player.h"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/content/content_store.h"
#include "core/content/recorded_audio.h"
#include "core/snapshot/content_limits.h"
#include "core/zh/chinese_convert.h"
#include "platform/speech_synth.h"

namespace kiosk::platform {

namespace {

constexpr int kWantedDeviceRate = kSpeechDeviceRate;
constexpr double kAheadSeconds = 1.5;   // queued ahead of the loudspeaker at most
constexpr double kGapSeconds = 0.25;    // silence between parts: the highlight moves in it
constexpr double kCloseAfterSeconds = 20;  // the device is closed after this long without a request

void note(const std::string& message) {
    // "中文\nEnglish" on one line of the journal.
    std::string line = message;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::fprintf(stderr, "kiosk: 朗读: %s\n", line.c_str());
}

// What the engine needs alive beside it: the converter it reads with.
struct LoadedEngine {
    std::unique_ptr<core::ChineseConverter> converter;
    std::unique_ptr<core::ReadingEngine> engine;
};

}  // namespace

// One piece of sound (a part, a recording) converted to the device's rate as it comes, with one SDL_AudioStream kept
// across its chunks: converting each 40 ms chunk alone would put a click at every seam.
class SpeechPlayer::RateConverter {
public:
    RateConverter(int from, int to) : stream_(from == to ? nullptr : SDL_NewAudioStream(AUDIO_S16SYS, 1, from,
                                                                                        AUDIO_S16SYS, 1, to)) {}
    ~RateConverter() {
        if (stream_) SDL_FreeAudioStream(stream_);
    }
    RateConverter(const RateConverter&) = delete;
    RateConverter& operator=(const RateConverter&) = delete;

    // The converted samples ready so far; with `last`, all of them.
    const std::vector<std::int16_t>& convert(const std::int16_t* samples, std::size_t count, bool last) {
        out_.clear();
        if (!stream_) {
            out_.assign(samples, samples + count);
            return out_;
        }
        if (count) SDL_AudioStreamPut(stream_, samples, static_cast<int>(count * 2));
        if (last) SDL_AudioStreamFlush(stream_);
        out_.resize(static_cast<std::size_t>(SDL_AudioStreamAvailable(stream_)) / 2);
        const int got = out_.empty() ? 0 : SDL_AudioStreamGet(stream_, out_.data(), static_cast<int>(out_.size() * 2));
        out_.resize(got > 0 ? static_cast<std::size_t>(got) / 2 : 0);
        return out_;
    }

private:
    SDL_AudioStream* stream_;
    std::vector<std::int16_t> out_;
};

SpeechPlayer::SpeechPlayer(Options options) : options_(std::move(options)) {
    volume_ = std::clamp(options_.volume, 0, 100);
    content_path_ = options_.content_path;
    // The subsystem here, on the thread that initialised SDL; the device is opened on the worker.
    sdl_audio_ = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0;
    if (sdl_audio_) {
        std::fprintf(stderr, "kiosk: 朗读: audio driver %s\n", SDL_GetCurrentAudioDriver());
    } else {
        audio_failed_ = true;
        note(std::string(str::kNoteNoAudioDevice.zh) + " / " + str::kNoteNoAudioDevice.en + " (" + SDL_GetError() + ")");
    }
    if (options_.reading_dict.empty()) {
        engine_done_ = true;
    } else {
        try {
            if (!content_path_.empty()) content_readings_ = core::ContentStore::open(content_path_)->readings();
        } catch (const core::ContentError& e) {
            note(e.what());
        }
        loaders_.emplace_back([this, dict = options_.reading_dict, content = content_path_] {
            load_engine(dict, content, 0);
        });
    }
    worker_ = std::thread([this] { run(); });
}

SpeechPlayer::~SpeechPlayer() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        ++generation_;
    }
    wake_.notify_all();
    worker_.join();
    for (auto& loader : loaders_) loader.join();
    close_device();
    if (sdl_audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void SpeechPlayer::load_engine(std::string dict_path, std::string content_path, std::uint64_t load) {
    std::string error;
    auto loaded = std::make_shared<LoadedEngine>();
    loaded->converter = core::ChineseConverter::open(&error, core::ChineseConverter::kSimplifiedToStandardTraditional);
    if (loaded->converter) loaded->engine = core::ReadingEngine::load(dict_path, loaded->converter.get(), &error);
    if (loaded->engine && !content_path.empty()) {
        // The county's 读音 rows win over the dictionary, as in `kioskctl say`. Pack checked them; a row that fails
        // now is skipped and said as the dictionary says it.
        try {
            for (const auto& [word, syllables] : core::ContentStore::open(content_path)->readings()) {
                std::string word_error;
                if (!loaded->engine->add_word(word, syllables, &word_error)) note(word + ": " + word_error);
            }
        } catch (const core::ContentError& e) {
            note(e.what());
        }
    }
    std::lock_guard lock(mutex_);
    if (load != engine_load_) return;  // a newer load (new content) was started meanwhile
    if (loaded->engine) {
        engine_ = std::shared_ptr<const core::ReadingEngine>(loaded, loaded->engine.get());
    } else {
        note(core::format_text(str::kErrReadingUnavailable.zh, dict_path.c_str()) + " / " +
             core::format_text(str::kErrReadingUnavailable.en, dict_path.c_str()) + ": " + error);
    }
    engine_done_ = true;
    wake_.notify_all();
}

void SpeechPlayer::set_reading_engine(std::shared_ptr<const core::ReadingEngine> engine) {
    std::lock_guard lock(mutex_);
    ++engine_load_;  // a load still running would replace it
    engine_ = std::move(engine);
    engine_done_ = true;
    wake_.notify_all();
}

bool SpeechPlayer::reading_ready() const {
    std::lock_guard lock(mutex_);
    return engine_ != nullptr;
}

void SpeechPlayer::speak(ui::SpeechRequest request) {
    stop();
    if (!sdl_audio_) return;  // no audio at all on this machine
    std::lock_guard lock(mutex_);
    if (!enabled_ || (request.parts.empty() && request.recording_kind.empty())) return;
    pending_ = std::make_unique<ui::SpeechRequest>(std::move(request));
    busy_ = true;
    wake_.notify_all();
}

void SpeechPlayer::stop() {
    {
        std::lock_guard lock(mutex_);
        ++generation_;
        pending_.reset();
        marks_.clear();
        busy_ = false;
    }
    {
        std::lock_guard lock(audio_mutex_);
        queue_.clear();
        pushed_ = played_.load();
    }
    wake_.notify_all();
}

bool SpeechPlayer::speaking() const { return busy_.load(); }

std::string SpeechPlayer::current_key() const {
    const std::int64_t at = played_.load();
    std::lock_guard lock(mutex_);
    for (const Mark& m : marks_) {
        if (m.begin <= at && at < m.end) return m.key;
    }
    return {};
}

void SpeechPlayer::set_volume(int percent) { volume_ = std::clamp(percent, 0, 100); }

void SpeechPlayer::set_enabled(bool enabled) {
    if (!enabled) stop();
    std::lock_guard lock(mutex_);
    enabled_ = enabled;
}

void SpeechPlayer::set_content(std::string path) {
    // The engine is rebuilt only when the new snapshot's 读音 rows differ (a dictionary load is ~100 ms and tens of
    // MiB, and staff may roll back and forth); the same rows keep the engine. Read here, on the caller's thread: one
    // small query on an update.
    std::vector<std::pair<std::string, std::string>> readings;
    try {
        if (!path.empty()) readings = core::ContentStore::open(path)->readings();
    } catch (const core::ContentError& e) {
        note(e.what());
    }
    std::vector<std::thread> finished;
    {
        std::lock_guard lock(mutex_);
        if (path == content_path_) return;
        content_path_ = std::move(path);
        if (options_.reading_dict.empty() || readings == content_readings_) return;
        content_readings_ = std::move(readings);
        finished.swap(loaders_);  // joined below, outside the lock they take at their end
    }
    for (auto& loader : finished) loader.join();
    std::lock_guard lock(mutex_);
    // New 读音 rows need a new engine: loaded beside the old one, which reads until it is ready.
    const std::uint64_t load = ++engine_load_;
    loaders_.emplace_back([this, dict = options_.reading_dict, content = content_path_, load] {
        load_engine(dict, content, load);
    });
}

void SpeechPlayer::audio_callback(void* userdata, unsigned char* stream, int len) {
    auto* self = static_cast<SpeechPlayer*>(userdata);
    auto* out = reinterpret_cast<std::int16_t*>(stream);
    const std::size_t want = static_cast<std::size_t>(len) / 2;
    const int volume = self->volume_.load();
    std::size_t n = 0;
    {
        std::lock_guard lock(self->audio_mutex_);
        n = std::min(want, self->queue_.size());
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::int16_t>(self->queue_[i] * volume / 100);
        self->queue_.erase(self->queue_.begin(), self->queue_.begin() + static_cast<long>(n));
        self->played_ += static_cast<std::int64_t>(n);
    }
    std::memset(out + n, 0, (want - n) * 2);
}

bool SpeechPlayer::open_device() {
    if (!sdl_audio_) return false;
    SDL_AudioSpec want{}, have{};
    want.freq = kWantedDeviceRate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    want.callback = &SpeechPlayer::audio_callback;
    want.userdata = this;
    // A different rate is taken as given (converted to here); format and channels SDL converts itself.
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    if (device_ == 0) {
        // Noted once, not at every tap; tried again at the next request (a USB speaker plugged in later).
        if (!audio_failed_.exchange(true)) {
            note(std::string(str::kNoteNoAudioDevice.zh) + " / " + str::kNoteNoAudioDevice.en + " (" + SDL_GetError() +
                 ")");
        }
        return false;
    }
    if (audio_failed_.exchange(false)) std::fprintf(stderr, "kiosk: 朗读: audio device back\n");
    device_rate_ = have.freq;
    {
        std::lock_guard lock(audio_mutex_);
        queue_.clear();
        pushed_ = played_.load();
    }
    SDL_PauseAudioDevice(device_, 0);
    return true;
}

void SpeechPlayer::close_device() {
    if (!device_) return;
    SDL_CloseAudioDevice(device_);  // returns once SDL's audio thread has stopped calling back
    device_ = 0;
}

void SpeechPlayer::run() {
    for (;;) {
        std::unique_ptr<ui::SpeechRequest> request;
        std::uint64_t generation = 0;
        {
            std::unique_lock lock(mutex_);
            const auto ready = [&] { return quit_ || pending_ != nullptr; };
            if (device_) {
                // An open device keeps SDL's audio thread waking ~50 times a second even in silence, which an idle
                // kiosk should not pay for: closed after a quiet spell, opened again (~tens of ms) when needed.
                if (!wake_.wait_for(lock, std::chrono::duration<double>(kCloseAfterSeconds), ready)) {
                    lock.unlock();
                    close_device();
                    continue;
                }
            } else {
                wake_.wait(lock, ready);
            }
            if (quit_) return;
            request = std::move(pending_);
            generation = generation_.load();
        }
        if (device_ || open_device()) play(*request, generation);
        finish(generation);
    }
}

void SpeechPlayer::finish(std::uint64_t generation) {
    std::lock_guard lock(mutex_);
    if (generation_.load() != generation) return;  // replaced or stopped: the newer request owns the state
    marks_.clear();
    busy_ = pending_ != nullptr;
}

bool SpeechPlayer::push_device_samples(const std::int16_t* samples, std::size_t count, std::uint64_t generation) {
    const auto ahead = static_cast<std::size_t>(kAheadSeconds * device_rate_);
    std::size_t done = 0;
    while (done < count) {
        if (!current(generation)) return false;
        std::size_t room = 0;
        {
            std::lock_guard lock(audio_mutex_);
            if (!current(generation)) return false;  // stop() emptied the queue: add nothing after it
            room = queue_.size() < ahead ? ahead - queue_.size() : 0;
            const std::size_t n = std::min(room, count - done);
            queue_.insert(queue_.end(), samples + done, samples + done + n);
            pushed_ += static_cast<std::int64_t>(n);
            done += n;
        }
        if (done < count) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

bool SpeechPlayer::push(RateConverter& converter, const std::int16_t* samples, std::size_t count, bool last,
                        std::uint64_t generation) {
    const std::vector<std::int16_t>& converted = converter.convert(samples, count, last);
    return push_device_samples(converted.data(), converted.size(), generation);
}

bool SpeechPlayer::play_recording(const ui::SpeechRequest& request, std::uint64_t generation) {
    std::string path;
    {
        std::lock_guard lock(mutex_);
        path = content_path_;
    }
    if (request.recording_kind.empty() || path.empty()) return false;
    // A connection of the player's own: ContentStore belongs to one thread, and the frame thread has its own.
    std::optional<std::vector<unsigned char>> bytes;
    try {
        bytes = core::ContentStore::open(path)->recording(request.recording_kind, request.recording_ref);
    } catch (const core::ContentError& e) {
        note(e.what());
        return false;
    }
    if (!bytes) return false;
    core::DecodedAudio audio;
    std::string error;
    if (!core::decode_recorded_audio(*bytes, &audio, &error, core::kMaxRecordingSeconds)) {
        note(error);  // pack checked it; a damaged copy on this disk falls back to the voice
        return false;
    }
    std::int64_t begin = 0;
    {
        std::lock_guard lock(audio_mutex_);
        begin = pushed_;
    }
    {
        std::lock_guard lock(mutex_);
        if (!current(generation)) return true;
        marks_.push_back({begin, std::numeric_limits<std::int64_t>::max(), ""});
    }
    // In pieces of a second, so a stop is heard at once and the queue never holds the whole recording.
    const std::size_t piece = static_cast<std::size_t>(audio.sample_rate);
    RateConverter converter(audio.sample_rate, device_rate_);
    for (std::size_t at = 0; at < audio.samples.size(); at += piece) {
        const std::size_t n = std::min(piece, audio.samples.size() - at);
        const bool last = at + n == audio.samples.size();
        if (!push(converter, audio.samples.data() + at, n, last, generation)) return true;
    }
    return true;
}

void SpeechPlayer::play(const ui::SpeechRequest& request, std::uint64_t generation) {
    if (!play_recording(request, generation)) {
        std::shared_ptr<const core::ReadingEngine> engine;
        {
            // A request made while the dictionary loads waits for it here, not on the frame thread.
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quit_ || engine_ || engine_done_ || !current(generation); });
            if (!current(generation)) return;
            engine = engine_;
        }
        if (!engine) return;  // no dictionary: noted when loading failed
        const int rate = speech_rate(request.slow);
        const std::vector<std::int16_t> gap(static_cast<std::size_t>(kGapSeconds * device_rate_), 0);
        for (const ui::SpeechPart& part : request.parts) {
            std::int64_t begin = 0;
            {
                std::lock_guard lock(audio_mutex_);
                begin = pushed_;
            }
            {
                std::lock_guard lock(mutex_);
                if (!current(generation)) return;
                marks_.push_back({begin, std::numeric_limits<std::int64_t>::max(), part.key});
            }
            std::string error;
            RateConverter converter(kSpeechSampleRate, device_rate_);
            const bool ok = synthesize_text(
                *engine, part.text, rate,
                [&](const std::int16_t* samples, std::size_t count) {
                    return push(converter, samples, count, false, generation);
                },
                &error);
            if (!ok) note(error);
            if (!push(converter, nullptr, 0, true, generation)) return;
            {
                std::lock_guard lock(audio_mutex_);
                std::lock_guard marks(mutex_);
                if (!marks_.empty()) marks_.back().end = pushed_;
            }
            if (!push_device_samples(gap.data(), gap.size(), generation)) return;
        }
    }
    // Wait until the loudspeaker has said it all (or the request is replaced).
    for (;;) {
        {
            std::lock_guard lock(audio_mutex_);
            if (played_.load() >= pushed_) break;
        }
        {
            std::lock_guard lock(mutex_);
            if (quit_ || !current(generation)) return;
        }
        // A sleep, not a timed wait on wake_: a condition variable's timeout is reckoned on the monotonic clock, which
        // the suite's far-from-today run (libfaketime) moves; a sleep still ends.
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

}  // namespace kiosk::platform
