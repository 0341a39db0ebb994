// bundle_fixture.h — the signed bundles the update tests (test_bundle_corpus.cpp, test_import_faults.cpp) start from.
//
// Packing content/ takes seconds, so everything is made once per run of the test binary, lazily, in one temp folder
// that lives until the binary exits, and tests copy files out of it:
//   county.key/.pub   the trusted key pair;  other.key/.pub  a key pair the kiosk does not trust
//   v1.db  content/ packed as 2026.11.01;    v2.db  content/ with one title changed, packed as 2026.12.01
//   v0.db  v1.db with its content version set to 2026.10.01 (the corpus install's previous.db)
//   v1.kiosk, v2.kiosk  their bundles, signed with county.key
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/updates/bundle_io.h"
#include "core/pack/pack.h"
#include "core/updates/signing.h"
#include "test_support.h"
#include "harness/fault_injection.h"

namespace test_support {

struct BundleFixture {
    TempDir dir;
    fs::path county_key, county_pub, other_key, other_pub;
    kiosk::core::SecretKey key{}, other{};
    kiosk::core::PublicKey pub{}, other_public{};
    kiosk::core::TrustedKeys trusted;  // county.pub only
    fs::path v0_db, v1_db, v2_db, v1_bundle, v2_bundle;
    std::string v0_version = "2026.10.01", v1_version = "2026.11.01", v2_version = "2026.12.01";
    std::string v1_digest, v2_digest;
    // The title changed in v2 (so the two differ in a document row, not only in their version).
    std::string changed_title = "安澜县民政局关于婚姻登记处迁址办公的公告";
};

inline void sql_exec(const fs::path& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) throw std::runtime_error("cannot open " + db_path.string());
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error("sql on " + db_path.string() + ": " + msg + " in: " + sql);
}

inline void pack_or_throw(const fs::path& content, const fs::path& out, const std::string& version) {
    kiosk::core::PackOptions o;
    o.content_dir = content.string();
    o.output_path = out.string();
    o.content_version = version;
    const auto r = kiosk::core::pack_content(o);
    if (!r.ok) throw std::runtime_error("pack failed: " + (r.errors.empty() ? "?" : r.errors[0].to_string()));
}

inline void bundle_or_throw(const fs::path& db, const kiosk::core::SecretKey& key, const fs::path& out) {
    std::string error;
    if (!kiosk::core::write_bundle(db.string(), key, out.string(), &error))
        throw std::runtime_error("write_bundle " + out.string() + ": " + error);
}

inline const BundleFixture& bundle_fixture() {
    static const std::unique_ptr<BundleFixture> fixture = [] {
        auto f = std::make_unique<BundleFixture>();
        namespace core = kiosk::core;
        std::string error;
        f->county_key = f->dir / "county.key";
        f->county_pub = f->dir / "county.pub";
        f->other_key = f->dir / "other.key";
        f->other_pub = f->dir / "other.pub";
        if (!core::generate_key_files(f->county_key, f->county_pub, &error) ||
            !core::generate_key_files(f->other_key, f->other_pub, &error))
            throw std::runtime_error("keygen: " + error);
        f->key = *core::read_secret_key(f->county_key, &error);
        f->pub = *core::read_public_key(f->county_pub, &error);
        f->other = *core::read_secret_key(f->other_key, &error);
        f->other_public = *core::read_public_key(f->other_pub, &error);
        f->trusted.keys.push_back(f->pub);

        f->v1_db = f->dir / "v1.db";
        f->v2_db = f->dir / "v2.db";
        f->v0_db = f->dir / "v0.db";
        pack_or_throw(std::string(KIOSK_SOURCE_DIR) + "/content", f->v1_db, f->v1_version);
        const fs::path content2 = f->dir / "content-v2";
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", content2, fs::copy_options::recursive);
        replace_once(content2 / "catalog.csv", f->changed_title + ",", f->changed_title + "（更正）,");
        pack_or_throw(content2, f->v2_db, f->v2_version);
        fs::copy_file(f->v1_db, f->v0_db);
        sql_exec(f->v0_db, "UPDATE meta SET value = '" + f->v0_version + "' WHERE key = 'content_version'");

        f->v1_bundle = f->dir / "v1.kiosk";
        f->v2_bundle = f->dir / "v2.kiosk";
        bundle_or_throw(f->v1_db, f->key, f->v1_bundle);
        bundle_or_throw(f->v2_db, f->key, f->v2_bundle);
        f->v1_digest = kiosk::tools::fault::content_digest(f->v1_db, &error);
        f->v2_digest = kiosk::tools::fault::content_digest(f->v2_db, &error);
        if (f->v1_digest.empty() || f->v2_digest.empty() || f->v1_digest == f->v2_digest)
            throw std::runtime_error("fixture digests: " + error);
        return f;
    }();
    return *fixture;
}

}  // namespace test_support
