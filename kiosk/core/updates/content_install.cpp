// content_install.cpp — see content_install.h.
//
// Sections: paths and start-up recovery; what is installed; staging; the switch; rollback.
//
// The content folder (DATA/content/) holds:
//   current.db   the snapshot the kiosk shows; always complete, replaced only by rename(2)
//   previous.db  the one before it, kept for one-step rollback (a hard link made before the switch)
//   staging/     copies being made; whatever an interrupted import left there is removed at the next start
//
// An import: read the bundle header from the source and check signature, key, versions and free space (nothing is
// written before that); copy the parts into staging/ while hashing them (so what was hashed is what was written,
// whatever the stick does afterwards); fsync; compare hashes; open the copy defensively and check it
// (snapshot_check.h); then previous.db := current.db (link + rename) and current.db := staged (rename), fsyncing the
// folder after each. At every instant current.db is one complete snapshot — the old one or the new one, never a mix
// — so a killed process or a power cut at any point leaves a kiosk that starts. Applications and usage figures live
// in other databases in DATA/ and are never touched.
//
// The same code runs in the kiosk (on a worker thread, update_worker.h) and in kioskctl import/rollback.
#include "core/updates/content_install.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/updates/audit_log.h"
#include "core/content/content_store.h"
#include "core/base/durable_file.h"
#include "core/snapshot/snapshot_check.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"

namespace kiosk::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kCurrentName = "current.db";
constexpr const char* kPreviousName = "previous.db";
constexpr const char* kIncomingName = "incoming.db";
// Temporary names in the content folder itself (links must stay on one file system). Dot names: never listed as
// content, and removed or finished by recover().
constexpr const char* kPreviousTmpName = ".previous.db.new";
constexpr const char* kSwapTmpName = ".rollback.db.swap";

UpdateResult make(UpdateOutcome o, std::string detail = "") {
    UpdateResult r;
    r.outcome = o;
    r.detail = std::move(detail);
    return r;
}

UpdateResult from_errno(const std::string& what) {
    const int e = errno;
    return make(e == ENOSPC || e == EDQUOT ? UpdateOutcome::NoSpace : UpdateOutcome::IoError,
                e == ENOSPC || e == EDQUOT ? std::string("1") : what + ": " + std::strerror(e));
}

void step(const ImportOptions& o, const char* name) {
    if (o.fault) o.fault(name);
}

bool exists(const std::string& path) {
    struct stat sb {};
    return ::lstat(path.c_str(), &sb) == 0;
}

std::optional<SnapshotInfo> info_of(const std::string& path) {
    if (path.empty() || !exists(path)) return std::nullopt;
    try {
        return ContentStore::open(path)->info();
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

// ---- Paths and start-up recovery ----------------------------------------------------------------------------------

ContentInstall::ContentInstall(std::string content_dir) : dir_(std::move(content_dir)) {}

std::string ContentInstall::current_path() const { return dir_ + "/" + kCurrentName; }
std::string ContentInstall::previous_path() const { return dir_ + "/" + kPreviousName; }
std::string ContentInstall::staging_dir() const { return dir_ + "/staging"; }

bool ContentInstall::recover(std::string* error) {
    std::error_code ec;
    fs::create_directories(staging_dir(), ec);
    if (ec) {
        *error = staging_dir() + ": " + ec.message();
        return false;
    }
    // An interrupted rollback that had already put previous in place finishes its swap; any other leftover goes.
    const std::string swap = dir_ + "/" + kSwapTmpName;
    if (exists(swap)) {
        if (!exists(previous_path()) && exists(current_path())) ::rename(swap.c_str(), previous_path().c_str());
        else ::unlink(swap.c_str());
    }
    ::unlink((dir_ + "/" + kPreviousTmpName).c_str());
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        // A factory copy interrupted before its rename (make_temp_beside's ".previous.db.tmp-XXXXXX").
        if (entry.path().filename().string().rfind(".previous.db.tmp-", 0) == 0) fs::remove(entry.path(), ec);
    }
    for (const auto& entry : fs::directory_iterator(staging_dir(), ec)) fs::remove_all(entry.path(), ec);
    fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    return true;
}

// ---- What is installed ----------------------------------------------------------------------------------------------

std::string ContentInstall::live_snapshot(const std::string& factory, std::string* note) const {
    if (info_of(current_path())) return current_path();
    const bool had_current = exists(current_path());
    if (info_of(previous_path())) {
        if (note) *note = str::kFallbackPrevious;
        return previous_path();
    }
    if (note && had_current) *note = str::kFallbackFactory;
    return factory;
}

std::optional<SnapshotInfo> ContentInstall::current_info() const { return info_of(current_path()); }
std::optional<SnapshotInfo> ContentInstall::previous_info() const { return info_of(previous_path()); }

std::string ContentInstall::shown_path() const { return exists(current_path()) ? current_path() : factory_; }

std::string ContentInstall::installed_version() const {
    const auto info = info_of(shown_path());
    return info ? info->content_version : std::string();
}

void ContentInstall::record(const char* action, const std::string& source, const UpdateResult& r) const {
    if (audit_ && !quiet_) audit_->record(action, source, r);
}

// ---- Staging --------------------------------------------------------------------------------------------------------

UpdateResult ContentInstall::stage(const std::string& bundle_path, const TrustedKeys& keys,
                                   const ImportOptions& options, StagedUpdate* staged) {
    const std::string installed = installed_version();
    const std::string incoming = staging_dir() + "/" + kIncomingName;
    int out = -1;
    bool created = false;

    ReadOptions read;
    read.progress = options.progress;
    read.cancel = options.cancel;
    // Before a single byte is written: is it newer, and is there room?
    read.accept = [&](const BundleHeader& h) {
        UpdateResult r = make(UpdateOutcome::Ok);
        r.installed_version = installed;
        if (!installed.empty() && !options.allow_older &&
            compare_versions(h.manifest.content_version, installed) <= 0) {
            r.outcome = UpdateOutcome::NotNewer;
            return r;
        }
        struct statvfs vfs {};
        if (::statvfs(dir_.c_str(), &vfs) == 0) {
            const std::uint64_t free_bytes = static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize;
            const std::uint64_t need = h.manifest.total_part_bytes() + options.reserve_bytes;
            if (free_bytes < need) {
                r.outcome = UpdateOutcome::NoSpace;
                r.detail = std::to_string((need - free_bytes) / (1 << 20) + 1);
                return r;
            }
        }
        std::error_code ec;
        fs::create_directories(staging_dir(), ec);
        step(options, "create-staging");
        out = ::open(incoming.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);  // read back by the hasher
        if (out < 0) {
            UpdateResult e = from_errno(incoming);
            e.installed_version = installed;
            return e;
        }
        created = true;
        read.stage_fd = out;  // read_bundle reads it after accept returns: the copy goes here
        return r;
    };
    read.step = [&](const char* name) { step(options, name); };

    BundleHeader header;
    UpdateResult r = read_bundle(bundle_path, keys, read, &header);
    auto abandon = [&](UpdateResult res) {
        if (out >= 0) ::close(out);
        out = -1;
        if (created) ::unlink(incoming.c_str());
        res.installed_version = installed;
        record("stage", bundle_path, res);
        return res;
    };
    if (!r.ok()) return abandon(r);

    step(options, "fsync-staged");
    if (::fsync(out) != 0) return abandon(from_errno(incoming));
    ::close(out);
    out = -1;

    // Only now, with every byte matching the signed manifest, is the copy opened as a database.
    step(options, "check");
    UpdateResult checked = check_snapshot(incoming);
    if (checked.ok()) {
        const auto info = info_of(incoming);
        if (!info || info->content_version != header.manifest.content_version) {
            checked = make(UpdateOutcome::UnsafeContent, "the snapshot's version differs from its manifest's");
        }
    }
    if (!checked.ok()) {
        checked.have_manifest = true;
        checked.manifest = header.manifest;
        return abandon(checked);
    }

    r.diff = diff_snapshots(shown_path(), incoming);
    r.installed_version = installed;
    if (staged) {
        staged->source = bundle_path;
        staged->staged_path = incoming;
        staged->manifest = header.manifest;
        staged->diff = r.diff;
    }
    record("stage", bundle_path, r);
    return r;
}

void ContentInstall::discard(const StagedUpdate& staged) {
    ::unlink(staged.staged_path.c_str());
}

// ---- The switch -----------------------------------------------------------------------------------------------------

UpdateResult ContentInstall::commit(const StagedUpdate& staged, const ImportOptions& options) {
    UpdateResult r = make(UpdateOutcome::Ok);
    r.have_manifest = true;
    r.manifest = staged.manifest;
    r.diff = staged.diff;
    r.installed_version = installed_version();
    auto done = [&](UpdateResult res) {
        record("commit", staged.source, res);
        return res;
    };
    if (!exists(staged.staged_path)) return done(make(UpdateOutcome::IoError, staged.staged_path + ": gone"));

    // The first import: the factory snapshot becomes previous.db (a copy: it is elsewhere, often read-only), so
    // one rollback returns to what the kiosk was installed with.
    if (!exists(current_path()) && !factory_.empty() && exists(factory_)) {
        step(options, "copy-factory-to-previous");
        std::string tmp;
        const int fd = make_temp_beside(previous_path(), &tmp);
        if (fd < 0) return done(from_errno(previous_path()));
        ::close(fd);
        std::error_code ec;
        fs::copy_file(factory_, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec || !fsync_path(tmp, O_RDONLY) || ::rename(tmp.c_str(), previous_path().c_str()) != 0) {
            ::unlink(tmp.c_str());
            return done(make(UpdateOutcome::IoError, previous_path() + ": " + (ec ? ec.message() : std::strerror(errno))));
        }
    }
    // previous.db := current.db, by a hard link renamed into place: current.db is never absent.
    if (exists(current_path())) {
        const std::string tmp = dir_ + "/" + kPreviousTmpName;
        ::unlink(tmp.c_str());
        step(options, "link-previous");
        if (::link(current_path().c_str(), tmp.c_str()) != 0) return done(from_errno(tmp));
        step(options, "rename-previous");
        if (::rename(tmp.c_str(), previous_path().c_str()) != 0) {
            UpdateResult e = from_errno(previous_path());
            ::unlink(tmp.c_str());
            return done(e);
        }
        step(options, "fsync-dir");
        fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    }
    // The switch itself: one rename.
    step(options, "rename-current");
    if (::rename(staged.staged_path.c_str(), current_path().c_str()) != 0) return done(from_errno(current_path()));
    step(options, "fsync-dir-after-switch");
    fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    fsync_path(staging_dir(), O_RDONLY | O_DIRECTORY);
    return done(r);
}

UpdateResult ContentInstall::import(const std::string& bundle_path, const TrustedKeys& keys,
                                    const ImportOptions& options) {
    quiet_ = true;
    StagedUpdate staged;
    UpdateResult r = stage(bundle_path, keys, options, &staged);
    if (r.ok()) {
        const ContentDiff diff = r.diff;
        const std::string installed = r.installed_version;
        r = commit(staged, options);
        r.diff = diff;
        r.installed_version = installed;
    }
    quiet_ = false;
    record("import", bundle_path, r);
    return r;
}

// ---- Rollback -------------------------------------------------------------------------------------------------------

UpdateResult ContentInstall::rollback(const ImportOptions& options) {
    auto done = [&](UpdateResult res) {
        record("rollback", "", res);
        return res;
    };
    const auto back_to = info_of(previous_path());
    if (!exists(previous_path())) return done(make(UpdateOutcome::NothingToRollBack));
    if (!back_to) return done(make(UpdateOutcome::Damaged, "previous.db does not open"));
    UpdateResult r = make(UpdateOutcome::Ok);
    r.rolled_back = true;
    r.installed_version = installed_version();
    r.diff = diff_snapshots(shown_path(), previous_path());
    r.manifest.content_version = back_to->content_version;
    r.manifest.publisher = back_to->publisher;

    const std::string swap = dir_ + "/" + kSwapTmpName;
    const bool had_current = exists(current_path());
    ::unlink(swap.c_str());
    if (had_current) {
        step(options, "link-swap");
        if (::link(current_path().c_str(), swap.c_str()) != 0) return done(from_errno(swap));
    }
    step(options, "rename-previous-to-current");
    if (::rename(previous_path().c_str(), current_path().c_str()) != 0) {
        UpdateResult e = from_errno(current_path());
        ::unlink(swap.c_str());
        return done(e);
    }
    if (had_current) {
        step(options, "rename-swap-to-previous");
        if (::rename(swap.c_str(), previous_path().c_str()) != 0) return done(from_errno(previous_path()));
    }
    step(options, "fsync-dir");
    fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    return done(r);
}

}  // namespace kiosk::core
