// update_worker.cpp — see update_worker.h.
#include "core/updates/update_worker.h"

#include <sys/resource.h>
#include <unistd.h>

namespace kiosk::core {

UpdateWorker::~UpdateWorker() {
    cancel_.store(true);
    if (thread_.joinable()) thread_.join();
}

bool UpdateWorker::start_stage(const std::string& bundle_path, bool allow_older) {
    if (running_.load()) return false;
    if (thread_.joinable()) thread_.join();
    running_.store(true);
    cancel_.store(false);
    done_.store(0);
    total_.store(0);
    thread_ = std::thread([this, bundle_path, allow_older] {
        // Below the UI thread: on a two-core kiosk PC the copy and its hashing must never take a frame's time.
        // Linux keeps nice per thread, and the hashing thread started from here inherits it.
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
        ImportOptions options;
        options.allow_older = allow_older;
        options.cancel = &cancel_;
        options.fault = fault_;
        options.progress = [this](std::uint64_t done, std::uint64_t total) {
            done_.store(done);
            total_.store(total);
        };
        StagedUpdate staged;
        UpdateResult r = install_.stage(bundle_path, keys_, options, &staged);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            finished_.emplace(r, r.ok() ? std::optional<StagedUpdate>(staged) : std::nullopt);
        }
        running_.store(false);
    });
    return true;
}

std::optional<std::pair<UpdateResult, std::optional<StagedUpdate>>> UpdateWorker::take_finished() {
    std::lock_guard<std::mutex> lock(mutex_);
    auto out = std::move(finished_);
    finished_.reset();
    return out;
}

UpdateResult UpdateWorker::commit(const StagedUpdate& staged) {
    if (running_.load()) {
        UpdateResult busy;
        busy.outcome = UpdateOutcome::Busy;
        return busy;
    }
    return install_.commit(staged, {});
}

void UpdateWorker::discard(const StagedUpdate& staged) { install_.discard(staged); }

UpdateResult UpdateWorker::rollback() {
    if (running_.load()) {
        UpdateResult busy;
        busy.outcome = UpdateOutcome::Busy;
        return busy;
    }
    return install_.rollback({});
}

}  // namespace kiosk::core
