// A corpus of malformed and malicious bundles: each is made here from the fixture's good bundles, imported
// into an install that holds v1 as current.db (and v0 as previous.db), and must be refused with exactly its reason —
// and leave the content folder exactly as it was (every file byte-identical, nothing new, staging/ empty). The
// header and part cases also go through verify_bundle(), which must give the same reason.
#include <catch2/catch.hpp>

#include <sodium.h>
#include <sqlite3.h>
#include <sys/statvfs.h>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "bundle_fixture.h"
#include "core/updates/audit_log.h"
#include "core/updates/bundle_format.h"
#include "core/updates/bundle_io.h"
#include "core/base/sha256.h"
#include "core/updates/content_install.h"
#include "core/updates/update_worker.h"
#include "test_support.h"

using namespace kiosk::core;
using test_support::BundleFixture;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

std::string blake2b_hex(const std::string& bytes) {
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    return to_hex(out, sizeof out);
}

// Every file and folder under `dir`, with the hash of each file's bytes.
std::map<std::string, std::string> listing(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        const std::string rel = fs::relative(e.path(), dir).string();
        out[rel] = e.is_regular_file() ? blake2b_hex(test_support::read_bytes(e.path())) : "<dir>";
    }
    return out;
}

// A content folder as a kiosk has it after two monthly updates: current.db and previous.db.
struct Install {
    TempDir tmp;
    fs::path dir = tmp / "content";
    ContentInstall install{dir.string()};
    explicit Install(const fs::path& current, const fs::path& previous = {}) {
        std::string error;
        REQUIRE(install.recover(&error));
        fs::copy_file(current, install.current_path());
        if (!previous.empty()) fs::copy_file(previous, install.previous_path());
    }
};

// The good v2 bundle taken apart: header, manifest, signature and the snapshot part's bytes.
struct Pieces {
    std::string bytes;
    BundleHeader header;
    std::size_t m = 0;       // manifest length
    std::size_t parts = 0;   // offset of the first part
    std::size_t size = 0;    // snapshot part size
    std::string part_bytes() const { return bytes.substr(parts); }
};

Pieces pieces_of(const fs::path& bundle) {
    Pieces p;
    p.bytes = test_support::read_bytes(bundle);
    p.header = parse_bundle_header(reinterpret_cast<const std::uint8_t*>(p.bytes.data()), p.bytes.size());
    REQUIRE(p.header.status == HeaderStatus::Ok);
    p.m = p.header.manifest_text.size();
    p.parts = static_cast<std::size_t>(p.header.parts_offset);
    REQUIRE(p.parts == kBundlePrefixBytes + p.m + 64);
    REQUIRE(p.header.manifest.parts.size() == 1);
    p.size = static_cast<std::size_t>(p.header.manifest.parts[0].size);
    REQUIRE(p.parts + p.size == p.bytes.size());
    return p;
}

// A bundle of `manifest_text` signed with `key`, followed by `parts`.
std::string signed_bundle(const std::string& manifest_text, const SecretKey& key, const std::string& parts) {
    return encode_bundle_header(manifest_text, sign_message(signed_message(manifest_text), key)) + parts;
}
std::string resigned(const Manifest& m, const SecretKey& key, const std::string& parts) {
    return signed_bundle(serialize_manifest(m), key, parts);
}

std::string flip(std::string s, std::size_t at, unsigned char mask) {
    REQUIRE(at < s.size());
    s[at] = static_cast<char>(static_cast<unsigned char>(s[at]) ^ mask);
    return s;
}

// Position of the first character of the value on the manifest line starting with `key `.
std::size_t manifest_value_at(const Pieces& p, const std::string& key) {
    const std::string& t = p.header.manifest_text;
    const std::size_t line = t.find("\n" + key + " ");
    REQUIRE(line != std::string::npos);
    return kBundlePrefixBytes + line + 1 + key.size() + 1;
}

// v2's snapshot changed by `sql`, bundled and signed with the trusted key: only the snapshot's content is wrong.
std::string snapshot_bundle(const BundleFixture& fx, const std::string& sql) {
    TempDir tmp;
    const fs::path db = tmp / "changed.db", out = tmp / "changed.kiosk";
    fs::copy_file(fx.v2_db, db);
    test_support::sql_exec(db, sql);
    test_support::bundle_or_throw(db, fx.key, out);
    return test_support::read_bytes(out);
}

struct Case {
    using Maker = std::function<std::string(const BundleFixture&, const Pieces&)>;
    Case(std::string n, Maker m, UpdateOutcome e, std::string p = "", bool h = false)
        : name(std::move(n)), make(std::move(m)), expect(e), part(std::move(p)), header_case(h) {}
    std::string name;
    Maker make;
    UpdateOutcome expect;
    std::string part;           // for Damaged: which part; "" = not asserted
    bool header_case = false;   // verify_bundle must give the same outcome (and part)
};

std::vector<Case> corpus() {
    using O = UpdateOutcome;
    auto truncated = [](std::function<std::size_t(const Pieces&)> len) {
        return [len](const BundleFixture&, const Pieces& p) { return p.bytes.substr(0, len(p)); };
    };
    auto flipped = [](std::function<std::size_t(const Pieces&)> at, unsigned char mask) {
        return [at, mask](const BundleFixture&, const Pieces& p) { return flip(p.bytes, at(p), mask); };
    };
    auto lie = [](std::function<void(Manifest&)> change) {
        return [change](const BundleFixture& fx, const Pieces& p) {
            Manifest m = p.header.manifest;
            change(m);
            return resigned(m, fx.key, p.part_bytes());
        };
    };
    auto with_snapshot = [](std::string sql) {
        return [sql](const BundleFixture& fx, const Pieces&) { return snapshot_bundle(fx, sql); };
    };
    auto part_named = [](std::string name) {
        return [name](const BundleFixture& fx, const Pieces& p) {
            Manifest m = p.header.manifest;
            m.parts[0].name = name;
            return resigned(m, fx.key, p.part_bytes());
        };
    };
    const std::string first_attachment = "(SELECT min(id) FROM attachments)";
    return {
        // ---- Truncated ----------------------------------------------------------------------------------------------
        {"truncated to 0 bytes", truncated([](const Pieces&) { return 0; }), O::NotABundle, "", true},
        // Seven bytes that begin like the magic are a bundle cut short, not some other file.
        {"truncated to 7 bytes (inside the magic)", truncated([](const Pieces&) { return 7; }), O::Damaged, "manifest", true},
        {"truncated to 11 bytes (inside the length)", truncated([](const Pieces&) { return 11; }), O::Damaged, "manifest", true},
        {"truncated inside the manifest", truncated([](const Pieces& p) { return kBundlePrefixBytes + p.m / 2; }), O::Damaged, "manifest", true},
        // The header reader has one "truncated" status for manifest and signature, so the part is "manifest" here too.
        {"truncated inside the signature", truncated([](const Pieces& p) { return kBundlePrefixBytes + p.m + 32; }), O::Damaged, "manifest", true},
        {"truncated after the signature (no parts)", truncated([](const Pieces& p) { return p.parts; }), O::Damaged, "snapshot.db", true},
        {"truncated inside the snapshot", truncated([](const Pieces& p) { return p.parts + p.size / 2; }), O::Damaged, "snapshot.db", true},
        {"truncated one byte short", truncated([](const Pieces& p) { return p.bytes.size() - 1; }), O::Damaged, "snapshot.db", true},
        // ---- Bit-flipped, region by region ------------------------------------------------------------------------
        {"bit flip in the magic (first byte)", flipped([](const Pieces&) { return 0; }, 0x01), O::NotABundle, "", true},
        {"bit flip in the magic (format digit)", flipped([](const Pieces&) { return 7; }, 0x01), O::NotABundle, "", true},
        // A changed length no longer frames the signed bytes: unauthenticated and malformed, so damaged.
        {"bit flip in the length (+/-256)", flipped([](const Pieces&) { return 9; }, 0x01), O::Damaged, "manifest", true},
        {"bit flip in the length (top bit: huge)", flipped([](const Pieces&) { return 11; }, 0x80), O::Damaged, "manifest", true},
        {"length field zero", [](const BundleFixture&, const Pieces& p) {
             std::string b = p.bytes;
             for (int i = 8; i < 12; ++i) b[i] = 0;
             return b;
         }, O::Damaged, "manifest", true},
        {"bit flip in the manifest's content_version", flipped([](const Pieces& p) { return manifest_value_at(p, "content_version") + 6; }, 0x01),
         O::BadSignature, "", true},
        {"bit flip in the manifest's document count", flipped([](const Pieces& p) { return manifest_value_at(p, "documents"); }, 0x01),
         O::BadSignature, "", true},
        {"a changed digit in the manifest's part hash", [](const BundleFixture&, const Pieces& p) {
             const std::size_t at = kBundlePrefixBytes + p.m - 2;  // the last hex digit (the manifest ends "<hash>\n")
             std::string b = p.bytes;
             b[at] = b[at] == '0' ? '1' : '0';
             return b;
         }, O::BadSignature, "", true},
        {"bit flip in the manifest's key (another, untrusted key)", [](const BundleFixture&, const Pieces& p) {
             const std::size_t at = manifest_value_at(p, "key");
             std::string b = p.bytes;
             b[at] = b[at] == '0' ? '1' : '0';
             return b;
         }, O::UnknownKey, "", true},
        {"bit flip in a manifest key word (qublisher)", flipped([](const Pieces& p) { return manifest_value_at(p, "publisher") - 10; }, 0x01),
         O::Damaged, "manifest", true},
        {"bit flip turning a newline into a control character", flipped([](const Pieces& p) { return manifest_value_at(p, "publisher") - 11; }, 0x01),
         O::Damaged, "manifest", true},
        {"bit flip in the signature (first byte)", flipped([](const Pieces& p) { return kBundlePrefixBytes + p.m; }, 0x01), O::BadSignature, "", true},
        {"bit flip in the signature (last byte)", flipped([](const Pieces& p) { return p.parts - 1; }, 0x80), O::BadSignature, "", true},
        {"bit flip in the snapshot (start)", flipped([](const Pieces& p) { return p.parts; }, 0x01), O::Damaged, "snapshot.db", true},
        {"bit flip in the snapshot (middle)", flipped([](const Pieces& p) { return p.parts + p.size / 2; }, 0x10), O::Damaged, "snapshot.db", true},
        {"bit flip in the snapshot (last byte)", flipped([](const Pieces& p) { return p.bytes.size() - 1; }, 0x80), O::Damaged, "snapshot.db", true},
        // ---- Appended garbage -------------------------------------------------------------------------------------
        {"one byte after the last part", [](const BundleFixture&, const Pieces& p) { return p.bytes + std::string(1, '\0'); },
         O::Damaged, "end of file", true},
        {"text appended after the last part", [](const BundleFixture&, const Pieces& p) { return p.bytes + "#!/bin/sh\nrm -rf /\n"; },
         O::Damaged, "end of file", true},
        {"the bundle twice", [](const BundleFixture&, const Pieces& p) { return p.bytes + p.bytes; }, O::Damaged, "end of file", true},
        // ---- Keys ---------------------------------------------------------------------------------------------------
        {"signed by an untrusted key", [](const BundleFixture& fx, const Pieces& p) {
             Manifest m = p.header.manifest;
             m.key = fx.other_public;
             return resigned(m, fx.other, p.part_bytes());
         }, O::UnknownKey, "", true},
        {"re-signed by another key, trusted key id kept", [](const BundleFixture& fx, const Pieces& p) {
             return signed_bundle(p.header.manifest_text, fx.other, p.part_bytes());
         }, O::BadSignature, "", true},
        // ---- A manifest lying about sizes, otherwise properly signed ------------------------------------------------
        {"manifest says the part is 1 byte bigger", lie([](Manifest& m) { m.parts[0].size += 1; }), O::Damaged, "snapshot.db", true},
        // One byte smaller: the last byte is then one after the last part.
        {"manifest says the part is 1 byte smaller", lie([](Manifest& m) { m.parts[0].size -= 1; }), O::Damaged, "end of file", true},
        {"manifest says the part is 10 GiB", lie([](Manifest& m) { m.parts[0].size = 10ull << 30; }), O::Damaged, "snapshot.db", true},
        // Above kMaxPartBytes the manifest itself is malformed (signed by us, so a publisher's bug): not a bundle.
        {"manifest says the part is 2^60 bytes", lie([](Manifest& m) { m.parts[0].size = 1ull << 60; }), O::NotABundle, "", true},
        {"manifest gives another hash", lie([](Manifest& m) { m.parts[0].hash[5] ^= 0x40; }), O::Damaged, "snapshot.db", true},
        // ---- Versions of the format and of the kiosk ----------------------------------------------------------------
        {"unsupported schema_version", lie([](Manifest& m) { m.schema_version = 99; }), O::UnsupportedSchema, "", true},
        {"min_kiosk_version 99.0", lie([](Manifest& m) { m.min_kiosk_version = "99.0"; }), O::KioskTooOld, "", true},
        {"an unknown second part", [](const BundleFixture& fx, const Pieces& p) {
             Manifest m = p.header.manifest;
             const std::string extra = "#!/bin/sh\n";
             BundlePart part;
             part.name = "run.sh";
             part.size = extra.size();
             part.hash = kiosk::core::sha256(extra);
             m.parts.push_back(part);
             return resigned(m, fx.key, p.part_bytes() + extra);
         }, O::UnsupportedSchema, "", true},
        {"no snapshot.db part", part_named("other.db"), O::NotABundle, "", true},
        // The manifest claims a newer version than the snapshot inside holds (to slip an old one past NotNewer).
        {"manifest version differs from the snapshot's", lie([](Manifest& m) { m.content_version = "2027.01.01"; }),
         O::UnsafeContent},
        {"oversized publisher in the manifest", lie([](Manifest& m) { m.publisher = std::string(kMaxFieldBytes + 1, 'x'); }),
         O::NotABundle, "", true},
        // ---- Part names with path tricks (manifest malformed) -------------------------------------------------------
        {"part named ../current.db", part_named("../current.db"), O::NotABundle, "", true},
        {"part named /etc/x", part_named("/etc/x"), O::NotABundle, "", true},
        {"part named .hidden", part_named(".hidden"), O::NotABundle, "", true},
        {"part named a/b", part_named("a/b"), O::NotABundle, "", true},
        {"part named a\\b", part_named("a\\b"), O::NotABundle, "", true},
        // ---- Signed snapshots that are not safe to open as they are -------------------------------------------------
        {"snapshot with a trigger", with_snapshot("CREATE TRIGGER t AFTER INSERT ON fees BEGIN DELETE FROM fees; END;"),
         O::UnsafeContent},
        {"snapshot with a view", with_snapshot("CREATE VIEW v AS SELECT title, length(body) FROM documents;"), O::UnsafeContent},
        {"snapshot with an extra table", with_snapshot("CREATE TABLE extra (x TEXT) STRICT;"), O::UnsupportedSchema},
        {"snapshot with an extra index", with_snapshot("CREATE INDEX extra_idx ON documents (title);"), O::UnsupportedSchema},
        {"snapshot with an added column", with_snapshot("ALTER TABLE documents ADD COLUMN extra TEXT NOT NULL DEFAULT '';"),
         O::UnsupportedSchema},
        {"snapshot with a renamed column", with_snapshot("ALTER TABLE fees RENAME COLUMN note TO remark;"), O::UnsupportedSchema},
        {"snapshot with a dropped table", with_snapshot("DROP TABLE calendar_years;"), O::UnsupportedSchema},
        {"attachment named ../../etc/passwd",
         with_snapshot("UPDATE attachments SET name = '../../etc/passwd' WHERE id = " + first_attachment), O::UnsafeContent},
        {"attachment named /abs.png", with_snapshot("UPDATE attachments SET name = '/abs.png' WHERE id = " + first_attachment),
         O::UnsafeContent},
        {"attachment named a\\b.png", with_snapshot("UPDATE attachments SET name = 'a\\b.png' WHERE id = " + first_attachment),
         O::UnsafeContent},
        {"attachment typed text/html (CHECK bypassed)",
         with_snapshot("PRAGMA ignore_check_constraints = 1; UPDATE attachments SET mime = 'text/html' WHERE id = " +
                       first_attachment), O::UnsafeContent},
        {"attachment of a document that does not exist",
         with_snapshot("PRAGMA foreign_keys = 0; UPDATE attachments SET document_id = 999999 WHERE id = " + first_attachment),
         O::UnsafeContent},
        // Over a content limit but otherwise what pack makes: signed, so a packing mistake, not tampering.
        {"document with an oversized title",
         with_snapshot("UPDATE documents SET title = printf('%.*c', 5000, 'x') WHERE id = (SELECT min(id) FROM documents)"),
         O::ContentLimit},
        {"attachment with an oversized name",
         with_snapshot("UPDATE attachments SET name = printf('%.*c.png', 5000, 'a') WHERE id = " + first_attachment),
         O::ContentLimit},
        // ---- Not bundles at all -------------------------------------------------------------------------------------
        {"a PNG renamed .kiosk", [](const BundleFixture& fx, const Pieces&) {
             sqlite3* db = nullptr;
             REQUIRE(sqlite3_open_v2(fx.v1_db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
             sqlite3_stmt* q = nullptr;
             REQUIRE(sqlite3_prepare_v2(db, "SELECT data FROM attachments WHERE mime = 'image/png' LIMIT 1", -1, &q, nullptr) == SQLITE_OK);
             REQUIRE(sqlite3_step(q) == SQLITE_ROW);
             std::string png(static_cast<const char*>(sqlite3_column_blob(q, 0)), static_cast<std::size_t>(sqlite3_column_bytes(q, 0)));
             sqlite3_finalize(q);
             sqlite3_close(db);
             REQUIRE(png.substr(1, 3) == "PNG");
             return png;
         }, O::NotABundle, "", true},
        {"an SQLite snapshot renamed .kiosk", [](const BundleFixture& fx, const Pieces&) { return test_support::read_bytes(fx.v2_db); },
         O::NotABundle, "", true},
        {"a text file", [](const BundleFixture&, const Pieces&) { return std::string("kiosk-bundle 1\npublisher x\n"); },
         O::NotABundle, "", true},
    };
}

}  // namespace

TEST_CASE("bundle corpus: the good bundle the corpus is made from imports (so every refusal below is the defect's doing)", "[bundle][bundle-corpus]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    Install in(fx.v1_db, fx.v0_db);
    const UpdateResult v = verify_bundle(fx.v2_bundle.string(), fx.trusted);
    CHECK(v.outcome == UpdateOutcome::Ok);
    const UpdateResult r = in.install.import(fx.v2_bundle.string(), fx.trusted, {});
    INFO(r.detail);
    REQUIRE(r.outcome == UpdateOutcome::Ok);
    CHECK(blake2b_hex(test_support::read_bytes(in.install.current_path())) == blake2b_hex(test_support::read_bytes(fx.v2_db)));
    CHECK(blake2b_hex(test_support::read_bytes(in.install.previous_path())) == blake2b_hex(test_support::read_bytes(fx.v1_db)));
    CHECK(fs::is_empty(in.install.staging_dir()));
}

TEST_CASE("bundle corpus: every malformed or malicious bundle is refused with its reason and changes nothing", "[bundle][bundle-corpus]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    const Pieces good = pieces_of(fx.v2_bundle);
    Install in(fx.v1_db, fx.v0_db);
    const auto before = listing(in.dir);
    const std::string current_hash = blake2b_hex(test_support::read_bytes(in.install.current_path()));
    const std::string previous_hash = blake2b_hex(test_support::read_bytes(in.install.previous_path()));
    REQUIRE(before.count("current.db"));
    REQUIRE(before.count("previous.db"));
    TempDir stick;  // the bundles live outside the content folder, as on a USB stick

    const std::vector<Case> cases = corpus();
    int n = 0;
    for (const Case& c : cases) {
        INFO("case " << ++n << ": " << c.name);
        const fs::path bundle = stick / ("case-" + std::to_string(n) + ".kiosk");
        test_support::write_bytes(bundle, c.make(fx, good));

        const UpdateResult r = in.install.import(bundle.string(), fx.trusted, {});
        INFO("import gave " << outcome_token(r.outcome) << " part '" << r.part << "': " << r.detail);
        CHECK(r.outcome == c.expect);
        if (!c.part.empty()) CHECK(r.part == c.part);
        CHECK_FALSE(r.message_zh().empty());  // staff are told why

        // Nothing changed: not current.db, not previous.db, nothing new anywhere, staging/ empty.
        CHECK(blake2b_hex(test_support::read_bytes(in.install.current_path())) == current_hash);
        CHECK(blake2b_hex(test_support::read_bytes(in.install.previous_path())) == previous_hash);
        CHECK(listing(in.dir) == before);
        CHECK(kiosk::tools::fault::dir_is_empty_or_missing(in.install.staging_dir()));

        if (c.header_case) {
            const UpdateResult v = verify_bundle(bundle.string(), fx.trusted);
            INFO("verify gave " << outcome_token(v.outcome) << " part '" << v.part << "': " << v.detail);
            CHECK(v.outcome == c.expect);
            if (!c.part.empty()) CHECK(v.part == c.part);
        }
        fs::remove(bundle);
    }
    CHECK(n >= 50);
}

TEST_CASE("bundle corpus: a manifest lying about its size is Damaged on import too, even when the lie would not fit the disk",
          "[bundle][bundle-corpus]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    const Pieces good = pieces_of(fx.v2_bundle);
    Manifest m = good.header.manifest;
    m.parts[0].size = 8ull << 30;  // 8 GiB, well under kMaxPartBytes: the manifest parses
    TempDir stick;
    const fs::path lying = stick / "lying.kiosk";
    test_support::write_bytes(lying, resigned(m, fx.key, good.part_bytes()));

    Install in(fx.v1_db, fx.v0_db);
    struct statvfs vfs {};
    REQUIRE(::statvfs(in.dir.c_str(), &vfs) == 0);
    const std::uint64_t free_bytes = static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize;
    REQUIRE(free_bytes > (4ull << 30));
    // A reserve that leaves room for the real 2 MB snapshot (2 GiB to spare) but not for the 8 GiB the manifest claims.
    ImportOptions o;
    o.reserve_bytes = free_bytes - (2ull << 30);
    {
        Install control(fx.v1_db);
        CHECK(control.install.import(fx.v2_bundle.string(), fx.trusted, o).outcome == UpdateOutcome::Ok);
    }
    const auto before = listing(in.dir);
    const UpdateResult v = verify_bundle(lying.string(), fx.trusted);
    CHECK(v.outcome == UpdateOutcome::Damaged);
    const UpdateResult r = in.install.import(lying.string(), fx.trusted, o);
    INFO("import gave " << outcome_token(r.outcome) << " part '" << r.part << "': " << r.detail);
    // The file is 2 MB and says 8 GiB: staff must hear "damaged", not "free up 6 GB of disk".
    CHECK(r.outcome == UpdateOutcome::Damaged);
    CHECK(r.part == "snapshot.db");
    CHECK(listing(in.dir) == before);
}

TEST_CASE("bundle corpus: a replayed older or equal version is refused unless staff choose to go back", "[bundle][bundle-corpus]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    SECTION("v1 over v1: equal is not newer") {
        Install in(fx.v1_db, fx.v0_db);
        const auto before = listing(in.dir);
        const UpdateResult r = in.install.import(fx.v1_bundle.string(), fx.trusted, {});
        CHECK(r.outcome == UpdateOutcome::NotNewer);
        CHECK(r.installed_version == fx.v1_version);
        CHECK(listing(in.dir) == before);
    }
    SECTION("v1 over v2: older is refused, and verify alone does not judge versions") {
        Install in(fx.v2_db, fx.v1_db);
        const auto before = listing(in.dir);
        const UpdateResult r = in.install.import(fx.v1_bundle.string(), fx.trusted, {});
        CHECK(r.outcome == UpdateOutcome::NotNewer);
        CHECK(r.installed_version == fx.v2_version);
        CHECK(r.manifest.content_version == fx.v1_version);
        CHECK(listing(in.dir) == before);
        CHECK(verify_bundle(fx.v1_bundle.string(), fx.trusted).outcome == UpdateOutcome::Ok);
    }
    SECTION("v1 over v2 with allow_older: staff went back on purpose") {
        Install in(fx.v2_db);
        ImportOptions o;
        o.allow_older = true;
        const UpdateResult r = in.install.import(fx.v1_bundle.string(), fx.trusted, o);
        INFO(r.detail);
        REQUIRE(r.outcome == UpdateOutcome::Ok);
        CHECK(blake2b_hex(test_support::read_bytes(in.install.current_path())) == blake2b_hex(test_support::read_bytes(fx.v1_db)));
        CHECK(blake2b_hex(test_support::read_bytes(in.install.previous_path())) == blake2b_hex(test_support::read_bytes(fx.v2_db)));
        CHECK(in.install.installed_version() == fx.v1_version);
        CHECK(fs::is_empty(in.install.staging_dir()));
    }
}

TEST_CASE("bundle corpus: the audit log records every attempt made through the update worker", "[bundle][bundle-corpus][audit]") {
    const BundleFixture& fx = test_support::bundle_fixture();
    const Pieces good = pieces_of(fx.v2_bundle);
    Install in(fx.v1_db);
    std::string error;
    const auto audit = AuditLog::open((in.tmp / "audit.db").string(), &error);
    REQUIRE(audit);
    in.install.set_audit_log(audit.get());
    UpdateWorker worker(in.install, fx.trusted);

    auto run_stage = [&](const fs::path& bundle) {
        REQUIRE(worker.start_stage(bundle.string(), false));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        for (;;) {
            if (auto f = worker.take_finished()) return *f;
            REQUIRE(std::chrono::steady_clock::now() < deadline);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    };

    // A forged bundle (the signature no longer matches the manifest) is refused, and logged so.
    const fs::path forged = in.tmp / "forged.kiosk";
    test_support::write_bytes(forged, flip(good.bytes, kBundlePrefixBytes + good.m, 0x01));
    const auto current_before = test_support::read_bytes(in.install.current_path());
    const auto [refused, no_stage] = run_stage(forged);
    CHECK(refused.outcome == UpdateOutcome::BadSignature);
    CHECK_FALSE(no_stage.has_value());
    CHECK(test_support::read_bytes(in.install.current_path()) == current_before);
    auto entries = audit->recent(10);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == "stage");
    CHECK(entries[0].source == forged.string());
    CHECK(entries[0].outcome == outcome_token(UpdateOutcome::BadSignature));
    CHECK_FALSE(entries[0].detail.empty());

    // The good one: staged, then committed; then rolled back. Each is one more row, newest first.
    const auto [staged_result, staged] = run_stage(fx.v2_bundle);
    INFO(staged_result.detail);
    REQUIRE(staged_result.outcome == UpdateOutcome::Ok);
    REQUIRE(staged.has_value());
    CHECK(staged->manifest.content_version == fx.v2_version);
    const UpdateResult committed = worker.commit(*staged);
    CHECK(committed.outcome == UpdateOutcome::Ok);
    CHECK(in.install.installed_version() == fx.v2_version);
    const UpdateResult back = worker.rollback();
    CHECK(back.outcome == UpdateOutcome::Ok);
    CHECK(in.install.installed_version() == fx.v1_version);

    entries = audit->recent(10);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].action == "rollback");
    CHECK(entries[0].outcome == outcome_token(UpdateOutcome::Ok));
    CHECK(entries[1].action == "commit");
    CHECK(entries[1].version == fx.v2_version);
    CHECK(entries[2].action == "stage");
    CHECK(entries[2].outcome == outcome_token(UpdateOutcome::Ok));
    CHECK(entries[2].publisher == staged->manifest.publisher);
    CHECK(entries[3].outcome == outcome_token(UpdateOutcome::BadSignature));
}
