// bundle_io.cpp — see bundle_io.h.
//
// Index of this file:
// [SECTION] Reading parts
// [SECTION] Trusted keys
// [SECTION] Checking a header
// [SECTION] The streaming reader
// [SECTION] Writing a bundle
#include "core/updates/bundle_io.h"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "core/base/durable_file.h"
#include "core/base/sha256.h"
#include "core/snapshot/schema.h"
#include "core/snapshot/snapshot_check.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/base/version.h"

namespace kiosk::core {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kChunkBytes = 4 << 20;       // reads and hashes
// Kernel copies while importing: at most 8 MiB (a 500 MB bundle reports progress 60 times), and at least 16 chunks
// per part so that a small bundle still shows its progress and has steps for the fault tests to stop at.
constexpr std::uint64_t kCopyChunkMax = 8 << 20, kCopyChunkMin = 64 << 10;
constexpr std::size_t kHeaderReadBytes = kBundlePrefixBytes + kMaxManifestBytes + sizeof(Signature);

UpdateResult outcome(UpdateOutcome o, std::string detail = "", std::string part = "") {
    UpdateResult r;
    r.outcome = o;
    r.detail = std::move(detail);
    r.part = std::move(part);
    return r;
}

// The file descriptor of an open bundle, closed on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

bool is_removal_errno(int e) { return e == EIO || e == ENODEV || e == ENXIO || e == ENOENT || e == ESTALE; }

// After a short or failed read: did the stick go (or the file change under us), or is the file itself short?
UpdateResult read_failure(const std::string& path, const struct stat& opened, int err, const std::string& part) {
    struct stat now {};
    if (is_removal_errno(err) || ::stat(path.c_str(), &now) != 0 || now.st_size != opened.st_size ||
        now.st_ino != opened.st_ino) {
        return outcome(UpdateOutcome::SourceRemoved, err ? std::strerror(err) : "the file changed while it was read",
                       part);
    }
    return outcome(UpdateOutcome::Damaged, "the file ends inside " + part, part);
}

// read(2) until `size` bytes or the end; returns bytes read, -1 on error (errno set).
ssize_t read_fully(int fd, std::uint8_t* buf, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, buf + got, size - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(got);
}

std::string bilingual(const str::Bilingual& msg, const std::string& arg) {
    return format_text(msg.zh, arg.c_str()) + "\n" + format_text(msg.en, arg.c_str());
}


//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading parts
//---------------------------------------------------------------------------------------------------------------------

struct Progress {
    const ProgressFn& fn;
    std::uint64_t total;
    std::atomic<std::uint64_t> done{0};
    void add(std::uint64_t n) { report(done += n); }
    void report(std::uint64_t d) const {
        if (fn) fn(d, total);
    }
};

// How reading one part ended: its digest, or why not. `removed`: a read failed or came up short, and whether the
// stick went or the file is short is decided by read_failure(); otherwise `failure` is the whole answer.
struct PartRead {
    Hash256 digest{};
    std::optional<UpdateResult> failure;
    bool removed = false;
    int error = 0;
};

PartRead read_failed(int err) {
    PartRead r;
    r.failure = outcome(UpdateOutcome::SourceRemoved);
    r.removed = true;
    r.error = err;
    return r;
}

PartRead write_failed(int err) {
    PartRead r;
    const bool full = err == ENOSPC || err == EDQUOT;
    r.failure = outcome(full ? UpdateOutcome::NoSpace : UpdateOutcome::IoError, full ? "1" : std::strerror(err));
    return r;
}

PartRead cancelled() {
    PartRead r;
    r.failure = outcome(UpdateOutcome::SourceRemoved, "cancelled");
    return r;
}

bool is_cancelled(const ReadOptions& o) { return o.cancel && o.cancel->load(); }

// verify: read and hash in one pass.
PartRead read_and_hash(int fd, std::uint64_t offset, std::uint64_t size, const ReadOptions& o, Progress& progress) {
    std::vector<std::uint8_t> buf(kChunkBytes);
    Sha256 hash;
    for (std::uint64_t left = size; left > 0;) {
        if (is_cancelled(o)) return cancelled();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(left, buf.size()));
        std::size_t got = 0;
        while (got < want) {
            const ssize_t n = ::pread(fd, buf.data() + got, want - got, static_cast<off_t>(offset + got));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return read_failed(n < 0 ? errno : 0);
            got += static_cast<std::size_t>(n);
        }
        hash.update(buf.data(), want);
        offset += want;
        left -= want;
        progress.add(want);
    }
    PartRead r;
    r.digest = hash.finish();
    return r;
}

// import: the kernel copies the part from the stick to `out` chunk by chunk, and a second thread hashes each chunk
// from `out` as soon as it is there (what is hashed is what was written). Writeback of each chunk starts at once, so
// the final fsync finds little left to do.
PartRead copy_and_hash(int in, std::uint64_t in_offset, int out, std::uint64_t out_offset, std::uint64_t size,
                       const ReadOptions& o, Progress& progress) {
    std::mutex m;
    std::condition_variable cv;
    std::uint64_t copied = 0;
    bool stop = false;
    PartRead hashed;
    std::thread hasher([&] {
        std::vector<std::uint8_t> buf(kChunkBytes);
        Sha256 hash;
        std::uint64_t at = 0;
        while (at < size) {
            std::uint64_t available;
            {
                std::unique_lock<std::mutex> lock(m);
                cv.wait(lock, [&] { return copied > at || stop; });
                if (copied <= at) return;  // stopped
                available = copied;
            }
            while (at < available) {
                const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(available - at, buf.size()));
                const ssize_t n = ::pread(out, buf.data(), want, static_cast<off_t>(out_offset + at));
                if (n != static_cast<ssize_t>(want)) {
                    hashed = write_failed(n < 0 ? errno : EIO);
                    return;
                }
                hash.update(buf.data(), want);
                at += want;
            }
        }
        hashed.digest = hash.finish();
    });
    auto finish = [&](std::optional<PartRead> failed) {
        {
            std::lock_guard<std::mutex> lock(m);
            stop = true;
        }
        cv.notify_all();
        hasher.join();
        if (failed) return *failed;
        return hashed;
    };

    std::vector<std::uint8_t> fallback;  // for file systems without copy_file_range between them
    const std::uint64_t chunk = std::clamp<std::uint64_t>(size / 16, kCopyChunkMin, kCopyChunkMax);
    loff_t src = static_cast<loff_t>(in_offset), dst = static_cast<loff_t>(out_offset);
    for (std::uint64_t left = size; left > 0;) {
        if (o.step) o.step("write");
        if (is_cancelled(o)) return finish(cancelled());  // after the step: staff may have asked during it
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(left, chunk));
        ssize_t n = fallback.empty() ? ::copy_file_range(in, &src, out, &dst, want, 0) : -1;
        if (n < 0 && (!fallback.empty() || errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
            if (fallback.empty()) fallback.resize(kChunkBytes);
            const std::size_t part = std::min(want, fallback.size());
            n = ::pread(in, fallback.data(), part, src);
            if (n < 0) return finish(read_failed(errno));
            if (n > 0 && !write_all_at(out, fallback.data(), static_cast<std::size_t>(n), dst)) {
                return finish(write_failed(errno));
            }
            src += n;
            dst += n;
        } else if (n < 0) {
            const int e = errno;
            // copy_file_range cannot say which side failed; a full disk is the only write error worth telling apart.
            return finish(e == ENOSPC || e == EDQUOT ? write_failed(e) : read_failed(e));
        }
        if (n == 0) return finish(read_failed(0));  // the file ended early
        ::sync_file_range(out, dst - n, n, SYNC_FILE_RANGE_WRITE);
        {
            std::lock_guard<std::mutex> lock(m);
            copied += static_cast<std::uint64_t>(n);
        }
        cv.notify_one();
        left -= static_cast<std::uint64_t>(n);
        progress.add(static_cast<std::uint64_t>(n));
    }
    return finish(std::nullopt);
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Trusted keys
//---------------------------------------------------------------------------------------------------------------------

bool TrustedKeys::trusts(const PublicKey& k) const { return std::find(keys.begin(), keys.end(), k) != keys.end(); }

bool TrustedKeys::add_from(const std::string& file_or_dir, std::string* error) {
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(file_or_dir, ec)) {
        for (const auto& entry : fs::directory_iterator(file_or_dir, ec)) {
            if (entry.path().extension() == ".pub") files.push_back(entry.path().string());
        }
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(file_or_dir);
    }
    for (const auto& f : files) {
        const auto key = read_public_key(f, error);
        if (!key) return false;
        if (!trusts(*key)) keys.push_back(*key);
    }
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Checking a header
//---------------------------------------------------------------------------------------------------------------------

UpdateResult check_header(const BundleHeader& h, const TrustedKeys& keys) {
    switch (h.status) {
        case HeaderStatus::NotABundle: return outcome(UpdateOutcome::NotABundle, h.why);
        case HeaderStatus::Truncated: return outcome(UpdateOutcome::Damaged, h.why, "manifest");
        case HeaderStatus::ManifestTooLarge: return outcome(UpdateOutcome::Damaged, h.why, "manifest");
        case HeaderStatus::ManifestMalformed:
        case HeaderStatus::Ok: break;
    }
    // The signature is checked over the raw bytes with every trusted key before the manifest's words are believed,
    // so even a manifest that does not parse is told apart: signed by us but malformed (a publisher's tool bug),
    // or changed after signing.
    const std::string message = signed_message(h.manifest_text);
    bool authentic = false;
    for (const auto& k : keys.keys) {
        if (verify_message(message, h.signature, k)) { authentic = true; break; }
    }
    if (h.status == HeaderStatus::ManifestMalformed) {
        UpdateResult r = authentic ? outcome(UpdateOutcome::NotABundle, h.why)
                                   : outcome(UpdateOutcome::Damaged, h.why, "manifest");
        return r;
    }
    UpdateResult r = outcome(UpdateOutcome::Ok);
    r.have_manifest = true;
    r.manifest = h.manifest;
    if (!authentic) {
        r.outcome = keys.trusts(h.manifest.key) ? UpdateOutcome::BadSignature : UpdateOutcome::UnknownKey;
        r.part = "signature";
        return r;
    }
    if (h.manifest.schema_version != kSchemaVersion) {
        r.outcome = UpdateOutcome::UnsupportedSchema;
        r.detail = "schema " + std::to_string(h.manifest.schema_version) + ", this kiosk reads " +
                   std::to_string(kSchemaVersion);
        return r;
    }
    if (compare_versions(kKioskVersion, h.manifest.min_kiosk_version) < 0) {
        r.outcome = UpdateOutcome::KioskTooOld;
        return r;
    }
    if (!h.manifest.part(kSnapshotPartName)) {
        r.outcome = UpdateOutcome::NotABundle;
        r.detail = "no snapshot.db part";
        return r;
    }
    for (const auto& p : h.manifest.parts) {
        if (p.name != kSnapshotPartName) {
            r.outcome = UpdateOutcome::UnsupportedSchema;
            r.detail = "unknown part " + p.name;
            return r;
        }
    }
    return r;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The streaming reader
//---------------------------------------------------------------------------------------------------------------------

UpdateResult read_bundle(const std::string& path, const TrustedKeys& keys, const ReadOptions& options,
                         BundleHeader* header_out) {
    Fd file;
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.fd < 0) {
        const int e = errno;
        return outcome(e == ENOENT || is_removal_errno(e) ? UpdateOutcome::SourceRemoved : UpdateOutcome::IoError,
                       path + ": " + std::strerror(e));
    }
    struct stat opened {};
    if (::fstat(file.fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        return outcome(UpdateOutcome::NotABundle, path + ": not a regular file");
    }
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    std::vector<std::uint8_t> buf(std::max(kChunkBytes, kHeaderReadBytes));
    const ssize_t head = read_fully(file.fd, buf.data(), kHeaderReadBytes);
    if (head < 0) return read_failure(path, opened, errno, "manifest");
    BundleHeader header = parse_bundle_header(buf.data(), static_cast<std::size_t>(head));
    UpdateResult r = check_header(header, keys);
    if (!r.ok()) return r;
    // Sizes first, from the file's length alone: a manifest that lies about them is caught before reading gigabytes
    // (and before a lie about a huge part could be taken for a full disk).
    const std::uint64_t total = header.manifest.total_part_bytes();
    const std::uint64_t file_size = static_cast<std::uint64_t>(opened.st_size);
    if (file_size > header.parts_offset + total) {
        r.outcome = UpdateOutcome::Damaged;
        r.part = "end of file";
        r.detail = std::to_string(file_size - header.parts_offset - total) + " bytes after the last part";
        return r;
    }
    if (file_size < header.parts_offset + total) {
        // Which part the file ends in.
        std::uint64_t end = header.parts_offset;
        for (const auto& p : header.manifest.parts) {
            end += p.size;
            if (file_size < end) { r.part = p.name; break; }
        }
        r.outcome = UpdateOutcome::Damaged;
        r.detail = "the file is " + std::to_string(header.parts_offset + total - file_size) + " bytes short";
        return r;
    }
    if (options.accept) {
        UpdateResult accepted = options.accept(header);
        if (!accepted.ok()) {
            accepted.have_manifest = true;
            accepted.manifest = header.manifest;
            return accepted;
        }
        r.installed_version = accepted.installed_version;
    }

    if (options.header_only) return r;

    Progress progress{options.progress, total};
    progress.report(0);
    std::uint64_t offset = header.parts_offset, staged = 0;
    for (const auto& part : header.manifest.parts) {
        PartRead read = options.stage_fd >= 0
                            ? copy_and_hash(file.fd, offset, options.stage_fd, staged, part.size, options, progress)
                            : read_and_hash(file.fd, offset, part.size, options, progress);
        if (read.failure) {
            UpdateResult f = read.removed ? read_failure(path, opened, read.error, part.name) : *read.failure;
            f.part = part.name;
            f.have_manifest = true;
            f.manifest = header.manifest;
            return f;
        }
        if (read.digest != part.hash) {
            r.outcome = UpdateOutcome::Damaged;
            r.part = part.name;
            r.detail = "hash differs from the manifest";
            return r;
        }
        offset += part.size;
        staged += part.size;
    }
    if (header_out) *header_out = std::move(header);
    return r;
}

UpdateResult inspect_bundle(const std::string& path, const TrustedKeys& keys) {
    ReadOptions options;
    options.header_only = true;
    return read_bundle(path, keys, options);
}

UpdateResult verify_bundle(const std::string& path, const TrustedKeys& keys, const ProgressFn& progress) {
    ReadOptions options;
    options.progress = progress;
    return read_bundle(path, keys, options);
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Writing a bundle
//---------------------------------------------------------------------------------------------------------------------

namespace {

// Streams `path` through `fn`; the SHA-256 of what was read, or nullopt on a read error.
std::optional<Hash256> hash_file(const std::string& path, std::uint64_t* size,
                                 const std::function<bool(const std::uint8_t*, std::size_t)>& fn) {
    Fd in;
    in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in.fd < 0) return std::nullopt;
    std::vector<std::uint8_t> buf(kChunkBytes);
    Sha256 hash;
    *size = 0;
    for (;;) {
        const ssize_t n = read_fully(in.fd, buf.data(), buf.size());
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        hash.update(buf.data(), static_cast<std::size_t>(n));
        if (fn && !fn(buf.data(), static_cast<std::size_t>(n))) return std::nullopt;
        *size += static_cast<std::uint64_t>(n);
    }
    return hash.finish();
}

// Fills the manifest's descriptive fields from the snapshot itself, read through the defensive connection.
bool describe_snapshot(const std::string& path, Manifest* m, std::string* error) {
    sqlite3* db = open_snapshot_defensively(path, error);
    if (!db) return false;
    try {
        Statement meta(db, "SELECT key, value FROM meta WHERE key IN ('publisher', 'content_version', 'schema_version')");
        while (meta.step()) {
            const std::string key = meta.text(0);
            if (key == "publisher") m->publisher = meta.text(1);
            else if (key == "content_version") m->content_version = meta.text(1);
            else if (key == "schema_version") m->schema_version = std::atoi(meta.text(1).c_str());
        }
        auto count = [&](const char* sql) {
            Statement st(db, sql);
            return st.step() ? st.int32(0) : 0;
        };
        m->documents = count("SELECT count(*) FROM documents");
        m->guides = count("SELECT count(*) FROM guides");
        m->fees = count("SELECT count(*) FROM fees");
        m->attachments = count("SELECT count(*) FROM attachments");
    } catch (const SqliteError& e) {
        *error = e.what();
        sqlite3_close(db);
        return false;
    }
    sqlite3_close(db);
    if (!is_valid_version(m->content_version)) {
        *error = "content_version '" + m->content_version + "' is not dotted numbers (e.g. 2026.12.01)";
        return false;
    }
    return true;
}

}  // namespace

bool write_bundle(const std::string& snapshot_path, const SecretKey& key, const std::string& output_path,
                  std::string* error, Manifest* written) {
    if (sodium_init() < 0) { *error = "libsodium init failed"; return false; }
    Manifest m;
    std::string why;
    if (!describe_snapshot(snapshot_path, &m, &why)) {
        *error = bilingual(str::kErrBundleSnapshot, snapshot_path + ": " + why);
        return false;
    }
    m.created_at = format_time(build_time_now(), "%Y-%m-%dT%H:%M:%SZ", true);
    m.min_kiosk_version = kKioskVersion;
    crypto_sign_ed25519_sk_to_pk(m.key.data(), key.data());
    BundlePart part;
    part.name = kSnapshotPartName;
    const auto hash = hash_file(snapshot_path, &part.size, {});
    if (!hash) {
        *error = bilingual(str::kErrBundleSnapshot, snapshot_path + ": " + std::strerror(errno));
        return false;
    }
    part.hash = *hash;
    m.parts.push_back(part);
    const std::string manifest_text = serialize_manifest(m);
    const std::string header = encode_bundle_header(manifest_text, sign_message(signed_message(manifest_text), key));

    std::string tmp;
    Fd out;
    out.fd = make_temp_beside(output_path, &tmp);
    if (out.fd < 0) {
        *error = bilingual(str::kErrBundleWrite, output_path + ": " + std::strerror(errno));
        return false;
    }
    auto fail = [&](const std::string& what) {
        *error = bilingual(str::kErrBundleWrite, what);
        ::unlink(tmp.c_str());
        return false;
    };
    if (!write_all(out.fd, header.data(), header.size())) return fail(tmp + ": " + std::strerror(errno));
    // Copied while hashed again: if the snapshot changed between the two reads the bundle would not verify.
    std::uint64_t copied = 0;
    const auto again = hash_file(snapshot_path, &copied,
                                 [&](const std::uint8_t* d, std::size_t n) { return write_all(out.fd, d, n); });
    if (!again) return fail(tmp + ": " + std::strerror(errno));
    if (*again != part.hash || copied != part.size) return fail(snapshot_path + " changed while it was bundled");
    if (::fsync(out.fd) != 0) return fail(tmp + ": fsync: " + std::strerror(errno));
    if (::rename(tmp.c_str(), output_path.c_str()) != 0) return fail(output_path + ": " + std::strerror(errno));
    fsync_parent_dir(output_path);
    if (written) *written = m;
    return true;
}

}  // namespace kiosk::core
