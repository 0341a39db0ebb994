// schema.h — the snapshot's SQLite schema, shared by pack (which writes it) and ContentStore (which reads it).
#pragma once

namespace kiosk::core {

// Bump when a reader of the old layout would misread the new one. ContentStore refuses other versions.
inline constexpr int kSchemaVersion = 3;  // 2: the search index; 3: one index table per ranking tier

// The DDL pack runs on a fresh database. Kept in one place so the reader's expectations and the writer agree.
extern const char* const kSnapshotSchemaSql;

}  // namespace kiosk::core
