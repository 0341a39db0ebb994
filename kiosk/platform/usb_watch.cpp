// usb_watch.cpp — see usb_watch.h.
//
// Every ~2 s (or at once when asked) the watcher lists its roots. A root is a folder pattern; `*` matches one path
// component (glob(3), directories only). Under each matching folder it looks for *.kiosk files at depth 0, 1 and 2:
// so a root "/media" finds /media/STICK/x.kiosk and /media/STICK/更新/x.kiosk, "/media/*" finds
// /media/USER/STICK/x.kiosk, "/run/media/*/*" finds /run/media/USER/STICK/x.kiosk, "/mnt" a stick mounted there.
// Hidden folders are skipped and the number of folders read per scan is capped, so a big disk under /mnt costs little.
// A root that is missing or vanishes mid-scan is simply "no stick".
//
// It also lists the sticks themselves (volumes), where staff export the request forms to: a folder under a
// root that is a mount point (its device differs from its parent's), a root that is itself one (a stick on /mnt), or
// — for sticks that are plain folders, as in tests and the demo — a folder directly under a root holding a bundle.
//
// The result is a snapshot (sorted by path, duplicates removed) with a generation counter that changes only when the
// set of files changes (a path, size or mtime differs). An optional inspector runs on the watcher thread for each new
// or changed file (a header check of a few KiB) and its answer is kept with the file, cached by (path, size, mtime).
#include "platform/usb_watch.h"

#include <dirent.h>
#include <glob.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>

namespace kiosk::platform {
namespace {

constexpr int kMaxDepth = 2;            // the volume's top level, and one folder down (volume = root/NAME)
constexpr int kMaxDirsPerScan = 400;    // a big disk under /mnt must not turn a scan into a crawl
constexpr int kMaxFilesPerScan = 200;

bool ends_with_kiosk(const std::string& name) {
    static const std::string ext = ".kiosk";
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
}

std::vector<std::string> expand(const std::string& pattern) {
    std::vector<std::string> out;
    if (pattern.find_first_of("*?[") == std::string::npos) {
        out.push_back(pattern);
        return out;
    }
    glob_t g{};
    if (glob(pattern.c_str(), GLOB_ONLYDIR | GLOB_NOSORT, nullptr, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc; ++i) out.push_back(g.gl_pathv[i]);
    }
    globfree(&g);
    return out;
}

struct ScanBudget {
    int dirs = kMaxDirsPerScan;
    int files = kMaxFilesPerScan;
};

void scan_dir(const std::string& dir, int depth, ScanBudget& budget, std::vector<UsbFile>& out) {
    if (budget.dirs-- <= 0) return;
    DIR* d = opendir(dir.c_str());
    if (!d) return;  // gone (stick pulled) or unreadable: nothing here
    std::vector<std::string> subdirs;
    while (dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name.empty() || name[0] == '.') continue;  // ., .., .Trash-1000 and other hidden folders
        const std::string path = dir + "/" + name;
        struct stat st{};
        if (stat(path.c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth < kMaxDepth) subdirs.push_back(path);
        } else if (S_ISREG(st.st_mode) && ends_with_kiosk(name)) {
            if (budget.files-- <= 0) continue;
            UsbFile f;
            f.path = path;
            f.size = static_cast<std::uint64_t>(st.st_size);
            f.mtime = static_cast<long long>(st.st_mtime);
            out.push_back(std::move(f));
        }
    }
    closedir(d);
    std::sort(subdirs.begin(), subdirs.end());
    for (const auto& s : subdirs) scan_dir(s, depth + 1, budget, out);
}

bool same_files(const std::vector<UsbFile>& a, const std::vector<UsbFile>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].path != b[i].path || a[i].size != b[i].size || a[i].mtime != b[i].mtime) return false;
    return true;
}

bool is_mount_point(const std::string& dir) {
    struct stat self{}, parent{};
    if (stat(dir.c_str(), &self) != 0 || !S_ISDIR(self.st_mode)) return false;
    if (stat((dir + "/..").c_str(), &parent) != 0) return false;
    return self.st_dev != parent.st_dev;
}

std::string last_component(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::vector<std::string> default_usb_roots() { return {"/media", "/media/*", "/run/media/*/*", "/mnt"}; }

std::vector<UsbFile> scan_usb_roots(const std::vector<std::string>& roots) {
    std::vector<UsbFile> out;
    ScanBudget budget;
    for (const auto& pattern : roots)
        for (const auto& dir : expand(pattern)) scan_dir(dir, 0, budget, out);
    std::sort(out.begin(), out.end(), [](const UsbFile& a, const UsbFile& b) { return a.path < b.path; });
    out.erase(std::unique(out.begin(), out.end(), [](const UsbFile& a, const UsbFile& b) { return a.path == b.path; }),
              out.end());
    return out;
}

std::vector<UsbVolume> scan_usb_volumes(const std::vector<std::string>& roots, const std::vector<UsbFile>& files) {
    std::vector<UsbVolume> out;
    auto add = [&out](const std::string& path) { out.push_back(UsbVolume{path, last_component(path)}); };
    for (const auto& pattern : roots) {
        for (const auto& root : expand(pattern)) {
            if (is_mount_point(root)) add(root);
            const std::string prefix = !root.empty() && root.back() == '/' ? root : root + "/";
            int budget = kMaxDirsPerScan;
            if (DIR* d = opendir(root.c_str())) {
                while (dirent* e = readdir(d)) {
                    const std::string name = e->d_name;
                    if (name.empty() || name[0] == '.' || budget-- <= 0) continue;
                    const std::string path = prefix + name;
                    if (is_mount_point(path)) add(path);
                }
                closedir(d);
            }
            // A bundle directly in a folder under the root: that folder is the stick.
            for (const UsbFile& f : files) {
                if (f.path.compare(0, prefix.size(), prefix) != 0) continue;
                const std::string rest = f.path.substr(prefix.size());
                const auto slash = rest.find('/');
                if (slash != std::string::npos && rest.find('/', slash + 1) == std::string::npos)
                    add(prefix + rest.substr(0, slash));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const UsbVolume& a, const UsbVolume& b) { return a.path < b.path; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

UsbWatch::UsbWatch(std::vector<std::string> roots, int interval_ms)
    : roots_(std::move(roots)), interval_ms_(interval_ms) {}

UsbWatch::~UsbWatch() { stop(); }

void UsbWatch::start() {
    if (thread_.joinable()) return;
    stop_ = false;
    thread_ = std::thread([this] { run(); });
}

void UsbWatch::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

UsbSnapshot UsbWatch::snapshot() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return snapshot_;
}

std::uint64_t UsbWatch::request_rescan() {
    std::uint64_t ticket;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ticket = scans_started_.load() + 1;
        rescan_ = true;
    }
    wake_.notify_all();
    return ticket;
}

void UsbWatch::run() {
    bool first = true;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            if (!first)
                wake_.wait_for(lock, std::chrono::milliseconds(interval_ms_), [this] { return stop_ || rescan_; });
            first = false;
            if (stop_) return;
            rescan_ = false;
            scans_started_.fetch_add(1);
        }
        scan_once();
        scans_finished_.fetch_add(1);
    }
}

void UsbWatch::scan_once() {
    std::vector<UsbFile> files = scan_usb_roots(roots_);
    std::vector<UsbVolume> volumes = scan_usb_volumes(roots_, files);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (same_files(files, snapshot_.files) && volumes == snapshot_.volumes) return;
    }
    // New or changed files are inspected here, off the UI thread; answers are kept while the file is unchanged.
    if (inspector_) {
        decltype(inspected_) still;
        for (auto& f : files) {
            const auto key = std::make_tuple(f.path, f.size, f.mtime);
            auto it = inspected_.find(key);
            f.info = it != inspected_.end() ? it->second : inspector_(f.path);
            f.inspected = true;
            still.emplace(key, f.info);
        }
        inspected_ = std::move(still);
        // The stick may have gone while it was read: only a set that is still there is published.
        if (!same_files(files, scan_usb_roots(roots_))) {
            std::lock_guard<std::mutex> lock(mutex_);
            rescan_ = true;  // scan again at once and publish what is there then
            return;
        }
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        snapshot_.files = std::move(files);
        snapshot_.volumes = std::move(volumes);
        snapshot_.generation = generation_.load() + 1;
        generation_.store(snapshot_.generation);
    }
    if (notify_) notify_();
}

}  // namespace kiosk::platform
