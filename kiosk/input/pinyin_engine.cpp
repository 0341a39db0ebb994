// pinyin_engine.cpp — see pinyin_engine.h.
//
// Pure C++ over librime's C API (rime_api.h); no ImGui, no SDL, so ui/ and tools/ can both use it.
//
// Data: Debian's rime-data-luna-pinyin (luna_pinyin.dict.yaml, pinyin.yaml, and a prebuilt luna table in build/)
// plus rime-essay (essay.txt, the preset vocabulary: without it luna has no 政府, 申请 … and the prebuilt table's
// checksum does not match, so Rime rebuilds a table of single characters and idioms only).
//
// deploy_pinyin() writes into user_dir two schemas and builds them:
//  - kiosk_pinyin: the kiosk's. Its dictionary kiosk_terms.dict.yaml holds the content's terms (no code column:
//    librime derives each term's pinyin from the imported luna_pinyin's characters and phrases; a polyphone may give
//    a term more than one code, e.g. 行政村 under xingzhengcun and hangzhengcun)
//    with a weight above any of luna's, and imports luna_pinyin with the essay vocabulary. Building it compiles the
//    whole luna table: this is the ≈5 s / ≈290 MB step, done at install or when a snapshot is switched in.
//  - kiosk_pinyin_stock: the same schema over stock luna_pinyin (Debian's prebuilt table, nothing compiled) — the
//    baseline of the benchmark and of the test that shows the content dictionary matters.
// Both: simplified output (simplifier, OpenCC t2s), page size 6, no punctuation or key bindings (no rime-prelude),
// and learning off (translator/enable_user_dict: false): Rime never writes a user dictionary, so nothing a visitor
// typed can outlive the session. In-session preference is the engine's own: a phrase picked in this session moves
// to the front of the candidates whenever it is offered again, until forget().
//
// Rime is process-global: one engine may be open at a time in a process (open() fails with a message otherwise),
// and deploy_pinyin() fails while one is open. Deploying after the engine is closed and opening the new data works in
// the same process (checked), but the kiosk should run deployment in a child process (`kioskctl ime-deploy`): it
// takes ≈5 s and ≈290 MB, which the child returns to the system when it ends, and the UI keeps drawing meanwhile.
// Not thread-safe: call one engine from one thread (each call is a few ms; see `kioskctl bench ime`).
//
// Index of this file:
// [SECTION] Rime set-up and the schema files
// [SECTION] The content's terms
// [SECTION] Deploying the data (in a child process at the kiosk)
// [SECTION] The engine: typing, candidates, pages
#include "input/pinyin_engine.h"

#include "core/base/strings_zh.h"
#include "core/base/utf8.h"

#include <rime_api.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include <unistd.h>

#include "core/zh/chinese_convert.h"
#include "core/zh/text_encoding.h"

namespace kiosk::input {

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Rime set-up and the schema files
//---------------------------------------------------------------------------------------------------------------------

namespace fs = std::filesystem;

namespace {

constexpr int kFirstFetch = 24;         // four pages read at once; in-session picks found there move to the front
constexpr int kLearnScan = 300;         // how far down a picked word is looked for to move it up
constexpr int kMaxCandidates = 1200;    // 200 pages: every reading of a syllable (yan has ~250 characters, 䶮 among them)
constexpr const char* kStampFile = "kiosk_ime.stamp";
constexpr const char* kTermWeight = "100000000";  // above every luna/essay weight (的 ≈ 4·10⁶)

// X11 keysyms, which is what Rime's process_key takes.
constexpr int kKeyBackSpace = 0xff08;
constexpr int kKeyEscape = 0xff1b;

std::mutex g_mutex;       // Rime is one per process: setup once, one engine or one deployment at a time
bool g_setup_done = false;
bool g_engine_open = false;

RimeApi* rime() { return rime_get_api(); }

void set_error(std::string* error, const std::string& zh, const std::string& en) {
    if (error) *error = zh + " / " + en;
}

// Rime's setup() must run once per process (it starts logging); quiet unless something is fatal.
void setup_once(const std::string& shared_dir, const std::string& user_dir) {
    if (g_setup_done) return;
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = shared_dir.c_str();
    traits.user_data_dir = user_dir.c_str();
    traits.app_name = "rime.kiosk";
    traits.distribution_name = "kiosk";
    traits.distribution_code_name = "kiosk";
    traits.distribution_version = "1";
    traits.min_log_level = 3;  // FATAL only: Rime's INFO/WARNING lines (hundreds per deployment) are noise here
    traits.log_dir = "";       // stderr, never files in /tmp
    rime()->setup(&traits);
    g_setup_done = true;
}

bool write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    return static_cast<bool>(out);
}

// One schema; the two differ in their dictionary and prism only. No punctuator, recognizer or key_binder: those need
// rime-prelude's presets, and the kiosk's keyboard sends letters, backspace and picks, nothing else.
std::string schema_yaml(const char* schema_id, const char* dictionary) {
    std::ostringstream s;
    s << "# Written by kiosk deploy_pinyin() (kiosk/input/pinyin_engine.cpp); rewritten on every deployment.\n"
      << "schema:\n  schema_id: " << schema_id << "\n  name: " << schema_id << "\n  version: \"1\"\n"
      << "switches:\n  - name: ascii_mode\n    reset: 0\n  - name: zh_simp\n    reset: 1\n"
      << "engine:\n"
      << "  processors: [speller, selector, navigator, express_editor]\n"
      << "  segmentors: [abc_segmentor, fallback_segmentor]\n"
      << "  translators: [script_translator]\n"
      << "  filters: [simplifier, uniquifier]\n"
      << "speller:\n  alphabet: zyxwvutsrqponmlkjihgfedcba\n  delimiter: \" '\"\n"
      << "  algebra:\n    __patch:\n      - pinyin:/abbreviation\n      - pinyin:/spelling_correction\n"
      << "      - pinyin:/key_correction\n"
      << "translator:\n  dictionary: " << dictionary << "\n  prism: " << schema_id << "\n"
      << "  enable_user_dict: false\n"  // learning only for the session: the engine does it, Rime writes nothing
      << "  enable_completion: true\n"
      << "simplifier:\n  option_name: zh_simp\n"
      << "menu:\n  page_size: " << kImePageSize << "\n";
    return s.str();
}

// What this build writes besides the terms, and when this file was compiled: data deployed by another build is not
// "deployed" for this one, so a software update (which may change the schema or how terms are written) deploys again,
// and a test never runs on data left by an older build.
std::string schema_fingerprint() {
    const std::string all = schema_yaml(kKioskSchema, "kiosk_terms") + schema_yaml(kStockSchema, "luna_pinyin") +
                            kTermWeight + std::to_string(kImePageSize) + __DATE__ " " __TIME__;
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const unsigned char c : all) h = (h ^ c) * 1099511628211ull;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

// Splits UTF-8 into code points with their byte spans; invalid bytes end a run.
struct CodePoint {
    char32_t c;
    std::size_t begin, end;
};
std::vector<CodePoint> decode(const std::string& s) {
    std::vector<CodePoint> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t begin = i;
        const char32_t c = core::next_code_point(s, i);
        out.push_back({c, begin, i});
    }
    return out;
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The content's terms
//---------------------------------------------------------------------------------------------------------------------

std::vector<std::string> clean_terms(const std::vector<std::string>& terms) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const std::string& term : terms) {
        // Every run of Han characters is a term of its own: "安澜县民政局 安澜县财政局" gives two.
        const auto cps = decode(term);
        std::size_t i = 0;
        while (i < cps.size()) {
            if (!is_han(cps[i].c)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < cps.size() && is_han(cps[j].c)) ++j;
            const std::size_t n = j - i;
            // A short run touching a number is a unit or a counter ("每月10件以下" → 每月, 件以下): not a word.
            auto is_digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
            const bool by_number = (i > 0 && is_digit(cps[i - 1].c)) || (j < cps.size() && is_digit(cps[j].c));
            if (n >= 2 && n <= 16 && !(by_number && n <= 3)) {
                std::string run = term.substr(cps[i].begin, cps[j - 1].end - cps[i].begin);
                if (seen.insert(run).second) out.push_back(std::move(run));
            }
            i = j;
        }
    }
    return out;
}

namespace {

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Deploying the data (in a child process at the kiosk)
//---------------------------------------------------------------------------------------------------------------------

bool deploy(const std::string& shared_dir, const std::string& user_dir, const std::vector<std::string>& terms,
            bool with_kiosk_schema, const std::string& label, std::string* error) {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_engine_open) {
        set_error(error, str::kImeBusy, "a PinyinEngine is open in this process; close it first");
        return false;
    }
    if (!fs::exists(fs::path(shared_dir) / "luna_pinyin.dict.yaml")) {
        set_error(error, str::kImeNoLuna,
                  "luna_pinyin.dict.yaml not found in " + shared_dir);
        return false;
    }
    if (!fs::exists(fs::path(shared_dir) / "essay.txt")) {
        set_error(error, str::kImeNoEssay, "essay.txt (rime-essay) not found in " + shared_dir);
        return false;
    }
    std::error_code ec;
    const fs::path target = fs::absolute(user_dir, ec);
    const std::string suffix = std::to_string(::getpid());
    const fs::path staging = target.string() + ".deploying-" + suffix;
    fs::remove_all(staging, ec);
    fs::create_directories(staging, ec);
    if (ec) {
        set_error(error, str::kImeCannotCreate, "cannot create " + staging.string() + ": " + ec.message());
        return false;
    }

    const std::vector<std::string> cleaned = clean_terms(terms);
    std::ostringstream dict;
    dict << "# The content's own words, written by kiosk deploy_pinyin(); codes derived by Rime from luna_pinyin.\n"
         << "---\nname: kiosk_terms\nversion: \"1\"\nsort: by_weight\nuse_preset_vocabulary: true\n"
         << "import_tables:\n  - luna_pinyin\n...\n\n";
    // Luna is written in traditional characters, and some simplified ones are other words there (开 is read jian,
    // kai at 0%), so Rime could not derive 公开's pinyin. Each term is written in OpenCC's standard traditional form,
    // which Rime reads with luna's phrases (公開 kai); the schema's simplifier turns it back on output. A term whose
    // round trip does not give it back is written as it is.
    std::string convert_error;
    const auto converter = core::ChineseConverter::open(&convert_error, "s2t.json", "t2s.json");
    for (const std::string& t : cleaned) {
        std::string written = t;
        if (converter) {
            std::string trad = converter->to_traditional(t);
            if (converter->to_simplified(trad) == t) written = std::move(trad);
        }
        dict << written << "\t\t" << kTermWeight << "\n";  // empty code column: Rime derives the pinyin
    }
    std::string schema_list = "schema_list:\n";
    if (with_kiosk_schema) schema_list += std::string("  - schema: ") + kKioskSchema + "\n";
    schema_list += std::string("  - schema: ") + kStockSchema + "\n";
    const bool files_ok =
        write_file(staging / "default.yaml",
                   schema_list + "menu:\n  page_size: " + std::to_string(kImePageSize) + "\n") &&
        (!with_kiosk_schema ||
         (write_file(staging / (std::string(kKioskSchema) + ".schema.yaml"), schema_yaml(kKioskSchema, "kiosk_terms")) &&
          write_file(staging / "kiosk_terms.dict.yaml", dict.str()))) &&
        write_file(staging / (std::string(kStockSchema) + ".schema.yaml"), schema_yaml(kStockSchema, "luna_pinyin"));
    if (!files_ok) {
        fs::remove_all(staging, ec);
        set_error(error, str::kImeCannotWrite, "cannot write the schema files into " + staging.string());
        return false;
    }

    const std::string staging_str = staging.string();
    setup_once(shared_dir, staging_str);
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = shared_dir.c_str();
    traits.user_data_dir = staging_str.c_str();
    traits.app_name = "rime.kiosk";
    traits.min_log_level = 3;
    traits.log_dir = "";
    rime()->deployer_initialize(&traits);
    const bool deployed = rime()->deploy();
    rime()->finalize();

    const fs::path build = staging / "build";
    std::vector<std::string> needed = {std::string(kStockSchema) + ".schema.yaml",
                                       std::string(kStockSchema) + ".prism.bin", "default.yaml"};
    if (with_kiosk_schema) {
        for (const std::string& f : {std::string(kKioskSchema) + ".schema.yaml", std::string(kKioskSchema) + ".prism.bin",
                                    std::string("kiosk_terms.table.bin")}) {
            needed.push_back(f);
        }
    }
    std::string missing;
    for (const auto& f : needed) {
        if (!fs::exists(build / f)) missing += " " + f;
    }
    if (!deployed || !missing.empty()) {
        fs::remove_all(staging, ec);
        set_error(error, str::kImeDeployFailed, "Rime deployment failed; missing:" + missing);
        return false;
    }
    std::ostringstream stamp;
    std::string one_line = label;
    std::replace(one_line.begin(), one_line.end(), '\n', ' ');
    stamp << "schema " << schema_fingerprint() << "\n";
    stamp << "label " << one_line << "\n";
    stamp << "terms " << cleaned.size() << "\n";
    for (const auto& f : needed) stamp << "build/" << f << "\n";
    if (!write_file(staging / kStampFile, stamp.str())) {
        fs::remove_all(staging, ec);
        set_error(error, str::kImeCannotWrite, "cannot write the stamp file");
        return false;
    }
    // Swap in: the old deployment moves aside, the new one takes its name, the old one is removed.
    const fs::path old = target.string() + ".old-" + suffix;
    fs::remove_all(old, ec);
    if (fs::exists(target)) fs::rename(target, old, ec);
    if (ec) {
        fs::remove_all(staging, ec);
        set_error(error, str::kImeCannotReplace, "cannot move the old deployment aside: " + ec.message());
        return false;
    }
    fs::rename(staging, target, ec);
    if (ec) {
        const std::string why = ec.message();
        std::error_code ignore;
        if (fs::exists(old)) fs::rename(old, target, ignore);
        fs::remove_all(staging, ignore);
        set_error(error, str::kImeCannotReplace, "cannot move the new deployment in: " + why);
        return false;
    }
    fs::remove_all(old, ec);
    return true;
}

}  // namespace

bool deploy_pinyin(const std::string& shared_dir, const std::string& user_dir, const std::vector<std::string>& terms,
                   std::string* error, const std::string& label) {
    return deploy(shared_dir, user_dir, terms, true, label, error);
}

bool deploy_pinyin_stock_only(const std::string& shared_dir, const std::string& user_dir, std::string* error) {
    return deploy(shared_dir, user_dir, {}, false, "stock", error);
}

std::string pinyin_deployed_label(const std::string& user_dir) {
    if (!pinyin_deployed(user_dir)) return "";
    std::ifstream in(fs::path(user_dir) / kStampFile);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("label ", 0) == 0) return line.substr(6);
    }
    return "";
}

bool pinyin_deployed(const std::string& user_dir) {
    std::ifstream in(fs::path(user_dir) / kStampFile);
    if (!in) return false;
    std::string line;
    bool any = false;
    if (!std::getline(in, line) || line != "schema " + schema_fingerprint()) return false;
    while (std::getline(in, line)) {
        if (line.rfind("build/", 0) != 0) continue;
        if (!fs::exists(fs::path(user_dir) / line)) return false;
        any = true;
    }
    return any;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The engine: typing, candidates, pages
//---------------------------------------------------------------------------------------------------------------------

std::unique_ptr<PinyinEngine> PinyinEngine::open(const std::string& shared_dir, const std::string& user_dir,
                                                 std::string* error, const char* schema) {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_engine_open) {
        set_error(error, str::kImeAlreadyOpen, "a PinyinEngine is already open in this process (Rime is process-global)");
        return nullptr;
    }
    if (!pinyin_deployed(user_dir)) {
        set_error(error, str::kImeNotDeployed, "no deployed Rime data in " + user_dir);
        return nullptr;
    }
    // Rime "selects" a schema it has no file for, as an empty one: look first.
    if (!fs::exists(fs::path(user_dir) / "build" / (std::string(schema) + ".schema.yaml"))) {
        set_error(error, str::kImeNoSchema, std::string("schema ") + schema + " is not deployed in " + user_dir);
        return nullptr;
    }
    setup_once(shared_dir, user_dir);
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = shared_dir.c_str();
    traits.user_data_dir = user_dir.c_str();
    traits.app_name = "rime.kiosk";
    traits.min_log_level = 3;
    traits.log_dir = "";
    rime()->initialize(&traits);  // no start_maintenance(): an ordinary start never deploys
    const RimeSessionId session = rime()->create_session();
    if (!session || !rime()->select_schema(session, schema)) {
        if (session) rime()->destroy_session(session);
        rime()->finalize();
        set_error(error, str::kImeCannotOpen, std::string("cannot open Rime schema ") + schema + " in " + user_dir);
        return nullptr;
    }
    char current[64] = {0};
    if (!rime()->get_current_schema(session, current, sizeof current) || std::string(current) != schema) {
        rime()->destroy_session(session);
        rime()->finalize();
        set_error(error, str::kImeCannotOpen, std::string("Rime did not switch to ") + schema);
        return nullptr;
    }
    rime()->set_option(session, "zh_simp", True);
    rime()->set_option(session, "ascii_mode", False);
    std::unique_ptr<PinyinEngine> engine(new PinyinEngine());
    engine->session_ = session;
    g_engine_open = true;
    return engine;
}

PinyinEngine::~PinyinEngine() {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (session_) rime()->destroy_session(session_);
    rime()->finalize();
    g_engine_open = false;
}

void PinyinEngine::type(char letter) {
    if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
    if (!((letter >= 'a' && letter <= 'z') || letter == '\'')) return;
    rime()->process_key(session_, letter, 0);
    page_ = 0;
    invalidate();
}

void PinyinEngine::backspace() {
    rime()->process_key(session_, kKeyBackSpace, 0);
    page_ = 0;
    invalidate();
}

void PinyinEngine::clear() {
    rime()->clear_composition(session_);
    page_ = 0;
    invalidate();
}

void PinyinEngine::fill_cache(int needed) const {
    if (!cache_valid_) {
        cache_.clear();
        cache_index_.clear();
        cache_exhausted_ = false;
        cache_valid_ = true;
        extend_cache(kFirstFetch);
        // In-session preference: what this visitor picked comes first, most recent first. A pick from far down (a
        // rare name character: 䶮 is on page 14 of yan) is looked for further, but only while something is learned.
        if (!learned_.empty()) {
            const bool all_found = std::all_of(learned_.begin(), learned_.end(), [&](const std::string& w) {
                return std::find(cache_.begin(), cache_.end(), w) != cache_.end();
            });
            if (!all_found) extend_cache(kLearnScan);
        }
        std::size_t front = 0;
        for (const std::string& word : learned_) {
            const auto at = std::find(cache_.begin() + static_cast<std::ptrdiff_t>(front), cache_.end(), word);
            if (at == cache_.end()) continue;
            const auto k = at - cache_.begin();
            const auto f = static_cast<std::ptrdiff_t>(front);
            std::rotate(cache_.begin() + f, cache_.begin() + k, cache_.begin() + k + 1);
            std::rotate(cache_index_.begin() + f, cache_index_.begin() + k, cache_index_.begin() + k + 1);
            ++front;
        }
        // Counting ahead (for 第 N / M 页, and so the rare ones are found to be put apart).
        extend_cache(kImeCountAhead);
        rare_from_ = -1;
        if (rare_apart_) {
            std::vector<std::size_t> order(cache_.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            const auto mid = std::stable_partition(order.begin() + static_cast<std::ptrdiff_t>(front), order.end(),
                                                   [&](std::size_t i) { return core::encodable_in_gb2312(cache_[i]); });
            if (mid != order.end()) {
                rare_from_ = static_cast<int>(mid - order.begin());
                if (!name_chars_.empty()) {
                    std::stable_partition(mid, order.end(), [&](std::size_t i) {
                        const std::string& w = cache_[i];
                        for (std::size_t at = 0; at < w.size();)
                            if (name_chars_.count(core::next_code_point(w, at))) return true;
                        return false;
                    });
                }
                std::vector<std::string> words;
                std::vector<int> index;
                for (std::size_t i : order) {
                    words.push_back(std::move(cache_[i]));
                    index.push_back(cache_index_[i]);
                }
                cache_ = std::move(words);
                cache_index_ = std::move(index);
            }
        }
    }
    if (static_cast<int>(cache_.size()) < needed) extend_cache(needed);
}

int PinyinEngine::page_begin(int page) const {
    if (rare_from_ < 0) return page * kImePageSize;
    const int common_pages = (rare_from_ + kImePageSize - 1) / kImePageSize;
    return page < common_pages ? page * kImePageSize : rare_from_ + (page - common_pages) * kImePageSize;
}

int PinyinEngine::page_end(int page) const {
    const int end = page_begin(page) + kImePageSize;
    if (rare_from_ >= 0 && page_begin(page) < rare_from_) return std::min(end, rare_from_);
    return end;
}

void PinyinEngine::set_rare_apart(bool on) {
    if (on == rare_apart_) return;
    rare_apart_ = on;
    page_ = 0;
    invalidate();
}

void PinyinEngine::set_name_characters(const std::vector<std::string>& names) {
    name_chars_.clear();
    for (const std::string& n : names)
        for (std::size_t at = 0; at < n.size();) name_chars_.insert(core::next_code_point(n, at));
    page_ = 0;
    invalidate();
}

void PinyinEngine::go_to_page(int page) {
    fill_cache(0);
    if (page < 0) return;
    fill_cache(page_begin(page) + 1);
    if (page_begin(page) < static_cast<int>(cache_.size())) page_ = page;
}

// Reads Rime's candidates after the ones already cached, until `needed` are cached or the list ends. Rime's list is
// generated lazily, so a rare character on page 30 costs only when someone pages there.
void PinyinEngine::extend_cache(int needed) const {
    const int have = static_cast<int>(cache_.size());
    if (cache_exhausted_ || have >= needed) return;
    const int from = have == 0 ? 0 : *std::max_element(cache_index_.begin(), cache_index_.end()) + 1;
    RimeCandidateListIterator it{};
    if (!rime()->candidate_list_from_index(session_, &it, from)) {
        cache_exhausted_ = true;
        return;
    }
    while (static_cast<int>(cache_.size()) < needed) {
        if (!rime()->candidate_list_next(&it)) {
            cache_exhausted_ = true;
            break;
        }
        cache_.push_back(it.candidate.text ? it.candidate.text : "");
        cache_index_.push_back(it.index);
    }
    rime()->candidate_list_end(&it);
    if (static_cast<int>(cache_.size()) >= kMaxCandidates) cache_exhausted_ = true;
}

ImeState PinyinEngine::state() const {
    ImeState s;
    RIME_STRUCT(RimeContext, ctx);
    if (rime()->get_context(session_, &ctx)) {
        if (ctx.composition.preedit) s.preedit = ctx.composition.preedit;
        rime()->free_context(&ctx);
    }
    fill_cache(0);
    fill_cache(page_begin(page_ + 1) + 1);  // one beyond the page: is there a next one?
    const int n = static_cast<int>(cache_.size());
    s.page = page_;
    for (int i = page_begin(page_); i < n && i < page_end(page_); ++i) s.candidates.push_back(cache_[i]);
    s.more_before = page_ > 0;
    s.more_after = page_begin(page_ + 1) < n;
    if (cache_exhausted_ && n > 0) {
        if (rare_from_ < 0) {
            s.pages = (n + kImePageSize - 1) / kImePageSize;
        } else {
            s.pages = (rare_from_ + kImePageSize - 1) / kImePageSize + (n - rare_from_ + kImePageSize - 1) / kImePageSize;
        }
    }
    if (rare_from_ >= 0) s.rare_page = (rare_from_ + kImePageSize - 1) / kImePageSize;
    return s;
}

std::string PinyinEngine::pick(int index_on_page) {
    fill_cache(0);
    fill_cache(page_end(page_));
    const int global = page_begin(page_) + index_on_page;
    if (index_on_page < 0 || global >= page_end(page_) || global >= static_cast<int>(cache_.size())) return "";
    const std::string word = cache_[global];
    const int rime_index = cache_index_[global];
    rime()->select_candidate(session_, static_cast<std::size_t>(rime_index));
    std::string committed;
    RIME_STRUCT(RimeCommit, commit);
    if (rime()->get_commit(session_, &commit)) {
        if (commit.text) committed = commit.text;
        rime()->free_commit(&commit);
    }
    // Learn the picked word (and the whole committed text, when a phrase was put together from several picks).
    for (const std::string& w : {committed, word}) {
        if (w.empty()) continue;
        learned_.erase(std::remove(learned_.begin(), learned_.end(), w), learned_.end());
        learned_.insert(learned_.begin(), w);
    }
    page_ = 0;
    invalidate();
    return committed;
}

void PinyinEngine::next_page() {
    fill_cache(0);
    fill_cache(page_end(page_ + 1));
    if (page_begin(page_ + 1) < static_cast<int>(cache_.size())) ++page_;
}

void PinyinEngine::prev_page() {
    if (page_ > 0) --page_;
}

void PinyinEngine::forget() {
    rime()->process_key(session_, kKeyEscape, 0);
    rime()->clear_composition(session_);
    learned_.clear();
    page_ = 0;
    invalidate();
}

}  // namespace kiosk::input
