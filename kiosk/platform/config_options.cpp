// config_options.cpp — see config_options.h.
#include "platform/config_options.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

namespace kiosk::platform {

std::string config_file_for(int argc, char** argv) {
    std::string explicit_file;
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-config") == 0) return "";
        if (std::strcmp(argv[i], "--headless") == 0) headless = true;
        if (std::strcmp(argv[i], "--config") == 0 && i + 1 < argc) explicit_file = argv[++i];
    }
    if (!explicit_file.empty()) return explicit_file;
    std::error_code ec;
    if (!headless && std::filesystem::exists(core::kDefaultConfigPath, ec)) return core::kDefaultConfigPath;
    return "";
}

void apply_config_file(const std::string& path, int argc, char** argv, RunOptions& opt) {
    static constexpr std::pair<const char*, const char*> kReplacedBy[] = {
        {"--content", "content"}, {"--fonts", "fonts"}, {"--office-key", "office_key"}, {"--trusted-keys", "trusted_keys"}};
    std::vector<std::string> replaced;
    for (int i = 1; i < argc; ++i)
        for (const auto& [flag, key] : kReplacedBy)
            if (std::strcmp(argv[i], flag) == 0) replaced.push_back(key);
    apply_config(core::load_kiosk_config(path, replaced), opt);
}

void apply_config(const core::ConfigResult& r, RunOptions& opt) {
    const core::KioskConfig& c = r.config;
    opt.kiosk_id = c.kiosk_id;
    opt.office_name = c.office;
    opt.orientation = c.orientation;
    opt.rotate = c.rotate;
    opt.content_path = c.content;
    opt.data_dir = c.data_dir;
    opt.fonts_file = c.fonts;
    opt.timeouts.idle_reset_ms = c.idle_reset_seconds * 1000.0;
    opt.timeouts.form_warning_ms = c.form_warning_seconds * 1000.0;
    opt.timeouts.staff_idle_ms = c.staff_idle_seconds * 1000.0;
    opt.timeouts.long_page_idle_ms = c.long_page_idle_seconds * 1000.0;
    if (!c.watch.empty()) opt.watch_roots = c.watch;
    if (!c.trusted_keys.empty()) opt.trusted_keys = c.trusted_keys;
    opt.printer = c.printer;
    opt.speech = c.speech;
    opt.speech_volume = c.speech_volume;
    opt.office_key = c.office_key;
    opt.staff_pin_hash = c.staff_pin_hash;

    std::fprintf(stderr, "kiosk: config %s: %zu problem(s)\n", r.path.c_str(), r.problems.size());
    opt.config_notes.clear();
    for (const core::ConfigProblem& p : r.problems) {
        const bool error = p.severity == core::ConfigSeverity::Error;
        std::fprintf(stderr, "kiosk: config %s %s / %s\n", error ? "error" : "warning", p.to_zh().c_str(),
                     p.to_en().c_str());
        opt.config_notes.push_back("kiosk.conf " + p.to_zh());
    }
}

}  // namespace kiosk::platform
