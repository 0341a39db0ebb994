// update_worker.h — staging an update on its own thread, so the public screens stay smooth while it copies.
//
// The kiosk's staff screen starts a stage(); frames read progress() (two atomics) and take the result when it is
// done; commit and rollback are quick (two renames) and run on the caller's thread. One job at a time.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/updates/content_install.h"

namespace kiosk::core {

class UpdateWorker {
public:
    // Audit records are made by `install` (ContentInstall::set_audit_log).
    UpdateWorker(ContentInstall& install, TrustedKeys keys) : install_(install), keys_(std::move(keys)) {}
    ~UpdateWorker();
    UpdateWorker(const UpdateWorker&) = delete;
    UpdateWorker& operator=(const UpdateWorker&) = delete;

    // False if a job is already running.
    bool start_stage(const std::string& bundle_path, bool allow_older);
    // Called at every step of the next stages (ImportOptions::fault), on the worker's thread: tests and demos slow
    // an import down with it to watch its progress or pull the stick in the middle.
    void set_fault_hook(FaultHook hook) { fault_ = std::move(hook); }
    bool running() const { return running_.load(); }
    // Bytes done and total of the running job (0/0 before it knows).
    std::uint64_t done_bytes() const { return done_.load(); }
    std::uint64_t total_bytes() const { return total_.load(); }
    // Asks the running job to stop (the stick is about to go); it ends with SourceRemoved.
    void cancel() { cancel_.store(true); }
    // The finished job's result and, when Ok, the staged update. Once per job.
    std::optional<std::pair<UpdateResult, std::optional<StagedUpdate>>> take_finished();

    // Quick operations, on the caller's thread.
    UpdateResult commit(const StagedUpdate& staged);
    void discard(const StagedUpdate& staged);
    UpdateResult rollback();
    UpdateResult inspect(const std::string& bundle_path) const { return inspect_bundle(bundle_path, keys_); }
    const TrustedKeys& keys() const { return keys_; }

private:
    ContentInstall& install_;
    TrustedKeys keys_;
    FaultHook fault_;
    std::thread thread_;
    std::atomic<bool> running_{false}, cancel_{false};
    std::atomic<std::uint64_t> done_{0}, total_{0};
    std::mutex mutex_;
    std::optional<std::pair<UpdateResult, std::optional<StagedUpdate>>> finished_;
};

}  // namespace kiosk::core
