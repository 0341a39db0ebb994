// say_commands.cpp — see say_commands.h. The engine is loaded as the kiosk loads it: terra, the built-in words, then
// the snapshot's 读音 rows.
#include "tools/say_commands.h"

#include <cstdio>
#include <memory>

#include "core/base/exit_codes.h"
#include "core/content/content_store.h"
#include "core/zh/chinese_convert.h"
#include "core/zh/reading.h"
#include "tools/say_audio_commands.h"

namespace kiosk::tools {

namespace {

constexpr const char* kUsage =
    "kioskctl say 文字 --pinyin [--content 内容文件.db] [--dict 词典]\n"
    "       kioskctl say 文字 [-o 声音.wav] [--slow] [--content 内容文件.db] [--dict 词典]\n"
    "       kioskctl say --content 内容文件.db --guide 事项名称 [-o 声音.wav] [--slow]";

int usage(const char* what) {
    std::fprintf(stderr, "kioskctl say: %s\nusage: %s\n", what, kUsage);
    return kExitUsage;
}

}  // namespace

std::unique_ptr<core::ReadingEngine> open_reading_engine(const SayOptions& options,
                                                         std::unique_ptr<core::ChineseConverter>& converter) {
    std::string error;
    converter = core::ChineseConverter::open(&error, core::ChineseConverter::kSimplifiedToStandardTraditional);
    if (!converter) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return nullptr;
    }
    auto engine = core::ReadingEngine::load(options.dict.empty() ? core::kTerraPinyinDict : options.dict,
                                            converter.get(), &error);
    if (!engine) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return nullptr;
    }
    if (options.content.empty()) return engine;
    try {
        const auto store = core::ContentStore::open(options.content);
        for (const auto& [word, syllables] : store->readings()) {
            // Pack checked every row; one that fails now was written by something else and is skipped, said aloud.
            if (!engine->add_word(word, syllables, &error)) {
                std::fprintf(stderr, "%s: %s\n", word.c_str(), error.c_str());
            }
        }
    } catch (const core::ContentError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return nullptr;
    }
    return engine;
}

int say_pinyin(const SayOptions& options) {
    std::unique_ptr<core::ChineseConverter> converter;
    const auto engine = open_reading_engine(options, converter);
    if (!engine) return kExitDataError;
    std::printf("%s\n", core::ReadingEngine::pinyin_line(engine->read(options.text)).c_str());
    return kExitOk;
}

int cmd_say(const std::vector<std::string>& args) {
    SayOptions options;
    bool have_text = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto next_value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
        if (a == "--pinyin") {
            options.pinyin = true;
        } else if (a == "--content") {
            const std::string* v = next_value();
            if (!v) return usage("--content needs a snapshot file");
            options.content = *v;
        } else if (a == "--dict") {
            const std::string* v = next_value();
            if (!v) return usage("--dict needs a dictionary file");
            options.dict = *v;
        } else if (a == "-o" || a == "--output") {
            const std::string* v = next_value();
            if (!v) return usage("-o needs a WAV file name");
            options.output = *v;
        } else if (a == "--slow") {
            options.slow = true;
        } else if (a == "--guide") {
            const std::string* v = next_value();
            if (!v) return usage("--guide needs a guide's name (事项名称)");
            options.guide = *v;
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            return usage(("unknown option " + a).c_str());
        } else if (!have_text) {
            options.text = a;
            have_text = true;
        } else {
            return usage(("unexpected argument " + a).c_str());
        }
    }
    if (have_text == !options.guide.empty()) return usage("say needs the text to read, or --guide NAME");
    if (!options.guide.empty() && options.content.empty()) return usage("--guide needs --content");
    if (options.pinyin) {
        if (!options.guide.empty() || !options.output.empty() || options.slow) {
            return usage("--pinyin prints the pinyin of a text; -o, --slow and --guide are for speech");
        }
        return say_pinyin(options);
    }
    return say_to_wav(options);
}

}  // namespace kiosk::tools
