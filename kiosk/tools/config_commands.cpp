// config_commands.cpp — see config_commands.h.
#include "tools/config_commands.h"


#include <cstdio>
#include <filesystem>
#include <iostream>

#include "core/operation/kiosk_config.h"
#include "core/operation/self_check.h"
#include "core/operation/staff_pin.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "platform/usb_watch.h"
#include "tools/kioskctl_commands.h"
#include "tools/update_commands.h"

namespace kiosk::tools {

namespace {

int usage_error(const char* what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what, str::kKioskctlUsage);
    return kExitUsage;
}

const str::Bilingual& severity_words(bool error) { return error ? str::kSeverityError : str::kSeverityWarning; }

void print_problems(const core::ConfigResult& r) {
    for (const core::ConfigProblem& p : r.problems) {
        const str::Bilingual& s = severity_words(p.severity == core::ConfigSeverity::Error);
        std::printf("  %s %s\n  %s %s\n", s.zh, p.to_zh().c_str(), s.en, p.to_en().c_str());
    }
}

void print_value(const core::ConfigResult& r, const char* key, const std::string& value) {
    const bool from_file = r.set_in_file(key);
    std::printf("  %-21s = %s%s\n", key, value.c_str(),
                from_file ? "" : (std::string("   ") + str::kCfgCheckDefaultMark.zh + str::kCfgCheckDefaultMark.en).c_str());
}

void print_values(const core::ConfigResult& r) {
    const core::KioskConfig& c = r.config;
    std::printf("%s / %s\n", str::kCfgCheckValues.zh, str::kCfgCheckValues.en);
    print_value(r, "kiosk_id", c.kiosk_id);
    print_value(r, "office", c.office);
    print_value(r, "orientation", core::orientation_name(c.orientation));
    print_value(r, "rotate", core::turn_name(c.rotate));
    print_value(r, "content", c.content);
    print_value(r, "data_dir", c.data_dir);
    print_value(r, "fonts", c.fonts);
    print_value(r, "idle_reset_seconds", std::to_string(c.idle_reset_seconds));
    print_value(r, "form_warning_seconds", std::to_string(c.form_warning_seconds));
    print_value(r, "staff_idle_seconds", std::to_string(c.staff_idle_seconds));
    print_value(r, "long_page_idle_seconds", std::to_string(c.long_page_idle_seconds));
    for (const std::string& w : c.watch.empty() ? platform::default_usb_roots() : c.watch) print_value(r, "watch", w);
    for (const std::string& k : c.trusted_keys.empty() ? std::vector<std::string>{core::kDefaultTrustedKeysPath}
                                                       : c.trusted_keys)
        print_value(r, "trusted_keys", k);
    print_value(r, "office_key", c.office_key);
    print_value(r, "printer", c.printer);
    // Only whether a hash is set: the hash is not secret, but there is nothing to read in it.
    print_value(r, "staff_pin_hash", c.staff_pin_hash.empty() ? "" : "$argon2id$…");
}

// Prints the problems and the summary; true when there is no error.
bool report_config(const core::ConfigResult& r) {
    std::printf("%s / %s\n", core::format_text(str::kCfgCheckFile.zh, r.path.c_str()).c_str(),
                core::format_text(str::kCfgCheckFile.en, r.path.c_str()).c_str());
    int errors = 0, warnings = 0;
    for (const auto& p : r.problems) (p.severity == core::ConfigSeverity::Error ? errors : warnings)++;
    print_problems(r);
    if (r.problems.empty()) std::printf("%s / %s\n", str::kCfgCheckNoProblems.zh, str::kCfgCheckNoProblems.en);
    else std::printf("%s / %s\n", core::format_text(str::kCfgCheckSummary.zh, errors, warnings).c_str(),
                     core::format_text(str::kCfgCheckSummary.en, errors, warnings).c_str());
    return errors == 0;
}


}  // namespace

int cmd_config(const std::vector<std::string>& args) {
    if (args.empty() || args[0] != "check") return usage_error("config needs a subcommand: config check [FILE]");
    if (args.size() > 2) return usage_error("config check takes at most one file");
    const std::string path = args.size() == 2 ? args[1] : core::kDefaultConfigPath;
    const core::ConfigResult r = core::load_kiosk_config(path);
    const bool ok = report_config(r);
    std::printf("\n");
    print_values(r);
    return ok ? kExitOk : kExitDataError;
}

int cmd_self_check(const std::vector<std::string>& args) {
    std::string config_path, data, content, fonts;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const std::string* v = i + 1 < args.size() ? &args[i + 1] : nullptr;
        std::string* target = a == "--config" ? &config_path : a == "--data" ? &data : a == "--content" ? &content
                            : a == "--fonts" ? &fonts : nullptr;
        if (!target) return usage_error(("self-check: unknown argument " + a).c_str());
        if (!v) return usage_error(("self-check: " + a + " needs a value").c_str());
        *target = *v;
        ++i;
    }
    // As the kiosk does: the default config file when it exists, else the package's defaults.
    std::error_code ec;
    if (config_path.empty() && std::filesystem::exists(core::kDefaultConfigPath, ec)) config_path = core::kDefaultConfigPath;
    // The config's problems are shown for context (the kiosk logs both); the exit code is the self-check's, since
    // the options given here may override what the config got wrong.
    core::ConfigResult config;
    if (!config_path.empty()) {
        config = core::load_kiosk_config(config_path);
        report_config(config);
        std::printf("\n");
    }
    core::SelfCheckInputs in{fonts.empty() ? config.config.fonts : fonts,
                             content.empty() ? config.config.content : content,
                             data.empty() ? config.config.data_dir : data};
    const core::SelfCheckReport report = core::run_self_check(in);
    for (const core::CheckFinding& f : report.findings) {
        const str::Bilingual& s = f.severity == core::CheckSeverity::Error     ? str::kSeverityError
                                  : f.severity == core::CheckSeverity::Warning ? str::kSeverityWarning
                                                                               : str::kSeverityOk;
        std::printf("  %s %s\n  %s %s\n", s.zh, f.zh.c_str(), s.en, f.en.c_str());
    }
    return report.has_errors() ? kExitDataError : kExitOk;
}

int cmd_pin_hash(const std::vector<std::string>& args) {
    if (!args.empty()) return usage_error("pin-hash takes no arguments (the PIN is read from standard input)");
    const std::string pin = read_pin_from_stdin();
    std::string error;
    const std::string hash = core::hash_staff_pin(pin, &error);
    if (hash.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::printf("staff_pin_hash = %s\n", hash.c_str());
    std::fprintf(stderr, "%s\n%s\n", str::kPinHashHint.zh, str::kPinHashHint.en);
    return kExitOk;
}

}  // namespace kiosk::tools
