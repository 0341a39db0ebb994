// self_check.cpp — see self_check.h.
#include "core/operation/self_check.h"

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/updates/content_install.h"
#include "core/content/content_store.h"
#include "core/base/data_dir.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace fs = std::filesystem;

namespace {

template <typename... Args>
void add(SelfCheckReport& r, CheckFinding::Topic topic, CheckSeverity sev, const str::Bilingual& m, Args... args) {
    CheckFinding f;
    f.topic = topic;
    f.severity = sev;
    f.zh = format_message(m.zh, args...);
    f.en = format_message(m.en, args...);
    r.findings.push_back(std::move(f));
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// The first bytes of a TrueType, OpenType, collection or WOFF file: enough to tell a font from a truncated download
// or a text file saved under a font's name. "" when it looks like a font, else the reason.
std::string font_file_problem(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::strerror(errno ? errno : EACCES);
    char magic[4] = {};
    if (!in.read(magic, 4)) return "too short";
    const std::string m(magic, 4);
    if (m == std::string("\0\1\0\0", 4) || m == "OTTO" || m == "ttcf" || m == "true" || m == "wOFF" || m == "wOF2")
        return "";
    return "not a font";
}

struct ChainCheck {
    int usable_regular = 0;  // lines of the regular chain with a usable file: 0 = no Chinese text at all
    int usable_files = 0;
};

// Checks each line of a chain text (fonts/fallback.txt's format: chain | family | candidate files). Findings only
// when `report_lines` (the fallback chain is checked silently: only whether it is usable matters).
ChainCheck check_chain_text(const std::string& text, SelfCheckReport& r, bool report_lines) {
    ChainCheck c;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> parts;
        std::istringstream fields(line);
        for (std::string part; std::getline(fields, part, '|');) parts.push_back(trim(part));
        if (parts.size() != 3 || (parts[0] != "regular" && parts[0] != "bold")) continue;
        bool usable = false;
        std::istringstream files(parts[2]);
        for (std::string path; files >> path;) {
            std::error_code ec;
            if (!fs::exists(path, ec)) continue;
            const std::string why = font_file_problem(path);
            if (why.empty()) { usable = true; break; }
            if (report_lines) add(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, str::kSelfFontNotAFont, path.c_str());
        }
        if (usable) {
            ++c.usable_files;
            if (parts[0] == "regular") ++c.usable_regular;
        } else if (report_lines) {
            add(r, CheckFinding::Topic::Fonts, CheckSeverity::Warning, str::kSelfFontLineMissing, parts[1].c_str(),
                parts[2].c_str());
        }
    }
    return c;
}

// The main Chinese face of the fallback chain, to name it in the finding.
std::string first_fallback_file() {
    std::istringstream lines(kNotoCjkFallback);
    std::string line;
    std::getline(lines, line);
    const auto bar = line.rfind('|');
    return trim(line.substr(bar == std::string::npos ? 0 : bar + 1));
}

std::string version_of(const std::string& path, std::string* error) {
    try {
        return ContentStore::open(path)->info().content_version;
    } catch (const std::exception& e) {
        *error = e.what();
        for (char& ch : *error)
            if (ch == '\n') ch = ' ';
        return "";
    }
}

}  // namespace

bool SelfCheckReport::has_errors() const {
    for (const auto& f : findings)
        if (f.severity == CheckSeverity::Error) return true;
    return false;
}

std::vector<std::string> SelfCheckReport::staff_lines() const {
    std::vector<std::string> out;
    for (const auto& f : findings)
        if (f.severity != CheckSeverity::Ok) out.push_back(f.zh);
    return out;
}

void check_fonts(const std::string& fonts_file, SelfCheckReport& r) {
    using T = CheckFinding::Topic;
    std::string text;
    bool from_file = false;
    if (!fonts_file.empty()) {
        std::ifstream in(fonts_file, std::ios::binary);
        if (in && !fs::is_directory(fonts_file)) {
            std::stringstream ss;
            ss << in.rdbuf();
            text = ss.str();
            from_file = true;
        } else {
            add(r, T::Fonts, CheckSeverity::Warning, str::kSelfFontsFileMissing, fonts_file.c_str(),
                std::strerror(errno ? errno : ENOENT));
        }
    }
    if (from_file) {
        const ChainCheck c = check_chain_text(text, r, true);
        if (c.usable_regular > 0) {
            r.fonts_file = fonts_file;
            r.fonts_usable = true;
            add(r, T::Fonts, CheckSeverity::Ok, str::kSelfFontsOk, c.usable_files);
            return;
        }
    }
    // The configured chain gives no Chinese face (or there is none): Debian's Noto CJK paths.
    const ChainCheck fallback = check_chain_text(kNotoCjkFallback, r, !from_file);
    r.fonts_file.clear();
    r.fonts_usable = fallback.usable_regular > 0;
    if (!r.fonts_usable) add(r, T::Fonts, CheckSeverity::Error, str::kSelfFontsNone);
    else if (from_file) add(r, T::Fonts, CheckSeverity::Warning, str::kSelfFontsFallback, first_fallback_file().c_str());
    else add(r, T::Fonts, CheckSeverity::Ok, str::kSelfFontsOk, fallback.usable_files);
}

void check_snapshot(const std::string& data_dir, const std::string& factory, SelfCheckReport& r) {
    using T = CheckFinding::Topic;
    const ContentInstall install(content_dir_in(data_dir));
    const std::string path = install.live_snapshot(factory);
    std::error_code ec;
    const bool imported = fs::exists(install.current_path(), ec) || fs::exists(install.previous_path(), ec);
    std::string error;
    const std::string version = path.empty() ? std::string() : version_of(path, &error);
    if (path.empty() || !error.empty()) {
        r.snapshot = SelfCheckReport::Snapshot::None;
        r.snapshot_path.clear();
        if (error.empty()) error = std::strerror(ENOENT);
        add(r, T::Content, CheckSeverity::Error, str::kSelfSnapshotNone, error.c_str());
        return;
    }
    r.snapshot_path = path;
    if (path == install.current_path()) {
        r.snapshot = SelfCheckReport::Snapshot::Current;
        add(r, T::Content, CheckSeverity::Ok, str::kSelfSnapshotCurrent, version.c_str());
    } else if (path == install.previous_path()) {
        r.snapshot = SelfCheckReport::Snapshot::Previous;
        add(r, T::Content, CheckSeverity::Warning, str::kSelfSnapshotPrevious, version.c_str());
    } else {
        r.snapshot = SelfCheckReport::Snapshot::Factory;
        if (imported) add(r, T::Content, CheckSeverity::Warning, str::kSelfSnapshotFactoryFallback, version.c_str());
        else add(r, T::Content, CheckSeverity::Ok, str::kSelfSnapshotFactory, version.c_str());
    }
}

void check_data_dir(const std::string& data_dir, SelfCheckReport& r) {
    using T = CheckFinding::Topic;
    std::error_code ec;
    fs::create_directories(data_dir, ec);
    std::string probe = data_dir + "/.self-check-XXXXXX";
    const int fd = ::mkstemp(probe.data());
    int err = errno;
    bool ok = fd >= 0;
    if (ok) {
        static constexpr char kText[] = "self-check\n";
        ok = ::write(fd, kText, sizeof kText - 1) == static_cast<ssize_t>(sizeof kText - 1) && ::fsync(fd) == 0;
        if (!ok) err = errno;
        ::close(fd);
        if (::unlink(probe.c_str()) != 0 && ok) { ok = false; err = errno; }
    }
    r.data_writable = ok;
    if (ok) add(r, T::Data, CheckSeverity::Ok, str::kSelfDataOk, data_dir.c_str());
    else add(r, T::Data, CheckSeverity::Error, str::kSelfDataNotWritable, data_dir.c_str(), std::strerror(err));
}

void check_free_space(const std::string& data_dir, const SelfCheckInputs& limits, SelfCheckReport& r) {
    using T = CheckFinding::Topic;
    struct statvfs vfs {};
    if (::statvfs(data_dir.c_str(), &vfs) != 0) {
        add(r, T::Disk, CheckSeverity::Warning, str::kSelfDiskUnknown, std::strerror(errno));
        return;
    }
    r.free_space_known = true;
    r.free_bytes = static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize;
    const auto mb = [](std::uint64_t b) { return static_cast<long long>(b >> 20); };
    if (r.free_bytes < limits.error_free_bytes) {
        r.disk_full = true;
        add(r, T::Disk, CheckSeverity::Error, str::kSelfDiskFull, mb(r.free_bytes), mb(limits.error_free_bytes));
    } else if (r.free_bytes < limits.warn_free_bytes) {
        add(r, T::Disk, CheckSeverity::Warning, str::kSelfDiskLow, mb(r.free_bytes), mb(limits.warn_free_bytes));
    } else {
        add(r, T::Disk, CheckSeverity::Ok, str::kSelfDiskOk, mb(r.free_bytes));
    }
}

SelfCheckReport run_self_check(const SelfCheckInputs& in) {
    SelfCheckReport r;
    check_fonts(in.fonts_file, r);
    check_snapshot(in.data_dir, in.factory_snapshot, r);
    check_data_dir(in.data_dir, r);
    check_free_space(in.data_dir, in, r);
    return r;
}

}  // namespace kiosk::core
