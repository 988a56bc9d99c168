// Runs independent pieces of work on a few threads and hands their results on strictly in index
// order: the checker parses translation units in parallel but runs the cross-file matchers and
// collects diagnostics one unit after the other, so a parallel run reports exactly what a
// sequential one does.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tt_astgen {

/// The number of threads `jobs` asks for: 0 means every core.
inline unsigned effectiveJobs(unsigned jobs) {
  if (jobs) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Calls work(i) for i in [0, count) on up to `threads` threads (the caller's included), and
/// finish(i, result) in increasing i, one call at a time, on the thread that ran work(i).
/// At most `threads` results are alive at once. The first exception thrown by work or finish is
/// rethrown once every thread stopped; the indexes after it are not finished.
template <class Result>
void runInOrder(size_t count, unsigned threads, const std::function<Result(size_t)>& work,
                const std::function<void(size_t, Result&)>& finish) {
  threads = unsigned(std::min<size_t>(std::max(1u, threads), count));
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) {
      Result r = work(i);
      finish(i, r);
    }
    return;
  }
  std::mutex mutex;
  std::condition_variable turn;
  size_t next = 0;      // the next index to start
  size_t finished = 0;  // indexes below it are finished
  std::exception_ptr failure;
  auto worker = [&] {
    while (true) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (failure || next >= count) return;
        i = next++;
      }
      Result r{};
      std::exception_ptr error;
      try {
        r = work(i);
      } catch (...) {
        error = std::current_exception();
      }
      std::unique_lock<std::mutex> lock(mutex);
      turn.wait(lock, [&] { return finished == i || failure; });
      if (!failure && error) failure = error;
      if (!failure) {
        try {
          finish(i, r);
        } catch (...) {
          failure = std::current_exception();
        }
      }
      ++finished;
      turn.notify_all();
      if (failure) return;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace tt_astgen
