// content_install.h — the kiosk's installed content and the one road by which it changes: import and rollback.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>

#include "core/updates/bundle_io.h"
#include "core/content/content_model.h"
#include "core/updates/update_result.h"

namespace kiosk::core {

class AuditLog;

// Fault injection for tests: called at every step that changes the disk (each chunk written, fsync, link, rename)
// with a name for the step. A test's hook kills the process (or pulls the source away) at the Nth call.
using FaultHook = std::function<void(const char* step)>;

struct ImportOptions {
    bool allow_older = false;              // staff chose to go back to an older (or the same) version
    ProgressFn progress;                   // bytes copied of the total
    const std::atomic<bool>* cancel = nullptr;  // set by the caller to stop staging (the stick is being removed)
    FaultHook fault;
    std::uint64_t reserve_bytes = 32ull << 20;  // free space to leave on the disk beyond the new snapshot
};

// A verified, checked copy waiting in staging/ to be switched in.
struct StagedUpdate {
    std::string source;      // the bundle it came from
    std::string staged_path; // staging/NAME.db
    Manifest manifest;
    ContentDiff diff;
};

class ContentInstall {
public:
    explicit ContentInstall(std::string content_dir);

    const std::string& dir() const { return dir_; }
    std::string current_path() const;
    std::string previous_path() const;
    std::string staging_dir() const;

    // At start-up: creates the folder, removes leftovers of an interrupted import from staging/. Never touches
    // current.db or previous.db. False with *error if the folder cannot be made writable.
    bool recover(std::string* error);

    // The snapshot to show: current.db if it opens as a snapshot of this schema, else previous.db, else `factory`
    // (the demo or the content installed with the package). *note says, in Chinese, why a fallback was taken.
    std::string live_snapshot(const std::string& factory, std::string* note = nullptr) const;

    std::optional<SnapshotInfo> current_info() const;
    std::optional<SnapshotInfo> previous_info() const;

    // Copies, verifies and checks `bundle_path` into staging/. On success *staged describes it.
    UpdateResult stage(const std::string& bundle_path, const TrustedKeys& keys, const ImportOptions& options,
                       StagedUpdate* staged);
    // Switches a staged update in (the two renames).
    UpdateResult commit(const StagedUpdate& staged, const ImportOptions& options);
    // Removes a staged copy that staff decided not to switch in.
    void discard(const StagedUpdate& staged);
    // stage + commit.
    UpdateResult import(const std::string& bundle_path, const TrustedKeys& keys, const ImportOptions& options);
    // Swaps current.db and previous.db, so a second rollback undoes the first.
    UpdateResult rollback(const ImportOptions& options);

    // The version imports are compared with: current.db's, or else the factory snapshot's set here.
    void set_factory_snapshot(const std::string& path) { factory_ = path; }
    std::string installed_version() const;
    // Every stage, commit, import and rollback is recorded here when set (the kiosk and kioskctl both set it).
    void set_audit_log(AuditLog* audit) { audit_ = audit; }

private:
    void record(const char* action, const std::string& source, const UpdateResult& r) const;
    // The snapshot that is shown now: current.db, or the factory snapshot when nothing was imported yet.
    std::string shown_path() const;
    std::string dir_;
    std::string factory_;
    AuditLog* audit_ = nullptr;
    bool quiet_ = false;  // inside import(): its stage and commit are recorded as one "import"
};

}  // namespace kiosk::core
