// tt-astgen dry-run runtime: internal state behind the mock TT-Metalium headers (not installed).
//
// PROFILE-INDEPENDENT: this header includes only host/common mock headers, so every runtime source
// can include it whichever profile's include dir it is compiled with (the library is built for both
// profiles; see lib/CMakeLists.txt). Profile-specific state lives next to the profile's host API:
// mesh_state.h (metal-2025, host_2025.cpp) and host_2024.cpp (metal-2024). Every struct here must
// have ONE definition in all translation units (no #if on the profile).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <tt-metalium/circular_buffer_config.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/kernel_types.hpp>
#include <tt-metalium/mock_detail/buffer_core.hpp>
#include <tt-metalium/mock_detail/host_api_core.hpp>
#include <tt-metalium/runtime_args_data.hpp>

namespace tt::tt_metal::dryrun {

// ---- device model (wormhole_b0-like) ---------------------------------------------------------
// The modelled chip: wormhole_b0 (8x8 workers, 12 DRAM banks) unless TT_ASTGEN_DRYRUN_ARCH=blackhole
// (13x10 workers, 8 DRAM banks). Read once, at first use.
struct DeviceModel {
  tt::ARCH arch = tt::ARCH::WORMHOLE_B0;
  std::uint32_t grid_x = 8, grid_y = 8, dram_banks = 12;
};
const DeviceModel& model();
#define kGridX (::tt::tt_metal::dryrun::model().grid_x)
#define kGridY (::tt::tt_metal::dryrun::model().grid_y)
#define kDramBanks (::tt::tt_metal::dryrun::model().dram_banks)
inline constexpr std::uint32_t kMaxCores = 13 * 10;
inline constexpr std::uint32_t kL1Size = 1464 * 1024;
inline constexpr std::uint32_t kL1SemaphoreBase = 0x8000;    // 16 bytes per semaphore
inline constexpr std::uint32_t kL1CbBase = 0x10000;          // CBs grow up from here
inline constexpr std::uint32_t kDramBase = 0x40000;          // first DRAM buffer address (per bank)
inline constexpr std::uint64_t kDramSizePerChannel = 1ull << 30;
inline constexpr std::uint32_t kNocOffsetX = 1, kNocOffsetY = 1;  // NOC (x,y) = logical + offset

[[noreturn]] void fatal(const std::string& message);

struct BufferState {
  struct DeviceState* device = nullptr;
  IDevice* owner = nullptr;  // metal-2024: the IDevice of CreateBuffer (Buffer::device()); null for Mesh buffers
  DeviceAddr address = 0;
  DeviceAddr size = 0;
  DeviceAddr page_size = 0;
  BufferType type = BufferType::DRAM;
  bool allocated = true;
  std::uint32_t num_pages() const { return page_size ? static_cast<std::uint32_t>((size + page_size - 1) / page_size) : 0; }
};

// One chip's memories, shared by both profiles: metal-2025's MeshDeviceState (a unit mesh) and
// metal-2024's IDeviceState derive from it; run_program and the kernel hooks see only this.
struct DeviceState {
  int id = 0;
  std::vector<std::vector<std::uint8_t>> dram;          // per bank
  struct FreeDeleter { void operator()(std::uint8_t* p) const; };
  std::vector<std::unique_ptr<std::uint8_t, FreeDeleter>> l1;  // per core (y * kGridX + x), alloc_core_l1 (lazily zeroed pages)
  std::uint64_t dram_next = kDramBase;                  // bump allocator (same address in every bank)
  std::uint32_t l1_buffer_top = kL1Size;                // L1 buffers grow down from the top
  bool open = true;
  std::uint8_t* core_l1(std::uint32_t x, std::uint32_t y);
  virtual ~DeviceState() = default;
};

// One core's L1 (kL1Size zeroed bytes), allocated below 4 GiB when the platform allows it, so an
// L1 address a kernel sees (get_write_ptr, get_semaphore, ...) is a real 32-bit pointer it can
// dereference, as on the device (exec.cpp). free_core_l1 releases either kind.
std::uint8_t* alloc_core_l1();
void free_core_l1(std::uint8_t* l1);

// Sets up a device's memories (DRAM banks, per-core L1) for the modelled chip.
void init_device(DeviceState& dev, int id);
// Releases a closed device's memories (buffers keep their state; any later use is an error).
void release_device(DeviceState& dev);
// Allocates an interleaved buffer on `dev` (DRAM: bump allocator, same address in every bank;
// L1: grows down from the top of every core's L1). `what` names the API call in errors.
std::shared_ptr<BufferState> allocate_buffer(DeviceState& dev, DeviceAddr size, DeviceAddr page_size, BufferType type,
                                             std::optional<DeviceAddr> address, const char* what);
// Copies between host bytes and an interleaved buffer's pages (page i -> bank i % banks). `bytes`
// is the host side's size: smaller than the buffer is an error, larger a warning.
void transfer(DeviceState& dev, BufferState& b, std::uint8_t* host, std::size_t bytes, bool to_device, const char* what);

struct KernelDef {
  std::string source_path;   // resolved at CreateKernel (empty for CreateKernelFromString)
  std::string source_text;   // CreateKernelFromString
  std::string display_name;  // e.g. "reader.cpp"
  CoreRangeSet cores;
  std::variant<DataMovementConfig, ComputeConfig, EthernetConfig> config;
  bool is_compute() const { return std::holds_alternative<ComputeConfig>(config); }
  struct Args {
    std::vector<std::uint32_t> values;
    RuntimeArgsData view;
  };
  std::map<CoreCoord, Args> runtime_args;
  Args common_args;
  std::vector<std::vector<RuntimeArgsData>> all_args_view;
};

struct CbDef {
  CoreRangeSet cores;
  CircularBufferConfig config;
};

struct SemaphoreDef {
  CoreRangeSet cores;
  std::uint32_t initial = 0;
};

struct ProgramState {
  std::uint64_t id = 0;
  std::vector<std::unique_ptr<KernelDef>> kernels;
  std::vector<CbDef> cbs;
  std::vector<SemaphoreDef> semaphores;
};

// The friend of every stateful mock class.
struct Access {
  template <class T>
  static auto& state(T& obj) { return obj.state_; }
  template <class T>
  static auto& state(const T& obj) { return obj.state_; }
  // Constructs a mock object through its private state constructor (profile-independent, so the
  // class has one definition in every translation unit): Access::make<MeshDevice>(state).
  template <class T, class S>
  static T* make(std::shared_ptr<S> s) { return new T(std::move(s)); }
  static std::unique_ptr<Buffer> make_buffer(std::shared_ptr<BufferState> s) {
    return std::unique_ptr<Buffer>(make<Buffer>(std::move(s)));
  }
  static void set_global_address(CircularBufferConfig& c, std::uint32_t addr, const Buffer* b) {
    c.globally_allocated_address_ = addr;
    c.shadow_global_buffer_ = b;
  }
};

// ---- execution (exec.cpp, scheduler.cpp, compute_engine.cpp) ----------------------------------
struct KernelThread;  // one (core, kernel) of a running program: exec_internal.h

// One CB of one core. Only the kernels of that core touch it, and they all run on one worker thread
// (scheduler.h); the totals are atomics so the watchdog can read the fill level from its thread.
struct CbRuntime {
  bool configured = false;
  std::uint32_t base = 0, size = 0, page_size = 0, num_pages = 0;
  std::uint8_t format = 0xff;
  std::uint32_t rd_page = 0, wr_page = 0;   // ring indices (pages)
  std::atomic<std::uint64_t> pushed{0}, popped{0};  // totals (written by the core's worker only)
  std::uint32_t pack_offset = 0;            // tiles packed since the last push_back (compute)
  std::vector<KernelThread*> waiters;       // tasks blocked on this CB (Scheduler::wait_on_cb)
  std::uint32_t fill() const {
    return static_cast<std::uint32_t>(pushed.load(std::memory_order_relaxed) - popped.load(std::memory_order_relaxed));
  }
  void add_pushed(std::uint32_t n) { pushed.store(pushed.load(std::memory_order_relaxed) + n, std::memory_order_relaxed); }
  void add_popped(std::uint32_t n) { popped.store(popped.load(std::memory_order_relaxed) + n, std::memory_order_relaxed); }
};

struct CoreRuntime {
  std::uint32_t x = 0, y = 0;
  std::uint8_t* l1 = nullptr;
  CbRuntime cbs[NUM_CIRCULAR_BUFFERS];
};

// Runs one program on the device (blocking). Returns after every kernel finished.
void run_program(DeviceState& dev, ProgramState& program);

// Compiles (or fetches from the cache) a kernel and returns its entry point.
using KernelEntry = void (*)();
KernelEntry load_kernel(const KernelDef& kernel, std::string& error);

std::string env_or(const char* name, const std::string& fallback);

}  // namespace tt::tt_metal::dryrun
