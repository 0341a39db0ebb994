// speech_synth.cpp — see speech_synth.h.
//
// espeak-ng runs in its synchronous mode: espeak_ng_Synthesize returns when the text is spoken, calling back with
// each buffer of samples on the calling thread. The buffer is short (40 ms) so the first chunk comes after the
// first syllable or so, not after a whole clause: a visitor who taps 朗读 should hear it start at once. Returning 1
// from the callback makes espeak-ng drop the rest, which is how stop() cuts a long guide short without waiting.
#include "platform/speech_synth.h"

#include <espeak-ng/espeak_ng.h>

#include <mutex>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/zh/reading.h"

namespace kiosk::platform {

namespace {

constexpr int kChunkMs = 40;

std::mutex& synth_mutex() {
    static std::mutex m;
    return m;
}

struct SynthCall {
    const PcmSink* sink;
    bool stopped = false;
};

int on_samples(short* wav, int count, espeak_EVENT* events) {
    auto* call = events ? static_cast<SynthCall*>(events->user_data) : nullptr;
    if (!call || !wav || count <= 0) return 0;  // the end (wav == NULL), or events with no sound
    if (call->stopped) return 1;
    if (!(*call->sink)(reinterpret_cast<const std::int16_t*>(wav), static_cast<std::size_t>(count))) {
        call->stopped = true;
        return 1;
    }
    return 0;
}

std::string status_text(espeak_ng_STATUS status) {
    char buf[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buf, sizeof buf);
    return buf;
}

// Under synth_mutex(). "" once espeak-ng is ready; its failure, kept, otherwise (data missing stays missing).
const std::string& initialise() {
    static bool done = false;
    static std::string failure;
    if (done) return failure;
    done = true;
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS st = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (st == ENS_OK) st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, kChunkMs, nullptr);
    if (st == ENS_OK) st = espeak_ng_SetVoiceByName("cmn-latn-pinyin");
    if (st != ENS_OK) {
        const std::string detail = status_text(st);
        failure = core::format_text(str::kErrSpeechUnavailable.zh, detail.c_str()) + "\n" +
                  core::format_text(str::kErrSpeechUnavailable.en, detail.c_str());
        return failure;
    }
    espeak_SetSynthCallback(on_samples);
    if (espeak_ng_GetSampleRate() != kSpeechSampleRate) {
        failure = core::format_text(str::kErrSpeechUnavailable.zh, "sample rate") + "\n" +
                  core::format_text(str::kErrSpeechUnavailable.en, "sample rate");
    }
    return failure;
}

}  // namespace

bool synthesize_voice_text(std::string_view voice_text, int rate_wpm, const PcmSink& sink, std::string* error) {
    std::lock_guard lock(synth_mutex());
    if (const std::string& failure = initialise(); !failure.empty()) {
        if (error) *error = failure;
        return false;
    }
    if (voice_text.find_first_not_of(" .,") == std::string_view::npos) return true;  // nothing to say
    espeak_ng_SetParameter(espeakRATE, rate_wpm, 0);
    const std::string text(voice_text);
    SynthCall call{&sink};
    const espeak_ng_STATUS st =
        espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &call);
    if (call.stopped) {
        // Anything left of the text must not leak into the next call.
        espeak_ng_Cancel();
        return true;
    }
    if (st != ENS_OK) {
        const std::string detail = status_text(st);
        if (error) {
            *error = core::format_text(str::kErrSpeechUnavailable.zh, detail.c_str()) + "\n" +
                     core::format_text(str::kErrSpeechUnavailable.en, detail.c_str());
        }
        return false;
    }
    return true;
}

bool synthesize_text(const core::ReadingEngine& engine, std::string_view text, int rate_wpm, const PcmSink& sink,
                     std::string* error) {
    return synthesize_voice_text(core::ReadingEngine::voice_text(engine.read(text)), rate_wpm, sink, error);
}

}  // namespace kiosk::platform
