// test_bundle_format.cpp — the manifest and header reader: round trips, and every way a manifest may be wrong.
#include <catch2/catch.hpp>

#include "core/updates/bundle_format.h"

using namespace kiosk::core;

namespace {

Manifest sample() {
    Manifest m;
    m.publisher = "安澜县民政局";
    m.content_version = "2026.12.01";
    m.created_at = "2026-12-01T06:00:00Z";
    m.schema_version = 3;
    m.min_kiosk_version = "0.1.0";
    for (std::size_t i = 0; i < m.key.size(); ++i) m.key[i] = static_cast<std::uint8_t>(i);
    m.documents = 73;
    m.guides = 14;
    m.fees = 46;
    m.attachments = 6;
    BundlePart p;
    p.name = "snapshot.db";
    p.size = 1593344;
    p.hash.fill(0xAB);
    m.parts.push_back(p);
    return m;
}

// The sample's text with the line starting with `key ` replaced by `line` (or removed when empty).
std::string with_line(const std::string& key, const std::string& line) {
    const std::string text = serialize_manifest(sample());
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::string l = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (l.rfind(key + " ", 0) == 0) {
            if (!line.empty()) out += line + "\n";
        } else {
            out += l + "\n";
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a manifest survives serialize and parse unchanged", "[bundle]") {
    const Manifest m = sample();
    const std::string text = serialize_manifest(m);
    Manifest back;
    std::string why;
    REQUIRE(parse_manifest(text, &back, &why));
    CHECK(back.publisher == m.publisher);
    CHECK(back.content_version == m.content_version);
    CHECK(back.created_at == m.created_at);
    CHECK(back.schema_version == 3);
    CHECK(back.key == m.key);
    CHECK(back.documents == 73);
    CHECK(back.attachments == 6);
    REQUIRE(back.parts.size() == 1);
    CHECK(back.parts[0].size == 1593344);
    CHECK(back.parts[0].hash == m.parts[0].hash);
    CHECK(serialize_manifest(back) == text);
    CHECK(back.total_part_bytes() == 1593344);
}

TEST_CASE("malformed manifests are refused with the line named", "[bundle]") {
    struct Case {
        const char* what;
        std::string text;
    };
    const std::string good = serialize_manifest(sample());
    const std::vector<Case> cases = {
        {"empty", ""},
        {"no final newline", good.substr(0, good.size() - 1)},
        {"unknown format", with_line("kiosk-bundle", "kiosk-bundle 2")},
        {"missing publisher", with_line("publisher", "")},
        {"control character", with_line("publisher", "publisher 安澜\t县")},
        {"bad utf-8", with_line("publisher", "publisher \xE5\xAE")},
        {"overlong utf-8", with_line("publisher", "publisher \xC0\xAF")},
        {"overlong value", with_line("publisher", "publisher " + std::string(600, 'x'))},
        {"version with letters", with_line("content_version", "content_version 2026.12a")},
        {"version empty component", with_line("content_version", "content_version 2026..1")},
        {"bad date", with_line("created_at", "created_at 2026-12-01 06:00:00")},
        {"negative count", with_line("documents", "documents -1")},
        {"leading zero", with_line("documents", "documents 073")},
        {"short key", with_line("key", "key abcd")},
        {"uppercase hex key", with_line("key", "key " + std::string(64, 'A'))},
        {"no parts", with_line("part", "")},
        {"part path ..", with_line("part", "part ../current.db 10 " + std::string(64, 'a'))},
        {"part absolute", with_line("part", "part /etc/passwd 10 " + std::string(64, 'a'))},
        {"part subdir", with_line("part", "part a/b.db 10 " + std::string(64, 'a'))},
        {"part hidden", with_line("part", "part .hidden 10 " + std::string(64, 'a'))},
        {"part backslash", with_line("part", "part a\\b 10 " + std::string(64, 'a'))},
        {"part size overflow", with_line("part", "part snapshot.db 99999999999999999999 " + std::string(64, 'a'))},
        {"part size too big", with_line("part", "part snapshot.db 18446744073709551615 " + std::string(64, 'a'))},
        {"part no hash", with_line("part", "part snapshot.db 10")},
        {"unknown key", good + "extra 1\n"},
        {"duplicate part", good + "part snapshot.db 10 " + std::string(64, 'a') + "\n"},
        {"keys out of order", with_line("guides", "") + "guides 14\n"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        Manifest m;
        std::string why;
        CHECK_FALSE(parse_manifest(c.text, &m, &why));
        CHECK_FALSE(why.empty());
    }
}

TEST_CASE("part names can never be paths", "[bundle]") {
    CHECK(is_safe_part_name("snapshot.db"));
    CHECK(is_safe_part_name("a-b_c.1"));
    for (const char* bad : {"", ".", "..", "../x", "/x", "a/b", "a\\b", ".hidden", "a..b", "名字.db", "a b"}) {
        INFO(bad);
        CHECK_FALSE(is_safe_part_name(bad));
    }
    CHECK_FALSE(is_safe_part_name(std::string(65, 'a')));
}

TEST_CASE("content versions compare numerically", "[bundle]") {
    CHECK(compare_versions("2026.12.01", "2026.11.30") > 0);
    CHECK(compare_versions("2026.9", "2026.10") < 0);  // not as strings
    CHECK(compare_versions("2026.12", "2026.12.0") == 0);
    CHECK(compare_versions("2026.12.01.1", "2026.12.01") > 0);
    CHECK(compare_versions("0.1.0", "0.1.0") == 0);
    CHECK(compare_versions("0.1.0", "99.0") < 0);
    CHECK(is_valid_version("2026.12.01.0930"));
    for (const char* bad : {"", ".", "1.", ".1", "1..2", "v1", "1.2.3.4.5.6.7", "1234567890"}) {
        INFO(bad);
        CHECK_FALSE(is_valid_version(bad));
    }
}

TEST_CASE("the header reader tells not-a-bundle, truncated, oversized and malformed apart", "[bundle]") {
    const std::string manifest = serialize_manifest(sample());
    Signature sig{};
    sig.fill(7);
    const std::string header = encode_bundle_header(manifest, sig);
    auto parse = [](const std::string& bytes) {
        return parse_bundle_header(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    };
    const BundleHeader ok = parse(header + "partbytes");
    REQUIRE(ok.status == HeaderStatus::Ok);
    CHECK(ok.manifest_text == manifest);
    CHECK(ok.signature == sig);
    CHECK(ok.parts_offset == header.size());

    CHECK(parse("").status == HeaderStatus::NotABundle);
    CHECK(parse("\x89PNG\r\n\x1a\n0000").status == HeaderStatus::NotABundle);
    CHECK(parse("SQLite format 3").status == HeaderStatus::NotABundle);
    CHECK(parse(header.substr(0, 5)).status == HeaderStatus::Truncated);
    CHECK(parse(header.substr(0, 10)).status == HeaderStatus::Truncated);
    CHECK(parse(header.substr(0, 40)).status == HeaderStatus::Truncated);
    CHECK(parse(header.substr(0, header.size() - 1)).status == HeaderStatus::Truncated);

    std::string huge = header;
    huge[11] = '\x7F';  // length field's top byte: 2 GiB
    CHECK(parse(huge).status == HeaderStatus::ManifestTooLarge);
    std::string zero = header;
    zero[8] = zero[9] = zero[10] = zero[11] = 0;
    CHECK(parse(zero).status == HeaderStatus::ManifestTooLarge);

    std::string flipped = header;
    flipped[12] ^= 0x20;  // "kiosk-bundle" → "Kiosk-bundle"
    CHECK(parse(flipped).status == HeaderStatus::ManifestMalformed);
}
