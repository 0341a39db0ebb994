// snapshot_check.h — opening a snapshot that came from outside, defensively, before it is ever switched in.
//
// A signed bundle can still carry a snapshot that a buggy or compromised pack made: SQLite schema objects can run
// code (triggers, views with functions, generated columns), and a damaged file can crash a careless reader. So the
// staged copy is opened read-only with SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off, triggers and views disabled,
// then PRAGMA integrity_check, then its schema is compared object by object with the one this build writes, and its
// values are checked where the kiosk would trust them (attachment names and types, references) and against every
// content limit (content_limits.h).
#pragma once

#include <string>

#include "core/updates/update_result.h"

struct sqlite3;

namespace kiosk::core {

// Opens `path` read-only with the defensive settings above (no check). nullptr with *error on failure.
sqlite3* open_snapshot_defensively(const std::string& path, std::string* error);

// Ok, or UnsafeContent / UnsupportedSchema / Damaged (part "snapshot.db") / ContentLimit (with `limit`) and the
// detail. Only ever run on a bundle whose signature and hashes were verified, so ContentLimit means the publisher
// packed a value over a limit, not that someone changed the file.
UpdateResult check_snapshot(const std::string& path);

// What `new_path` changes against `old_path` (both already checked). An unreadable old snapshot counts as empty.
ContentDiff diff_snapshots(const std::string& old_path, const std::string& new_path);

}  // namespace kiosk::core
