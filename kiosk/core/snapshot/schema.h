// schema.h — the snapshot's SQLite schema, shared by pack (which writes it) and ContentStore (which reads it).
#pragma once

namespace kiosk::core {

// Bump when a reader of the old layout would misread the new one. ContentStore refuses other versions.
inline constexpr int kSchemaVersion = 6;  // 2: the search index; 3: one index table per ranking tier;
                                          // 4: attachments.caption (附件说明), documents.names (人名);
                                          // 5: search_vocab, search_synonyms, 索引号 in search_head, no
                                          //    per-character pinyin postings (a v4 index answers letters with nothing)
                                          // 6: readings (读音), recordings (录音); older ones read as empty
// The oldest version ContentStore still opens: 3 lacks only the columns 4 added, read as empty, and 3 and 4 lack
// search_synonyms, read as the built-in groups (search_synonyms.h).
inline constexpr int kOldestReadableSchemaVersion = 3;

// The DDL pack runs on a fresh database. Kept in one place so the reader's expectations and the writer agree.
extern const char* const kSnapshotSchemaSql;

}  // namespace kiosk::core
