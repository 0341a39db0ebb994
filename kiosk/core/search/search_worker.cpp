// search_worker.cpp — see search_worker.h.
#include "core/search/search_worker.h"

namespace kiosk::core {

SearchWorker::SearchWorker(std::unique_ptr<SearchEngine> engine) : engine_(std::move(engine)) {
    thread_ = std::thread([this] { run(); });
}

SearchWorker::~SearchWorker() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

std::uint64_t SearchWorker::submit(SearchRequest request) {
    std::lock_guard lock(mutex_);
    pending_ = std::move(request);
    ++submitted_;
    wake_.notify_one();
    return submitted_;
}

std::optional<SearchResult> SearchWorker::take_result() {
    std::lock_guard lock(mutex_);
    if (!result_ || result_seq_ != submitted_) return std::nullopt;  // stale, or none
    auto r = std::move(result_);
    result_.reset();
    return r;
}

std::optional<SearchWorker::Count> SearchWorker::take_count() {
    std::lock_guard lock(mutex_);
    if (!count_ || count_seq_ != submitted_) return std::nullopt;
    auto c = count_;
    count_.reset();
    return c;
}

bool SearchWorker::busy() const {
    std::lock_guard lock(mutex_);
    return finished_ != submitted_;
}

void SearchWorker::wait_idle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return finished_ == submitted_; });
}

void SearchWorker::run() {
    for (;;) {
        SearchRequest request;
        std::uint64_t seq;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || pending_.has_value(); });
            if (stop_) return;
            request = std::move(*pending_);
            pending_.reset();
            seq = submitted_;
        }
        SearchResult result;
        request.count = false;
        try {
            result = engine_->search(request);
        } catch (const std::exception&) {
            result = SearchResult{};  // a failed search shows as no results rather than taking the kiosk down
        }
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(result);
            result_seq_ = seq;
            if (pending_) {  // already outdated: skip its count, go on to the newer query
                finished_ = seq;
                continue;
            }
        }
        Count count;
        try {
            count.total = engine_->count(request, &count.capped);
        } catch (const std::exception&) {
            count = Count{};
        }
        {
            std::lock_guard lock(mutex_);
            count_ = count;
            count_seq_ = seq;
            finished_ = seq;
        }
        idle_.notify_all();
    }
}

}  // namespace kiosk::core
