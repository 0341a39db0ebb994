// bench_say.cpp — see bench_say.h.
//
// Both sides get the same voice text (the reading engine's pinyin), so the comparison is of the synthesis as the
// kiosk runs it — one initialised espeak-ng in the process, chunks handed over as made — against starting the
// program per request. Our time includes reading the Chinese (the baseline is given it read). The program and ours
// alternate which goes first for each section, so neither always runs on a warmer cache.
#include "harness/bench_say.h"
#include "harness/bench_stats.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "core/base/exit_codes.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/content/content_store.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/reading.h"
#include "platform/speech_player.h"
#include "platform/speech_synth.h"

#include <SDL.h>
#include <thread>

extern char** environ;

namespace kiosk::tools {

namespace {

using Clock = harness::BenchClock;

using harness::ms_since;
using harness::percentile;

std::string labelled(const char* label, const std::string& value) { return std::string(label) + "：" + value; }

struct Timing {
    bool ok = false;
    double first_ms = 0;  // request → first samples
    double total_ms = 0;  // request → last samples
    double audio_ms = 0;  // length of the sound made
};

Timing time_ours(const core::ReadingEngine& engine, const std::string& text, int rate) {
    Timing t;
    const auto t0 = Clock::now();
    std::size_t samples = 0;
    std::string error;
    t.ok = platform::synthesize_text(
        engine, text, rate,
        [&](const std::int16_t*, std::size_t count) {
            if (samples == 0) t.first_ms = ms_since(t0);
            samples += count;
            return true;
        },
        &error);
    t.total_ms = ms_since(t0);
    t.audio_ms = 1000.0 * static_cast<double>(samples) / platform::kSpeechSampleRate;
    if (!t.ok) std::fprintf(stderr, "%s\n", error.c_str());
    return t.ok && samples > 0 ? t : Timing{};
}

// espeak-ng --stdout, read through a pipe: the first samples are the first bytes past the 44-byte WAV header.
Timing time_program(const std::string& voice_text, int rate) {
    Timing t;
    int fds[2];
    if (::pipe(fds) != 0) return t;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const std::string rate_text = std::to_string(rate);
    std::vector<std::string> argv_s = {"espeak-ng", "-v", "cmn-latn-pinyin", "-s", rate_text, "--stdout", voice_text};
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const auto t0 = Clock::now();
    const int rc = posix_spawnp(&pid, "espeak-ng", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return t;
    }
    std::size_t bytes = 0;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) break;
        bytes += static_cast<std::size_t>(n);
        if (t.first_ms == 0 && bytes > 44) t.first_ms = ms_since(t0);
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    t.total_ms = ms_since(t0);
    t.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && bytes > 44;
    t.audio_ms = bytes > 44 ? 1000.0 * static_cast<double>((bytes - 44) / 2) / platform::kSpeechSampleRate : 0;
    return t.ok ? t : Timing{};
}

std::string ratio(double ours, double base) {
    if (base <= 0) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", ours / base);
    return buf;
}

void row(const char* name, double ours, double base, const char* unit) {
    std::printf("%-44s | %10.3f %-2s | %10.3f %-2s | %s\n", name, ours, unit, base, unit, ratio(ours, base).c_str());
}

}  // namespace

std::vector<ui::SpeechPart> guide_speech_parts(const core::Guide& g) {
    using core::format_text;
    std::vector<ui::SpeechPart> parts;
    auto add = [&](std::string key, std::string text) {
        if (!text.empty()) parts.push_back({std::move(key), std::move(text)});
    };
    add("title", g.name);
    add("agency", labelled(str::kGuideAgency, g.agency));
    add("conditions", labelled(str::kGuideConditions, g.conditions));
    if (!g.materials.empty()) add("materials", str::kGuideMaterials);
    for (const auto& m : g.materials) {
        std::string text = std::to_string(m.ordinal) + "，" + m.name + "，" + std::to_string(m.copies) + "份，" +
                           m.original_or_copy + "，" + m.medium;
        if (!m.note.empty()) text += "。" + m.note;
        add("material:" + std::to_string(m.ordinal), text);
    }
    if (!g.steps.empty()) add("steps", str::kGuideSteps);
    for (const auto& s : g.steps) {
        add("step:" + std::to_string(s.ordinal), std::to_string(s.ordinal) + "，" + s.name + "。" + s.description);
    }
    std::string deadline = format_text(str::kGuideLegalDaysFmt, g.legal_days) + "，" +
                           (g.promised_days > 0 ? format_text(str::kGuidePromisedDaysFmt, g.promised_days)
                                                : std::string(str::kGuideImmediate));
    add("deadline", labelled(str::kGuideDeadline, deadline));
    add("fee", g.charged ? labelled(str::kGuideFee, g.fee) : std::string(str::kGuideFree));
    add("place", labelled(str::kGuidePlace, g.place));
    add("hours", labelled(str::kGuideHours, g.hours));
    add("phone", labelled(str::kGuidePhone, g.phone));
    add("complaint_phone", labelled(str::kGuideComplaintPhone, g.complaint_phone));
    if (g.visits >= 0) {
        add("visits", g.visits == 0 ? std::string(str::kGuideNoVisit) : format_text(str::kGuideVisitsFmt, g.visits));
    }
    return parts;
}

int cmd_bench_say(const std::vector<std::string>& args) {
    std::string content;
    bool quick = false;
    int repeat = 3;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--quick") quick = true, repeat = 1;
        else if (a == "--content" && has_value) content = args[++i];
        else if (a == "--repeat" && has_value) repeat = std::max(1, std::atoi(args[++i].c_str()));
        else {
            std::fprintf(stderr, "kioskctl bench say: unknown option %s\n", a.c_str());
            return kExitUsage;
        }
    }
    if (content.empty()) {  // the demo snapshot is built next to kioskctl
        char exe[4096] = {};
        const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
        const std::string self = n > 0 ? std::string(exe, static_cast<std::size_t>(n)) : std::string();
        content = self.substr(0, self.rfind('/') + 1) + "demo.db";
    }
    std::vector<core::Guide> guides;
    std::vector<std::pair<std::string, std::string>> readings;  // the content's 读音 rows, added as the kiosk adds them
    try {
        const auto store = core::ContentStore::open(content);
        for (const auto& s : store->guides()) {
            if (auto g = store->guide(s.id)) guides.push_back(std::move(*g));
            if (quick && guides.size() == 2) break;
        }
        readings = store->readings();
    } catch (const core::ContentError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return kExitDataError;
    }
    std::string error;
    const auto t_load = Clock::now();
    const auto converter =
        core::ChineseConverter::open(&error, core::ChineseConverter::kSimplifiedToStandardTraditional);
    const auto engine = converter ? core::ReadingEngine::load(core::kTerraPinyinDict, converter.get(), &error)
                                  : nullptr;
    if (!engine) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    for (const auto& [word, syllables] : readings) engine->add_word(word, syllables, &error);
    const double load_ms = ms_since(t_load);
    // espeak-ng's own start (its data files) is paid once per kiosk run, before the first request: measured apart.
    const auto t_init = Clock::now();
    platform::synthesize_voice_text("a1", platform::kSpeechRateNormal, [](const std::int16_t*, std::size_t) {
        return true;
    }, &error);
    const double init_ms = ms_since(t_init);

    std::vector<double> ours_first, ours_total, ours_rt, base_first, base_total, base_rt;
    std::size_t sections = 0, turn = 0;
    double audio_s = 0;
    bool all_ok = true;
    for (int rep = 0; rep < repeat; ++rep) {
        for (const auto& g : guides) {
            for (const auto& part : guide_speech_parts(g)) {
                const std::string voice = core::ReadingEngine::voice_text(engine->read(part.text));
                const int rate = platform::kSpeechRateNormal;
                Timing ours, base;
                if (turn++ % 2 == 0) {
                    ours = time_ours(*engine, part.text, rate);
                    base = time_program(voice, rate);
                } else {
                    base = time_program(voice, rate);
                    ours = time_ours(*engine, part.text, rate);
                }
                if (!ours.ok || !base.ok) {
                    std::fprintf(stderr, "bench say: not measured: %s %s (%s)\n", g.name.c_str(), part.key.c_str(),
                                 !ours.ok ? "ours" : "espeak-ng program");
                    all_ok = false;
                    continue;
                }
                ours_first.push_back(ours.first_ms), ours_total.push_back(ours.total_ms);
                ours_rt.push_back(ours.total_ms / ours.audio_ms);
                base_first.push_back(base.first_ms), base_total.push_back(base.total_ms);
                base_rt.push_back(base.total_ms / base.audio_ms);
                if (rep == 0) ++sections, audio_s += ours.audio_ms / 1000;
            }
        }
    }
    // The whole road as the kiosk takes it: SpeechPlayer from speak() to the first samples the audio device takes
    // (reading, synthesis, rate conversion, the queue), the first time with the device still closed.
    std::vector<double> heard;
    double first_heard = -1;
    std::string device = "-";
    if (SDL_Init(0) == 0) {
        {
            platform::SpeechPlayer::Options options;
            options.reading_dict = "";
            platform::SpeechPlayer player(options);
            player.set_reading_engine(std::shared_ptr<const core::ReadingEngine>(engine.get(), [](auto*) {}));
            const char* driver = SDL_GetCurrentAudioDriver();
            device = driver ? driver : "none";
            std::size_t asked = 0;
            for (const auto& g : guides) {
                for (const auto& part : guide_speech_parts(g)) {
                    if (asked++ == (quick ? 10u : 60u)) break;
                    const std::int64_t before = player.samples_played();
                    const auto t0 = Clock::now();
                    player.speak({{part}, "", "", false});
                    while (player.samples_played() == before && player.speaking() && ms_since(t0) < 2000) {
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                    }
                    const double ms = ms_since(t0);
                    const bool ok = player.samples_played() > before;
                    player.stop();
                    if (!ok) break;  // no device: not measured
                    if (first_heard < 0) first_heard = ms;
                    else heard.push_back(ms);
                }
            }
        }
        SDL_Quit();
    }

    std::printf("bench say: %s, %zu guides, %zu sections (%.1f s of speech at %d wpm), %d repeat(s)\n",
                content.c_str(), guides.size(), sections, audio_s, platform::kSpeechRateNormal, repeat);
    std::printf("%-44s | %10.1f ms | %13s | %s\n", "reading dictionary load (once, in background)", load_ms, "-", "-");
    std::printf("%-44s | %10.1f ms | %13s | %s\n", "espeak-ng start (once)", init_ms, "-", "-");
    std::printf("\n%-44s | %13s | %13s | %s\n", "figure", "ours", "baseline", "ratio");
    row("request to first samples, p50", percentile(ours_first, 0.5), percentile(base_first, 0.5), "ms");
    row("request to first samples, p95", percentile(ours_first, 0.95), percentile(base_first, 0.95), "ms");
    row("whole section synthesised, p50", percentile(ours_total, 0.5), percentile(base_total, 0.5), "ms");
    row("whole section synthesised, p95", percentile(ours_total, 0.95), percentile(base_total, 0.95), "ms");
    row("synthesis time / speech length, p50", percentile(ours_rt, 0.5), percentile(base_rt, 0.5), "x");
    row("synthesis time / speech length, p95", percentile(ours_rt, 0.95), percentile(base_rt, 0.95), "x");
    if (first_heard >= 0) {
        std::printf("%-44s | %10.1f ms | %13s | %s\n", "SpeechPlayer: first request (device opens)", first_heard,
                    "-", "-");
        std::printf("%-44s | %10.1f ms | %13s | %s\n", "SpeechPlayer: request to device, p50", percentile(heard, 0.5),
                    "-", "-");
        std::printf("%-44s | %10.1f ms | %13s | %s\n", "SpeechPlayer: request to device, p95", percentile(heard, 0.95),
                    "-", "-");
        std::printf("(SpeechPlayer: SDL audio driver %s; the device's own buffer, ~21 ms at 48 kHz, comes after)\n",
                    device.c_str());
    } else {
        std::printf("%-44s | not measured: no audio device (SDL driver %s)\n", "SpeechPlayer: request to device",
                    device.c_str());
    }
    const double first95 = percentile(ours_first, 0.95), rt95 = percentile(ours_rt, 0.95);
    std::printf("targets: first samples <= 300 ms at p95: %s (%.1f ms); synthesis <= 0.1 of speech length at p95: "
                "%s (%.3f)\n",
                first95 <= 300 ? "met" : "NOT met", first95, rt95 <= 0.1 ? "met" : "NOT met", rt95);
    std::printf("(baseline: the espeak-ng program per section, the same pinyin, WAV streamed to a pipe; "
                "ratio = ours / baseline)\n");
    return all_ok && sections > 0 ? kExitOk : kExitDataError;
}

}  // namespace kiosk::tools
