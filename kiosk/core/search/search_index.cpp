// search_index.cpp — see search_index.h.
#include "core/base/utf8.h"
#include "core/search/search_index.h"

#include <sqlite3.h>

#include <set>

#include "core/base/sqlite_util.h"
#include "core/search/search_vocab.h"
#include "core/zh/pinyin.h"

namespace kiosk::core {

// One table per ranking tier, so the first tiers' small indexes answer most first pages without reading the body
// index, whose posting lists are a hundred times longer. The last holds everything (the first two's few columns
// again, beside the bodies): "every part somewhere in the document" and the count of all matches are then one
// FTS5 query, intersected inside FTS5, instead of a union of three tables.
const char* const kSearchIndexSchemaSql =
    "CREATE VIRTUAL TABLE search_head USING fts5(title, doc_no, index_no,"
    "  tokenize = 'kiosk', content = '', columnsize = 0, detail = full);"
    "CREATE VIRTUAL TABLE search_meta USING fts5(issuer, keywords, category, summary,"
    "  tokenize = 'kiosk', content = '', columnsize = 0, detail = full);"
    "CREATE VIRTUAL TABLE search_all USING fts5(title, doc_no, index_no, issuer, keywords, category, summary, body,"
    "  tokenize = 'kiosk', content = '', columnsize = 0, detail = full);"
    "CREATE TABLE search_fold (from_char INTEGER PRIMARY KEY, to_char INTEGER NOT NULL) STRICT;"
    "CREATE TABLE search_readings (ch INTEGER PRIMARY KEY, readings TEXT NOT NULL) STRICT;"
    "CREATE TABLE search_vocab (word TEXT PRIMARY KEY, readings TEXT NOT NULL, weight INTEGER NOT NULL) STRICT;";

SearchIndexStats build_search_index(sqlite3* db, const SearchFolder& folder, const PinyinTable* pinyin,
                                    const SearchLexicon* lexicon) {
    std::string error;
    if (!register_search_tokenizer(db, &error)) throw SqliteError(error);
    exec_sql(db, kSearchIndexSchemaSql);
    {
        Statement st(db, "INSERT INTO search_fold (from_char, to_char) VALUES (?1, ?2)");
        for (auto [from, to] : folder.pairs()) st.bind(1, static_cast<std::int64_t>(from)).bind(2, static_cast<std::int64_t>(to)).run();
    }

    SearchIndexStats stats;
    std::set<char32_t> pinyin_chars;
    auto folded = [&](const std::string& s) {
        std::string out;
        for (char32_t c : folder.fold(s)) append_utf8(out, c);
        return out;
    };
    // Letters reach text through the vocabulary (search_vocab.h), not through readings indexed per character.
    auto folded_noted = [&](const std::string& s) {
        std::string out;
        for (char32_t c : folder.fold(s)) {
            append_utf8(out, c);
            if (is_han(c)) pinyin_chars.insert(c);
        }
        return out;
    };
    Statement read(db, "SELECT id, title, doc_no, issuer, keywords, category, summary, body, index_no FROM documents "
                       "ORDER BY id");
    Statement head(db, "INSERT INTO search_head (rowid, title, doc_no, index_no) VALUES (?1, ?2, ?3, ?4)");
    Statement meta(db, "INSERT INTO search_meta (rowid, issuer, keywords, category, summary) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement all(db, "INSERT INTO search_all (rowid, title, doc_no, index_no, issuer, keywords, category, summary, body) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    while (read.step()) {
        const std::int64_t id = read.int64(0);
        head.bind(1, id).bind(2, folded_noted(read.text(1))).bind(3, folded(read.text(2))).bind(4, folded(read.text(8))).run();
        meta.bind(1, id)
            .bind(2, folded_noted(read.text(3)))
            .bind(3, folded_noted(read.text(4)))
            .bind(4, folded_noted(read.text(5)))
            .bind(5, folded(read.text(6)))
            .run();
        all.bind(1, id).bind(2, folded(read.text(1))).bind(3, folded(read.text(2))).bind(4, folded(read.text(8)))
            .bind(5, folded(read.text(3))).bind(6, folded(read.text(4))).bind(7, folded(read.text(5)))
            .bind(8, folded(read.text(6))).bind(9, folded(read.text(7))).run();
        ++stats.documents;
        for (int c = 1; c <= 7; ++c) stats.text_bytes += static_cast<long long>(read.text(c).size());
    }
    // Guides and fee items are few; the kiosk matches them in memory. Their characters' readings are stored too, so
    // the syllables of their names are in the kiosk's syllable table.
    {
        Statement names(db, "SELECT name FROM guides UNION ALL SELECT item FROM fees UNION ALL SELECT category FROM fees");
        while (names.step())
            for (char32_t c : folder.fold(names.text(0)))
                if (is_han(c)) pinyin_chars.insert(c);
    }
    if (pinyin && lexicon) stats.vocabulary = build_search_vocabulary(db, folder, *pinyin, *lexicon);
    if (pinyin) {
        // The readings of the vocabulary's characters too: the kiosk's syllable table (PinyinTable::from_readings)
        // is made of them.
        Statement words(db, "SELECT word FROM search_vocab");
        while (words.step())
            for (char32_t c : folder.fold(words.text(0)))
                if (is_han(c)) pinyin_chars.insert(c);
        Statement st(db, "INSERT INTO search_readings (ch, readings) VALUES (?1, ?2)");
        for (char32_t c : pinyin_chars) {
            const auto& r = pinyin->readings(c);
            if (r.empty()) continue;
            std::string joined;
            for (const auto& s : r) joined += (joined.empty() ? "" : " ") + s;
            st.bind(1, static_cast<std::int64_t>(c)).bind(2, joined).run();
        }
    }
    // Merge the index's segments into one, so queries read one b-tree per term.
    exec_sql(db, "INSERT INTO search_head (search_head) VALUES ('optimize');"
                 "INSERT INTO search_meta (search_meta) VALUES ('optimize');"
                 "INSERT INTO search_all (search_all) VALUES ('optimize');");
    return stats;
}

}  // namespace kiosk::core
