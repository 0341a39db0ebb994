// update_commands.cpp — see update_commands.h. Thin: parse the line, call core, print the outcome in both languages.
#include "tools/update_commands.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <iostream>

#include "core/updates/audit_log.h"
#include "core/updates/bundle_io.h"
#include "core/updates/content_install.h"
#include "core/base/data_dir.h"
#include "core/operation/staff_pin.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/operation/usage_log.h"
#include "tools/kioskctl_commands.h"

namespace kiosk::tools {

namespace {

int usage_error(const std::string& what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what.c_str(), str::kKioskctlUsage);
    return kExitUsage;
}

struct UpdateArgs {
    std::string bundle;
    std::string data;
    std::string factory;
    std::vector<std::string> pubkeys;
    bool allow_older = false;
};

// Parses the options the update commands share; *error names what is wrong.
bool parse(const std::vector<std::string>& args, UpdateArgs* out, std::string* error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string* v) {
            if (i + 1 >= args.size()) { *error = a + " needs a value"; return false; }
            *v = args[++i];
            return true;
        };
        std::string v;
        if (a == "--pubkey") { if (!value(&v)) return false; out->pubkeys.push_back(v); }
        else if (a == "--data") { if (!value(&out->data)) return false; }
        else if (a == "--factory") { if (!value(&out->factory)) return false; }
        else if (a == "--allow-older") out->allow_older = true;
        else if (!a.empty() && a[0] == '-') { *error = "unknown option " + a; return false; }
        else if (out->bundle.empty()) out->bundle = a;
        else { *error = "unexpected argument " + a; return false; }
    }
    return true;
}

bool load_keys(const UpdateArgs& a, core::TrustedKeys* keys) {
    for (const auto& k : a.pubkeys) {
        std::string error;
        if (!keys->add_from(k, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return false;
        }
    }
    return true;
}

void print_manifest(const core::Manifest& m) {
    std::printf("publisher:       %s\n", m.publisher.c_str());
    std::printf("content_version: %s\n", m.content_version.c_str());
    std::printf("created_at:      %s\n", m.created_at.c_str());
    std::printf("schema_version:  %d (kiosk %s or newer)\n", m.schema_version, m.min_kiosk_version.c_str());
    std::printf("counts:          %d documents, %d guides, %d fees, %d attachments\n", m.documents, m.guides, m.fees,
                m.attachments);
    for (const auto& p : m.parts) std::printf("part:            %s %llu bytes\n", p.name.c_str(),
                                              static_cast<unsigned long long>(p.size));
}

void print_diff(const core::ContentDiff& d) {
    std::printf("changes:         documents +%d -%d ~%d; guides +%d -%d ~%d; fees +%d -%d ~%d\n", d.documents_added,
                d.documents_removed, d.documents_changed, d.guides_added, d.guides_removed, d.guides_changed,
                d.fees_added, d.fees_removed, d.fees_changed);
}

int report(const core::UpdateResult& r) {
    if (r.ok()) {
        std::printf("%s\n%s\n", r.message_zh().c_str(), r.message_en().c_str());
        return kExitOk;
    }
    std::fprintf(stderr, "%s\n%s [%s]\n", r.message_zh().c_str(), r.message_en().c_str(), core::outcome_token(r.outcome));
    return kExitDataError;
}

// The install in DATA/content, with its audit log, ready for an import or a rollback.
struct Install {
    core::ContentInstall content;
    std::unique_ptr<core::AuditLog> audit;
    explicit Install(const UpdateArgs& a) : content(core::content_dir_in(a.data)) {
        std::string error;
        if (!content.recover(&error)) std::fprintf(stderr, "kioskctl: %s\n", error.c_str());
        audit = core::AuditLog::open(core::audit_db_in(a.data), &error);
        if (!audit) std::fprintf(stderr, "kioskctl: audit log off: %s\n", error.c_str());
        content.set_audit_log(audit.get());
        if (!a.factory.empty()) content.set_factory_snapshot(a.factory);
    }
};

// Counts an import or rollback that took effect in DATA/usage.db, as the staff screen does (core/operation/usage_log.h), so
// the figures say how often content changed however it was done. A usage file that cannot be opened only says so.
void count_update(const UpdateArgs& a, const core::UpdateResult& r) {
    if (!r.ok()) return;
    std::string error;
    const auto usage = core::UsageLog::open(core::usage_db_in(a.data), &error);
    if (!usage) {
        std::fprintf(stderr, "kioskctl: usage counts off: %s\n", error.c_str());
        return;
    }
    usage->record_update(r, core::local_iso_date(static_cast<long long>(std::time(nullptr))));
}

}  // namespace

int write_bundle_command(const std::string& snapshot, const std::string& key_file, const std::string& output) {
    std::string error;
    const auto key = core::read_secret_key(key_file, &error);
    if (!key) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    core::Manifest m;
    if (!core::write_bundle(snapshot, *key, output, &error, &m)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::printf("bundle:          %s\n", output.c_str());
    print_manifest(m);
    return kExitOk;
}

int cmd_verify(const std::vector<std::string>& args) {
    UpdateArgs a;
    std::string error;
    if (!parse(args, &a, &error)) return usage_error(error);
    if (a.bundle.empty() || a.pubkeys.empty()) return usage_error("verify needs a bundle and --pubkey");
    core::TrustedKeys keys;
    if (!load_keys(a, &keys)) return kExitDataError;
    const core::UpdateResult r = core::verify_bundle(a.bundle, keys);
    if (r.have_manifest) print_manifest(r.manifest);
    if (r.ok()) {
        std::printf("%s / %s\n", str::kVerifyOk.zh, str::kVerifyOk.en);
        return kExitOk;
    }
    return report(r);
}

int cmd_import(const std::vector<std::string>& args) {
    UpdateArgs a;
    std::string error;
    if (!parse(args, &a, &error)) return usage_error(error);
    if (a.bundle.empty() || a.data.empty() || a.pubkeys.empty()) {
        return usage_error("import needs a bundle, --data and --pubkey");
    }
    core::TrustedKeys keys;
    if (!load_keys(a, &keys)) return kExitDataError;
    Install install(a);
    core::ImportOptions options;
    options.allow_older = a.allow_older;
    int last_percent = -1;
    const bool tty = ::isatty(STDERR_FILENO);
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        const int percent = total ? static_cast<int>(done * 100 / total) : 100;
        if (tty && percent != last_percent) std::fprintf(stderr, "\r%3d%%", percent);
        last_percent = percent;
    };
    const core::UpdateResult r = install.content.import(a.bundle, keys, options);
    if (tty) std::fprintf(stderr, "\r");
    if (r.have_manifest) print_manifest(r.manifest);
    if (r.ok()) print_diff(r.diff);
    count_update(a, r);
    return report(r);
}

int cmd_rollback(const std::vector<std::string>& args) {
    UpdateArgs a;
    std::string error;
    if (!parse(args, &a, &error)) return usage_error(error);
    if (a.data.empty() || !a.bundle.empty()) return usage_error("rollback needs --data and nothing else");
    Install install(a);
    const core::UpdateResult r = install.content.rollback({});
    if (r.ok()) std::printf("content_version: %s\n", r.manifest.content_version.c_str());
    count_update(a, r);
    return report(r);
}

int cmd_status(const std::vector<std::string>& args) {
    UpdateArgs a;
    std::string error;
    if (!parse(args, &a, &error)) return usage_error(error);
    if (a.data.empty()) return usage_error("status needs --data");
    Install install(a);
    auto show = [](const char* label, const std::optional<core::SnapshotInfo>& info) {
        if (info) std::printf("%s %s (%s, %s)\n", label, info->content_version.c_str(), info->publisher.c_str(),
                              info->built_at.c_str());
        else std::printf("%s -\n", label);
    };
    show("current: ", install.content.current_info());
    show("previous:", install.content.previous_info());
    if (install.audit) {
        std::printf("recent attempts (newest first):\n");
        for (const auto& e : install.audit->recent(20)) {
            std::printf("  %s  %-8s %-20s %s  %s  %s\n", e.at.c_str(), e.action.c_str(), e.outcome.c_str(),
                        e.version.c_str(), e.source.c_str(), e.detail.c_str());
        }
    }
    return kExitOk;
}

std::string read_pin_from_stdin() {
    // Not echoed when typed at a terminal; a script may pipe it in.
    termios old{};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        std::fprintf(stderr, "%s / %s: ", str::kPinPrompt.zh, str::kPinPrompt.en);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string pin;
    std::getline(std::cin, pin);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    while (!pin.empty() && (pin.back() == '\r' || pin.back() == ' ')) pin.pop_back();
    return pin;
}

int cmd_set_pin(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage_error("set-pin needs the PIN file (the PIN is read from standard input)");
    const std::string pin = read_pin_from_stdin();
    std::string error;
    if (!core::set_staff_pin(args[0], pin, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::printf("%s\n", args[0].c_str());
    return kExitOk;
}

}  // namespace kiosk::tools
