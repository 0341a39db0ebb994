// make_fuzz_seeds.cpp — writes the fuzz target's seed inputs into a folder: bundle headers signed with the fuzz key
// (fuzz_key.h) so the fuzzer starts past the signature check, plus variants it would take long to find alone.
// Usage: make_fuzz_seeds DIR
#include <sodium.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/updates/bundle_format.h"
#include "fuzz_key.h"

using namespace kiosk::core;

namespace {

void write(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

Manifest sample(const PublicKey& key, const std::string& part_bytes) {
    Manifest m;
    m.publisher = "安澜县民政局";
    m.content_version = "2026.12.01";
    m.created_at = "2026-12-01T06:00:00Z";
    m.schema_version = 3;
    m.min_kiosk_version = "0.1.0";
    m.key = key;
    m.documents = 73;
    m.guides = 14;
    m.fees = 46;
    m.attachments = 6;
    BundlePart p;
    p.name = kSnapshotPartName;
    p.size = part_bytes.size();
    crypto_generichash(p.hash.data(), p.hash.size(), reinterpret_cast<const unsigned char*>(part_bytes.data()),
                       part_bytes.size(), nullptr, 0);
    m.parts.push_back(p);
    return m;
}

std::string bundle(const Manifest& m, const SecretKey& key, const std::string& parts) {
    const std::string text = serialize_manifest(m);
    return encode_bundle_header(text, sign_message(signed_message(text), key)) + parts;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds DIR\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    const fuzz::KeyPair trusted = fuzz::key_pair(), other = fuzz::key_pair(1);
    const std::string part = std::string("SQLite format 3\0", 16) + std::string(84, '\0');

    const Manifest m = sample(trusted.pub, part);
    write(dir / "valid.kiosk", bundle(m, trusted.secret, part));
    write(dir / "valid-header-only.kiosk", bundle(m, trusted.secret, ""));
    write(dir / "manifest.txt", serialize_manifest(m));
    Manifest two = m;
    BundlePart extra = two.parts[0];
    extra.name = "attachments-1.bin";
    two.parts.push_back(extra);
    write(dir / "two-parts.kiosk", bundle(two, trusted.secret, part + part));
    Manifest foreign = m;
    foreign.key = other.pub;
    write(dir / "other-key.kiosk", bundle(foreign, other.secret, part));
    Manifest odd = m;
    odd.publisher = "x";
    odd.content_version = "1.2.3.4.5.6";
    odd.min_kiosk_version = "99.0";
    odd.schema_version = 999999;
    write(dir / "odd-values.kiosk", bundle(odd, trusted.secret, part));
    std::printf("fuzz seeds written to %s\n", dir.c_str());
    return 0;
}
