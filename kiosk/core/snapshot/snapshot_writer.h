// snapshot_writer.h — pack's second half: write validated content to a snapshot file, all or nothing.
//
// The kiosk may be reading the old snapshot while a new one is packed next to it, and power in a village hall can go
// at any moment. So the database is built in a temporary file in the output's own folder (rename is only atomic
// within one file system), in one transaction, fsynced and closed, and only then renamed over the output. Whatever
// happens before the rename leaves the output exactly as it was.
#pragma once

#include <memory>
#include <string>

#include "core/pack/pack_sources.h"
#include "core/search/search_index.h"
#include "core/search/search_vocab.h"

namespace kiosk::core {

struct SnapshotMeta {
    std::string content_version;
    std::string built_at;  // ISO 8601 UTC
    std::string publisher;
};

struct WriteOutcome {
    bool ok = false;
    std::string detail;  // what failed (sqlite's or the OS's words) when !ok
    int attachments = 0;
    std::size_t charset_size = 0;  // distinct code points stored in meta.charset
    SearchIndexStats search;
    int synonym_groups = 0;  // in search_synonyms: the built-in groups merged with synonyms.csv's
};

// What the search index is built with: the folding table, the readings of characters and the words a dictionary knows
// (see search_index.h and search_vocab.h).
struct SearchInputs {
    SearchFolder folder;
    const PinyinTable* pinyin = nullptr;                 // readings of characters (luna)
    std::shared_ptr<const SearchLexicon> lexicon;        // words a dictionary knows (essay, luna's phrases)
};

WriteOutcome write_snapshot(const PackedContent& content, const SnapshotMeta& meta, const SearchInputs& search,
                            const std::string& output_path);

}  // namespace kiosk::core
