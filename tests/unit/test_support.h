// test_support.h — small helpers the unit tests share: temporary folders, whole-file reads and writes, and a copy of
// a fixture content folder that a test may change without touching the committed fixture.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <sqlite3.h>

namespace test_support {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it when the object goes.
class TempDir {
public:
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "kiosk-test-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path_ = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& rel) const { return path_ / rel; }

private:
    fs::path path_;
};

inline std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + p.string());
    out << bytes;
}

// Replaces the one occurrence of `from` in the file; throws if it is missing or not unique, so a fixture edit that
// stops matching fails loudly instead of silently testing nothing.
inline void replace_once(const fs::path& p, const std::string& from, const std::string& to) {
    std::string s = read_bytes(p);
    const auto pos = s.find(from);
    if (pos == std::string::npos) throw std::runtime_error("'" + from + "' not found in " + p.string());
    if (s.find(from, pos + 1) != std::string::npos) throw std::runtime_error("'" + from + "' not unique in " + p.string());
    s.replace(pos, from.size(), to);
    write_bytes(p, s);
}

inline void append(const fs::path& p, const std::string& bytes) {
    write_bytes(p, read_bytes(p) + bytes);
}

// A database as an earlier release wrote it, for the upgrade tests: `sql` run on the file. False if SQLite refused.
inline bool write_database(const fs::path& p, const char* sql) {
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(p.string().c_str(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

inline std::string fixture(const std::string& rel) {
    return std::string(KIOSK_TEST_FIXTURES) + "/" + rel;
}

// Copies fixtures/NAME into a new temp dir's "content" folder.
inline fs::path copy_fixture(const TempDir& dir, const std::string& name) {
    const fs::path dst = dir / "content";
    fs::copy(fixture(name), dst, fs::copy_options::recursive);
    return dst;
}

}  // namespace test_support
