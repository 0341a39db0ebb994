// bundle_io.h — making a bundle (pack --key) and checking one from a file (verify), without opening any database.
//
// Verification reads the file once, front to back: the header and signature first (so an unknown key or a forged
// manifest is refused before a single part byte is read), then every part, hashed as it streams. Nothing read from
// the file is opened as a database here; that happens only after a staged copy checks out (content_install.h).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/updates/bundle_format.h"
#include "core/updates/update_result.h"

namespace kiosk::core {

// The public keys a kiosk trusts: installed with it, never taken from a stick.
struct TrustedKeys {
    std::vector<PublicKey> keys;
    bool trusts(const PublicKey& k) const;
    // Loads one .pub file, or every *.pub file in a folder. False with *error (bilingual) if a file is unreadable.
    bool add_from(const std::string& file_or_dir, std::string* error);
};

// Called as bytes are processed: (done, total). Cheap; may be called from a worker thread.
using ProgressFn = std::function<void(std::uint64_t done, std::uint64_t total)>;

// Writes a bundle of `snapshot_path` signed with `key` to `output_path` (temp file beside it, fsync, rename). The
// manifest's fields come from the snapshot's own meta table and counts. False with *error (bilingual) on failure;
// an existing output is left untouched then.
bool write_bundle(const std::string& snapshot_path, const SecretKey& key, const std::string& output_path,
                  std::string* error, Manifest* written = nullptr);

// Reads and checks only the header and signature (a few KiB): what the staff screen lists for each file on a stick.
UpdateResult inspect_bundle(const std::string& path, const TrustedKeys& keys);

// The whole check: header, signature, trusted key, then the size and hash of every part. Ok or the first reason.
UpdateResult verify_bundle(const std::string& path, const TrustedKeys& keys, const ProgressFn& progress = {});

// Checks a parsed header against `keys`: the signature over the raw manifest with each trusted key first, then the
// manifest's own claims (schema version, kiosk version, known parts). Used by verify and by the fuzz target.
UpdateResult check_header(const BundleHeader& header, const TrustedKeys& keys);

// The streaming reader under verify and import. Reads the header, checks it (check_header), asks `accept` (e.g. is
// the version newer, is there room) before reading any part byte, then reads every part and compares its size and
// hash. With `stage_fd` the parts are copied into that file in the kernel (copy_file_range) while a second thread
// hashes the bytes that landed there, so what was checked is exactly what will be opened, whatever the stick does
// next. A read error, a file that shrinks or vanishes, or `cancel` becomes SourceRemoved; ENOSPC becomes NoSpace.
using AcceptFn = std::function<UpdateResult(const BundleHeader& header)>;
struct ReadOptions {
    AcceptFn accept;
    int stage_fd = -1;                          // copy the parts here (import); -1 = only read them (verify)
    std::function<void(const char* step)> step;  // before each chunk is copied (fault injection)
    ProgressFn progress;
    const std::atomic<bool>* cancel = nullptr;
    bool header_only = false;  // stop after the header and `accept` (inspect_bundle)
};
UpdateResult read_bundle(const std::string& path, const TrustedKeys& keys, const ReadOptions& options,
                         BundleHeader* header_out = nullptr);

}  // namespace kiosk::core
