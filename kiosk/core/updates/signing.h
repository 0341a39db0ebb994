// signing.h — the county's Ed25519 keys and detached signatures (libsodium), the trust root of monthly updates;
// and the office's X25519 keys that seal applications.
//
// A bundle (snapshot + attachments + manifest) is signed as a whole by signing its manifest, which lists a SHA-256
// hash of every part (bundle_format.h). Key files are text, one hex line, so staff can see and compare them:
// "kiosk-secret-key-v1 <hex>" and "kiosk-public-key-v1 <hex>". The secret key file is written 0600.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

using PublicKey = std::array<std::uint8_t, 32>;
using SecretKey = std::array<std::uint8_t, 64>;
using Signature = std::array<std::uint8_t, 64>;

// Makes a key pair and writes both files; false with *error (bilingual) on failure (an existing file is never
// overwritten: losing a county's key would lock out every kiosk).
bool generate_key_files(const std::string& secret_path, const std::string& public_path, std::string* error);

std::optional<SecretKey> read_secret_key(const std::string& path, std::string* error);
std::optional<PublicKey> read_public_key(const std::string& path, std::string* error);

Signature sign_message(std::string_view message, const SecretKey& key);
bool verify_message(std::string_view message, const Signature& signature, const PublicKey& key);

// ---- The office's key pair for applications: X25519 sealed boxes ---------------------------------------
// The kiosk holds only the public half, so it can seal an application but never open one again; the secret half
// stays at the office, where `kioskctl open-applications` uses it. Files: "kiosk-office-secret-v1 <hex>" (0600) and
// "kiosk-office-public-v1 <hex>".
using OfficePublicKey = std::array<std::uint8_t, 32>;
using OfficeSecretKey = std::array<std::uint8_t, 32>;
bool generate_office_key_files(const std::string& secret_path, const std::string& public_path, std::string* error);
std::optional<OfficePublicKey> read_office_public_key(const std::string& path, std::string* error);
std::optional<OfficeSecretKey> read_office_secret_key(const std::string& path, std::string* error);
// Anyone with the public key can seal; only the secret key opens. nullopt if the box was changed or is not ours.
std::vector<std::uint8_t> seal_for_office(std::string_view plaintext, const OfficePublicKey& key);
std::optional<std::string> open_sealed(const std::vector<std::uint8_t>& box, const OfficePublicKey& pk,
                                       const OfficeSecretKey& sk);

std::string to_hex(const std::uint8_t* data, std::size_t size);
bool from_hex(std::string_view hex, std::uint8_t* out, std::size_t size);

}  // namespace kiosk::core
