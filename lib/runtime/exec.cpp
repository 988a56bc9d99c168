// tt-astgen dry-run runtime: running a program -- one thread per (core, kernel), circular buffers,
// NOC transfers, semaphores and the watchdog. The compute engine (DST registers, unpack/math/pack)
// is compute_engine.cpp; what it shares with this file is exec_internal.h.
#include <sys/mman.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <sstream>
#include <thread>

#include <tt_astgen/dryrun_hooks.h>

#include "exec_internal.h"
#include "scheduler.h"
#include "state.h"
#include "tile_codec.h"

namespace tt::tt_metal::dryrun {

// ---- core L1 memory below 4 GiB -----------------------------------------------------------------
// Kernels treat L1 addresses as pointers (`(uint32_t*)get_write_ptr(cb)`, semaphores), which on a
// 32-bit core they are. Every core's L1 is a slot of one MAP_32BIT reservation, so the address a
// kernel sees is the real location of that byte: `base + slot * kL1Size + offset`. Addresses a host
// computes (L1 buffers, globally allocated CBs) are plain offsets (< kL1Size); the hooks accept
// both and turn them into offsets (l1_offset), which is what a NOC address carries between cores.
namespace {
struct LowL1 {
  std::mutex mu;
  std::uint8_t* base = nullptr;
  std::uint32_t slots = 0;
  std::vector<std::uint32_t> free_slots;
  bool tried = false;
  void reserve() {
    tried = true;
#if defined(MAP_32BIT)
    for (std::uint32_t n : {512u, 256u, 128u}) {
      void* p = ::mmap(nullptr, static_cast<std::size_t>(n) * kL1Size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_32BIT, -1, 0);
      if (p == MAP_FAILED) continue;
      const auto a = reinterpret_cast<std::uintptr_t>(p);
      if (a < kL1Size || a + static_cast<std::uintptr_t>(n) * kL1Size > (std::uintptr_t{1} << 32)) {
        ::munmap(p, static_cast<std::size_t>(n) * kL1Size);
        continue;
      }
      base = static_cast<std::uint8_t*>(p);
      slots = n;
      for (std::uint32_t i = n; i-- > 0;) free_slots.push_back(i);
      return;
    }
#endif
  }
  bool contains(std::uintptr_t a) const {
    const auto b = reinterpret_cast<std::uintptr_t>(base);
    return base && a >= b && a < b + static_cast<std::uintptr_t>(slots) * kL1Size;
  }
};
LowL1& low_l1() {
  static LowL1 l;
  return l;
}
}  // namespace

std::uint8_t* alloc_core_l1() {
  auto& l = low_l1();
  {
    std::lock_guard<std::mutex> g(l.mu);
    if (!l.tried) l.reserve();
    if (!l.free_slots.empty()) {
      const std::uint32_t slot = l.free_slots.back();
      l.free_slots.pop_back();
      return l.base + static_cast<std::size_t>(slot) * kL1Size;
    }
  }
  return static_cast<std::uint8_t*>(std::calloc(kL1Size, 1));  // addresses stay offsets for this core
}

void free_core_l1(std::uint8_t* p) {
  if (!p) return;
  auto& l = low_l1();
  std::lock_guard<std::mutex> g(l.mu);
  if (!l.contains(reinterpret_cast<std::uintptr_t>(p))) {
    std::free(p);
    return;
  }
  ::madvise(p, kL1Size, MADV_DONTNEED);  // back to zero pages for the next device
  l.free_slots.push_back(static_cast<std::uint32_t>((p - l.base) / kL1Size));
}

namespace {

// The L1 offset an address a kernel holds stands for (see LowL1); other values are returned as
// they are and fail the L1 bounds checks.
std::uint32_t l1_offset(std::uint32_t addr) {
  if (addr < kL1Size) return addr;
  const auto& l = low_l1();
  if (l.contains(addr)) return static_cast<std::uint32_t>((addr - reinterpret_cast<std::uintptr_t>(l.base)) % kL1Size);
  return addr;
}
// The address a kernel on `core` sees for L1 offset `off`.
std::uint32_t kernel_l1_addr(const CoreRuntime& core, std::uint32_t off) {
  if (low_l1().contains(reinterpret_cast<std::uintptr_t>(core.l1)))
    return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(core.l1 + off));
  return off;
}

struct Aborted {};  // thrown into the blocked kernels when the run is aborted (deadlock); caught by run_task

struct RunState {
  DeviceState* dev = nullptr;
  Scheduler* sched = nullptr;
  std::vector<std::unique_ptr<CoreRuntime>> cores;  // indexed y * kGridX + x (null when unused)
  CoreRuntime* core_at(std::uint32_t x, std::uint32_t y) {
    return x < kGridX && y < kGridY ? cores[y * kGridX + x].get() : nullptr;
  }
};
RunState* g_run = nullptr;

}  // namespace

KernelThread& ctx() {
  KernelThread* t = current_task();
  if (!t) fatal("a kernel API function was called outside a kernel");
  return *t;
}
[[noreturn]] void kfatal(const std::string& msg) {
  auto& t = ctx();
  fatal("core (" + std::to_string(t.core->x) + "," + std::to_string(t.core->y) + ") " + t.name + ": " + msg);
}
CbRuntime& cb_of(std::int32_t cb) {
  auto& t = ctx();
  if (cb < 0 || cb >= static_cast<std::int32_t>(NUM_CIRCULAR_BUFFERS)) kfatal("CB index " + std::to_string(cb) + " out of range");
  auto& c = t.core->cbs[cb];
  if (!c.configured) kfatal("CB " + std::to_string(cb) + " is not configured on this core (no CreateCircularBuffer covers it)");
  return c;
}


namespace {
// Parks the current task until pred() holds: on the CB `cb` (woken by its push/pop), or, when
// `cb` is null, until an L1 write anywhere (semaphore polls). `what(a, b)` is reported to the
// watchdog while it waits. Throws Aborted when the run is aborted.
template <class Pred>
void block_until(Pred pred, CbRuntime* cb, const char* what, std::int64_t a, std::int64_t b) {
  if (pred()) return;
  auto& t = ctx();
  t.blocked_a.store(a, std::memory_order_relaxed);
  t.blocked_b.store(b, std::memory_order_relaxed);
  t.blocked_on_cb.store(cb != nullptr, std::memory_order_relaxed);
  t.blocked_call.store(what, std::memory_order_release);
  if (t.trace) t.trace->blocked(what, cb != nullptr, a, b);
  Scheduler& sched = *g_run->sched;
  while (!pred()) {
    if (sched.aborted()) throw Aborted{};
    if (cb)
      sched.wait_on_cb(*cb);
    else
      sched.wait_for_l1_write();
  }
  t.blocked_call.store(nullptr, std::memory_order_release);
  if (t.trace) t.trace->running();
}
void progressed() { g_run->sched->progressed(); }
// After a write to L1 a polling kernel may wait for (semaphores, NOC writes into L1).
void wrote_l1() { g_run->sched->note_l1_write(); }
// The call a task is blocked in, as the watchdog reports it ("cb_wait_front(cb=16, pages=1)").
std::string blocked_text(const KernelThread& t) {
  const char* call = t.blocked_call.load(std::memory_order_acquire);
  if (!call) return {};
  const bool on_cb = t.blocked_on_cb.load(std::memory_order_relaxed);
  return std::string(call) + (on_cb ? "(cb=" : "(addr=") + std::to_string(t.blocked_a.load(std::memory_order_relaxed)) +
         (on_cb ? ", pages=" : ", value=") + std::to_string(t.blocked_b.load(std::memory_order_relaxed)) + ")";
}

// ---- NOC addresses: kind << 56 | a << 32 | 32-bit address -------------------------------------
constexpr std::uint64_t kKindDram = 1, kKindL1 = 2, kKindMcast = 3;
std::uint64_t enc(std::uint64_t kind, std::uint64_t a, std::uint32_t addr) { return kind << 56 | (a & 0xffffff) << 32 | addr; }
std::uint64_t l1_noc(std::uint32_t nx, std::uint32_t ny, std::uint32_t addr) { return enc(kKindL1, nx << 8 | ny, addr); }
std::uint64_t l1_bank_noc(std::uint32_t bank, std::uint32_t addr) {
  bank %= kGridX * kGridY;
  return l1_noc(bank % kGridX + kNocOffsetX, bank / kGridX + kNocOffsetY, addr);
}

std::uint8_t* l1_ptr(CoreRuntime& core, std::uint32_t addr, std::uint32_t size, const char* what) {
  addr = l1_offset(addr);
  if (static_cast<std::uint64_t>(addr) + size > kL1Size)
    kfatal(std::string(what) + ": L1 range [" + std::to_string(addr) + ", +" + std::to_string(size) + ") is outside L1");
  return core.l1 + addr;
}
std::uint8_t* resolve(std::uint64_t noc_addr, std::uint32_t size, const char* what) {
  const std::uint64_t kind = noc_addr >> 56, a = (noc_addr >> 32) & 0xffffff;
  const std::uint32_t addr = static_cast<std::uint32_t>(noc_addr);
  if (kind == kKindDram) {
    if (a >= kDramBanks) kfatal(std::string(what) + ": DRAM bank " + std::to_string(a) + " does not exist");
    auto& bank = g_run->dev->dram[a];
    if (static_cast<std::uint64_t>(addr) + size > bank.size())
      kfatal(std::string(what) + ": DRAM bank " + std::to_string(a) + " range [" + std::to_string(addr) + ", +" +
             std::to_string(size) + ") is outside every allocated buffer");
    return bank.data() + addr;
  }
  if (kind == kKindL1) {
    const std::uint32_t nx = static_cast<std::uint32_t>(a >> 8), ny = static_cast<std::uint32_t>(a & 0xff);
    if (nx < kNocOffsetX || ny < kNocOffsetY || nx - kNocOffsetX >= kGridX || ny - kNocOffsetY >= kGridY)
      kfatal(std::string(what) + ": NOC core (" + std::to_string(nx) + "," + std::to_string(ny) + ") is not a worker core");
    if (static_cast<std::uint64_t>(addr) + size > kL1Size) kfatal(std::string(what) + ": L1 address out of range");
    return g_run->dev->core_l1(nx - kNocOffsetX, ny - kNocOffsetY) + addr;
  }
  kfatal(std::string(what) + ": invalid NOC address 0x" + ([&] {
           char b[32];
           std::snprintf(b, sizeof b, "%llx", static_cast<unsigned long long>(noc_addr));
           return std::string(b);
         })());
}

}  // namespace

// ---- launch --------------------------------------------------------------------------------------
namespace {
std::uint32_t watchdog_ms() {
  std::string v = env_or("TT_ASTGEN_WATCHDOG_MS", "5000");
  unsigned long ms = std::strtoul(v.c_str(), nullptr, 10);
  return ms ? static_cast<std::uint32_t>(ms) : 5000;
}
const char* format_name(std::uint8_t f) {
  switch (static_cast<tt::DataFormat>(f)) {
    case tt::DataFormat::Float32: return "Float32";
    case tt::DataFormat::Float16_b: return "Float16_b";
    case tt::DataFormat::Bfp8_b: return "Bfp8_b";
    default: return "?";
  }
}
// CPU time of the process so far (all threads), in ms.
double process_cpu_ms() {
  rusage ru{};
  ::getrusage(RUSAGE_SELF, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}
// Worker threads of the scheduler: TT_ASTGEN_DRYRUN_WORKERS, else one per hardware thread.
unsigned worker_threads() {
  return static_cast<unsigned>(std::strtoul(env_or("TT_ASTGEN_DRYRUN_WORKERS", "0").c_str(), nullptr, 10));
}
// Each task's stack: kernels keep tiles (float[1024]) and their own arrays there. Only the pages a
// kernel touches cost memory (the mapping is MAP_NORESERVE); an overflow hits the guard page.
constexpr std::size_t kTaskStackBytes = 1024 * 1024;
// A task's body, on its fiber: the kernel's entry point; an abort unwinds to here.
void run_task(KernelThread& t) {
  if (t.trace) t.trace->running();
  try {
    t.entry();
    if (t.trace) t.trace->finished();
  } catch (const Aborted&) {
  } catch (const std::exception& e) {
    fatal("core (" + std::to_string(t.core->x) + "," + std::to_string(t.core->y) + ") " + t.name +
          ": exception: " + e.what());
  }
  t.done.store(true);
}
std::string kernel_role(const KernelDef& k) {
  if (k.is_compute()) return "compute";
  auto& dm = std::get<DataMovementConfig>(k.config);
  return dm.processor == DataMovementProcessor::RISCV_0 ? "BRISC" : "NCRISC";
}
// -DTT_ASTGEN_CB_PAGE_SIZES=... / -DTT_ASTGEN_CB_DATA_FORMATS=... for a kernel, from the CBs of
// the first core it runs on (0 and Invalid for CBs that core does not have).
void add_cb_table_defines(KernelDef& k, RunState& run) {
  const CoreRuntime* core = nullptr;
  for (const auto& r : k.cores.ranges()) {
    for (const auto& c : r) {
      core = run.core_at(static_cast<std::uint32_t>(c.x), static_cast<std::uint32_t>(c.y));
      break;
    }
    if (core) break;
  }
  std::string sizes, formats;
  for (std::uint32_t i = 0; i < NUM_CIRCULAR_BUFFERS; ++i) {
    const bool on = core && core->cbs[i].configured;
    sizes += (i ? "," : "") + std::to_string(on ? core->cbs[i].page_size : 0);
    formats += (i ? "," : "") + std::to_string(on ? core->cbs[i].format : 0xff);
  }
  auto& defines = std::visit([](auto& cfg) -> std::map<std::string, std::string>& { return cfg.defines; }, k.config);
  defines["TT_ASTGEN_CB_PAGE_SIZES"] = sizes;
  defines["TT_ASTGEN_CB_DATA_FORMATS"] = formats;
}

}  // namespace

void run_program(DeviceState& dev, ProgramState& program) {
  RunState run;
  run.dev = &dev;
  run.cores.resize(kGridX * kGridY);
  // Cores in use and their state.
  for (auto& k : program.kernels)
    for (const auto& r : k->cores.ranges())
      for (const auto& c : r) {
        auto& slot = run.cores[c.y * kGridX + c.x];
        if (!slot) {
          slot = std::make_unique<CoreRuntime>();
          slot->x = static_cast<std::uint32_t>(c.x);
          slot->y = static_cast<std::uint32_t>(c.y);
          slot->l1 = dev.core_l1(slot->x, slot->y);
        }
      }
  // Circular buffers: allocated upward from kL1CbBase per core, in creation order.
  std::vector<std::uint32_t> cb_top(kGridX * kGridY, kL1CbBase);
  for (auto& def : program.cbs) {
    const auto& cfg = def.config;
    for (const auto& r : def.cores.ranges())
      for (const auto& c : r) {
        CoreRuntime* core = run.core_at(static_cast<std::uint32_t>(c.x), static_cast<std::uint32_t>(c.y));
        if (!core) continue;
        std::uint32_t& top = cb_top[c.y * kGridX + c.x];
        std::uint32_t base = cfg.globally_allocated_address() ? *cfg.globally_allocated_address() : top;
        if (!cfg.globally_allocated_address()) {
          top = (top + cfg.total_size() + 31) / 32 * 32;
          if (top > dev.l1_buffer_top)
            fatal("circular buffers of core " + c.str() + " exceed L1 (" + std::to_string(top) + " bytes needed)");
        }
        for (auto idx : cfg.buffer_indices()) {
          auto& cb = core->cbs[idx];
          cb.configured = true;
          cb.base = base;
          cb.size = cfg.total_size();
          cb.page_size = *cfg.page_sizes()[idx];
          cb.num_pages = cb.size / cb.page_size;
          cb.format = static_cast<std::uint8_t>(*cfg.data_formats()[idx]);
        }
      }
  }
  // Semaphores.
  for (std::size_t i = 0; i < program.semaphores.size(); ++i)
    for (const auto& r : program.semaphores[i].cores.ranges())
      for (const auto& c : r) {
        std::uint32_t v = program.semaphores[i].initial;
        std::memcpy(dev.core_l1(static_cast<std::uint32_t>(c.x), static_cast<std::uint32_t>(c.y)) + kL1SemaphoreBase + i * 16,
                    &v, 4);
      }
  // Kernels: compile (in parallel), then one task per (core, kernel) (scheduler.h).
  // As tt-metal's JIT, each kernel is built with its circular buffers' page sizes and data formats
  // (get_tile_size / get_dataformat are compile-time tables on device), read from its first core.
  std::vector<std::future<std::pair<KernelEntry, std::string>>> builds;
  for (auto& k : program.kernels) {
    auto build = std::make_shared<KernelDef>();
    build->source_path = k->source_path;
    build->source_text = k->source_text;
    build->display_name = k->display_name;
    build->cores = k->cores;
    build->config = k->config;
    add_cb_table_defines(*build, run);
    builds.push_back(std::async(std::launch::async, [build] {
      std::string err;
      KernelEntry e = load_kernel(*build, err);
      return std::make_pair(e, err);
    }));
  }
  std::vector<KernelEntry> entries;
  for (std::size_t i = 0; i < builds.size(); ++i) {
    auto [e, err] = builds[i].get();
    if (!e) fatal("kernel " + program.kernels[i]->display_name + ": " + err);
    entries.push_back(e);
  }
  std::vector<std::unique_ptr<KernelThread>> threads;
  std::vector<std::uint32_t> slot_of_core(kGridX * kGridY, 0);
  for (std::size_t ki = 0; ki < program.kernels.size(); ++ki) {
    auto& k = *program.kernels[ki];
    for (const auto& r : k.cores.ranges())
      for (const auto& c : r) {
        auto t = std::make_unique<KernelThread>();
        t->core = run.core_at(static_cast<std::uint32_t>(c.x), static_cast<std::uint32_t>(c.y));
        t->kernel = &k;
        t->name = k.display_name + " [" + kernel_role(k) + "]";
        t->entry = entries[ki];
        if (k.is_compute()) t->fp32_dest = std::get<ComputeConfig>(k.config).fp32_dest_acc_en;
        // Runtime args live in L1 (get_arg_addr): 0x1000 + slot * 0x600, common args 0x4000 + slot * 0x600.
        std::uint32_t slot = slot_of_core[c.y * kGridX + c.x]++;
        if (slot >= 8) fatal("more than 8 kernels on core " + c.str());
        t->args_addr = 0x1000 + slot * 0x600;
        t->common_args_addr = 0x4000 + slot * 0x600;
        auto it = k.runtime_args.find(c);
        if (it != k.runtime_args.end()) {
          t->num_args = static_cast<std::uint32_t>(it->second.values.size());
          std::memcpy(t->core->l1 + t->args_addr, it->second.values.data(), 4 * t->num_args);
        }
        t->num_common_args = static_cast<std::uint32_t>(k.common_args.values.size());
        std::memcpy(t->core->l1 + t->common_args_addr, k.common_args.values.data(), 4 * t->num_common_args);
        t->index = static_cast<std::uint32_t>(threads.size());
        threads.push_back(std::move(t));
      }
  }

  const auto t_start = std::chrono::steady_clock::now();
  const double cpu_start = process_cpu_ms();
  std::vector<KernelThread*> tasks;
  for (auto& t : threads) tasks.push_back(t.get());
  Scheduler sched(tasks, worker_threads(), kTaskStackBytes);
  if (!sched.ok()) fatal("could not map the kernels' stacks (" + std::to_string(tasks.size()) + " x " +
                         std::to_string(kTaskStackBytes / 1024) + " KiB)");
  ProgramTrace trace(program.id, tasks);
  run.sched = &sched;
  g_run = &run;
  sched.start(&run_task);

  // Deadlock: at once when every unfinished kernel waits on a CB that only blocked kernels could
  // serve (Scheduler::deadlocked); else the watchdog: no CB/semaphore operation completed for
  // `limit` ms while kernels are still running (semaphore polls, busy loops).
  const auto limit = std::chrono::milliseconds(watchdog_ms());
  std::uint64_t last = sched.progress();
  auto last_change = std::chrono::steady_clock::now();
  while (!sched.wait_done_or_deadlock(std::chrono::milliseconds(10))) {
    const std::uint64_t now_progress = sched.progress();
    const auto now = std::chrono::steady_clock::now();
    const bool certain = sched.deadlocked();
    if (!certain && now_progress != last) {
      last = now_progress;
      last_change = now;
      continue;
    }
    if (!certain && now - last_change < limit) continue;
    // Deadlock: report, unblock everybody, exit 1.
    std::ostringstream rep;
    std::vector<const KernelThread*> unfinished;
    for (auto& t : threads)
      if (!t->done.load()) unfinished.push_back(t.get());
    if (certain)
      rep << "tt-astgen dry-run: deadlock: every kernel that has not finished waits on a circular buffer that "
             "only a blocked kernel could serve\n";
    else
      rep << "tt-astgen dry-run: deadlock: no kernel made progress (no CB or semaphore operation completed) for "
          << limit.count() << " ms\n";
    for (auto& t : threads) {
      rep << "  core (" << t->core->x << "," << t->core->y << ") " << t->name << ": ";
      if (t->done.load()) {
        rep << "finished\n";
        continue;
      }
      const std::string blocked = blocked_text(*t);
      rep << (blocked.empty() ? std::string("running (not blocked in a CB call: a busy loop?)") : "blocked in " + blocked)
          << "\n";
    }
    for (auto& core : run.cores) {
      if (!core) continue;
      rep << "  core (" << core->x << "," << core->y << ") CBs:";
      for (std::uint32_t i = 0; i < NUM_CIRCULAR_BUFFERS; ++i)
        if (core->cbs[i].configured)
          rep << " c_" << i << " " << core->cbs[i].fill() << "/" << core->cbs[i].num_pages << " pages ("
              << format_name(core->cbs[i].format) << ")";
      rep << "\n";
    }
    sched.abort();
    sched.wait_done(std::chrono::milliseconds(500));  // give the blocked kernels a moment to unwind
    if (trace.on()) {
      std::string error;
      if (!trace.write(true, error)) {
        rep << "  " << error << "\n";
      } else {
        rep << "  trace: " << trace_path() << "; the last events of the kernels that did not finish:\n";
        for (const KernelThread* t : unfinished) {
          rep << "    core (" << t->core->x << "," << t->core->y << ") " << t->name << ":";
          const char* sep = " ";
          for (const std::string& e : trace.last_events(*t, 4)) {
            rep << sep << e;
            sep = "; ";
          }
          rep << "\n";
        }
      }
    }
    std::fputs(rep.str().c_str(), stderr);
    std::fflush(stderr);
    std::fflush(stdout);
    std::_Exit(1);
  }
  sched.join();
  g_run = nullptr;
  if (trace.on()) {
    std::string error;
    if (!trace.write(false, error)) std::fprintf(stderr, "tt-astgen dry-run: warning: %s\n", error.c_str());
  }
  if (!env_or("TT_ASTGEN_DRYRUN_STATS", "").empty()) {
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_start).count();
    const double cpu_ms = process_cpu_ms() - cpu_start;
    std::size_t cores = 0;
    for (auto& c : run.cores) cores += c ? 1 : 0;
    std::fprintf(stderr,
                 "tt-astgen dry-run: stats: program %llu: %zu cores, %zu kernel tasks on %u worker threads, execute %.3f ms "
                 "(cpu %.3f ms)\n",
                 static_cast<unsigned long long>(program.id), cores, threads.size(), sched.worker_count(), ms, cpu_ms);
  }
}

}  // namespace tt::tt_metal::dryrun

// ---- kernel hooks --------------------------------------------------------------------------------
namespace tt_astgen_dryrun {
using namespace tt::tt_metal::dryrun;

std::uint32_t runtime_arg(int idx) {
  auto& t = ctx();
  if (idx < 0 || static_cast<std::uint32_t>(idx) >= t.num_args)
    kfatal("get_arg_val(" + std::to_string(idx) + "): only " + std::to_string(t.num_args) + " runtime args were set for this core");
  std::uint32_t v;
  std::memcpy(&v, t.core->l1 + t.args_addr + 4 * idx, 4);
  return v;
}
std::uint32_t common_runtime_arg(int idx) {
  auto& t = ctx();
  if (idx < 0 || static_cast<std::uint32_t>(idx) >= t.num_common_args)
    kfatal("get_common_arg_val(" + std::to_string(idx) + "): only " + std::to_string(t.num_common_args) +
           " common runtime args were set");
  std::uint32_t v;
  std::memcpy(&v, t.core->l1 + t.common_args_addr + 4 * idx, 4);
  return v;
}
std::uint32_t runtime_arg_addr(int idx) { return kernel_l1_addr(*ctx().core, ctx().args_addr + 4 * idx); }
std::uint32_t common_runtime_arg_addr(int idx) {
  return kernel_l1_addr(*ctx().core, ctx().common_args_addr + 4 * idx);
}
std::uint32_t logical_x() { return ctx().core->x; }
std::uint32_t logical_y() { return ctx().core->y; }

void cb_reserve_back(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  if (n <= 0 || static_cast<std::uint32_t>(n) > c.num_pages)
    kfatal("cb_reserve_back(cb=" + std::to_string(cb) + ", pages=" + std::to_string(n) + "): the CB holds " +
           std::to_string(c.num_pages) + " pages");
  block_until([&] { return c.num_pages - c.fill() >= static_cast<std::uint32_t>(n); }, &c, "cb_reserve_back", cb, n);
  progressed();
}
void cb_push_back(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  if (n <= 0 || c.fill() + static_cast<std::uint32_t>(n) > c.num_pages)
    kfatal("cb_push_back(cb=" + std::to_string(cb) + ", pages=" + std::to_string(n) + "): only " +
           std::to_string(c.num_pages - c.fill()) + " pages are free (missing cb_reserve_back?)");
  c.add_pushed(static_cast<std::uint32_t>(n));
  c.wr_page = (c.wr_page + static_cast<std::uint32_t>(n)) % c.num_pages;
  c.pack_offset = 0;
  if (auto* tr = ctx().trace) tr->counter(static_cast<std::uint32_t>(cb), c.fill());
  g_run->sched->wake_cb_waiters(c);
  progressed();
}
void cb_wait_front(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  if (n <= 0 || static_cast<std::uint32_t>(n) > c.num_pages)
    kfatal("cb_wait_front(cb=" + std::to_string(cb) + ", pages=" + std::to_string(n) + "): the CB holds " +
           std::to_string(c.num_pages) + " pages");
  block_until([&] { return c.fill() >= static_cast<std::uint32_t>(n); }, &c, "cb_wait_front", cb, n);
  progressed();
}
void cb_pop_front(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  if (n <= 0 || static_cast<std::uint32_t>(n) > c.fill())
    kfatal("cb_pop_front(cb=" + std::to_string(cb) + ", pages=" + std::to_string(n) + "): only " +
           std::to_string(c.fill()) + " pages are at the front");
  c.add_popped(static_cast<std::uint32_t>(n));
  c.rd_page = (c.rd_page + static_cast<std::uint32_t>(n)) % c.num_pages;
  if (auto* tr = ctx().trace) tr->counter(static_cast<std::uint32_t>(cb), c.fill());
  g_run->sched->wake_cb_waiters(c);
  progressed();
}
// The non-blocking queries yield when the answer is "not yet": a kernel polling them in a loop
// lets the other kernels of its core (on the same worker thread) make it true.
bool cb_pages_reservable_at_back(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  const bool yes = static_cast<std::int64_t>(c.num_pages - c.fill()) >= n;
  if (!yes) g_run->sched->yield();
  return yes;
}
bool cb_pages_available_at_front(std::int32_t cb, std::int32_t n) {
  auto& c = cb_of(cb);
  const bool yes = static_cast<std::int64_t>(c.fill()) >= n;
  if (!yes) g_run->sched->yield();
  return yes;
}
std::uint32_t cb_write_ptr(std::int32_t cb) {
  auto& c = cb_of(cb);
  return kernel_l1_addr(*ctx().core, c.base + c.wr_page * c.page_size);
}
std::uint32_t cb_read_ptr(std::int32_t cb) {
  auto& c = cb_of(cb);
  return kernel_l1_addr(*ctx().core, c.base + c.rd_page * c.page_size);
}
std::uint32_t cb_page_size(std::int32_t cb) { return cb_of(cb).page_size; }
std::uint8_t cb_data_format(std::int32_t cb) { return cb_of(cb).format; }

std::uint64_t noc_xy_addr(std::uint32_t x, std::uint32_t y, std::uint32_t addr, std::uint8_t) {
  return l1_noc(x, y, l1_offset(addr));
}
std::uint64_t noc_local_addr(std::uint32_t addr, std::uint8_t) {
  auto& t = ctx();
  return l1_noc(t.core->x + kNocOffsetX, t.core->y + kNocOffsetY, l1_offset(addr));
}
std::uint64_t noc_bank_addr(bool is_dram, std::uint32_t bank, std::uint32_t offset, std::uint8_t) {
  if (is_dram) {
    if (bank >= kDramBanks) kfatal("get_noc_addr_from_bank_id: DRAM bank " + std::to_string(bank) + " does not exist");
    return enc(kKindDram, bank, offset);
  }
  return l1_bank_noc(bank, l1_offset(offset));
}
std::uint64_t noc_interleaved_addr(bool is_dram, std::uint32_t base, std::uint32_t page_size, std::uint32_t page,
                                   std::uint32_t offset, std::uint8_t) {
  if (is_dram) return enc(kKindDram, page % kDramBanks, base + (page / kDramBanks) * page_size + offset);
  const std::uint32_t banks = kGridX * kGridY;
  return l1_bank_noc(page % banks, base + (page / banks) * page_size + offset);
}
std::uint64_t noc_multicast_addr(std::uint32_t xs, std::uint32_t ys, std::uint32_t xe, std::uint32_t ye, std::uint32_t addr,
                                 std::uint8_t) {
  return enc(kKindMcast, (xs & 0x3f) << 18 | (ys & 0x3f) << 12 | (xe & 0x3f) << 6 | (ye & 0x3f), l1_offset(addr));
}

void noc_read(std::uint64_t src, std::uint32_t dst_l1, std::uint32_t size, std::uint8_t) {
  const std::uint8_t* s = resolve(src, size, "noc_async_read");
  std::memcpy(l1_ptr(*ctx().core, dst_l1, size, "noc_async_read"), s, size);
}
void noc_write(std::uint32_t src_l1, std::uint64_t dst, std::uint32_t size, std::uint8_t) {
  std::uint8_t* d = resolve(dst, size, "noc_async_write");
  std::memcpy(d, l1_ptr(*ctx().core, src_l1, size, "noc_async_write"), size);
  if ((dst >> 56) == kKindL1) wrote_l1();
}
namespace {
template <class F>
void for_mcast(std::uint64_t mcast, F f) {
  if ((mcast >> 56) != kKindMcast) kfatal("multicast write to a non-multicast NOC address");
  const std::uint32_t a = static_cast<std::uint32_t>((mcast >> 32) & 0xffffff);
  const std::uint32_t xs = a >> 18 & 0x3f, ys = a >> 12 & 0x3f, xe = a >> 6 & 0x3f, ye = a & 0x3f;
  for (std::uint32_t x = std::min(xs, xe); x <= std::max(xs, xe); ++x)
    for (std::uint32_t y = std::min(ys, ye); y <= std::max(ys, ye); ++y) f(l1_noc(x, y, static_cast<std::uint32_t>(mcast)));
}
}  // namespace
void noc_write_multicast(std::uint32_t src_l1, std::uint64_t mcast, std::uint32_t size, std::uint32_t, bool, std::uint8_t) {
  const std::uint8_t* s = l1_ptr(*ctx().core, src_l1, size, "noc_async_write_multicast");
  for_mcast(mcast, [&](std::uint64_t d) { std::memcpy(resolve(d, size, "noc_async_write_multicast"), s, size); });
  wrote_l1();
}
void noc_read_barrier(std::uint8_t) {}
void noc_write_barrier(std::uint8_t) {}
void noc_writes_flushed_barrier(std::uint8_t) {}
void noc_full_barrier(std::uint8_t) {}

std::uint32_t semaphore_addr(std::uint32_t id) { return kernel_l1_addr(*ctx().core, kL1SemaphoreBase + id * 16); }
namespace {
std::atomic_ref<std::uint32_t> sem_ref(std::uint8_t* p) { return std::atomic_ref<std::uint32_t>(*reinterpret_cast<std::uint32_t*>(p)); }
template <class Pred>
void sem_wait(std::uint32_t addr, Pred pred, const char* what, std::uint32_t value) {
  auto ref = sem_ref(l1_ptr(*ctx().core, addr, 4, what));
  block_until([&] { return pred(ref.load()); }, nullptr, what, addr, value);
  progressed();
}
}  // namespace
void semaphore_set(std::uint32_t addr, std::uint32_t value) {
  sem_ref(l1_ptr(*ctx().core, addr, 4, "noc_semaphore_set")).store(value);
  wrote_l1();
  progressed();
}
void semaphore_wait(std::uint32_t addr, std::uint32_t value) {
  sem_wait(addr, [value](std::uint32_t v) { return v == value; }, "noc_semaphore_wait", value);
}
void semaphore_wait_min(std::uint32_t addr, std::uint32_t value) {
  sem_wait(addr, [value](std::uint32_t v) { return v >= value; }, "noc_semaphore_wait_min", value);
}
void noc_semaphore_inc(std::uint64_t dst, std::uint32_t incr, std::uint8_t) {
  sem_ref(resolve(dst, 4, "noc_semaphore_inc")).fetch_add(incr);
  wrote_l1();
  progressed();
}
void noc_inline_write(std::uint64_t dst, std::uint32_t value, std::uint8_t byte_enable, std::uint8_t) {
  std::uint8_t* d = resolve(dst, 4, "noc_inline_dw_write");
  for (int b = 0; b < 4; ++b)
    if (byte_enable & (1u << b)) d[b] = static_cast<std::uint8_t>(value >> (8 * b));
  if ((dst >> 56) == kKindL1) wrote_l1();
  progressed();
}
void noc_semaphore_set_multicast(std::uint32_t src_l1, std::uint64_t mcast, std::uint32_t, bool, std::uint8_t) {
  std::uint32_t v = sem_ref(l1_ptr(*ctx().core, src_l1, 4, "noc_semaphore_set_multicast")).load();
  for_mcast(mcast, [&](std::uint64_t d) { sem_ref(resolve(d, 4, "noc_semaphore_set_multicast")).store(v); });
  wrote_l1();
  progressed();
}

}  // namespace tt_astgen_dryrun
