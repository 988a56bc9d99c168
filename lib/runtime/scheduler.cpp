// tt-astgen dry-run runtime: the cooperative scheduler (see scheduler.h).
#include "scheduler.h"

#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>

#include "exec_internal.h"
#include "fiber.h"

namespace tt::tt_metal::dryrun {

struct Scheduler::TaskSlot {
  enum class State : std::uint8_t { Ready, Running, WaitCb, WaitPoll, Done };
  Scheduler* owner = nullptr;
  KernelThread* task = nullptr;
  Worker* worker = nullptr;
  std::unique_ptr<Fiber> fiber;
  State state = State::Ready;
};

struct Scheduler::Worker {
  std::thread thread;
  Fiber* home = nullptr;               // the worker thread's own context (set by worker_main)
  std::vector<TaskSlot*> slots;        // its tasks
  std::deque<TaskSlot*> ready;         // runnable, in FIFO order
  std::vector<TaskSlot*> pollers;      // parked until the memory epoch changes
  std::size_t live = 0;                // tasks not finished
  std::uint64_t seen_epoch = 0;        // the epoch the pollers were last woken for
  bool stuck = false;                  // live tasks, all waiting on CBs: only an abort goes on
  alignas(64) std::atomic<std::uint64_t> progress{0};  // written by this worker only
};

namespace {
thread_local Scheduler* t_scheduler = nullptr;
thread_local Scheduler::TaskSlot* t_slot = nullptr;

// ---- a kernel overflowing its stack -------------------------------------------------------------
// A fiber's stack ends in a guard page (and kernels are compiled with -fstack-clash-protection, so a
// large frame probes into it): the overflow is a SIGSEGV on the worker thread. Each worker runs
// with an alternate signal stack; the handler names the kernel and exits 1 like every runtime
// error. A fault that is no stack overflow goes to the disposition that was there before.
struct sigaction g_previous_segv;

void append(char* buf, std::size_t& n, std::size_t cap, const char* s) {
  while (*s && n + 1 < cap) buf[n++] = *s++;
}
void append_number(char* buf, std::size_t& n, std::size_t cap, unsigned long v) {
  char digits[24];
  int d = 0;
  do {
    digits[d++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v && d < 24);
  while (d > 0 && n + 1 < cap) buf[n++] = digits[--d];
}

void on_segv(int sig, siginfo_t* info, void* context) {
  Scheduler::TaskSlot* s = t_slot;
  const void* sp = nullptr;
#if defined(__x86_64__) && defined(__linux__)
  sp = reinterpret_cast<const void*>(static_cast<ucontext_t*>(context)->uc_mcontext.gregs[REG_RSP]);
#endif
  if (s && s->fiber->overflowed(info ? info->si_addr : nullptr, sp)) {
    const KernelThread& t = *s->task;
    char buf[512];
    std::size_t n = 0;
    append(buf, n, sizeof buf, "tt-astgen dry-run: error: core (");
    append_number(buf, n, sizeof buf, static_cast<unsigned long>(t.core->x));
    append(buf, n, sizeof buf, ",");
    append_number(buf, n, sizeof buf, static_cast<unsigned long>(t.core->y));
    append(buf, n, sizeof buf, ") ");
    append(buf, n, sizeof buf, t.name.c_str());
    append(buf, n, sizeof buf, ": stack overflow: the kernel used more than its ");
    append_number(buf, n, sizeof buf, static_cast<unsigned long>(s->fiber->stack_bytes() / 1024));
    append(buf, n, sizeof buf, " KiB of stack (a large local array? keep tiles in CBs)\n");
    [[maybe_unused]] ssize_t w = ::write(2, buf, n);
    ::_exit(1);
  }
  ::sigaction(sig, &g_previous_segv, nullptr);  // returning re-runs the fault under it
}

void install_overflow_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = &on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGSEGV, &sa, &g_previous_segv);
  });
}

/// The calling thread's alternate signal stack while it lives (the handler cannot run on the
/// stack that overflowed).
class AltStack {
 public:
  AltStack() {
    bytes_ = 64 * 1024;
    mem_ = ::mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem_ == MAP_FAILED) {
      mem_ = nullptr;
      return;
    }
    stack_t st{};
    st.ss_sp = mem_;
    st.ss_size = bytes_;
    ::sigaltstack(&st, nullptr);
  }
  ~AltStack() {
    if (!mem_) return;
    stack_t off{};
    off.ss_flags = SS_DISABLE;
    ::sigaltstack(&off, nullptr);
    ::munmap(mem_, bytes_);
  }

 private:
  void* mem_ = nullptr;
  std::size_t bytes_ = 0;
};
}  // namespace

KernelThread* current_task() { return t_slot ? t_slot->task : nullptr; }

Scheduler* Scheduler::current() { return t_scheduler; }

Scheduler::Scheduler(const std::vector<KernelThread*>& tasks, unsigned workers, std::size_t stack_bytes) {
  std::map<const CoreRuntime*, std::size_t> core_worker;  // every core's tasks on one worker
  for (KernelThread* t : tasks) core_worker.emplace(t->core, core_worker.size());
  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
  workers = static_cast<unsigned>(std::min<std::size_t>(workers, std::max<std::size_t>(1, core_worker.size())));
  for (unsigned i = 0; i < workers; ++i) workers_.push_back(std::make_unique<Worker>());
  for (KernelThread* t : tasks) {
    auto s = std::make_unique<TaskSlot>();
    s->owner = this;
    s->task = t;
    s->worker = workers_[core_worker[t->core] % workers].get();
    s->fiber = std::make_unique<Fiber>(&Scheduler::fiber_entry, s.get(), stack_bytes);
    ok_ = ok_ && s->fiber->ok();
    t->sched_index = static_cast<std::uint32_t>(slots_.size());
    s->worker->slots.push_back(s.get());
    s->worker->ready.push_back(s.get());
    ++s->worker->live;
    slots_.push_back(std::move(s));
  }
  remaining_.store(slots_.size());
}

Scheduler::~Scheduler() { join(); }

void Scheduler::start(Body body) {
  body_ = body;
  install_overflow_handler();
  for (auto& w : workers_) {
    Worker* wp = w.get();
    wp->thread = std::thread([this, wp] { worker_main(*wp); });
  }
}

void Scheduler::join() {
  for (auto& w : workers_)
    if (w->thread.joinable()) w->thread.join();
}

bool Scheduler::wait_done(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lk(done_mu_);
  return done_cv_.wait_for(lk, timeout, [&] { return all_done(); });
}

bool Scheduler::wait_done_or_deadlock(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lk(done_mu_);
  done_cv_.wait_for(lk, timeout, [&] { return all_done() || deadlocked(); });
  return all_done();
}

void Scheduler::settle() {
  if (settled_.fetch_add(1, std::memory_order_acq_rel) + 1 == workers_.size() && !all_done()) {
    std::lock_guard<std::mutex> lk(done_mu_);
    deadlocked_.store(true, std::memory_order_release);
    done_cv_.notify_all();
  }
}

void Scheduler::abort() {
  abort_.store(true);
  note_l1_write();  // wakes sleeping workers; each makes its blocked tasks ready
}

std::uint64_t Scheduler::progress() const {
  std::uint64_t sum = 0;
  for (auto& w : workers_) sum += w->progress.load(std::memory_order_relaxed);
  return sum;
}

void Scheduler::worker_main(Worker& w) {
#if defined(__linux__)
  ::pthread_setname_np(::pthread_self(), "tt-dryrun-work");  // for profilers and debuggers
#endif
  Fiber home;
  AltStack alt_stack;  // for the stack-overflow report
  w.home = &home;
  t_scheduler = this;
  while (w.live > 0) {
    if (abort_.load(std::memory_order_relaxed)) {
      for (TaskSlot* s : w.slots)
        if (s->state == TaskSlot::State::WaitCb || s->state == TaskSlot::State::WaitPoll) {
          s->state = TaskSlot::State::Ready;
          w.ready.push_back(s);
        }
      w.pollers.clear();
    }
    // Polling tasks re-check their condition after every L1 write anywhere (see scheduler.h).
    const std::uint64_t epoch = epoch_.load(std::memory_order_acquire);
    if (epoch != w.seen_epoch) {
      w.seen_epoch = epoch;
      for (TaskSlot* s : w.pollers) {
        s->state = TaskSlot::State::Ready;
        w.ready.push_back(s);
      }
      w.pollers.clear();
    }
    if (w.ready.empty() && w.pollers.empty() && !abort_.load()) {
      // Every live task waits on a CB that only this worker's (blocked) tasks could serve: stuck
      // until the run aborts (see scheduler.h).
      if (!w.stuck) {
        w.stuck = true;
        settle();
      }
      sleepers_.fetch_add(1);
      {
        std::unique_lock<std::mutex> lk(sleep_mu_);
        sleep_cv_.wait(lk, [&] { return abort_.load(); });
      }
      sleepers_.fetch_sub(1);
      continue;
    }
    if (w.ready.empty()) {
      // Nothing runnable: sleep until an L1 write (or an abort) may have changed that. CB waits
      // cannot be satisfied meanwhile (their producers are this worker's tasks, all blocked).
      // Polling tasks are re-checked after a short sleep even without a noted write: a kernel
      // may set a semaphore of its own core through a pointer, which no hook sees.
      const bool polling = !w.pollers.empty();
      sleepers_.fetch_add(1);
      {
        std::unique_lock<std::mutex> lk(sleep_mu_);
        sleep_cv_.wait_for(lk, polling ? std::chrono::microseconds(50) : std::chrono::microseconds(5000),
                           [&] { return epoch_.load() != w.seen_epoch || abort_.load(); });
      }
      sleepers_.fetch_sub(1);
      for (TaskSlot* s : w.pollers) {
        s->state = TaskSlot::State::Ready;
        w.ready.push_back(s);
      }
      w.pollers.clear();
      continue;
    }
    TaskSlot* s = w.ready.front();
    w.ready.pop_front();
    s->state = TaskSlot::State::Running;
    t_slot = s;
    Fiber::switch_to(home, *s->fiber);
    t_slot = nullptr;
    if (s->state == TaskSlot::State::Done) {
      --w.live;
      w.progress.store(w.progress.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      if (remaining_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        std::lock_guard<std::mutex> lk(done_mu_);
        done_cv_.notify_all();
      }
    }
  }
  if (!w.stuck) settle();  // finished (a stuck worker settled when it got stuck)
  t_scheduler = nullptr;
  w.home = nullptr;
}

void Scheduler::fiber_entry(void* p) {
  auto* s = static_cast<TaskSlot*>(p);
  s->owner->body_(*s->task);
  s->state = TaskSlot::State::Done;
  s->owner->switch_to_worker(*s, true);
}

void Scheduler::switch_to_worker(TaskSlot& slot, bool finished) {
  Fiber::switch_to(*slot.fiber, *slot.worker->home, finished);
}

void Scheduler::wait_on_cb(CbRuntime& cb) {
  TaskSlot& s = *t_slot;
  s.state = TaskSlot::State::WaitCb;
  cb.waiters.push_back(s.task);
  switch_to_worker(s, false);
}

void Scheduler::wait_for_l1_write() {
  TaskSlot& s = *t_slot;
  s.state = TaskSlot::State::WaitPoll;
  s.worker->pollers.push_back(&s);
  switch_to_worker(s, false);
}

void Scheduler::yield() {
  TaskSlot& s = *t_slot;
  s.state = TaskSlot::State::Ready;
  s.worker->ready.push_back(&s);
  switch_to_worker(s, false);
}

void Scheduler::wake_cb_waiters(CbRuntime& cb) {
  for (KernelThread* t : cb.waiters) {
    TaskSlot& s = *slots_[t->sched_index];
    if (s.state != TaskSlot::State::WaitCb) continue;  // already made ready (abort)
    s.state = TaskSlot::State::Ready;
    s.worker->ready.push_back(&s);
  }
  cb.waiters.clear();
}

void Scheduler::progressed() {
  auto& p = t_slot->worker->progress;
  p.store(p.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void Scheduler::note_l1_write() {
  epoch_.fetch_add(1);
  if (sleepers_.load() != 0) {
    std::lock_guard<std::mutex> lk(sleep_mu_);
    sleep_cv_.notify_all();
  }
}

}  // namespace tt::tt_metal::dryrun
