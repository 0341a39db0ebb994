// search_worker.h — runs searches off the UI thread; the newest query wins.
//
// Typing "dibao" submits d, di, dib, diba, dibao in quick succession. Each request is answered in two steps: the
// first page (what the visitor waits for), then the count of all matches, which can cost more and can wait. The worker runs one search at a time on its
// own SearchEngine connection; a request submitted while another runs replaces any request still waiting, so the
// screen never shows results for a query older than the one that follows it, and frames never wait on SQLite.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/search/search.h"

namespace kiosk::core {

class SearchWorker {
public:
    explicit SearchWorker(std::unique_ptr<SearchEngine> engine);
    ~SearchWorker();
    SearchWorker(const SearchWorker&) = delete;
    SearchWorker& operator=(const SearchWorker&) = delete;

    // Returns the request's number; results carry it back.
    std::uint64_t submit(SearchRequest request);
    // The newest finished result not yet taken, if it is for the newest request submitted (total is -1: the count
    // follows through take_count).
    std::optional<SearchResult> take_result();
    struct Count {
        int total = 0;
        bool capped = false;
    };
    std::optional<Count> take_count();
    bool busy() const;
    // Waits until the newest request has been answered (tests and scripts; the UI never blocks on this).
    void wait_idle();

private:
    void run();
    std::unique_ptr<SearchEngine> engine_;
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::optional<SearchRequest> pending_;
    std::uint64_t submitted_ = 0, started_ = 0, finished_ = 0;
    std::optional<SearchResult> result_;
    std::uint64_t result_seq_ = 0;
    std::optional<Count> count_;
    std::uint64_t count_seq_ = 0;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace kiosk::core
