// usb_watch.h — notices a USB stick holding update bundles (*.kiosk), on its own thread, so the UI never waits on a
// slow or vanishing stick.
//
// Every ~2 s (or at once when asked) the watcher lists its roots. A root is a folder pattern; `*` matches one path
// component (glob(3), directories only). Under each matching folder it looks for *.kiosk files at depth 0, 1 and 2:
// so a root "/media" finds /media/STICK/x.kiosk and /media/STICK/更新/x.kiosk, "/media/*" finds
// /media/USER/STICK/x.kiosk, "/run/media/*/*" finds /run/media/USER/STICK/x.kiosk, "/mnt" a stick mounted there.
// Hidden folders are skipped and the number of folders read per scan is capped, so a big disk under /mnt costs little.
// A root that is missing or vanishes mid-scan is simply "no stick".
//
// It also lists the sticks themselves (volumes), where staff export the request forms to (issue 6): a folder under a
// root that is a mount point (its device differs from its parent's), a root that is itself one (a stick on /mnt), or
// — for sticks that are plain folders, as in tests and the demo — a folder directly under a root holding a bundle.
//
// The result is a snapshot (sorted by path, duplicates removed) with a generation counter that changes only when the
// set of files changes (a path, size or mtime differs). An optional inspector runs on the watcher thread for each new
// or changed file (a header check of a few KiB) and its answer is kept with the file, cached by (path, size, mtime).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "core/updates/update_result.h"

namespace kiosk::platform {

struct UsbFile {
    std::string path;
    std::uint64_t size = 0;
    long long mtime = 0;  // seconds
    bool inspected = false;
    core::UpdateResult info;  // the inspector's answer, when inspected
};

// A stick staff can write to: its mount folder and the name to show (the folder's name: udisks names it by label).
struct UsbVolume {
    std::string path;
    std::string name;
    bool operator==(const UsbVolume&) const = default;
};

struct UsbSnapshot {
    std::uint64_t generation = 0;  // 0 until the first scan found something; changes whenever `files` or `volumes` do
    std::vector<UsbFile> files;
    std::vector<UsbVolume> volumes;
};

// The roots used when none are configured: the places Debian's desktops and udisks mount sticks.
std::vector<std::string> default_usb_roots();

// One synchronous scan of `roots` (no inspection): what the watcher thread does every interval.
std::vector<UsbFile> scan_usb_roots(const std::vector<std::string>& roots);
// The sticks under `roots` (sorted by path, no duplicates); `files` is what scan_usb_roots found there.
std::vector<UsbVolume> scan_usb_volumes(const std::vector<std::string>& roots, const std::vector<UsbFile>& files);

class UsbWatch {
public:
    using Inspector = std::function<core::UpdateResult(const std::string& path)>;
    using Notify = std::function<void()>;  // called on the watcher thread after the snapshot changed

    UsbWatch(std::vector<std::string> roots, int interval_ms = 2000);
    ~UsbWatch();  // stops the thread
    UsbWatch(const UsbWatch&) = delete;
    UsbWatch& operator=(const UsbWatch&) = delete;

    // Set both before start().
    void set_inspector(Inspector f) { inspector_ = std::move(f); }
    void set_notify(Notify f) { notify_ = std::move(f); }
    void start();
    void stop();

    // Cheap: the generation of the newest snapshot (an atomic read).
    std::uint64_t generation() const { return generation_.load(); }
    // A copy of the newest snapshot, under the mutex.
    UsbSnapshot snapshot() const;

    // Asks for a scan now instead of at the next interval. Returns a ticket: scan_done(ticket) is true once a scan
    // that started after this call has finished (the script driver waits on it instead of on real seconds).
    std::uint64_t request_rescan();
    bool scan_done(std::uint64_t ticket) const { return scans_finished_.load() >= ticket; }
    const std::vector<std::string>& roots() const { return roots_; }

private:
    void run();
    void scan_once();

    std::vector<std::string> roots_;
    int interval_ms_;
    Inspector inspector_;
    Notify notify_;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    bool rescan_ = false;
    UsbSnapshot snapshot_;
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<std::uint64_t> scans_started_{0}, scans_finished_{0};
    std::uint64_t scans_requested_ = 0;  // under mutex_
    // Inspector answers by (path, size, mtime); only touched by the watcher thread.
    std::map<std::tuple<std::string, std::uint64_t, long long>, core::UpdateResult> inspected_;
};

}  // namespace kiosk::platform
