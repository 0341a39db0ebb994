// search_index.h — builds the search index into a snapshot at pack time (never at kiosk start-up).
//
// The documents are already in the snapshot, numbered in search order (valid before expired and repealed, newest
// first), so the index's rowids are that order and a query can stop at the first page of matches. Stored beside the
// index: the traditional→simplified table used to fold it, the pinyin readings of the characters of titles, names
// and the vocabulary, and the vocabulary itself (search_vocab.h: the content's words with their readings, through
// which letters become Chinese), so the kiosk folds and reads queries exactly as the index was built.
#pragma once

#include <string>

#include "core/search/search_fold.h"
#include "core/search/search_tokenizer.h"

struct sqlite3;

namespace kiosk::core {

struct SearchIndexStats {
    long long documents = 0;
    long long text_bytes = 0;  // bytes of the text indexed (before folding)
    int vocabulary = 0;        // words in search_vocab
};

class PinyinTable;
class SearchLexicon;

// The index tables' DDL (kept here so the update check can compare a snapshot's schema with it).
extern const char* const kSearchIndexSchemaSql;

// Throws SqliteError on failure (the caller's transaction is then abandoned).
// Without `pinyin` or `lexicon` (tests of the index alone) there is no vocabulary, so letters find only letters.
SearchIndexStats build_search_index(sqlite3* db, const SearchFolder& folder, const PinyinTable* pinyin,
                                    const SearchLexicon* lexicon);

}  // namespace kiosk::core
