// search_index.h — builds the search index into a snapshot at pack time (never at kiosk start-up).
//
// The documents are already in the snapshot, numbered in search order (valid before expired and repealed, newest
// first), so the index's rowids are that order and a query can stop at the first page of matches. Stored beside the
// index: the traditional→simplified table used to fold it, and the pinyin readings of the characters in the
// pinyin-indexed columns, so the kiosk folds and segments queries exactly as the index was built.
#pragma once

#include <string>

#include "core/search/search_fold.h"
#include "core/search/search_tokenizer.h"

struct sqlite3;

namespace kiosk::core {

struct SearchIndexStats {
    long long documents = 0;
    long long text_bytes = 0;  // bytes of the text indexed (before folding)
};

// The index tables' DDL (kept here so the update check can compare a snapshot's schema with it).
extern const char* const kSearchIndexSchemaSql;

// Throws SqliteError on failure (the caller's transaction is then abandoned).
SearchIndexStats build_search_index(sqlite3* db, const SearchFolder& folder, const ReadingsFn& readings);

}  // namespace kiosk::core
