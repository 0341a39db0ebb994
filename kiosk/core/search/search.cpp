// search.cpp — see search.h.
//
// Index of this file:
// [SECTION] Opening
// [SECTION] Reading a query
// [SECTION] Highlighting and snippets
// [SECTION] Running the tiers
#include "core/base/utf8.h"
#include "core/search/search.h"

#include "core/snapshot/snapshot_check.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdarg>
#include <set>
#include <unordered_map>

#include "core/content/content_store.h"
#include "core/zh/pinyin.h"
#include "core/search/search_fold.h"
#include "core/search/search_tokenizer.h"
#include "core/search/search_vocab.h"
#include "core/search/search_synonyms.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {
namespace {

bool is_letter(char32_t c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

Validity validity_of(const std::string& token) {
    if (token == "expired") return Validity::Expired;
    if (token == "repealed") return Validity::Repealed;
    return Validity::Valid;
}

// One thing a document must hold: any one of its forms (folded text, each matched as a phrase).
struct Part {
    std::u32string typed;
    std::vector<std::u32string> forms;
    bool letters = false;  // typed as letters (pinyin, initials, or Latin as written)
    bool known = false;    // a word of the content, a number, or letters that read as its words
};
using Plan = std::vector<Part>;  // every part must match

constexpr std::size_t kMaxForms = 12;
constexpr std::size_t kMaxConversions = 6;

void add_form(Part& p, std::u32string f) {
    if (f.empty() || p.forms.size() >= kMaxForms) return;
    if (std::find(p.forms.begin(), p.forms.end(), f) == p.forms.end()) p.forms.push_back(std::move(f));
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Opening
//---------------------------------------------------------------------------------------------------------------------

struct SearchEngine::Impl {
    sqlite3* db = nullptr;
    SearchFolder folder;
    std::unique_ptr<PinyinTable> pinyin;
    SearchVocabulary vocab;
    std::vector<std::vector<std::u32string>> synonyms;  // folded groups
    std::vector<NameHit> guides, fees;  // all of them, matched in memory

    ~Impl() { if (db) sqlite3_close(db); }

    // The query read two ways: `whole`, each space-separated piece as typed (letters read as the content's words);
    // `split`, each piece cut further into the words, numbers and letter runs it holds (2026年低保 → 2026年 低保).
    struct Query {
        Plan whole, split;
        bool split_differs = false;
        std::string corrected;  // the query with slipped pinyin replaced (您是不是要找)
    };
    Query parse(std::string_view query, bool fuzzy) const;
    std::vector<std::u32string> letter_forms(std::u32string_view letters, bool fuzzy, std::u32string* best_fix) const;
    void add_synonyms(Part& p) const;
    std::string expression(const Plan& plan) const;
    std::vector<TextRange> marks(std::string_view text, const std::vector<const Plan*>& plans) const;
    bool holds(const std::u32string& folded_text, const Part& part) const;
};

SearchEngine::SearchEngine() : impl_(std::make_unique<Impl>()) {}
SearchEngine::~SearchEngine() = default;

std::unique_ptr<SearchEngine> SearchEngine::open(const std::string& path) {
    struct stat sb {};
    auto error = [&](const str::Bilingual& msg) {
        return ContentError(format_text(msg.zh, path.c_str()) + "\n" + format_text(msg.en, path.c_str()));
    };
    if (::stat(path.c_str(), &sb) != 0) throw error(str::kErrSnapshotMissing);
    std::unique_ptr<SearchEngine> engine(new SearchEngine());
    Impl& m = *engine->impl_;
    std::string why;
    m.db = open_snapshot_defensively(path, &why);  // the same defences as the update check (snapshot_check.h)
    if (!m.db) throw error(str::kErrSnapshotNotSnapshot);
    if (!register_search_tokenizer(m.db, &why)) throw ContentError(why);
    std::unordered_map<char32_t, std::vector<std::string>> readings;
    try {
        exec_sql(m.db, "PRAGMA query_only = 1");
        std::vector<std::pair<char32_t, char32_t>> pairs;
        Statement fold(m.db, "SELECT from_char, to_char FROM search_fold");
        while (fold.step()) pairs.emplace_back(static_cast<char32_t>(fold.int64(0)), static_cast<char32_t>(fold.int64(1)));
        m.folder = SearchFolder::from_pairs(pairs);
        Statement rd(m.db, "SELECT ch, readings FROM search_readings");
        while (rd.step()) {
            std::vector<std::string> r;
            const std::string joined = rd.text(1);
            for (size_t start = 0; start < joined.size();) {
                size_t sp = joined.find(' ', start);
                if (sp == std::string::npos) sp = joined.size();
                r.push_back(joined.substr(start, sp - start));
                start = sp + 1;
            }
            readings.emplace(static_cast<char32_t>(rd.int64(0)), std::move(r));
        }
    } catch (const SqliteError&) {
        throw error(str::kErrSnapshotNotSnapshot);
    }
    m.pinyin = PinyinTable::from_readings(readings);
    m.vocab.load(m.db);
    std::vector<std::vector<std::string>> groups;
    try {
        groups = read_synonym_groups(m.db);
    } catch (const SqliteError&) {
        throw error(str::kErrSnapshotNotSnapshot);
    }
    for (const auto& group : groups) {
        std::vector<std::u32string> folded;
        for (const std::string& w : group) {
            std::u32string f = m.folder.fold(w);
            if (!f.empty() && std::find(folded.begin(), folded.end(), f) == folded.end()) folded.push_back(std::move(f));
        }
        if (folded.size() >= 2) m.synonyms.push_back(std::move(folded));
    }
    try {
        Statement g(m.db, "SELECT id, name, kind || '  ·  ' || agency FROM guides ORDER BY code");
        while (g.step()) m.guides.push_back({g.int64(0), g.text(1), g.text(2), {}});
        Statement f(m.db, "SELECT id, item, category FROM fees ORDER BY source_order");
        while (f.step()) m.fees.push_back({f.int64(0), f.text(1), f.text(2), {}});
    } catch (const SqliteError&) {
        throw error(str::kErrSnapshotNotSnapshot);
    }
    return engine;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading a query
//---------------------------------------------------------------------------------------------------------------------

std::vector<std::u32string> SearchEngine::Impl::letter_forms(std::u32string_view letters, bool fuzzy,
                                                             std::u32string* best_fix) const {
    std::string ascii;
    for (char32_t c : letters) ascii += static_cast<char>(c);
    std::vector<std::u32string> out;
    if (!pinyin || ascii.size() > PinyinTable::kMaxLetters) return out;
    for (Conversion& c : vocab.convert(*pinyin, ascii, kMaxConversions)) out.push_back(std::move(c.text));
    if (out.empty() && fuzzy) {
        auto fixed = vocab.convert_fuzzy(ascii, 1);
        if (!fixed.empty()) {
            out.push_back(fixed.front().text);
            if (best_fix) *best_fix = fixed.front().text;
        }
    }
    return out;
}

void SearchEngine::Impl::add_synonyms(Part& p) const {
    // A county's 低保 is its 最低生活保障: each form that holds a word of a group also stands with the group's other
    // words in its place, both ways.
    const size_t n = p.forms.size();
    for (size_t i = 0; i < n; ++i) {
        const std::u32string form = p.forms[i];
        for (const auto& group : synonyms) {
            for (const std::u32string& w : group) {
                const size_t at = form.find(w);
                if (at == std::u32string::npos) continue;
                for (const std::u32string& other : group) {
                    if (other == w) continue;
                    std::u32string f = form;
                    f.replace(at, w.size(), other);
                    add_form(p, std::move(f));
                }
                break;
            }
        }
    }
}

SearchEngine::Impl::Query SearchEngine::Impl::parse(std::string_view query, bool fuzzy) const {
    Query q;
    // Spaces (ASCII or the ideographic one) separate pieces that must all match; within a piece, punctuation and
    // spacing are folded away exactly as in the index.
    std::vector<std::u32string> pieces;
    {
        std::string current;
        auto flush = [&] {
            std::u32string f = folder.fold(current);
            current.clear();
            if (!f.empty()) pieces.push_back(std::move(f));
        };
        for (size_t i = 0; i < query.size();) {
            if (query[i] == ' ' || query[i] == '\t') { flush(); ++i; continue; }
            if (query.compare(i, 3, "\xE3\x80\x80") == 0) { flush(); i += 3; continue; }  // U+3000
            current += query[i++];
        }
        flush();
    }
    std::string corrected;
    for (const std::u32string& piece : pieces) {
        // Runs: letters, digits (with the unit after them: 2026年, 25号), the rest.
        struct Run { std::u32string text; int kind; };  // 0 other, 1 letters, 2 digits
        std::vector<Run> runs;
        for (size_t i = 0; i < piece.size();) {
            const int kind = is_letter(piece[i]) ? 1 : is_digit(piece[i]) ? 2 : 0;
            size_t j = i + 1;
            while (j < piece.size() && (is_letter(piece[j]) ? 1 : is_digit(piece[j]) ? 2 : 0) == kind) ++j;
            if (kind == 2 && j < piece.size() && std::u32string_view(U"年月日号").find(piece[j]) != std::u32string_view::npos) ++j;
            runs.push_back({piece.substr(i, j - i), kind});
            i = j;
        }
        // The forms of each letter run: its words (pinyin), and the letters themselves (索引号, Latin names).
        std::vector<std::vector<std::u32string>> run_forms(runs.size());
        std::u32string fixed_piece;
        bool fixed_any = false;
        for (size_t r = 0; r < runs.size(); ++r) {
            if (runs[r].kind != 1) { run_forms[r] = {runs[r].text}; fixed_piece += runs[r].text; continue; }
            std::u32string fix;
            run_forms[r] = letter_forms(runs[r].text, fuzzy, &fix);
            run_forms[r].push_back(runs[r].text);
            if (!fix.empty()) { fixed_any = true; fixed_piece += fix; }
            else fixed_piece += runs[r].text;
        }
        if (fixed_any) corrected += (corrected.empty() ? "" : " ") + to_utf8(fixed_piece);

        // Whole: the piece as typed, and each combination of its letter runs' forms (婚姻dengji → 婚姻登记).
        Part whole;
        whole.typed = piece;
        whole.letters = std::all_of(piece.begin(), piece.end(), is_letter);
        whole.known = vocab.contains(piece) || std::all_of(piece.begin(), piece.end(), is_digit) ||
                      (whole.letters && run_forms[0].size() > 1);
        std::vector<std::u32string> combos{U""};
        for (const auto& forms : run_forms) {
            std::vector<std::u32string> next;
            for (const auto& prefix : combos)
                for (const auto& f : forms)
                    if (next.size() < kMaxForms) next.push_back(prefix + f);
            combos = std::move(next);
        }
        for (auto& c : combos) add_form(whole, std::move(c));
        add_form(whole, piece);
        // 0004 is 4: numbers typed with zero padding meet the 文号 and 索引号 written without it (and the reverse
        // holds as a substring).
        if (runs.size() == 1 && runs[0].kind == 2 && piece.size() > 1 && piece[0] == '0') {
            const size_t nz = piece.find_first_not_of(U'0');
            if (nz != std::u32string::npos) add_form(whole, piece.substr(nz));
        }
        add_synonyms(whole);
        q.whole.push_back(whole);

        // Split: each run a part of its own, runs of Chinese cut at the content's words.
        const bool one_run_one_word = runs.size() == 1 && (runs[0].kind != 0 || vocab.split(runs[0].text).size() <= 1);
        if (one_run_one_word) { q.split.push_back(q.whole.back()); continue; }
        for (size_t r = 0; r < runs.size(); ++r) {
            if (runs[r].kind == 0) {
                for (std::u32string& w : vocab.split(runs[r].text)) {
                    Part p;
                    p.typed = w;
                    p.known = vocab.contains(w);
                    add_form(p, std::move(w));
                    add_synonyms(p);
                    q.split.push_back(std::move(p));
                }
                continue;
            }
            Part p;
            p.typed = runs[r].text;
            p.letters = runs[r].kind == 1;
            p.known = runs[r].kind == 2 || run_forms[r].size() > 1;
            for (const auto& f : run_forms[r]) add_form(p, f);
            if (runs[r].kind == 2 && runs[r].text.size() > 1 && runs[r].text[0] == '0') {
                const size_t nz = runs[r].text.find_first_not_of(U'0');
                if (nz != std::u32string::npos) add_form(p, runs[r].text.substr(nz));
            }
            add_synonyms(p);
            q.split.push_back(std::move(p));
        }
    }
    q.split_differs = q.split.size() != q.whole.size();
    q.corrected = corrected;
    return q;
}

std::string SearchEngine::Impl::expression(const Plan& plan) const {
    std::string all;
    for (const Part& part : plan) {
        std::string alts;
        for (const std::u32string& f : part.forms) {
            // A run of digits with other characters on both sides is a whole number in the text too: marked, it
            // becomes the number's token in the phrase (search_tokenizer.h).
            std::string phrase = "\"";
            for (size_t i = 0; i < f.size();) {
                if (!is_digit(f[i])) { append_utf8(phrase, f[i++]); continue; }
                size_t j = i;
                while (j < f.size() && is_digit(f[j])) ++j;
                // Also five digits or more before a unit (202125号: a 文号's year and number run together), though
                // typed without what stands before them: no year or count is that long.
                if (j < f.size() && ((i > 0 && j - i >= 2) || j - i >= 5)) phrase += kNumberTokenMark;
                phrase += to_utf8(f.substr(i, j - i));
                i = j;
            }
            phrase += "\"";
            alts += (alts.empty() ? "" : " OR ") + phrase;
        }
        if (alts.empty()) continue;
        all += (all.empty() ? "(" : " AND (") + alts + ")";
    }
    return all;
}

std::string SearchEngine::match_expression(std::string_view query) const {
    return impl_->expression(impl_->parse(query, false).whole);
}

bool SearchEngine::Impl::holds(const std::u32string& f, const Part& part) const {
    for (const std::u32string& form : part.forms)
        if (f.find(form) != std::u32string::npos) return true;
    return false;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Highlighting and snippets
//---------------------------------------------------------------------------------------------------------------------

std::vector<TextRange> SearchEngine::Impl::marks(std::string_view text, const std::vector<const Plan*>& plans) const {
    std::vector<std::uint32_t> origin;
    const std::u32string f = folder.fold(text, &origin);
    std::vector<TextRange> out;
    for (const Plan* plan : plans)
        for (const Part& part : *plan)
            for (const std::u32string& form : part.forms) {
                if (form.empty()) continue;
                for (size_t at = f.find(form); at != std::u32string::npos; at = f.find(form, at + 1))
                    out.push_back({origin[at], origin[at + form.size() - 1]});
            }
    // The end offset above points at the last matched character's start; extend it over that character.
    for (TextRange& r : out) {
        r.end = static_cast<std::uint32_t>(code_point_end(text, r.end));
    }
    std::sort(out.begin(), out.end(), [](const TextRange& x, const TextRange& y) { return x.begin < y.begin; });
    // Merge overlaps so the UI draws each character once.
    std::vector<TextRange> merged;
    for (const TextRange& r : out) {
        if (!merged.empty() && r.begin <= merged.back().end) merged.back().end = std::max(merged.back().end, r.end);
        else merged.push_back(r);
    }
    return merged;
}

namespace {

// About 70 characters around `at` (a byte offset), on one line, with the marks that fall inside it.
void make_snippet(const std::string& body, const std::vector<TextRange>& marks, std::string* snippet,
                  std::vector<TextRange>* snippet_marks) {
    const size_t at = marks.empty() ? 0 : marks.front().begin;
    auto back_chars = [&](size_t pos, int n) {
        while (n-- > 0 && pos > 0) pos = code_point_start(body, pos - 1);
        return pos;
    };
    auto forward_chars = [&](size_t pos, int n) {
        while (n-- > 0 && pos < body.size()) pos = code_point_end(body, pos);
        return pos;
    };
    const size_t from = back_chars(at, 20);
    const size_t to = forward_chars(at, 50);
    snippet->clear();
    snippet_marks->clear();
    if (from > 0) *snippet += "…";
    std::vector<std::uint32_t> map(to - from + 1, 0);  // body offset → snippet offset
    for (size_t i = from; i < to; ++i) {
        map[i - from] = static_cast<std::uint32_t>(snippet->size());
        const char c = body[i];
        if (c == '\n' || c == '\r' || c == '#') { if (snippet->empty() || snippet->back() != ' ') *snippet += ' '; }
        else *snippet += c;
    }
    map[to - from] = static_cast<std::uint32_t>(snippet->size());
    for (const TextRange& r : marks) {
        if (r.begin < from || r.end > to) continue;
        snippet_marks->push_back({map[r.begin - from], map[r.end - from]});
    }
    if (to < body.size()) *snippet += "…";
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Running the tiers
//---------------------------------------------------------------------------------------------------------------------

namespace {

constexpr const char* kFilterSql =
    " AND (?2 = '' OR d.category = ?2) AND (?3 = '' OR instr(d.issuer, ?3) > 0)"
    " AND (?4 = 0 OR d.year >= ?4) AND (?5 = 0 OR d.year <= ?5) AND (?6 = 0 OR d.validity = 'valid')";

bool filtered(const SearchRequest& r) {
    return !r.category.empty() || !r.issuer.empty() || r.year_from || r.year_to || r.valid_only;
}

void bind_filters(Statement& st, const SearchRequest& req) {
    st.bind(2, req.category).bind(3, req.issuer).bind(4, req.year_from).bind(5, req.year_to).bind(6, req.valid_only ? 1 : 0);
}

// Rowids of one index table matching ?1 (with the filters, which need the documents table only when set), in
// search order.
std::string table_sql(const char* table, bool with_filters) {
    if (!with_filters) return std::string("SELECT rowid FROM ") + table + " WHERE " + table + " MATCH ?1";
    return std::string("SELECT s.rowid FROM ") + table + " s JOIN documents d ON d.id = s.rowid WHERE " + table +
           " MATCH ?1" + kFilterSql;
}

constexpr const char* kTierTables[] = {"search_head", "search_meta", "search_all"};

}  // namespace

// How a request is answered: the query as typed (and, when it holds several words, cut into them); if that finds
// nothing, its pinyin with slips forgiven; if still nothing, the documents that hold most of its parts.
struct SearchEngine::Resolved {
    std::vector<Plan> plans;         // in rank order; a document is ranked by the first plan it matches
    std::vector<std::string> exprs;  // per plan; the last is the widest (the split reading holds the whole one)
    std::string did_you_mean;
    bool partial = false;
};

namespace {

struct Found { std::int64_t id; int tier; };

}  // namespace

// The documents of one reading, in rank order up to `want`, and the count of all of them: the last tier's table
// holds every field, so one query over it, read to the count's cap, gives both the count and the last tier's page.
struct SearchEngine::Answer {
    std::vector<Found> found;
    int total = 0;
    bool capped = false;
};

SearchEngine::Answer SearchEngine::answer(const Resolved& r, const SearchRequest& req, int want) const {
    const Impl& m = *impl_;
    Answer a;
    std::set<std::int64_t> seen;
    std::vector<std::int64_t> everything;  // the widest reading's matches, up to the cap, in search order
    {
        Statement st(m.db, (table_sql("search_all", filtered(req)) + " ORDER BY 1 LIMIT ?7").c_str());
        st.bind(1, r.exprs.back());
        if (filtered(req)) bind_filters(st, req);
        st.bind(7, kCountCap + 1);
        while (st.step()) everything.push_back(st.int64(0));
        a.total = static_cast<int>(std::min<size_t>(everything.size(), kCountCap));
        a.capped = everything.size() > static_cast<size_t>(kCountCap);
    }
    if (everything.empty()) return a;
    // A title holding every word typed (2025年 … 最低生活保障) outranks a body holding the words run together.
    for (int t = 0; t < 3 && static_cast<int>(a.found.size()) < want; ++t) {
        for (size_t p = 0; p < r.exprs.size() && static_cast<int>(a.found.size()) < want; ++p) {
            if (t == 2 && p + 1 == r.exprs.size()) {
                for (std::int64_t id : everything) {
                    if (static_cast<int>(a.found.size()) >= want) break;
                    if (seen.insert(id).second) a.found.push_back({id, 3});
                }
                continue;
            }
            Statement st(m.db, (table_sql(kTierTables[t], filtered(req)) + " ORDER BY 1 LIMIT ?7").c_str());
            st.bind(1, r.exprs[p]);
            if (filtered(req)) bind_filters(st, req);
            st.bind(7, static_cast<std::int64_t>(want + seen.size()));
            while (st.step() && static_cast<int>(a.found.size()) < want) {
                const std::int64_t id = st.int64(0);
                if (seen.insert(id).second) a.found.push_back({id, t + 1});
            }
        }
    }
    return a;
}

bool SearchEngine::name_matches(const NameHit& n, const Resolved& r, bool detail_too) const {
    const Impl& m = *impl_;
    if (r.partial) return false;  // names are matched whole, never by part
    const std::u32string name = m.folder.fold(n.name);
    const std::u32string detail = detail_too ? m.folder.fold(n.detail) : std::u32string();
    for (const Plan& plan : r.plans) {
        bool all = true;
        for (const Part& part : plan) all = all && (m.holds(name, part) || (detail_too && m.holds(detail, part)));
        if (all) return true;
    }
    return false;
}

int SearchEngine::count(const SearchRequest& req, bool* capped) const {
    // The kiosk asks for the page, then the count of the same request: search() has counted it already.
    if (last_count_ && last_count_->first == request_key(req)) {
        *capped = last_count_->second.second;
        return last_count_->second.first;
    }
    SearchRequest r = req;
    r.count = true;
    r.limit = 0;
    r.offset = 0;
    const SearchResult result = search(r);
    *capped = result.total_capped;
    return std::max(0, result.total);
}

std::string SearchEngine::request_key(const SearchRequest& r) {
    return r.query + '\x1f' + r.category + '\x1f' + r.issuer + '\x1f' + std::to_string(r.year_from) + '\x1f' +
           std::to_string(r.year_to) + (r.valid_only ? "v" : "");
}

SearchResult SearchEngine::search(const SearchRequest& req) const {
    Impl& m = *impl_;
    SearchResult result;
    const int want = req.offset + req.limit;
    const bool names_wanted = req.offset == 0 && !filtered(req);
    auto plans_of = [&](const Impl::Query& q) {
        Resolved r;
        r.plans = {q.whole};
        if (q.split_differs) r.plans.push_back(q.split);
        for (const Plan& p : r.plans) r.exprs.push_back(m.expression(p));
        return r;
    };
    auto any_name = [&](const Resolved& r) {
        if (!names_wanted) return false;
        for (const auto* list : {&m.guides, &m.fees})
            for (const NameHit& n : *list)
                if (name_matches(n, r, list == &m.fees)) return true;
        return false;
    };

    const Impl::Query q = m.parse(req.query, false);
    if (q.whole.empty()) { result.query_empty = true; return result; }
    Resolved r = plans_of(q);
    Answer a = answer(r, req, want);
    if (a.total == 0 && !any_name(r)) {
        // Slipped pinyin, only when what was typed finds nothing.
        const Impl::Query fixed = m.parse(req.query, true);
        bool done = false;
        if (!fixed.corrected.empty()) {
            Resolved f = plans_of(fixed);
            Answer fa = answer(f, req, want);
            if (fa.total > 0 || any_name(f)) {
                f.did_you_mean = fixed.corrected;
                r = std::move(f);
                a = std::move(fa);
                done = true;
            }
        }
        // Most of the parts: each part left out in turn, as long as what is kept is the content's own words and
        // numbers and at least half of what was typed (量子计算机 finds nothing rather than 计算 and 机).
        const Plan widest = r.plans.back();
        if (!done && widest.size() >= 2) {
            size_t typed = 0;
            for (const Part& p : widest) typed += p.typed.size();
            std::string any;
            for (size_t skip = 0; skip < widest.size(); ++skip) {
                if ((typed - widest[skip].typed.size()) * 2 < typed) continue;
                Plan p;
                bool known = true;
                for (size_t k = 0; k < widest.size(); ++k)
                    if (k != skip) {
                        p.push_back(widest[k]);
                        known = known && widest[k].known;
                    }
                if (!known) continue;
                any += (any.empty() ? "(" : " OR (") + m.expression(p) + ")";
            }
            if (!any.empty()) {
                Resolved most;
                most.plans = {widest};
                most.exprs = {any};
                most.partial = true;
                Answer ma = answer(most, req, want);
                if (ma.total > 0) {
                    r = std::move(most);
                    a = std::move(ma);
                }
            }
        }
    }
    last_count_ = std::make_pair(request_key(req), std::make_pair(a.total, a.capped));
    result.did_you_mean = r.did_you_mean;
    result.partial = r.partial;
    result.total = req.count ? a.total : -1;
    result.total_capped = req.count && a.capped;

    // Guides and fee items first: someone typing 结婚 most likely wants the 结婚登记 guide. Only on the first page
    // and without filters, which are about documents.
    std::vector<const Plan*> plans;
    for (const Plan& p : r.plans) plans.push_back(&p);
    if (names_wanted) {
        auto match_names = [&](const std::vector<NameHit>& all, bool detail_too, std::vector<NameHit>* out) {
            for (const NameHit& n : all) {
                if (!name_matches(n, r, detail_too)) continue;
                NameHit hit = n;
                hit.name_marks = m.marks(n.name, plans);
                out->push_back(std::move(hit));
                if (out->size() >= 6) break;
            }
        };
        match_names(m.guides, false, &result.guides);
        match_names(m.fees, true, &result.fees);
    }
    const std::vector<Found>& found = a.found;

    Statement doc(m.db, "SELECT id, title, doc_no, issuer, category, published_date, validity, body, summary, index_no "
                        "FROM documents WHERE id = ?1");
    for (size_t i = static_cast<size_t>(req.offset); i < found.size(); ++i) {
        doc.bind(1, found[i].id);
        if (!doc.step()) { doc.reset(); continue; }
        SearchHit hit;
        hit.tier = found[i].tier;
        hit.doc.id = doc.int64(0);
        hit.doc.title = doc.text(1);
        hit.doc.doc_no = doc.text(2);
        hit.doc.issuer = doc.text(3);
        hit.doc.category = doc.text(4);
        hit.doc.published_date = doc.text(5);
        hit.doc.validity = validity_of(doc.text(6));
        hit.index_no = doc.text(9);
        hit.title_marks = m.marks(hit.doc.title, plans);
        // The snippet needs the first match only: fold a growing start of the body (bodies run to 60 KB and most
        // matches come early), not all of it for every hit on the page.
        const std::string body = doc.text(7);
        std::vector<TextRange> body_marks;
        for (size_t len = 4096;; len *= 4) {
            const size_t end = len >= body.size() ? body.size() : code_point_start(body, len);
            body_marks = m.marks(std::string_view(body).substr(0, end), plans);
            if (!body_marks.empty() || end == body.size()) break;
        }
        if (!body_marks.empty()) make_snippet(body, body_marks, &hit.snippet, &hit.snippet_marks);
        else hit.snippet = doc.text(8);
        doc.reset();
        result.hits.push_back(std::move(hit));
    }
    return result;
}

}  // namespace kiosk::core
