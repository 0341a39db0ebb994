// kioskctl_commands.cpp — see kioskctl_commands.h.
#include "tools/kioskctl_commands.h"

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "core/base/utf8.h"
#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "harness/bench_text.h"
#include "harness/bench_update.h"
#include "harness/bench_handwriting.h"
#include "harness/bench_idle.h"
#include "harness/bench_say.h"
#include "harness/bench_soak.h"
#include "tools/say_commands.h"
#include "tools/search_commands.h"
#include "tools/ime_commands.h"
#include "core/updates/signing.h"
#include "harness/gen_corpus.h"
#include "tools/update_commands.h"
#include "tools/application_commands.h"
#include "tools/config_commands.h"
#include "tools/stats_commands.h"

#include <unistd.h>

namespace kiosk::tools {

namespace {

int usage_error(const char* what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what, str::kKioskctlUsage);
    return kExitUsage;
}

int cmd_pack(const std::vector<std::string>& args) {
    core::PackOptions options;
    std::string key_file;  // with --key the output is a signed bundle, not a bare snapshot
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto next_value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
        if (a == "-o" || a == "--output") {
            const std::string* v = next_value();
            if (!v) return usage_error("-o needs a file name");
            options.output_path = *v;
        } else if (a == "--content-version") {
            const std::string* v = next_value();
            if (!v) return usage_error("--content-version needs a value");
            options.content_version = *v;
        } else if (a == "--revision") {
            const std::string* v = next_value();
            if (!v || v->empty() || v->find_first_not_of("0123456789") != std::string::npos || v->size() > 6)
                return usage_error("--revision needs a number, e.g. --revision 2");
            options.revision = std::stoi(*v);
        } else if (a == "--publisher") {
            const std::string* v = next_value();
            if (!v) return usage_error("--publisher needs a value");
            options.publisher = *v;
        } else if (a == "--key") {
            const std::string* v = next_value();
            if (!v) return usage_error("--key needs the secret key file");
            key_file = *v;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error(("unknown option " + a).c_str());
        } else if (options.content_dir.empty()) {
            options.content_dir = a;
        } else {
            return usage_error(("unexpected argument " + a).c_str());
        }
    }
    if (options.content_dir.empty()) return usage_error("pack needs a content folder");
    if (options.output_path.empty()) return usage_error("pack needs -o OUT.db");
    const std::string output = options.output_path;
    if (!key_file.empty()) {
        // A bundle is made from a snapshot packed beside it, which is removed afterwards. Without --content-version
        // or --revision its version has the minute it was packed in, so two bundles packed on one day still increase
        // (a fixed typo in a body changes no date, and an equal version would be refused as not newer).
        options.output_path = output + ".snapshot-" + std::to_string(::getpid());
        if (options.content_version.empty() && options.revision == 0)
            options.content_version = core::format_now("%Y.%m.%d.%H%M", true);
    }

    const core::PackResult r = core::pack_content(options);
    if (!r.ok) {
        for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        if (r.errors_truncated) std::fprintf(stderr, "%s / %s\n", str::kPackTruncated.zh, str::kPackTruncated.en);
        const int n = static_cast<int>(r.errors.size());
        std::fprintf(stderr, "%s / %s\n", core::format_text(str::kPackFailed.zh, n).c_str(),
                     core::format_text(str::kPackFailed.en, n).c_str());
        return kExitDataError;
    }
    std::printf("%s: %d documents, %d attachments, %d guides, %d fees, %d announcements, %d calendar days, "
                "%d synonym groups (%d rows of synonyms.csv), %d readings (读音), %d recordings (录音)\n",
                output.c_str(), r.documents, r.attachments, r.guides, r.fees, r.announcements, r.calendar_days,
                r.synonym_groups, r.synonym_rows, r.readings, r.recordings);
    if (key_file.empty()) return kExitOk;
    const int rc = write_bundle_command(options.output_path, key_file, output);
    ::unlink(options.output_path.c_str());
    return rc;
}

int cmd_info(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage_error("info needs exactly one snapshot file");
    try {
        const auto store = core::ContentStore::open(args[0]);
        const core::SnapshotInfo info = store->info();
        const core::Office office = store->office();
        std::printf("schema_version:  %d\n", info.schema_version);
        std::printf("content_version: %s\n", info.content_version.c_str());
        std::printf("built_at:        %s\n", info.built_at.c_str());
        std::printf("publisher:       %s\n", info.publisher.c_str());
        std::printf("office:          %s\n", office.name.c_str());
        std::printf("charset:         %zu code points\n", core::code_point_count(store->charset()));

        const int documents = store->count_documents({});
        int attachments = 0;
        for (const auto& d : store->list_documents({}, 0, documents)) {
            if (const auto doc = store->document(d.id)) attachments += static_cast<int>(doc->attachments.size());
        }
        std::printf("documents:       %d (%d attachments)\n", documents, attachments);
        std::printf("categories:     ");
        for (const auto& c : store->categories()) std::printf(" %s %d;", c.name.c_str(), c.count);
        std::printf("\nyears:          ");
        for (const auto& y : store->years()) std::printf(" %s %d;", y.name.c_str(), y.count);
        std::printf("\nguides:          %zu\n", store->guides().size());
        std::printf("fees:            %zu\n", store->fees().size());
        std::printf("announcements:   %zu (all, expired included)\n", store->announcements("").size());
        std::printf("disclosure guide: %zu bytes\n", store->disclosure_guide().size());
        std::printf("calendar:        %zu days, years", store->calendar().size());
        for (const int y : store->calendar_years()) std::printf(" %d", y);
        std::printf("\n");
    } catch (const core::ContentError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return kExitDataError;
    }
    return kExitOk;
}

}  // namespace

int run_kioskctl(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command given");
    const std::string cmd = args.front();
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(str::kKioskctlUsage, stdout);
        return kExitOk;
    }
    if (cmd == "pack") return cmd_pack(args);
    if (cmd == "info") return cmd_info(args);
    if (cmd == "bench" && !args.empty() && args[0] == "search") return cmd_bench_search({args.begin() + 1, args.end()});
    if (cmd == "bench" && !args.empty() && args[0] == "update") return cmd_bench_update({args.begin() + 1, args.end()});
    if (cmd == "bench" && !args.empty() && args[0] == "ime") return cmd_bench_ime({args.begin() + 1, args.end()});
    if (cmd == "bench" && !args.empty() && args[0] == "soak") return cmd_bench_soak({args.begin() + 1, args.end()});
    if (cmd == "bench" && !args.empty() && args[0] == "say") return cmd_bench_say({args.begin() + 1, args.end()});
    if (cmd == "bench" && !args.empty() && args[0] == "idle") return cmd_bench_idle({args.begin() + 1, args.end()});
    if (cmd == "ime-deploy") return cmd_ime_deploy(args);
    if (cmd == "ime-type") return cmd_ime_type(args);
    if (cmd == "bench" && !args.empty() && args[0] == "handwriting") return cmd_bench_handwriting({args.begin() + 1, args.end()});
    if (cmd == "bench") return cmd_bench_text(args);
    if (cmd == "search") return cmd_search(args);
    if (cmd == "say") return cmd_say(args);
    if (cmd == "keygen" && !args.empty() && args[0] == "--office") return cmd_keygen_office({args.begin() + 1, args.end()});
    if (cmd == "export-applications") return cmd_export_applications(args);
    if (cmd == "open-applications") return cmd_open_applications(args);
    if (cmd == "application-stats") return cmd_application_stats(args);
    if (cmd == "stats") return cmd_stats(args);
    if (cmd == "keygen") {
        if (args.size() != 2) return usage_error("keygen needs the secret key file and the public key file");
        std::string error;
        if (!core::generate_key_files(args[0], args[1], &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return kExitDataError;
        }
        std::printf("%s\n%s\n", args[0].c_str(), args[1].c_str());
        return kExitOk;
    }
    if (cmd == "searches") return cmd_searches(args);
    if (cmd == "verify") return cmd_verify(args);
    if (cmd == "import") return cmd_import(args);
    if (cmd == "rollback") return cmd_rollback(args);
    if (cmd == "status") return cmd_status(args);
    if (cmd == "set-pin") return cmd_set_pin(args);
    if (cmd == "pin-hash") return cmd_pin_hash(args);
    if (cmd == "config") return cmd_config(args);
    if (cmd == "self-check") return cmd_self_check(args);
    if (cmd == "gen-corpus") return cmd_gen_corpus(args);
    if (cmd == kBenchTextChildCommand) return cmd_bench_text_child(args);
    return usage_error(("unknown command " + cmd).c_str());
}

}  // namespace kiosk::tools
