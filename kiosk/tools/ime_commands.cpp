// ime_commands.cpp — see ime_commands.h.
//
// bench ime runs every measurement in a child process of its own (fork, no exec): Rime is process-global, and a
// child's peak RSS (wait4's rusage) is the figure of that step alone. Figures are printed as ratios to the baseline
// measured in the same run: stock luna-pinyin (Debian's prebuilt table, no content dictionary).
#include "tools/ime_commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/content/content_store.h"
#include "core/content/content_terms.h"
#include "core/base/strings_zh.h"
#include "input/pinyin_engine.h"
#include "tools/kioskctl_commands.h"

namespace kiosk::tools {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int usage(const char* what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what, str::kKioskctlUsage);
    return kExitUsage;
}

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

bool load_terms(const std::string& snapshot, std::vector<std::string>* terms, std::string* label = nullptr) {
    try {
        const auto store = core::ContentStore::open(snapshot);
        *terms = core::content_terms(*store);
        if (label) *label = store->info().content_version;
        return true;
    } catch (const core::ContentError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return false;
    }
}

std::string self_dir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    const std::string exe = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
    return exe.substr(0, exe.rfind('/') + 1);
}

}  // namespace

int cmd_ime_deploy(const std::vector<std::string>& args) {
    std::string content, data, shared = input::kRimeSharedDataDir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has = i + 1 < args.size();
        if (args[i] == "--content" && has) content = args[++i];
        else if (args[i] == "--data" && has) data = args[++i];
        else if (args[i] == "--shared" && has) shared = args[++i];
        else return usage(("ime-deploy: unexpected argument " + args[i]).c_str());
    }
    if (content.empty() || data.empty()) return usage("ime-deploy needs --content SNAPSHOT.db and --data DIR");
    std::vector<std::string> terms;
    std::string label;  // the snapshot's content_version: the kiosk compares it with the snapshot it shows
    if (!load_terms(content, &terms, &label)) return kExitDataError;
    const auto t0 = Clock::now();
    std::string error;
    const std::string dir = input::pinyin_user_dir(data);
    if (!input::deploy_pinyin(shared, dir, terms, &error, label)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::printf("%s: %zu terms from %s (content version %s), deployed in %.1f s\n", dir.c_str(),
                input::clean_terms(terms).size(), content.c_str(), label.c_str(), ms_since(t0) / 1000);
    return kExitOk;
}

int cmd_ime_type(const std::vector<std::string>& args) {
    std::string data, letters, shared = input::kRimeSharedDataDir;
    const char* schema = input::kKioskSchema;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has = i + 1 < args.size();
        if (args[i] == "--data" && has) data = args[++i];
        else if (args[i] == "--shared" && has) shared = args[++i];
        else if (args[i] == "--stock") schema = input::kStockSchema;
        else if (!args[i].empty() && args[i][0] != '-' && letters.empty()) letters = args[i];
        else return usage(("ime-type: unexpected argument " + args[i]).c_str());
    }
    if (data.empty() || letters.empty()) return usage("ime-type needs --data DIR and LETTERS");
    std::string error;
    const auto engine = input::PinyinEngine::open(shared, input::pinyin_user_dir(data), &error, schema);
    if (!engine) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::string committed;
    for (const char c : letters) {
        if (c >= '1' && c <= '0' + input::kImePageSize) committed += engine->pick(c - '1');
        else if (c == '>') engine->next_page();
        else if (c == '<') engine->prev_page();
        else engine->type(c);
    }
    const input::ImeState s = engine->state();
    if (!committed.empty()) std::printf("committed: %s\n", committed.c_str());
    std::printf("preedit: %s\npage %d%s%s:", s.preedit.c_str(), s.page + 1, s.more_before ? " <" : "",
                s.more_after ? " >" : "");
    for (std::size_t i = 0; i < s.candidates.size(); ++i) std::printf(" %zu.%s", i + 1, s.candidates[i].c_str());
    std::printf("\n");
    return kExitOk;
}

// ---- bench ime ------------------------------------------------------------------------------------------------------

namespace {

// The fixed inputs typed a letter at a time: the content's words, common words, a rare name character.
const char* const kBenchInputs[] = {
    "zhengfuxinxi", "yishenqinggongkai", "zuidishenghuobaozhang", "shiqiaozhen", "anlanxian", "hunyindengji",
    "liuyan",       "dibao",             "zhengfuxinxigongkaizhinan", "shouqubiaozhun", "mazhen", "xingzhengfuyi",
};

// Runs `work` in a child; it writes up to 64 doubles back. Returns false if the child failed.
struct ChildResult {
    std::vector<double> values;
    double peak_rss_mb = 0;
};
template <typename F>
bool in_child(F work, ChildResult* out) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        close(fds[0]);
        std::vector<double> v;
        const bool ok = work(&v);
        if (ok) {
            const std::size_t bytes = v.size() * sizeof(double);
            if (write(fds[1], v.data(), bytes) != static_cast<ssize_t>(bytes)) _exit(3);
        }
        close(fds[1]);
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    std::vector<double> buf;
    double d[64];
    for (;;) {
        const ssize_t n = read(fds[0], d, sizeof d);
        if (n <= 0) break;
        buf.insert(buf.end(), d, d + n / static_cast<ssize_t>(sizeof(double)));
    }
    close(fds[0]);
    int status = 0;
    struct rusage ru {};
    if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return false;
    out->values = std::move(buf);
    out->peak_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
    return true;
}

double dir_mb(const std::string& dir) {
    std::error_code ec;
    std::uintmax_t total = 0;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    return static_cast<double>(total) / (1024.0 * 1024.0);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(k, v.size() - 1)];
}

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

struct Row {
    std::string name;
    double ours, baseline;
    const char* unit;
    std::string note;
};

}  // namespace

int cmd_bench_ime(const std::vector<std::string>& args) {
    std::string content, work, shared = input::kRimeSharedDataDir;
    int starts = 5;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has = i + 1 < args.size();
        if (args[i] == "--content" && has) content = args[++i];
        else if (args[i] == "--work" && has) work = args[++i];
        else if (args[i] == "--shared" && has) shared = args[++i];
        else if (args[i] == "--quick") starts = 2;
        else return usage(("bench ime: unexpected argument " + args[i]).c_str());
    }
    if (content.empty()) content = self_dir() + "demo.db";
    const bool own_work = work.empty();  // a folder of our own is removed at the end; a given one is kept
    if (own_work) work = (fs::temp_directory_path() / ("kiosk-bench-ime-" + std::to_string(getpid()))).string();
    std::vector<std::string> terms;
    if (!load_terms(content, &terms)) return kExitDataError;
    const std::string ours_dir = work + "/ours", stock_dir = work + "/stock";
    std::error_code ec;
    fs::remove_all(ours_dir, ec);
    fs::remove_all(stock_dir, ec);
    fs::create_directories(work, ec);
    std::printf("bench ime: %zu terms from %s; work folder %s\n", input::clean_terms(terms).size(), content.c_str(),
                work.c_str());

    auto deploy_child = [&](bool ours, ChildResult* r) {
        return in_child(
            [&](std::vector<double>* v) {
                std::string error;
                const auto t0 = Clock::now();
                const bool ok = ours ? input::deploy_pinyin(shared, ours_dir, terms, &error)
                                     : input::deploy_pinyin_stock_only(shared, stock_dir, &error);
                if (!ok) std::fprintf(stderr, "%s\n", error.c_str());
                v->push_back(ms_since(t0));
                return ok;
            },
            r);
    };
    ChildResult deploy_ours, deploy_stock;
    if (!deploy_child(false, &deploy_stock) || !deploy_child(true, &deploy_ours)) {
        std::fprintf(stderr, "bench ime: deployment failed\n");
        return kExitDataError;
    }

    // Start: open() in a fresh process, each schema from the same deployed folder (same files, same page cache).
    auto start_child = [&](const char* schema, ChildResult* r) {
        return in_child(
            [&](std::vector<double>* v) {
                std::string error;
                const auto t0 = Clock::now();
                auto engine = input::PinyinEngine::open(shared, ours_dir, &error, schema);
                if (!engine) {
                    std::fprintf(stderr, "%s\n", error.c_str());
                    return false;
                }
                v->push_back(ms_since(t0));
                const auto t1 = Clock::now();
                engine->type('a');
                (void)engine->state();
                v->push_back(ms_since(t1));  // the first keystroke after start (dictionaries are mapped lazily)
                return true;
            },
            r);
    };
    std::vector<double> start_ours, start_stock, first_ours, first_stock;
    double rss_open_ours = 0, rss_open_stock = 0;
    for (int i = 0; i < starts; ++i) {
        ChildResult a, b;
        if (!start_child(input::kKioskSchema, &a) || !start_child(input::kStockSchema, &b)) {
            std::fprintf(stderr, "bench ime: opening the engine failed\n");
            return kExitDataError;
        }
        start_ours.push_back(a.values.at(0));
        first_ours.push_back(a.values.at(1));
        start_stock.push_back(b.values.at(0));
        first_stock.push_back(b.values.at(1));
        rss_open_ours = std::max(rss_open_ours, a.peak_rss_mb);
        rss_open_stock = std::max(rss_open_stock, b.peak_rss_mb);
    }

    // Keystrokes: every input typed a letter at a time, three rounds; type() + state() (what a frame needs).
    auto keys_child = [&](const char* schema, bool learn_rare, ChildResult* r) {
        return in_child(
            [&](std::vector<double>* v) {
                std::string error;
                auto engine = input::PinyinEngine::open(shared, ours_dir, &error, schema);
                if (!engine) return false;
                if (learn_rare) {
                    // A visitor typed 䶮 (page 14 of yan): every later lookup looks further down for it.
                    for (const char c : std::string("yan")) engine->type(c);
                    bool picked = false;
                    for (int page = 0; page < 60 && !picked; ++page, engine->next_page()) {
                        const auto s = engine->state();
                        for (std::size_t i = 0; i < s.candidates.size() && !picked; ++i) {
                            if (s.candidates[i] == "䶮") picked = !engine->pick(static_cast<int>(i)).empty();
                        }
                    }
                    if (!picked) return false;
                }
                for (int round = 0; round < 3; ++round) {
                    for (const char* input : kBenchInputs) {
                        engine->clear();
                        for (const char* p = input; *p; ++p) {
                            const auto t0 = Clock::now();
                            engine->type(*p);
                            (void)engine->state();
                            v->push_back(ms_since(t0));
                        }
                    }
                }
                return true;
            },
            r);
    };
    ChildResult keys_ours, keys_stock, keys_learned;
    if (!keys_child(input::kKioskSchema, false, &keys_ours) || !keys_child(input::kStockSchema, false, &keys_stock) ||
        !keys_child(input::kKioskSchema, true, &keys_learned)) {
        std::fprintf(stderr, "bench ime: typing failed\n");
        return kExitDataError;
    }

    const std::vector<Row> rows = {
        {"first deployment, wall time", deploy_ours.values.at(0), deploy_stock.values.at(0), "ms",
         "at install / snapshot switch only"},
        {"first deployment, peak RSS", deploy_ours.peak_rss_mb, deploy_stock.peak_rss_mb, "MB", "in a child process"},
        {"deployed data on disk (user dir)", dir_mb(ours_dir), dir_mb(stock_dir), "MB",
         "stock reads Debian's prebuilt table"},
        {"start: open() with deployed data (median)", median(start_ours), median(start_stock), "ms", ""},
        {"first keystroke after start (median)", median(first_ours), median(first_stock), "ms", ""},
        {"RSS with the engine open", rss_open_ours, rss_open_stock, "MB", ""},
        {"keystroke: type()+state(), median", median(keys_ours.values), median(keys_stock.values), "ms", ""},
        {"keystroke: type()+state(), p95", percentile(keys_ours.values, 0.95), percentile(keys_stock.values, 0.95),
         "ms", ""},
        {"keystroke: type()+state(), max", percentile(keys_ours.values, 1.0), percentile(keys_stock.values, 1.0), "ms",
         ""},
        {"keystroke p95, 䶮 learned this session", percentile(keys_learned.values, 0.95),
         percentile(keys_stock.values, 0.95), "ms", "looks 300 deep for picks"},
    };
    std::printf("\nbaseline: stock luna-pinyin (schema %s, no content dictionary), measured in this run\n",
                input::kStockSchema);
    std::printf("%-44s | %-12s | %-12s | %-8s | %s\n", "figure", "ours", "baseline", "ratio", "note");
    for (const Row& r : rows) {
        char a[32], b[32];
        std::snprintf(a, sizeof a, "%.2f %s", r.ours, r.unit);
        std::snprintf(b, sizeof b, "%.2f %s", r.baseline, r.unit);
        std::printf("%-44s | %-12s | %-12s | %8.3f | %s\n", r.name.c_str(), a, b,
                    r.baseline > 0 ? r.ours / r.baseline : 0.0, r.note.c_str());
    }
    std::printf("(%zu keystrokes per schema, %d starts each)\n", keys_ours.values.size(), starts);
    if (own_work) fs::remove_all(work, ec);
    return kExitOk;
}

}  // namespace kiosk::tools
