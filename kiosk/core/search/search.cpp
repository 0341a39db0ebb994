// search.cpp — see search.h.
//
// Index of this file:
// [SECTION] Opening
// [SECTION] Turning a query into FTS5 expressions
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
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {
namespace {

std::string utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

bool is_letter(char32_t c) { return c >= 'a' && c <= 'z'; }

Validity validity_of(const std::string& token) {
    if (token == "expired") return Validity::Expired;
    if (token == "repealed") return Validity::Repealed;
    return Validity::Valid;
}

// One way a query segment can match: a phrase of pieces, each a folded character or an explicit pinyin token.
struct Piece {
    char32_t ch = 0;        // a literal character, or 0 for a pinyin token
    std::string syllable;   // "bao" (full reading) — with `initial`, a single letter
    bool initial = false;
};
struct Alternative {
    std::vector<Piece> pieces;
    bool literal = false;      // the folded text itself (bigram phrase)
    bool last_prefix = false;  // the last syllable may be incomplete ("dib" → di + b…)
};
struct Segment {
    std::u32string folded;
    std::vector<Alternative> alternatives;
};

constexpr size_t kMaxAlternatives = 8;

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Opening
//---------------------------------------------------------------------------------------------------------------------

struct SearchEngine::Impl {
    sqlite3* db = nullptr;
    SearchFolder folder;
    std::unordered_map<char32_t, std::vector<std::string>> readings;
    std::unique_ptr<PinyinTable> pinyin;
    std::vector<NameHit> guides, fees;  // all of them, matched in memory

    ~Impl() { if (db) sqlite3_close(db); }

    std::vector<Segment> parse(std::string_view query) const;
    std::string expression(const std::vector<Segment>& segments, const char* columns) const;
    std::vector<TextRange> marks(std::string_view text, const std::vector<Segment>& segments, bool pinyin_too) const;
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
    if (!register_search_tokenizer(m.db, {}, &why)) throw ContentError(why);
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
            m.readings.emplace(static_cast<char32_t>(rd.int64(0)), std::move(r));
        }
    } catch (const SqliteError&) {
        throw error(str::kErrSnapshotNotSnapshot);
    }
    m.pinyin = PinyinTable::from_readings(m.readings);
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
// [SECTION] Turning a query into FTS5 expressions
//---------------------------------------------------------------------------------------------------------------------

std::vector<Segment> SearchEngine::Impl::parse(std::string_view query) const {
    // Spaces (ASCII or the ideographic one) separate segments that must all match; within a segment, punctuation
    // and spacing are folded away exactly as in the index.
    std::vector<Segment> segments;
    std::string current;
    auto flush = [&] {
        Segment seg;
        seg.folded = folder.fold(current);
        current.clear();
        if (seg.folded.empty()) return;
        Alternative literal;
        literal.literal = true;
        seg.alternatives.push_back(literal);

        // Pinyin readings of the letter runs, mixed with the characters around them.
        if (pinyin && std::any_of(seg.folded.begin(), seg.folded.end(), is_letter)) {
            std::vector<Alternative> partial{Alternative{}};
            for (size_t i = 0; i < seg.folded.size();) {
                if (!is_letter(seg.folded[i])) {
                    for (auto& a : partial) a.pieces.push_back(Piece{seg.folded[i], {}, false});
                    ++i;
                    continue;
                }
                size_t j = i;
                while (j < seg.folded.size() && is_letter(seg.folded[j])) ++j;
                std::string run;
                for (size_t k = i; k < j; ++k) run += static_cast<char>(seg.folded[k]);
                const bool last_run = j == seg.folded.size();
                std::vector<Alternative> next;
                for (const PinyinSplit& split : pinyin->segment(run, kMaxAlternatives)) {
                    if (split.last_is_prefix && !last_run) continue;  // only the end of what was typed may be unfinished
                    for (const auto& a : partial) {
                        Alternative b = a;
                        for (const auto& syl : split.syllables) {
                            std::string s = syl;
                            if (!s.empty() && s.back() == '*') s.pop_back();
                            b.pieces.push_back(Piece{0, s, split.initials});
                        }
                        // Search as you type: the last syllable typed may be the start of a longer one ("diba"
                        // is on its way to 低保), so a reading that ends the query matches as a prefix.
                        b.last_prefix = split.last_is_prefix || (last_run && !split.initials);
                        next.push_back(std::move(b));
                        if (next.size() >= kMaxAlternatives) break;
                    }
                    if (next.size() >= kMaxAlternatives) break;
                }
                partial = std::move(next);
                if (partial.empty()) break;
                i = j;
            }
            for (auto& a : partial) seg.alternatives.push_back(std::move(a));
        }
        segments.push_back(std::move(seg));
    };
    for (size_t i = 0; i < query.size();) {
        if (query[i] == ' ' || query[i] == '\t') { flush(); ++i; continue; }
        if (query.compare(i, 3, "\xE3\x80\x80") == 0) { flush(); i += 3; continue; }  // U+3000
        current += query[i++];
    }
    flush();
    return segments;
}

std::string SearchEngine::Impl::expression(const std::vector<Segment>& segments, const char* columns) const {
    std::string all;
    for (const Segment& seg : segments) {
        std::string alts;
        for (const Alternative& a : seg.alternatives) {
            std::string phrase;
            if (a.literal) {
                phrase = "\"" + utf8(seg.folded) + "\"";
            } else {
                phrase = "\"";
                for (const Piece& p : a.pieces) {
                    if (phrase.size() > 1) phrase += ' ';
                    if (p.ch) append_utf8(phrase, p.ch);
                    else phrase += (p.initial ? "i:" : "s:") + p.syllable;
                }
                phrase += a.last_prefix ? "\" *" : "\"";
            }
            alts += (alts.empty() ? "" : " OR ") + phrase;
        }
        all += (all.empty() ? "(" : " AND (") + alts + ")";
    }
    if (all.empty()) return all;
    return columns ? std::string("{") + columns + "} : (" + all + ")" : all;
}

std::string SearchEngine::match_expression(std::string_view query) const {
    return impl_->expression(impl_->parse(query), nullptr);
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Highlighting and snippets
//---------------------------------------------------------------------------------------------------------------------

std::vector<TextRange> SearchEngine::Impl::marks(std::string_view text, const std::vector<Segment>& segments,
                                                 bool pinyin_too) const {
    std::vector<std::uint32_t> origin;
    const std::u32string f = folder.fold(text, &origin);
    std::vector<TextRange> out;
    auto piece_matches = [&](const Piece& p, char32_t c, bool prefix) {
        if (p.ch) return p.ch == c;
        auto it = readings.find(c);
        if (it == readings.end()) return false;
        for (const std::string& r : it->second) {
            if (p.initial ? (!r.empty() && r[0] == p.syllable[0])
                          : (prefix ? r.rfind(p.syllable, 0) == 0 : r == p.syllable))
                return true;
        }
        return false;
    };
    for (const Segment& seg : segments) {
        for (const Alternative& a : seg.alternatives) {
            if (!a.literal && !pinyin_too) continue;
            const size_t n = a.literal ? seg.folded.size() : a.pieces.size();
            if (n == 0 || n > f.size()) continue;
            for (size_t i = 0; i + n <= f.size(); ++i) {
                bool ok = true;
                for (size_t k = 0; k < n && ok; ++k) {
                    ok = a.literal ? f[i + k] == seg.folded[k]
                                   : piece_matches(a.pieces[k], f[i + k], a.last_prefix && k + 1 == n);
                }
                if (ok) out.push_back({origin[i], i + n < origin.size() ? origin[i + n - 1] : origin.back()});
            }
        }
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

void bind_filters(Statement& st, const SearchRequest& req) {
    st.bind(2, req.category).bind(3, req.issuer).bind(4, req.year_from).bind(5, req.year_to).bind(6, req.valid_only ? 1 : 0);
}

// Rowids of one index table matching `expr` (with the filters), in search order.
std::string table_sql(const char* table) {
    return std::string("SELECT s.rowid FROM ") + table + " s JOIN documents d ON d.id = s.rowid WHERE " + table +
           " MATCH ?1" + kFilterSql;
}

// Documents where every segment matches somewhere, each in any of the three tables (segments ?10, ?11, …).
std::string anywhere_sql(size_t segments) {
    std::string sql = "SELECT d.id FROM documents d WHERE 1";
    for (size_t i = 0; i < segments; ++i) {
        const std::string p = "?" + std::to_string(10 + i);
        sql += " AND (d.id IN (SELECT rowid FROM search_head WHERE search_head MATCH " + p +
               ") OR d.id IN (SELECT rowid FROM search_meta WHERE search_meta MATCH " + p +
               ") OR d.id IN (SELECT rowid FROM search_body WHERE search_body MATCH " + p + "))";
    }
    return sql + kFilterSql;
}

}  // namespace

int SearchEngine::count(const SearchRequest& req, bool* capped) const {
    Impl& m = *impl_;
    const std::vector<Segment> segments = m.parse(req.query);
    *capped = false;
    if (segments.empty()) return 0;
    auto run_count = [&](const std::string& sql, bool per_segment) {
        Statement st(m.db, ("SELECT count(*) FROM (" + sql + " LIMIT ?7)").c_str());
        st.bind(1, m.expression(segments, nullptr));
        bind_filters(st, req);
        st.bind(7, kCountCap + 1);
        if (per_segment)
            for (size_t i = 0; i < segments.size(); ++i) st.bind(static_cast<int>(10 + i), m.expression({segments[i]}, nullptr));
        return st.step() ? static_cast<int>(st.int64(0)) : 0;
    };
    int total;
    if (segments.size() > 1) {
        total = run_count(anywhere_sql(segments.size()), true);
    } else {
        // Bodies hold most matches: count there first, stopping past the cap; only below it is the exact union of
        // the three tables worth computing.
        total = run_count(table_sql("search_body"), false);
        if (total <= kCountCap)
            total = run_count(table_sql("search_head") + " UNION " + table_sql("search_meta") + " UNION " +
                                  table_sql("search_body"),
                              false);
    }
    *capped = total > kCountCap;
    return std::min(total, kCountCap);
}

SearchResult SearchEngine::search(const SearchRequest& req) const {
    Impl& m = *impl_;
    SearchResult result;
    const std::vector<Segment> segments = m.parse(req.query);
    if (segments.empty()) { result.query_empty = true; return result; }
    if (req.count) result.total = count(req, &result.total_capped);
    else result.total = -1;

    // Guides and fee items first: someone typing 结婚 most likely wants the 结婚登记 guide. Only on the first page
    // and without filters, which are about documents.
    const bool filtered = !req.category.empty() || !req.issuer.empty() || req.year_from || req.year_to || req.valid_only;
    if (req.offset == 0 && !filtered) {
        auto match_names = [&](const std::vector<NameHit>& all, bool detail_too, std::vector<NameHit>* out) {
            // Every segment must match the name (or, for fees, the name or the category).
            auto all_match = [&](const NameHit& n) {
                for (const Segment& seg : segments) {
                    if (!m.marks(n.name, {seg}, true).empty()) continue;
                    if (detail_too && !m.marks(n.detail, {seg}, true).empty()) continue;
                    return false;
                }
                return true;
            };
            for (const NameHit& n : all) {
                if (!all_match(n)) continue;
                auto marks = m.marks(n.name, segments, true);
                NameHit hit = n;
                hit.name_marks = std::move(marks);
                out->push_back(std::move(hit));
                if (out->size() >= 6) break;
            }
        };
        match_names(m.guides, false, &result.guides);
        match_names(m.fees, true, &result.fees);
    }

    // Tiers in rank order; document ids are in search order (valid first, newest first), so each tier's matches
    // come out best-first and a tier is read only as far as the page needs.
    const int want = req.offset + req.limit;
    struct Found { std::int64_t id; int tier; };
    std::vector<Found> found;
    std::set<std::int64_t> seen;
    for (int t = 0; t < 3 && static_cast<int>(found.size()) < want; ++t) {
        const bool anywhere = t == 2 && segments.size() > 1;
        const std::string sql = anywhere ? anywhere_sql(segments.size())
                                         : table_sql(t == 0 ? "search_head" : t == 1 ? "search_meta" : "search_body");
        Statement st(m.db, (sql + (anywhere ? " ORDER BY d.id" : " ORDER BY s.rowid") + " LIMIT ?7").c_str());
        st.bind(1, m.expression(segments, nullptr));
        bind_filters(st, req);
        st.bind(7, static_cast<std::int64_t>(want + seen.size()));
        if (anywhere)
            for (size_t i = 0; i < segments.size(); ++i) st.bind(static_cast<int>(10 + i), m.expression({segments[i]}, nullptr));
        while (st.step() && static_cast<int>(found.size()) < want) {
            const std::int64_t id = st.int64(0);
            if (seen.insert(id).second) found.push_back({id, t + 1});
        }
    }

    Statement doc(m.db, "SELECT id, title, doc_no, issuer, category, published_date, validity, body, summary "
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
        hit.title_marks = m.marks(hit.doc.title, segments, true);
        const std::string body = doc.text(7);
        const auto body_marks = m.marks(body, segments, false);
        if (!body_marks.empty()) make_snippet(body, body_marks, &hit.snippet, &hit.snippet_marks);
        else hit.snippet = doc.text(8);
        doc.reset();
        result.hits.push_back(std::move(hit));
    }
    return result;
}

}  // namespace kiosk::core
