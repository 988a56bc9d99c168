// tt-astgen dry-run runtime: the cooperative scheduler. Every (core, kernel) of a program is a task
// (a fiber with its own stack) pinned to one worker thread; all kernels of a core share a worker, so
// circular-buffer hand-offs never cross threads. A task runs until it would block (a CB wait, a
// semaphore wait) and then switches back to its worker, which resumes another ready task.
// Internal to lib/runtime (not installed).
//
// Wake-ups:
//  - CB waits: the task waits on its CB (CbRuntime::waiters); cb_push_back / cb_pop_front of that
//    CB (by a kernel of the same core, hence the same worker) make the waiters ready.
//  - Polls (semaphore waits): the task is parked on its worker until the global memory epoch
//    changes; every hook that writes L1 another kernel may poll (semaphore ops, NOC writes and
//    multicasts, inline writes) calls note_l1_write(), which bumps the epoch and wakes sleeping
//    workers. A woken task re-checks its condition and waits again when it does not hold.
//  - A worker with nothing ready sleeps until the epoch changes or an abort (at most 50 us while
//    it has polling tasks, which then re-check: a semaphore written through a pointer is no hook).
//
// Certain deadlock: a worker with unfinished tasks, none ready and none polling, can never go on
// (its tasks wait on CBs only its own tasks push or pop); it is "stuck" until an abort. Once every
// worker is stuck or finished with tasks left, the run is deadlocked: wait_done_or_deadlock()
// returns at once instead of the watchdog waiting out its bound (which still covers polls).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tt::tt_metal::dryrun {

struct KernelThread;
struct CbRuntime;
class Fiber;

class Scheduler {
 public:
  using Body = void (*)(KernelThread& task);  // runs a task to its end (catches what the kernel throws)

  // Distributes `tasks` over `workers` threads (0: hardware_concurrency, capped by the number of
  // cores), every core's tasks on one worker. Creates each task's fiber (stack_bytes of stack).
  Scheduler(const std::vector<KernelThread*>& tasks, unsigned workers, std::size_t stack_bytes);
  ~Scheduler();

  // Starts the worker threads; each runs its tasks (body(task) on the task's fiber) to the end.
  void start(Body body);
  // True once every task has finished.
  bool all_done() const { return remaining_.load(std::memory_order_acquire) == 0; }
  // Waits until every task has finished or `timeout` passed; returns all_done().
  bool wait_done(std::chrono::milliseconds timeout);
  // Like wait_done, but also returns (false) as soon as the run is certainly deadlocked.
  bool wait_done_or_deadlock(std::chrono::milliseconds timeout);
  // Every worker is stuck or finished while tasks remain (see the header comment).
  bool deadlocked() const { return deadlocked_.load(std::memory_order_acquire); }
  // Waits for the worker threads (after all_done(), or after abort() when every task unwound).
  void join();
  // Makes every blocked task ready; it finds `aborted()` set when it resumes (and unwinds).
  void abort();
  bool aborted() const { return abort_.load(std::memory_order_relaxed); }
  // Completed CB / semaphore operations so far (the watchdog compares snapshots).
  std::uint64_t progress() const;
  unsigned worker_count() const { return static_cast<unsigned>(workers_.size()); }
  // False when a fiber stack could not be mapped.
  bool ok() const { return ok_; }

  // ---- called from tasks (hooks), on the task's worker -------------------------------------------
  // The scheduler running the calling task (null outside a task).
  static Scheduler* current();
  // Parks the current task until `cb` is pushed or popped (or the run aborts).
  void wait_on_cb(CbRuntime& cb);
  // Parks the current task until the memory epoch changes (or the run aborts).
  void wait_for_l1_write();
  // Lets the other ready tasks of this worker run first (the task stays ready).
  void yield();
  // Makes the tasks waiting on `cb` ready (cb_push_back / cb_pop_front).
  void wake_cb_waiters(CbRuntime& cb);
  // Counts one completed CB or semaphore operation.
  void progressed();
  // Announces an L1 write that a polling task may be waiting for (see the header comment).
  void note_l1_write();

  struct Worker;    // scheduler.cpp
  struct TaskSlot;  // scheduler.cpp

 private:
  void worker_main(Worker& w);
  static void fiber_entry(void* slot);
  void switch_to_worker(TaskSlot& slot, bool finished);
  // A worker finished its tasks or got stuck: the last one to settle with tasks left declares the
  // deadlock.
  void settle();

  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::unique_ptr<TaskSlot>> slots_;
  Body body_ = nullptr;
  bool ok_ = true;
  std::atomic<std::size_t> remaining_{0};
  std::atomic<bool> abort_{false};
  std::atomic<unsigned> settled_{0};  // workers stuck or finished
  std::atomic<bool> deadlocked_{false};
  // Memory epoch and sleeping workers (note_l1_write / worker sleep; see the header comment).
  std::atomic<std::uint64_t> epoch_{0};
  std::atomic<unsigned> sleepers_{0};
  std::mutex sleep_mu_;
  std::condition_variable sleep_cv_;
  std::mutex done_mu_;  // wait_done
  std::condition_variable done_cv_;
};

}  // namespace tt::tt_metal::dryrun
