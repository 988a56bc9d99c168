// tt-astgen dry-run runtime: what the kernel hooks outside the execution core (compute_engine.cpp,
// compute_ops.cpp) need from it -- the running kernel's context, its circular buffers and the
// error path. Internal to lib/runtime (not installed).
//
// Every hook runs inside a kernel (a (core, kernel) pair of the running program); ctx() is that
// kernel's context. Errors go through kfatal, which names the core and the kernel and exits 1.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "state.h"
#include "trace.h"

namespace tt::tt_metal::dryrun {

// One (core, kernel) of the running program -- a task of the scheduler (scheduler.h): what the
// hooks read and the compute engine's DST.
struct KernelThread {
  CoreRuntime* core = nullptr;
  const KernelDef* kernel = nullptr;
  std::string name;  // "reader.cpp [NCRISC]"
  KernelEntry entry = nullptr;
  std::uint32_t args_addr = 0, common_args_addr = 0;
  std::uint32_t num_args = 0, num_common_args = 0;
  std::uint32_t index = 0;        // in the program's task list (trace track)
  std::uint32_t sched_index = 0;  // the scheduler's slot
  std::atomic<bool> done{false};
  // The call it is blocked in (for the watchdog; null when running): cb_* calls carry (cb, pages),
  // semaphore waits (addr, value).
  std::atomic<const char*> blocked_call{nullptr};
  std::atomic<std::int64_t> blocked_a{0}, blocked_b{0};
  std::atomic<bool> blocked_on_cb{false};
  TaskTrace* trace = nullptr;  // its trace events (trace.h); null when tracing is off
  // compute
  bool fp32_dest = false;
  std::vector<float> dst = std::vector<float>(16 * 1024, 0.f);  // 16 tiles, row-major 32x32 each
};

// The kernel the calling hook runs in (fatal outside a kernel).
KernelThread& ctx();
// The task the calling worker thread is running (null outside a task; scheduler.cpp).
KernelThread* current_task();
// Exits 1 with "core (x,y) <kernel>: <msg>" for the current kernel.
[[noreturn]] void kfatal(const std::string& msg);
// The current core's CB `cb` (fatal when out of range or not configured on the core).
CbRuntime& cb_of(std::int32_t cb);

// ---- compute engine (compute_engine.cpp) ---------------------------------------------------------
// The address of tile `tile` counted from the CB's read pointer (unpack); checks it was waited for.
const std::uint8_t* front_tile(std::uint32_t cb, std::uint32_t tile, std::uint8_t& format, const char* what);
// Converts tile `tile` at the front of CB `cb` to row-major 32x32 floats in `rm`.
void unpack(std::uint32_t cb, std::uint32_t tile, float* rm, const char* what);
// DST register `idst` (1024 row-major floats; fatal beyond the 16 registers).
float* dst_tile(std::uint32_t idst);
// Ends an op on a DST tile: rounds it to bf16 unless the kernel runs with fp32_dest_acc_en.
void finish_dst(float* d);
// d += a * b (b transposed when `transpose`); each 32-term dot product in fp32, then added to d.
void matmul_acc(const float* a, const float* b, float* d, bool transpose);

}  // namespace tt::tt_metal::dryrun
