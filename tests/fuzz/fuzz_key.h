// fuzz_key.h — the one key pair the fuzz target trusts and its seed inputs are signed with: derived from a fixed
// seed, so the seed generator (make_fuzz_seeds.cpp, built with g++) and the fuzz target (clang++) agree without a
// key file. Not a secret: it signs nothing but fuzz inputs.
#pragma once

#include <sodium.h>

#include <cstdint>

#include "core/updates/signing.h"

namespace fuzz {

struct KeyPair {
    kiosk::core::PublicKey pub{};
    kiosk::core::SecretKey secret{};
};

inline KeyPair key_pair(std::uint8_t which = 0) {
    if (sodium_init() < 0) __builtin_trap();
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (unsigned i = 0; i < sizeof seed; ++i) seed[i] = static_cast<unsigned char>(0x5A ^ (i * 7) ^ which);
    KeyPair k;
    crypto_sign_seed_keypair(k.pub.data(), k.secret.data(), seed);
    return k;
}

}  // namespace fuzz
