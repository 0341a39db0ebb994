// bundle_format.h — the layout of a monthly update bundle (.kiosk file) and its manifest, read from bytes.
//
// A bundle is one file so that staff copy one thing to the stick:
//
//   offset 0   8 bytes   magic "KIOSKBN1"
//   offset 8   4 bytes   manifest length M, little-endian, 1 ≤ M ≤ kMaxManifestBytes
//   offset 12  M bytes   the manifest: UTF-8 text, one "key value" per line (below)
//   12+M       64 bytes  Ed25519 signature of kSignatureContext + manifest text
//   12+M+64    …         the parts' bytes, back to back, in manifest order; nothing after the last
//
// The manifest is signed, and it holds the size and SHA-256 hash of every part, so one signature covers the
// whole bundle. It is plain text so staff (and tests) can read it with `kioskctl verify`:
//
//   kiosk-bundle 1
//   publisher 安澜县民政局
//   content_version 2026.12.01
//   created_at 2026-12-01T06:00:00Z
//   schema_version 3
//   min_kiosk_version 0.1.0
//   key <64 hex: the signer's public key, so an unknown key can be told from a bad signature>
//   documents 73
//   guides 14
//   fees 46
//   attachments 6
//   part snapshot.db <size> <64 hex: SHA-256 (sha256.h says why not BLAKE2b)>
//
// The reader is strict: every key exactly once and in this order, nothing unknown, no control characters, lengths
// bounded. It parses only bytes in memory and opens nothing, so it is the fuzz target's whole surface. Attachments
// travel inside snapshot.db (BLOBs), so one rename switches text and images together; part names are still checked
// as file names (no '/', '\\', "..", leading '.') because a future part must never name a path.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/updates/signing.h"

namespace kiosk::core {

inline constexpr char kBundleMagic[8] = {'K', 'I', 'O', 'S', 'K', 'B', 'N', '1'};
inline constexpr std::size_t kBundlePrefixBytes = 12;        // magic + length
inline constexpr std::size_t kMaxManifestBytes = 64 * 1024;  // a real manifest is well under 1 KiB
inline constexpr std::size_t kMaxFieldBytes = 512;           // publisher and other text values
inline constexpr std::uint64_t kMaxPartBytes = 16ull << 30;  // 16 GiB: a lie about sizes is refused early
inline constexpr const char* kSignatureContext = "kiosk-bundle-v1\n";
inline constexpr const char* kSnapshotPartName = "snapshot.db";
inline constexpr int kBundleFormatVersion = 1;

using Hash256 = std::array<std::uint8_t, 32>;

struct BundlePart {
    std::string name;
    std::uint64_t size = 0;
    Hash256 hash{};
};

struct Manifest {
    std::string publisher;
    std::string content_version;  // dotted numbers, only ever increasing (compare_versions)
    std::string created_at;       // ISO 8601 UTC
    int schema_version = 0;
    std::string min_kiosk_version;
    PublicKey key{};
    int documents = 0, guides = 0, fees = 0, attachments = 0;
    std::vector<BundlePart> parts;

    const BundlePart* part(std::string_view name) const;
    std::uint64_t total_part_bytes() const;
};

std::string serialize_manifest(const Manifest& m);
// False with *why (English, names the line) if the text is not a well-formed manifest.
bool parse_manifest(std::string_view text, Manifest* out, std::string* why);

// A part name that can never be a path: [A-Za-z0-9_-][A-Za-z0-9._-]{0,63}, no "..".
bool is_safe_part_name(std::string_view name);

// Dotted decimal versions ("2026.12.01", "0.1.0"): 1–6 numbers of up to 9 digits each.
bool is_valid_version(std::string_view v);
// <0, 0, >0 as a is older, the same, newer than b; numerically, missing components count as 0 ("2026.12" ==
// "2026.12.0"). Both must be valid.
int compare_versions(std::string_view a, std::string_view b);

enum class HeaderStatus {
    Ok,
    NotABundle,         // wrong magic: not one of ours at all
    Truncated,          // the file ends inside the header or signature
    ManifestTooLarge,   // the length field is above kMaxManifestBytes (or zero)
    ManifestMalformed,  // the text is not a valid manifest
};

struct BundleHeader {
    HeaderStatus status = HeaderStatus::NotABundle;
    std::string why;             // English detail when status != Ok
    Manifest manifest;
    std::string manifest_text;   // exactly the signed bytes
    Signature signature{};
    std::uint64_t parts_offset = 0;  // where the first part's bytes begin
};

// Reads the header from the first bytes of a bundle file. `size` may be more than the header; pass at least
// kBundlePrefixBytes + kMaxManifestBytes + 64 bytes when the file is that long.
BundleHeader parse_bundle_header(const std::uint8_t* data, std::size_t size);

// The message the signature covers: kSignatureContext followed by the manifest text.
std::string signed_message(std::string_view manifest_text);

// The first bytes of a bundle: magic, length, manifest, signature (the parts follow).
std::string encode_bundle_header(const std::string& manifest_text, const Signature& signature);

}  // namespace kiosk::core
