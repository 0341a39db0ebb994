// fuzz_bundle_header.cpp — libFuzzer target for the part of a bundle read before anything is trusted: the header
// (parse_bundle_header), its check against the trusted keys (check_header, the very function verify and import
// run), and the manifest parser on raw bytes (parse_manifest). Built with clang++ -fsanitize=fuzzer,address,undefined
// (tests/CMakeLists.txt); ctest fuzz.bundle_header runs it for a bounded time. Besides memory errors and undefined
// behaviour it traps on broken promises:
//   - an Ok header frames exactly magic + length + manifest + signature inside the input, and its manifest is sane
//     (safe part names, sizes within kMaxPartBytes, valid versions) and survives serialize → parse → serialize;
//   - check_header accepts only an Ok header whose signature verifies with the trusted key;
//   - whatever parse_manifest accepts survives the same round trip.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/updates/bundle_format.h"
#include "core/updates/bundle_io.h"
#include "fuzz_key.h"

namespace {

using namespace kiosk::core;

const TrustedKeys& trusted() {
    static const TrustedKeys keys = [] {
        TrustedKeys k;
        k.keys.push_back(fuzz::key_pair().pub);
        return k;
    }();
    return keys;
}

void check_sane(const Manifest& m) {
    if (m.parts.empty()) __builtin_trap();
    for (const auto& p : m.parts) {
        if (!is_safe_part_name(p.name) || p.size > kMaxPartBytes) __builtin_trap();
    }
    if (!is_valid_version(m.content_version) || !is_valid_version(m.min_kiosk_version)) __builtin_trap();
    if (m.publisher.size() > kMaxFieldBytes) __builtin_trap();
    const std::string once = serialize_manifest(m);
    Manifest again;
    std::string why;
    if (!parse_manifest(once, &again, &why)) __builtin_trap();
    if (serialize_manifest(again) != once) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const BundleHeader h = parse_bundle_header(data, size);
    if (h.status == HeaderStatus::Ok) {
        if (h.parts_offset != kBundlePrefixBytes + h.manifest_text.size() + sizeof(Signature)) __builtin_trap();
        if (h.parts_offset > size) __builtin_trap();
        if (h.manifest_text != std::string_view(reinterpret_cast<const char*>(data) + kBundlePrefixBytes,
                                                h.manifest_text.size()))
            __builtin_trap();
        check_sane(h.manifest);
    }
    const UpdateResult r = check_header(h, trusted());
    if (r.ok()) {
        if (h.status != HeaderStatus::Ok) __builtin_trap();
        if (!verify_message(signed_message(h.manifest_text), h.signature, trusted().keys[0])) __builtin_trap();
        if (!r.have_manifest) __builtin_trap();
    }

    Manifest m;
    std::string why;
    if (parse_manifest(std::string_view(reinterpret_cast<const char*>(data), size), &m, &why)) check_sane(m);
    return 0;
}
