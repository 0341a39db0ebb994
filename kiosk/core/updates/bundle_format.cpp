// bundle_format.cpp — see bundle_format.h. Pure parsing and printing of bytes: no files, no databases.
#include "core/updates/bundle_format.h"

#include <cstring>

#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

// The manifest's keys, in the one order a manifest may have them. "part" lines follow, one or more.
constexpr const char* kKeys[] = {"kiosk-bundle", "publisher", "content_version", "created_at", "schema_version",
                                 "min_kiosk_version", "key", "documents", "guides", "fees", "attachments"};
constexpr std::size_t kKeyCount = sizeof kKeys / sizeof kKeys[0];
constexpr std::size_t kMaxParts = 16;

// Valid UTF-8 without control characters (tabs and C1 controls included): a value is one line of plain text.
bool is_clean_text(std::string_view s) {
    if (!is_valid_utf8(s)) return false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = next_code_point(s, i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
    }
    return true;
}

bool parse_uint(std::string_view s, std::uint64_t max, std::uint64_t* out) {
    if (s.empty() || s.size() > 20 || (s.size() > 1 && s[0] == '0')) return false;
    std::uint64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
        const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
        if (v > (max - d) / 10) return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

bool parse_count(std::string_view s, int* out) {
    std::uint64_t v = 0;
    if (!parse_uint(s, 100'000'000, &v)) return false;
    *out = static_cast<int>(v);
    return true;
}

// "YYYY-MM-DDTHH:MM:SSZ"
bool is_iso_utc(std::string_view s) {
    if (s.size() != 20) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char want = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : i == 13 || i == 16 ? ':' : i == 19 ? 'Z' : '0';
        if (want == '0' ? (c < '0' || c > '9') : c != want) return false;
    }
    return true;
}

std::uint32_t read_le32(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

// Splits "name value" at the first space; both parts non-empty.
bool split_line(std::string_view line, std::string_view* key, std::string_view* value) {
    const std::size_t sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0 || sp + 1 >= line.size()) return false;
    *key = line.substr(0, sp);
    *value = line.substr(sp + 1);
    return true;
}

}  // namespace

const BundlePart* Manifest::part(std::string_view name) const {
    for (const auto& p : parts) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

std::uint64_t Manifest::total_part_bytes() const {
    std::uint64_t total = 0;
    for (const auto& p : parts) total += p.size;
    return total;
}

bool is_safe_part_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || name[0] == '.' || name.find("..") != std::string_view::npos) return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

bool is_valid_version(std::string_view v) {
    if (v.empty()) return false;
    int components = 0;
    std::size_t i = 0;
    while (i <= v.size()) {
        const std::size_t dot = v.find('.', i);
        const std::string_view part = v.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
        if (part.empty() || part.size() > 9) return false;
        for (const char c : part) {
            if (c < '0' || c > '9') return false;
        }
        if (++components > 6) return false;
        if (dot == std::string_view::npos) break;
        i = dot + 1;
    }
    return true;
}

int compare_versions(std::string_view a, std::string_view b) {
    std::size_t ia = 0, ib = 0;
    while (ia < a.size() || ib < b.size()) {
        auto next = [](std::string_view s, std::size_t& i) {
            std::uint64_t v = 0;
            while (i < s.size() && s[i] != '.') v = v * 10 + static_cast<std::uint64_t>(s[i++] - '0');
            if (i < s.size()) ++i;  // the dot
            return v;
        };
        const std::uint64_t x = next(a, ia), y = next(b, ib);
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

std::string serialize_manifest(const Manifest& m) {
    std::string out;
    auto line = [&](const char* key, const std::string& value) { out += key; out += ' '; out += value; out += '\n'; };
    line("kiosk-bundle", std::to_string(kBundleFormatVersion));
    line("publisher", m.publisher);
    line("content_version", m.content_version);
    line("created_at", m.created_at);
    line("schema_version", std::to_string(m.schema_version));
    line("min_kiosk_version", m.min_kiosk_version);
    line("key", to_hex(m.key.data(), m.key.size()));
    line("documents", std::to_string(m.documents));
    line("guides", std::to_string(m.guides));
    line("fees", std::to_string(m.fees));
    line("attachments", std::to_string(m.attachments));
    for (const auto& p : m.parts) {
        out += "part " + p.name + " " + std::to_string(p.size) + " " + to_hex(p.hash.data(), p.hash.size()) + "\n";
    }
    return out;
}

bool parse_manifest(std::string_view text, Manifest* out, std::string* why) {
    Manifest m;
    auto fail = [&](std::size_t line_no, const std::string& what) {
        *why = "manifest line " + std::to_string(line_no) + ": " + what;
        return false;
    };
    if (text.empty() || text.size() > kMaxManifestBytes) return fail(0, "empty or too large");
    if (text.back() != '\n') return fail(0, "does not end with a newline");
    std::size_t pos = 0, line_no = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (!is_clean_text(line)) return fail(line_no, "not plain UTF-8 text");
        std::string_view key, value;
        if (!split_line(line, &key, &value)) return fail(line_no, "not 'key value'");
        if (line_no <= kKeyCount) {
            if (key != kKeys[line_no - 1]) return fail(line_no, "expected key " + std::string(kKeys[line_no - 1]));
            if (value.size() > kMaxFieldBytes) return fail(line_no, "value too long");
            std::uint64_t n = 0;
            switch (line_no) {
                case 1:
                    if (!parse_uint(value, 1000, &n) || n != kBundleFormatVersion) return fail(line_no, "unknown format");
                    break;
                case 2: m.publisher = value; break;
                case 3:
                    if (!is_valid_version(value)) return fail(line_no, "bad content_version");
                    m.content_version = value;
                    break;
                case 4:
                    if (!is_iso_utc(value)) return fail(line_no, "bad created_at");
                    m.created_at = value;
                    break;
                case 5:
                    if (!parse_uint(value, 1'000'000, &n)) return fail(line_no, "bad schema_version");
                    m.schema_version = static_cast<int>(n);
                    break;
                case 6:
                    if (!is_valid_version(value)) return fail(line_no, "bad min_kiosk_version");
                    m.min_kiosk_version = value;
                    break;
                case 7:
                    if (!from_hex(value, m.key.data(), m.key.size())) return fail(line_no, "bad key");
                    break;
                case 8: if (!parse_count(value, &m.documents)) return fail(line_no, "bad count"); break;
                case 9: if (!parse_count(value, &m.guides)) return fail(line_no, "bad count"); break;
                case 10: if (!parse_count(value, &m.fees)) return fail(line_no, "bad count"); break;
                case 11: if (!parse_count(value, &m.attachments)) return fail(line_no, "bad count"); break;
            }
            continue;
        }
        if (key != "part") return fail(line_no, "unknown key");
        if (m.parts.size() >= kMaxParts) return fail(line_no, "too many parts");
        // "name size hash"
        const std::size_t s1 = value.find(' ');
        const std::size_t s2 = s1 == std::string_view::npos ? s1 : value.find(' ', s1 + 1);
        if (s2 == std::string_view::npos) return fail(line_no, "part needs name, size and hash");
        BundlePart p;
        p.name = value.substr(0, s1);
        if (!is_safe_part_name(p.name)) return fail(line_no, "unsafe part name");
        if (m.part(p.name)) return fail(line_no, "duplicate part");
        if (!parse_uint(value.substr(s1 + 1, s2 - s1 - 1), kMaxPartBytes, &p.size)) return fail(line_no, "bad size");
        if (!from_hex(value.substr(s2 + 1), p.hash.data(), p.hash.size())) return fail(line_no, "bad hash");
        m.parts.push_back(std::move(p));
    }
    if (line_no < kKeyCount) return fail(line_no, "missing keys");
    if (m.parts.empty()) return fail(line_no, "no parts");
    *out = std::move(m);
    return true;
}

std::string signed_message(std::string_view manifest_text) {
    return std::string(kSignatureContext) + std::string(manifest_text);
}

std::string encode_bundle_header(const std::string& manifest_text, const Signature& signature) {
    std::string out(kBundleMagic, sizeof kBundleMagic);
    const auto n = static_cast<std::uint32_t>(manifest_text.size());
    for (int i = 0; i < 4; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFF);
    out += manifest_text;
    out.append(reinterpret_cast<const char*>(signature.data()), signature.size());
    return out;
}

BundleHeader parse_bundle_header(const std::uint8_t* data, std::size_t size) {
    BundleHeader h;
    if (size < sizeof kBundleMagic) {
        h.status = size == 0 || std::memcmp(data, kBundleMagic, size) != 0 ? HeaderStatus::NotABundle
                                                                            : HeaderStatus::Truncated;
        h.why = "shorter than the magic";
        return h;
    }
    if (std::memcmp(data, kBundleMagic, sizeof kBundleMagic) != 0) {
        h.status = HeaderStatus::NotABundle;
        h.why = "wrong magic";
        return h;
    }
    if (size < kBundlePrefixBytes) {
        h.status = HeaderStatus::Truncated;
        h.why = "ends inside the length field";
        return h;
    }
    const std::uint32_t m = read_le32(data + sizeof kBundleMagic);
    if (m == 0 || m > kMaxManifestBytes) {
        h.status = HeaderStatus::ManifestTooLarge;
        h.why = "manifest length " + std::to_string(m);
        return h;
    }
    if (size < kBundlePrefixBytes + m + h.signature.size()) {
        h.status = HeaderStatus::Truncated;
        h.why = "ends inside the manifest or signature";
        return h;
    }
    h.manifest_text.assign(reinterpret_cast<const char*>(data + kBundlePrefixBytes), m);
    std::memcpy(h.signature.data(), data + kBundlePrefixBytes + m, h.signature.size());
    h.parts_offset = kBundlePrefixBytes + m + h.signature.size();
    if (!parse_manifest(h.manifest_text, &h.manifest, &h.why)) {
        h.status = HeaderStatus::ManifestMalformed;
        return h;
    }
    h.status = HeaderStatus::Ok;
    return h;
}

}  // namespace kiosk::core
