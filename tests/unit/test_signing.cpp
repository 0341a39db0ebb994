// Signing keys and signatures (trust root): keys round-trip through their files, a signature verifies
// only for the same message and key, malformed or existing key files are refused.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "core/updates/signing.h"
#include "test_support.h"

using namespace kiosk::core;

TEST_CASE("a key pair signs and verifies — any change breaks the signature", "[signing]") {
    test_support::TempDir dir;
    const std::string sk_path = (dir / "county.key").string(), pk_path = (dir / "county.pub").string();
    std::string error;
    REQUIRE(generate_key_files(sk_path, pk_path, &error));
    struct stat st {};
    REQUIRE(::stat(sk_path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);  // the secret key is not readable by others
    const auto sk = read_secret_key(sk_path, &error);
    const auto pk = read_public_key(pk_path, &error);
    REQUIRE(sk);
    REQUIRE(pk);
    const std::string manifest = "content_version=2026.12\nsnapshot.blake2b=abcdef\n";
    const Signature sig = sign_message(manifest, *sk);
    CHECK(verify_message(manifest, sig, *pk));
    std::string changed = manifest;
    changed[8] = '7';
    CHECK_FALSE(verify_message(changed, sig, *pk));
    Signature flipped = sig;
    flipped[10] ^= 1;
    CHECK_FALSE(verify_message(manifest, flipped, *pk));
    // Another county's key does not verify it.
    REQUIRE(generate_key_files((dir / "other.key").string(), (dir / "other.pub").string(), &error));
    CHECK_FALSE(verify_message(manifest, sig, *read_public_key((dir / "other.pub").string(), &error)));
}

TEST_CASE("key files are never overwritten, and malformed ones are refused", "[signing]") {
    test_support::TempDir dir;
    const std::string sk_path = (dir / "a.key").string(), pk_path = (dir / "a.pub").string();
    std::string error;
    REQUIRE(generate_key_files(sk_path, pk_path, &error));
    const std::string before = test_support::read_bytes(sk_path);
    CHECK_FALSE(generate_key_files(sk_path, (dir / "b.pub").string(), &error));
    CHECK(error.find("不会被覆盖") != std::string::npos);
    CHECK(test_support::read_bytes(sk_path) == before);

    test_support::write_bytes(dir / "bad.pub", "kiosk-public-key-v1 12zz\n");
    CHECK_FALSE(read_public_key((dir / "bad.pub").string(), &error));
    CHECK(error.find("格式不对") != std::string::npos);
    test_support::write_bytes(dir / "swapped.pub", test_support::read_bytes(sk_path));  // a secret key given as public
    CHECK_FALSE(read_public_key((dir / "swapped.pub").string(), &error));
    CHECK_FALSE(read_public_key((dir / "missing.pub").string(), &error));
}
