// usb_watch.h — notices a USB stick holding update bundles (*.kiosk), on its own thread, so the UI never waits on a
// slow or vanishing stick.
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
