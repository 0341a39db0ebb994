// content_store.cpp — read-only queries over a snapshot; see content_store.h.
//
// The connection is opened READONLY, defensively (snapshot_check.h), with query_only on top, so even a bug in a
// query cannot change the file that other kiosks' updates are copied from. NOMUTEX: one ContentStore belongs to one thread (the UI's). Every value
// goes in through bind(); the SQL text is constant.
#include "core/content/content_store.h"

#include "core/search/search_tokenizer.h"
#include "core/snapshot/snapshot_check.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/snapshot/schema.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace {

// Whether a table has a column: how a reader tells the schema versions it accepts apart, query by query.
bool has_column(sqlite3* db, const char* table, const char* column) {
    Statement st(db, "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2");
    st.bind(1, table).bind(2, column);
    return st.step() && st.int64(0) == 1;
}

// "中文\nEnglish": staff read the first line on the notice screen, developers the second in logs.
ContentError content_error(const str::Bilingual& msg, const std::string& a = "", int b = 0, int c = 0) {
    return ContentError(format_text(msg.zh, a.c_str(), b, c) + "\n" + format_text(msg.en, a.c_str(), b, c));
}

Validity validity_from_token(const std::string& s) {
    if (s == "expired") return Validity::Expired;
    if (s == "repealed") return Validity::Repealed;
    return Validity::Valid;
}

// Runs `fn` and turns sqlite failures (a damaged file, a disk error) into ContentError.
template <typename Fn>
auto guarded(Fn&& fn) -> decltype(fn()) {
    try {
        return fn();
    } catch (const SqliteError& e) {
        throw content_error(str::kErrSnapshotRead, e.what());
    }
}

void read_summary(const Statement& st, DocumentSummary& d) {
    d.id = st.int64(0);
    d.title = st.text(1);
    d.doc_no = st.text(2);
    d.issuer = st.text(3);
    d.category = st.text(4);
    d.published_date = st.text(5);
    d.validity = validity_from_token(st.text(6));
}

}  // namespace

std::unique_ptr<ContentStore> ContentStore::open(const std::string& path) {
    struct stat sb {};
    if (::stat(path.c_str(), &sb) != 0 || !S_ISREG(sb.st_mode)) throw content_error(str::kErrSnapshotMissing, path);

    // Read-only, immutable (a snapshot is only ever replaced by rename, never changed in place), and with the
    // defences an imported file gets (snapshot_check.h): no triggers, no views, no untrusted schema functions.
    std::string open_error;
    sqlite3* db = open_snapshot_defensively(path, &open_error);
    if (!db) throw content_error(str::kErrSnapshotNotSnapshot, path);
    std::unique_ptr<ContentStore> store(new ContentStore(db));  // owns db from here on
    store->path_ = path;
    int version = -1;
    // The snapshot holds the search index; its tokenizer must be known to any connection that touches it.
    std::string tokenizer_error;
    if (!register_search_tokenizer(db, &tokenizer_error)) throw ContentError(tokenizer_error);
    try {
        Statement has_meta(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
        if (!has_meta.step() || has_meta.int64(0) != 1) throw content_error(str::kErrSnapshotNotSnapshot, path);
        Statement st(db, "SELECT value FROM meta WHERE key = 'schema_version'");
        if (st.step()) version = std::atoi(st.text(0).c_str());
    } catch (const SqliteError&) {
        // "file is not a database" and friends
        throw content_error(str::kErrSnapshotNotSnapshot, path);
    }
    if (version <= 0) throw content_error(str::kErrSnapshotNotSnapshot, path);
    if (version < kOldestReadableSchemaVersion || version > kSchemaVersion)
        throw content_error(str::kErrSnapshotVersion, path, version, kSchemaVersion);
    return store;
}

ContentStore::ContentStore(sqlite3* db) : db_(db) {}

ContentStore::~ContentStore() {
    sqlite3_close(db_);
}

SnapshotInfo ContentStore::info() const {
    return guarded([&] {
        SnapshotInfo info;
        Statement st(db_, "SELECT key, value FROM meta WHERE key IN ('schema_version', 'content_version', "
                          "'built_at', 'publisher')");
        while (st.step()) {
            const std::string key = st.text(0);
            if (key == "schema_version") info.schema_version = std::atoi(st.text(1).c_str());
            else if (key == "content_version") info.content_version = st.text(1);
            else if (key == "built_at") info.built_at = st.text(1);
            else if (key == "publisher") info.publisher = st.text(1);
        }
        return info;
    });
}

Office ContentStore::office() const {
    return guarded([&] {
        Office o;
        Statement st(db_, "SELECT key, value FROM office");
        while (st.step()) {
            const std::string key = st.text(0);
            const std::string value = st.text(1);
            // Day counts were validated by pack; absent keys keep the Regulation's defaults from content_model.h.
            set_office_field(o, key, value, std::atoi(value.c_str()));
        }
        return o;
    });
}

std::vector<NamedCount> ContentStore::categories() const {
    return guarded([&] {
        std::vector<NamedCount> out;
        Statement st(db_, "SELECT category, count(*) AS n FROM documents GROUP BY category ORDER BY n DESC, category");
        while (st.step()) out.push_back({st.text(0), st.int32(1)});
        return out;
    });
}

std::vector<NamedCount> ContentStore::issuers() const {
    return guarded([&] {
        // Joint issuers are stored as "甲；乙"; each body counts on its own, so a filter by one finds joint documents.
        std::map<std::string, int> counts;
        Statement st(db_, "SELECT issuer, count(*) FROM documents GROUP BY issuer");
        while (st.step()) {
            const std::string all = st.text(0);
            const std::string sep = "；";
            for (size_t start = 0; start <= all.size();) {
                size_t end = all.find(sep, start);
                if (end == std::string::npos) end = all.size();
                if (end > start) counts[all.substr(start, end - start)] += st.int32(1);
                start = end + sep.size();
            }
        }
        std::vector<NamedCount> out;
        for (auto& [name, n] : counts) out.push_back({name, n});
        std::stable_sort(out.begin(), out.end(), [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
        return out;
    });
}

std::vector<NamedCount> ContentStore::years() const {
    return guarded([&] {
        std::vector<NamedCount> out;
        Statement st(db_, "SELECT year, count(*) FROM documents GROUP BY year ORDER BY year DESC");
        while (st.step()) out.push_back({std::to_string(st.int64(0)), st.int32(1)});
        return out;
    });
}

int ContentStore::count_documents(const CatalogFilter& filter) const {
    return guarded([&] {
        Statement st(db_, "SELECT count(*) FROM documents WHERE (?1 = '' OR category = ?1) AND (?2 = 0 OR year = ?2)");
        st.bind(1, filter.category).bind(2, filter.year);
        return st.step() ? st.int32(0) : 0;
    });
}

std::vector<DocumentSummary> ContentStore::list_documents(const CatalogFilter& filter, int offset, int limit) const {
    return guarded([&] {
        std::vector<DocumentSummary> out;
        if (limit <= 0) return out;
        Statement st(db_,
                     "SELECT id, title, doc_no, issuer, category, published_date, validity FROM documents "
                     "WHERE (?1 = '' OR category = ?1) AND (?2 = 0 OR year = ?2) "
                     "ORDER BY published_date DESC, index_no LIMIT ?3 OFFSET ?4");
        st.bind(1, filter.category).bind(2, filter.year).bind(3, limit).bind(4, offset < 0 ? 0 : offset);
        while (st.step()) {
            DocumentSummary d;
            read_summary(st, d);
            out.push_back(std::move(d));
        }
        return out;
    });
}

std::optional<Document> ContentStore::document(std::int64_t id) const {
    return guarded([&]() -> std::optional<Document> {
        Statement st(db_,
                     "SELECT id, title, doc_no, issuer, category, published_date, validity, "
                     "index_no, genre, written_date, keywords, summary, body FROM documents WHERE id = ?1");
        // A snapshot of schema 3, packed before 人名 and 附件说明 existed, is still shown: without them.
        const bool v4 = has_column(db_, "attachments", "caption");
        st.bind(1, id);
        if (!st.step()) return std::nullopt;
        Document d;
        read_summary(st, d);
        d.index_no = st.text(7);
        d.genre = st.text(8);
        d.written_date = st.text(9);
        d.keywords = st.text(10);
        d.summary = st.text(11);
        d.body = st.text(12);
        if (v4) {
            Statement names(db_, "SELECT names FROM documents WHERE id = ?1");
            names.bind(1, id);
            if (names.step()) d.names = split_list(names.text(0));
        }
        Statement att(db_, v4 ? "SELECT id, name, mime, length(data), caption FROM attachments WHERE document_id = ?1 "
                                "ORDER BY ordinal"
                              : "SELECT id, name, mime, length(data), '' FROM attachments WHERE document_id = ?1 "
                                "ORDER BY ordinal");
        att.bind(1, id);
        while (att.step())
            d.attachments.push_back({att.int64(0), att.text(1), att.text(4), att.text(2), att.int64(3)});
        return d;
    });
}

std::vector<unsigned char> ContentStore::attachment_data(std::int64_t attachment_id) const {
    return guarded([&] {
        Statement st(db_, "SELECT data FROM attachments WHERE id = ?1");
        st.bind(1, attachment_id);
        return st.step() ? st.blob(0) : std::vector<unsigned char>();
    });
}

std::optional<std::vector<unsigned char>> ContentStore::recording(std::string_view kind, std::string_view ref) const {
    return guarded([&]() -> std::optional<std::vector<unsigned char>> {
        Statement has(db_, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'recordings'");
        if (!has.step() || has.int64(0) != 1) return std::nullopt;  // schema 3–5: no recordings
        Statement st(db_, "SELECT data FROM recordings WHERE kind = ?1 AND ref = ?2");
        st.bind(1, kind).bind(2, ref);
        if (!st.step()) return std::nullopt;
        return st.blob(0);
    });
}

std::vector<GuideSummary> ContentStore::guides() const {
    return guarded([&] {
        std::vector<GuideSummary> out;
        Statement st(db_, "SELECT id, code, name, kind, agency FROM guides ORDER BY code");
        while (st.step()) {
            GuideSummary g;
            g.id = st.int64(0);
            g.code = st.text(1);
            g.name = st.text(2);
            g.kind = st.text(3);
            g.agency = st.text(4);
            out.push_back(std::move(g));
        }
        return out;
    });
}

std::optional<Guide> ContentStore::guide(std::int64_t id) const {
    return guarded([&]() -> std::optional<Guide> {
        Statement st(db_,
                     "SELECT id, code, name, kind, agency, basis, conditions, legal_days, promised_days, charged, fee, "
                     "place, hours, phone, complaint_phone, visits, progress FROM guides WHERE id = ?1");
        st.bind(1, id);
        if (!st.step()) return std::nullopt;
        Guide g;
        g.id = st.int64(0);
        g.code = st.text(1);
        g.name = st.text(2);
        g.kind = st.text(3);
        g.agency = st.text(4);
        g.basis = st.text(5);
        g.conditions = st.text(6);
        g.legal_days = st.int32(7);
        g.promised_days = st.int32(8);
        g.charged = st.int32(9) != 0;
        g.fee = st.text(10);
        g.place = st.text(11);
        g.hours = st.text(12);
        g.phone = st.text(13);
        g.complaint_phone = st.text(14);
        g.visits = st.int32(15);
        g.progress = st.text(16);

        Statement mat(db_,
                      "SELECT ordinal, name, copies, original_or_copy, medium, note FROM guide_materials "
                      "WHERE guide_id = ?1 ORDER BY ordinal");
        mat.bind(1, id);
        while (mat.step()) {
            g.materials.push_back({mat.int32(0), mat.text(1), mat.int32(2), mat.text(3), mat.text(4), mat.text(5)});
        }
        Statement step(db_, "SELECT ordinal, name, description FROM guide_steps WHERE guide_id = ?1 ORDER BY ordinal");
        step.bind(1, id);
        while (step.step()) g.steps.push_back({step.int32(0), step.text(1), step.text(2)});
        return g;
    });
}

std::vector<FeeStandard> ContentStore::fees() const {
    return guarded([&] {
        std::vector<FeeStandard> out;
        // Group by category in the order categories first appear in fees.csv, keeping the rows' own order inside.
        Statement st(db_,
                     "SELECT id, category, item, amount, unit, standard_text, basis, approver, note, effective_date "
                     "FROM fees ORDER BY min(source_order) OVER (PARTITION BY category), source_order");
        while (st.step()) {
            FeeStandard f;
            f.id = st.int64(0);
            f.category = st.text(1);
            f.item = st.text(2);
            if (!st.is_null(3)) f.amount = st.real(3);
            f.unit = st.text(4);
            f.standard_text = st.text(5);
            f.basis = st.text(6);
            f.approver = st.text(7);
            f.note = st.text(8);
            f.effective_date = st.text(9);
            out.push_back(std::move(f));
        }
        return out;
    });
}

std::vector<Announcement> ContentStore::announcements(const std::string& today) const {
    return guarded([&] {
        std::vector<Announcement> out;
        Statement st(db_,
                     "SELECT id, title, published_date, expires_date, body FROM announcements "
                     "WHERE expires_date = '' OR expires_date >= ?1 ORDER BY published_date DESC, id");
        st.bind(1, today);
        while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)});
        return out;
    });
}

std::string ContentStore::disclosure_guide() const {
    return guarded([&] {
        Statement st(db_, "SELECT body FROM pages WHERE key = 'disclosure_guide'");
        return st.step() ? st.text(0) : std::string();
    });
}

std::vector<CalendarDay> ContentStore::calendar() const {
    return guarded([&] {
        std::vector<CalendarDay> out;
        Statement st(db_, "SELECT date, kind, name FROM calendar ORDER BY date");
        while (st.step()) {
            out.push_back({st.text(0), st.text(1) == "workday" ? DayKind::AdjustedWorkday : DayKind::Holiday,
                           st.text(2)});
        }
        return out;
    });
}

std::vector<int> ContentStore::calendar_years() const {
    return guarded([&] {
        std::vector<int> out;
        Statement st(db_, "SELECT year FROM calendar_years ORDER BY year");
        while (st.step()) out.push_back(st.int32(0));
        return out;
    });
}

std::vector<std::string> ContentStore::person_names() const {
    return guarded([&] {
        std::vector<std::string> out;
        if (!has_column(db_, "documents", "names")) return out;
        std::set<std::string> seen;
        Statement st(db_, "SELECT names FROM documents WHERE names <> '' ORDER BY id");
        while (st.step()) {
            for (std::string& n : split_list(st.text(0))) {
                if (seen.insert(n).second) out.push_back(std::move(n));
            }
        }
        return out;
    });
}

std::string ContentStore::charset() const {
    return guarded([&] {
        Statement st(db_, "SELECT value FROM meta WHERE key = 'charset'");
        return st.step() ? st.text(0) : std::string();
    });
}

std::vector<std::pair<std::string, std::string>> ContentStore::readings() const {
    return guarded([&] {
        std::vector<std::pair<std::string, std::string>> out;
        {
            Statement has(db_, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'readings'");
            if (!has.step() || has.int64(0) == 0) return out;
        }
        Statement st(db_, "SELECT word, syllables FROM readings ORDER BY word");
        while (st.step()) out.emplace_back(st.text(0), st.text(1));
        return out;
    });
}

std::string fee_standard_label(const FeeStandard& f) {
    if (!f.amount) return f.standard_text;
    char buf[64];
    const double a = *f.amount;
    if (std::fabs(a - std::round(a)) < 0.005) std::snprintf(buf, sizeof buf, "%.0f", a);
    else std::snprintf(buf, sizeof buf, "%.2f", a);
    std::string s = std::string(buf) + " " + f.unit;
    if (!f.standard_text.empty()) s += "（" + f.standard_text + "）";
    return s;
}

}  // namespace kiosk::core
