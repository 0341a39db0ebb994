// snapshot_writer.cpp — see snapshot_writer.h.
#include "core/snapshot/snapshot_writer.h"

#include "core/base/durable_file.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/zh/charset.h"
#include "core/snapshot/schema.h"
#include "core/search/search_index.h"
#include "core/search/search_synonyms.h"
#include "core/base/sqlite_util.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace fs = std::filesystem;

namespace {

const char* validity_token(Validity v) {
    switch (v) {
        case Validity::Valid: return "valid";
        case Validity::Expired: return "expired";
        case Validity::Repealed: return "repealed";
    }
    return "valid";
}

// Everything that goes into the database as text passes through here, so the charset cannot miss a field.
class TextSink {
public:
    const std::string& operator()(const std::string& s) {
        charset.add(s);
        return s;
    }
    CharsetCollector charset;
};

int insert_all(sqlite3* db, const PackedContent& c, const SnapshotMeta& meta, TextSink& t) {
    {
        Statement st(db, "INSERT INTO office (key, value) VALUES (?1, ?2)");
        for (const auto& [key, value] : c.office) {
            st.bind(1, t(key)).bind(2, t(value)).run();
        }
    }

    int attachment_count = 0;
    {
        Statement doc(db,
                      "INSERT INTO documents (index_no, title, doc_no, issuer, category, genre, written_date, "
                      "published_date, year, validity, keywords, summary, body, names) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        Statement att(db,
                      "INSERT INTO attachments (document_id, ordinal, name, mime, data, caption) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        // Documents are numbered in search order — valid before expired and repealed, newest first — so the search
        // index (whose rowids are these ids) yields matches best-first and a query can stop after one page.
        std::vector<const PackedDocument*> order;
        for (const auto& pd : c.documents) order.push_back(&pd);
        std::stable_sort(order.begin(), order.end(), [](const PackedDocument* a, const PackedDocument* b) {
            const bool va = a->doc.validity == Validity::Valid, vb = b->doc.validity == Validity::Valid;
            if (va != vb) return va;
            if (a->doc.published_date != b->doc.published_date) return a->doc.published_date > b->doc.published_date;
            return a->doc.index_no < b->doc.index_no;
        });
        for (const PackedDocument* ppd : order) {
            const auto& pd = *ppd;
            const Document& d = pd.doc;
            doc.bind(1, t(d.index_no))
                .bind(2, t(d.title))
                .bind(3, t(d.doc_no))
                .bind(4, t(d.issuer))
                .bind(5, t(d.category))
                .bind(6, t(d.genre))
                .bind(7, t(d.written_date))
                .bind(8, t(d.published_date))
                .bind(9, std::stoi(d.published_date.substr(0, 4)))
                .bind(10, validity_token(d.validity))
                .bind(11, t(d.keywords))
                .bind(12, t(d.summary))
                .bind(13, t(d.body))
                .bind(14, t(join_list(d.names)))
                .run();
            const std::int64_t doc_id = sqlite3_last_insert_rowid(db);
            int ordinal = 0;
            for (const auto& a : pd.attachments) {
                att.bind(1, doc_id).bind(2, ++ordinal).bind(3, t(a.name)).bind(4, a.mime).bind(6, t(a.caption));
                att.bind_blob(5, a.data.data(), a.data.size()).run();
                ++attachment_count;
            }
        }
    }

    {
        Statement guide(db,
                        "INSERT INTO guides (code, name, kind, agency, basis, conditions, legal_days, promised_days, "
                        "charged, fee, place, hours, phone, complaint_phone, visits, progress) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        Statement mat(db,
                      "INSERT INTO guide_materials (guide_id, ordinal, name, copies, original_or_copy, medium, note) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        Statement step(db, "INSERT INTO guide_steps (guide_id, ordinal, name, description) VALUES (?1, ?2, ?3, ?4)");
        for (const auto& g : c.guides) {
            guide.bind(1, t(g.code))
                .bind(2, t(g.name))
                .bind(3, t(g.kind))
                .bind(4, t(g.agency))
                .bind(5, t(g.basis))
                .bind(6, t(g.conditions))
                .bind(7, g.legal_days)
                .bind(8, g.promised_days)
                .bind(9, g.charged ? 1 : 0)
                .bind(10, t(g.fee))
                .bind(11, t(g.place))
                .bind(12, t(g.hours))
                .bind(13, t(g.phone))
                .bind(14, t(g.complaint_phone))
                .bind(15, g.visits)
                .bind(16, t(g.progress))
                .run();
            t(std::to_string(g.legal_days) + " " + std::to_string(g.promised_days) + " " + std::to_string(g.visits));
            const std::int64_t guide_id = sqlite3_last_insert_rowid(db);
            for (const auto& m : g.materials) {
                mat.bind(1, guide_id)
                    .bind(2, m.ordinal)
                    .bind(3, t(m.name))
                    .bind(4, m.copies)
                    .bind(5, t(m.original_or_copy))
                    .bind(6, t(m.medium))
                    .bind(7, t(m.note))
                    .run();
                t(std::to_string(m.ordinal) + " " + std::to_string(m.copies));
            }
            for (const auto& s : g.steps) {
                step.bind(1, guide_id).bind(2, s.ordinal).bind(3, t(s.name)).bind(4, t(s.description)).run();
                t(std::to_string(s.ordinal));
            }
        }
    }

    {
        Statement fee(db,
                      "INSERT INTO fees (source_order, category, item, amount, unit, standard_text, basis, approver, "
                      "note, effective_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        int order = 0;
        for (const auto& f : c.fees) {
            fee.bind(1, ++order)
                .bind(2, t(f.category))
                .bind(3, t(f.item))
                .bind(4, f.amount)
                .bind(5, t(f.unit))
                .bind(6, t(f.standard_text))
                .bind(7, t(f.basis))
                .bind(8, t(f.approver))
                .bind(9, t(f.note))
                .bind(10, t(f.effective_date))
                .run();
            if (f.amount) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.2f %g", *f.amount, *f.amount);
                t(buf);
            }
        }
    }

    {
        Statement st(db, "INSERT INTO announcements (title, published_date, expires_date, body) VALUES (?1, ?2, ?3, ?4)");
        for (const auto& a : c.announcements) {
            st.bind(1, t(a.title)).bind(2, t(a.published_date)).bind(3, t(a.expires_date)).bind(4, t(a.body)).run();
        }
    }

    Statement(db, "INSERT INTO pages (key, title, body) VALUES ('disclosure_guide', ?1, ?2)")
        .bind(1, t(c.disclosure_guide_title))
        .bind(2, t(c.disclosure_guide))
        .run();

    {
        // The audio is the county's file byte for byte (pack decoded it once to check it); the kiosk decodes it when
        // it plays. The ref is text of the snapshot (a guide's name, a notice's title) like any other.
        Statement st(db, "INSERT INTO recordings (kind, ref, format, duration_ms, data) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const auto& r : c.recordings) {
            st.bind(1, r.kind).bind(2, t(r.ref)).bind(3, r.format).bind(4, static_cast<std::int64_t>(r.duration_ms));
            st.bind_blob(5, r.data.data(), r.data.size()).run();
        }
    }

    {
        Statement st(db, "INSERT INTO calendar (date, kind, name) VALUES (?1, ?2, ?3)");
        for (const auto& d : c.calendar) {
            st.bind(1, t(d.date)).bind(2, d.kind == DayKind::Holiday ? "holiday" : "workday").bind(3, t(d.name)).run();
        }
        Statement years(db, "INSERT INTO calendar_years (year) VALUES (?1)");
        for (const int y : c.calendar_years) years.bind(1, y).run();
    }

    // meta last, so that the charset has seen every other text; meta's own texts are in it too.
    {
        const std::string schema_version = std::to_string(kSchemaVersion);
        t(meta.content_version);
        t(meta.built_at);
        t(meta.publisher);
        const std::string charset = t.charset.utf8();
        Statement st(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
        st.bind(1, "schema_version").bind(2, schema_version).run();
        st.bind(1, "content_version").bind(2, meta.content_version).run();
        st.bind(1, "built_at").bind(2, meta.built_at).run();
        st.bind(1, "publisher").bind(2, meta.publisher).run();
        st.bind(1, "charset").bind(2, charset).run();
    }
    return attachment_count;
}

}  // namespace

WriteOutcome write_snapshot(const PackedContent& content, const SnapshotMeta& meta, const SearchInputs& search,
                            const std::string& output_path) {
    WriteOutcome outcome;
    std::string tmp;
    const int fd = make_temp_beside(output_path, &tmp);
    if (fd < 0) {
        outcome.detail = output_path + ": " + std::strerror(errno);
        return outcome;
    }
    ::close(fd);

    sqlite3* db = nullptr;
    try {
        if (sqlite3_open_v2(tmp.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            throw SqliteError(db ? sqlite3_errmsg(db) : "cannot open");
        }
        // page_size must be set before the first table exists. No journal: the temporary file is thrown away on any
        // failure, so a rollback journal would only cost writes. Durability comes from the fsync below.
        exec_sql(db, "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                     "PRAGMA foreign_keys = ON;");
        exec_sql(db, "BEGIN IMMEDIATE");
        exec_sql(db, kSnapshotSchemaSql);
        TextSink sink;
        // Merged with the folder the index is built with, so groups join exactly where search would find one word.
        const MergedSynonymGroups synonyms =
            merge_synonym_groups(builtin_synonym_groups(), content.synonyms, search.folder);
        // Written after the index, but text of the snapshot like any other, so through the sink before meta is.
        for (const auto& group : synonyms) {
            for (const SynonymWord& w : group) sink(w.word);
        }
        outcome.attachments = insert_all(db, content, meta, sink);
        outcome.charset_size = sink.charset.size();
        // The synonyms first: the index's vocabulary takes their words too.
        write_synonym_groups(db, synonyms);
        outcome.synonym_groups = static_cast<int>(synonyms.size());
        {
            Statement st(db, "INSERT INTO readings (word, syllables) VALUES (?1, ?2)");
            for (const auto& [word, syllables] : content.readings) st.bind(1, word).bind(2, syllables).run();
        }
        outcome.search = build_search_index(db, search.folder, search.pinyin, search.lexicon.get());
        exec_sql(db, "COMMIT");
        if (sqlite3_close(db) != SQLITE_OK) {
            db = nullptr;
            throw SqliteError("close failed");
        }
        db = nullptr;
    } catch (const std::exception& e) {
        if (db) sqlite3_close(db);
        ::unlink(tmp.c_str());
        outcome.detail = e.what();
        return outcome;
    }

    if (!fsync_path(tmp, O_RDONLY)) {
        outcome.detail = tmp + ": fsync: " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return outcome;
    }
    if (::rename(tmp.c_str(), output_path.c_str()) != 0) {
        outcome.detail = output_path + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return outcome;
    }
    // Make the rename itself durable. A failure here is not worth failing the pack for: the new file is in place.
    fsync_parent_dir(output_path);
    outcome.ok = true;
    return outcome;
}

}  // namespace kiosk::core
