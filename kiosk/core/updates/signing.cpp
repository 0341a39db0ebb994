// signing.cpp — see signing.h.
#include "core/updates/signing.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {
namespace {

constexpr const char* kSecretTag = "kiosk-secret-key-v1";
constexpr const char* kPublicTag = "kiosk-public-key-v1";
constexpr const char* kOfficeSecretTag = "kiosk-office-secret-v1";
constexpr const char* kOfficePublicTag = "kiosk-office-public-v1";

std::string bilingual(const str::Bilingual& msg, const std::string& arg) {
    return format_text(msg.zh, arg.c_str()) + "\n" + format_text(msg.en, arg.c_str());
}

// Writes `text` to a new file (O_EXCL: never replaces one) with `mode`.
bool write_new_file(const std::string& path, const std::string& text, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0) return false;
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

template <size_t N>
std::optional<std::array<std::uint8_t, N>> read_key(const std::string& path, const char* tag, std::string* error) {
    std::ifstream in(path);
    std::string word, hex;
    if (!in || !(in >> word >> hex)) { *error = bilingual(str::kErrKeyUnreadable, path); return std::nullopt; }
    std::array<std::uint8_t, N> key{};
    if (word != tag || !from_hex(hex, key.data(), N)) { *error = bilingual(str::kErrKeyMalformed, path); return std::nullopt; }
    return key;
}

}  // namespace

std::string to_hex(const std::uint8_t* data, std::size_t size) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < size; ++i) { out += digits[data[i] >> 4]; out += digits[data[i] & 15]; }
    return out;
}

bool from_hex(std::string_view hex, std::uint8_t* out, std::size_t size) {
    if (hex.size() != size * 2) return false;
    auto value = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    for (std::size_t i = 0; i < size; ++i) {
        const int hi = value(hex[2 * i]), lo = value(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return true;
}

namespace {

// Writes both halves of a key pair as tagged hex lines; the secret half first, 0600, and never over a file.
bool write_key_pair(const std::string& secret_path, const std::string& public_path, const char* secret_tag,
                    const std::uint8_t* sk, std::size_t sk_size, const char* public_tag, const std::uint8_t* pk,
                    std::size_t pk_size, std::string* error) {
    std::string secret = std::string(secret_tag) + " " + to_hex(sk, sk_size) + "\n";
    const std::string pub = std::string(public_tag) + " " + to_hex(pk, pk_size) + "\n";
    const bool secret_ok = write_new_file(secret_path, secret, 0600);
    sodium_memzero(secret.data(), secret.size());
    if (!secret_ok) { *error = bilingual(str::kErrKeyWrite, secret_path); return false; }
    if (!write_new_file(public_path, pub, 0644)) {
        ::unlink(secret_path.c_str());  // a secret key without its public half helps nobody
        *error = bilingual(str::kErrKeyWrite, public_path);
        return false;
    }
    return true;
}

}  // namespace

bool generate_key_files(const std::string& secret_path, const std::string& public_path, std::string* error) {
    if (sodium_init() < 0) { *error = "libsodium init failed"; return false; }
    PublicKey pk{};
    SecretKey sk{};
    crypto_sign_keypair(pk.data(), sk.data());
    const bool ok = write_key_pair(secret_path, public_path, kSecretTag, sk.data(), sk.size(), kPublicTag, pk.data(),
                                   pk.size(), error);
    sodium_memzero(sk.data(), sk.size());
    return ok;
}

bool generate_office_key_files(const std::string& secret_path, const std::string& public_path, std::string* error) {
    if (sodium_init() < 0) { *error = "libsodium init failed"; return false; }
    OfficePublicKey pk{};
    OfficeSecretKey sk{};
    crypto_box_keypair(pk.data(), sk.data());
    const bool ok = write_key_pair(secret_path, public_path, kOfficeSecretTag, sk.data(), sk.size(), kOfficePublicTag,
                                   pk.data(), pk.size(), error);
    sodium_memzero(sk.data(), sk.size());
    return ok;
}

std::optional<OfficePublicKey> read_office_public_key(const std::string& path, std::string* error) {
    return read_key<32>(path, kOfficePublicTag, error);
}

std::optional<OfficeSecretKey> read_office_secret_key(const std::string& path, std::string* error) {
    return read_key<32>(path, kOfficeSecretTag, error);
}

std::vector<std::uint8_t> seal_for_office(std::string_view plaintext, const OfficePublicKey& key) {
    if (sodium_init() < 0) return {};
    std::vector<std::uint8_t> box(plaintext.size() + crypto_box_SEALBYTES);
    crypto_box_seal(box.data(), reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), key.data());
    return box;
}

std::optional<std::string> open_sealed(const std::vector<std::uint8_t>& box, const OfficePublicKey& pk,
                                       const OfficeSecretKey& sk) {
    if (sodium_init() < 0 || box.size() < crypto_box_SEALBYTES) return std::nullopt;
    std::string plain(box.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), box.data(), box.size(), pk.data(),
                             sk.data()) != 0) {
        return std::nullopt;
    }
    return plain;
}

std::optional<SecretKey> read_secret_key(const std::string& path, std::string* error) {
    return read_key<64>(path, kSecretTag, error);
}

std::optional<PublicKey> read_public_key(const std::string& path, std::string* error) {
    return read_key<32>(path, kPublicTag, error);
}

Signature sign_message(std::string_view message, const SecretKey& key) {
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         key.data());
    return sig;
}

bool verify_message(std::string_view message, const Signature& signature, const PublicKey& key) {
    if (sodium_init() < 0) return false;
    return crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key.data()) == 0;
}

}  // namespace kiosk::core
