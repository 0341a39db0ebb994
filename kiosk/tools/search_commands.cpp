// search_commands.cpp — kioskctl search, kioskctl searches and kioskctl bench search: the kiosk's search from a
// shell (the same SearchEngine the kiosk runs), the counts staff read, and the search benchmark.
#include "tools/search_commands.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/content/content_store.h"
#include "core/pack/pack.h"
#include "core/search/search.h"
#include "core/operation/usage_log.h"
#include "harness/gen_corpus.h"
#include "tools/kioskctl_commands.h"

namespace kiosk::tools {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}

// The fixed mixed query set of the benchmark: one to six Chinese characters, pinyin, initials, 文号 in several
// spellings, traditional characters, and a query that finds nothing.
struct BenchQuery {
    const char* text;
    bool chinese;  // the LIKE baseline can run it (it knows nothing of pinyin, folding or 文号 spellings)
};
constexpr BenchQuery kQueries[] = {
    {"婚", true},         {"保", true},           {"津", true},           {"救", true},
    {"低保", true},       {"救助", true},         {"养老", true},         {"殡葬", true},
    {"依申请", true},     {"高龄津贴", true},     {"临时救助", true},     {"特困人员", true},
    {"最低生活保障", true}, {"婚姻登记处", true}, {"政府信息公开", true}, {"冬春生活救助", true},
    {"dibao", false},     {"hunyindengji", false}, {"gaolingjintie", false}, {"linshijiuzhu", false},
    {"db", false},        {"hydj", false},        {"gljt", false},        {"ysqgk", false},
    {"安民发〔2021〕25号", true}, {"安民发[2021]25号", false}, {"安民发2021 25", false}, {"2019 12", false},
    {"政務公開", false},  {"婚姻登記", false},    {"低保 2024", false},   {"量子计算机", true},
    {"2025年低保", true}, {"2025低保", false},    {"安澜民政", false},    {"二〇二四", true},
    {"dibo", false},      {"hunyindenji", false}, {"amz 2013 4", false},  {"2019 08", false},
};

int usage(const char* line) {
    std::fprintf(stderr, "usage: %s\n", line);
    return kExitUsage;
}

long long text_bytes(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    long long n = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(doc_no AS BLOB)) + "
                           "length(CAST(issuer AS BLOB)) + length(CAST(keywords AS BLOB)) + "
                           "length(CAST(category AS BLOB)) + length(CAST(summary AS BLOB)) + "
                           "length(CAST(body AS BLOB))) FROM documents",
                           -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

// Bytes of the search index's own tables (dbstat when SQLite has it, else pages by table from the b-tree walk).
long long index_bytes(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    long long n = -1;
    if (sqlite3_prepare_v2(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'", -1, &st, nullptr) ==
            SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

}  // namespace

int cmd_search(const std::vector<std::string>& args) {
    if (args.size() < 2) return usage("kioskctl search SNAPSHOT.db QUERY [--limit N] [--json]");
    int limit = 20;
    bool json = false;
    for (size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--limit" && i + 1 < args.size()) limit = std::atoi(args[++i].c_str());
        else if (args[i] == "--json") json = true;
        else return usage("kioskctl search SNAPSHOT.db QUERY [--limit N] [--json]");
    }
    try {
        // The kiosk's own engine and order: guides, then fee items (with the amount their cards show), then
        // documents — one numbered line each, as a visitor sees them from the top of the results.
        auto engine = core::SearchEngine::open(args[0]);
        const auto store = core::ContentStore::open(args[0]);
        core::SearchRequest request;
        request.query = args[1];
        request.limit = std::max(1, limit);
        const auto t0 = Clock::now();
        const core::SearchResult r = engine->search(request);
        const double ms = ms_since(t0);
        const auto fees = store->fees();
        auto fee_label = [&](std::int64_t id) {
            for (const auto& f : fees)
                if (f.id == id) return core::fee_standard_label(f);
            return std::string();
        };
        struct Line { const char* kind; std::string id, title, detail; int tier; };
        std::vector<Line> lines;
        for (const auto& g : r.guides) lines.push_back({"guide", g.name, g.name, g.detail, 0});
        for (const auto& f : r.fees) lines.push_back({"fee", f.name, f.name, fee_label(f.id), 0});
        for (const auto& h : r.hits) {
            std::string detail = h.doc.doc_no;
            detail += std::string(detail.empty() ? "" : "  ") + h.doc.published_date + "  " +
                      (h.doc.validity == core::Validity::Valid     ? str::kValid
                       : h.doc.validity == core::Validity::Expired ? str::kExpired
                                                                    : str::kRepealed);
            lines.push_back({"document", h.index_no, h.doc.title, detail, h.tier});
        }
        if (json) {
            std::printf("{\"query\": %s, \"total\": %d, \"total_capped\": %s, \"did_you_mean\": %s, \"partial\": %s, "
                        "\"results\": [",
                        core::json_quoted(args[1]).c_str(), r.total, r.total_capped ? "true" : "false",
                        core::json_quoted(r.did_you_mean).c_str(), r.partial ? "true" : "false");
            for (size_t i = 0; i < lines.size(); ++i) {
                const Line& l = lines[i];
                std::printf("%s\n  {\"rank\": %zu, \"kind\": \"%s\", \"id\": %s, \"title\": %s, \"detail\": %s, \"tier\": %d}",
                            i ? "," : "", i + 1, l.kind, core::json_quoted(l.id).c_str(), core::json_quoted(l.title).c_str(),
                            core::json_quoted(l.detail).c_str(), l.tier);
            }
            std::printf("\n]}\n");
            return kExitOk;
        }
        if (!r.did_you_mean.empty()) std::printf("您是不是要找「%s」 / did you mean\n", r.did_you_mean.c_str());
        if (r.partial) std::printf("没有文件含有全部词语，下面的含有其中大部分 / no document holds every part\n");
        std::printf("%s%d 份文件 / documents, %zu 办事指南 / guides, %zu 收费标准 / fees  (%.1f ms)   %s\n",
                    r.total_capped ? "≥" : "", r.total, r.guides.size(), r.fees.size(), ms,
                    engine->match_expression(args[1]).c_str());
        for (size_t i = 0; i < lines.size(); ++i) {
            const Line& l = lines[i];
            const char* kind = std::string_view(l.kind) == "guide" ? "办事指南" : std::string_view(l.kind) == "fee" ? "收费标准" : "文件";
            if (l.tier) std::printf("%3zu  %s  %s  %s  [%d]  %s\n", i + 1, kind, l.id.c_str(), l.title.c_str(), l.tier, l.detail.c_str());
            else std::printf("%3zu  %s  %s  %s\n", i + 1, kind, l.title.c_str(), l.detail.c_str());
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return kExitDataError;
    }
    return kExitOk;
}

int cmd_searches(const std::vector<std::string>& args) {
    if (args.empty()) return usage("kioskctl searches USAGE.db [--since YYYY-MM-DD] [--nothing-found]");
    std::string since = "0000-00-00";
    bool nothing = false;
    for (size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--since" && i + 1 < args.size()) since = args[++i];
        else if (args[i] == "--nothing-found") nothing = true;
    }
    std::string error;
    auto log = core::UsageLog::open(args[0], &error);
    if (!log) {
        std::fprintf(stderr, "%s: %s\n", args[0].c_str(), error.c_str());
        return kExitDataError;
    }
    std::printf("检索次数\t无结果次数\t检索词 / searches\tnothing found\tquery\n");
    for (const auto& q : log->top_queries(since, 200, nothing))
        std::printf("%d\t%d\t%s\n", q.searches, q.without_results, q.query.c_str());
    return kExitOk;
}

int cmd_bench_search(const std::vector<std::string>& args) {
    int entries = 100000;
    std::string snapshot, work = (std::filesystem::temp_directory_path() / "kiosk-bench-search").string();
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--quick") entries = 3000;
        else if (args[i] == "--entries" && i + 1 < args.size()) entries = std::atoi(args[++i].c_str());
        else if (args[i] == "--snapshot" && i + 1 < args.size()) snapshot = args[++i];
        else if (args[i] == "--work" && i + 1 < args.size()) work = args[++i];
        else return usage("kioskctl bench search [--quick | --entries N | --snapshot BIG.db] [--work DIR]");
    }
    double gen_ms = 0, pack_ms = 0;
    if (snapshot.empty()) {
        // gen-corpus, then pack: the one road from sources to a snapshot, timed.
        std::filesystem::remove_all(work);
        const std::string corpus = work + "/corpus";
        auto t0 = Clock::now();
        if (cmd_gen_corpus({"--entries", std::to_string(entries), "-o", corpus}) != kExitOk) return kExitDataError;
        gen_ms = ms_since(t0);
        snapshot = work + "/big.db";
        core::PackOptions options;
        options.content_dir = corpus;
        options.output_path = snapshot;
        t0 = Clock::now();
        const core::PackResult packed = core::pack_content(options);
        pack_ms = ms_since(t0);
        if (!packed.ok) {
            for (const auto& e : packed.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
            return kExitDataError;
        }
    }

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(snapshot.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", snapshot.c_str());
        return kExitDataError;
    }
    long long documents = 0;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW) documents = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    const long long text = text_bytes(db);
    const long long index = index_bytes(db);

    auto engine = core::SearchEngine::open(snapshot);
    auto counter = core::SearchEngine::open(snapshot);
    // Ours: every query of the set, five times each, after one warm-up pass (the page cache is warm in both). The
    // latency is what the kiosk computes for a visitor: the first page and the count of all matches together
    // (the worker shows the page first and the count right after). The count is also timed on its own.
    std::vector<double> ours, ours_chinese, counts;
    for (const BenchQuery& q : kQueries) {
        core::SearchRequest r;
        r.query = q.text;
        engine->search(r);
    }
    for (int rep = 0; rep < 5; ++rep) {
        for (const BenchQuery& q : kQueries) {
            core::SearchRequest r;
            r.query = q.text;
            r.count = false;
            auto t0 = Clock::now();
            engine->search(r);
            const double page_ms = ms_since(t0);
            bool capped = false;
            t0 = Clock::now();
            engine->count(r, &capped);  // what the kiosk's worker asks next (search() has counted already)
            const double count_ms = ms_since(t0);
            ours.push_back(page_ms + count_ms);
            if (q.chinese) ours_chinese.push_back(page_ms + count_ms);
            // The count on its own, by an engine that has not searched it: the cost search() carries for it.
            t0 = Clock::now();
            counter->count(r, &capped);
            counts.push_back(ms_since(t0));
        }
    }
    // Baseline: a plain LIKE '%q%' scan over the same columns doing the same work — count (to the same cap) and
    // the first page — for the queries it can understand at all.
    std::vector<double> baseline;
    sqlite3_stmt* count = nullptr;
    sqlite3_stmt* page = nullptr;
    const char* where =
        " FROM documents WHERE title LIKE ?1 OR doc_no LIKE ?1 OR issuer LIKE ?1 OR keywords LIKE ?1 OR "
        "category LIKE ?1 OR summary LIKE ?1 OR body LIKE ?1";
    sqlite3_prepare_v2(db, (std::string("SELECT count(*) FROM (SELECT id") + where + " LIMIT 1001)").c_str(), -1,
                       &count, nullptr);
    sqlite3_prepare_v2(db, (std::string("SELECT id") + where + " ORDER BY id LIMIT 20").c_str(), -1, &page, nullptr);
    for (const BenchQuery& q : kQueries) {
        if (!q.chinese) continue;
        const std::string pattern = std::string("%") + q.text + "%";
        const auto t0 = Clock::now();
        for (sqlite3_stmt* st : {count, page}) {
            sqlite3_bind_text(st, 1, pattern.c_str(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_reset(st);
        }
        baseline.push_back(ms_since(t0));
    }
    sqlite3_finalize(count);
    sqlite3_finalize(page);
    sqlite3_close(db);

    const double p95 = percentile(ours, 0.95), p99 = percentile(ours, 0.99);
    const double bp95 = percentile(baseline, 0.95), bp99 = percentile(baseline, 0.99);
    const double cp95 = percentile(ours_chinese, 0.95);
    std::printf("bench search: %lld documents, %.1f MB of text; %zu queries × 5 (ours), %zu (LIKE baseline)\n",
                documents, text / 1048576.0, ours.size() / 5, baseline.size());
    if (pack_ms > 0) std::printf("gen-corpus %.1f s, pack (with index) %.1f s\n", gen_ms / 1000, pack_ms / 1000);
    std::printf("figure                          | ours       | baseline   | ratio   | target     | met\n");
    std::printf("--------------------------------------------------------------------------------------------\n");
    auto row = [](const char* name, double ours_v, double base_v, const char* unit, const char* target, bool met) {
        std::printf("%-31s | %7.2f %-2s | %7.1f %-2s | %7.4f | %-10s | %s\n", name, ours_v, unit, base_v, unit,
                    base_v > 0 ? ours_v / base_v : 0.0, target, met ? "MET" : "NOT MET");
    };
    row("p50 latency (page + count)", percentile(ours, 0.5), percentile(baseline, 0.5), "ms", "-", true);
    row("p95 latency", p95, bp95, "ms", "< 20 ms", p95 < 20);
    row("p99 latency", p99, bp99, "ms", "< 50 ms", p99 < 50);
    row("p95, Chinese queries only", cp95, bp95, "ms", "-", true);
    row("max latency", percentile(ours, 1.0), percentile(baseline, 1.0), "ms", "-", true);
    row("p95 count of all matches alone", percentile(counts, 0.95), bp95, "ms", "-", true);
    if (index >= 0) {
        std::printf("%-31s | %7.0f MB | %7.0f MB | %7.3f | %-10s | %s\n", "index size vs text", index / 1048576.0,
                    text / 1048576.0, static_cast<double>(index) / text, "< 2x text", index < 2 * text ? "MET" : "NOT MET");
    }
    std::printf("ratio = ours / baseline; the baseline is LIKE '%%q%%' over the same columns (count to %d, then a page);\n"
                "ours is the first page and the count of all matches (to the same cap), as the kiosk computes them.\n",
                core::SearchEngine::kCountCap);
    return kExitOk;
}

}  // namespace kiosk::tools
