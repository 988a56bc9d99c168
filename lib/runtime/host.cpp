// tt-astgen dry-run runtime: the profile-independent host API core (programs, kernels, CBs,
// semaphores, runtime args, Buffer, work split) and the device/buffer model shared by both
// profiles. Compiled with host/common only; the profiles' host APIs are host_2025.cpp (Mesh) and
// host_2024.cpp (single device).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <tt-metalium/work_split.hpp>

#include "state.h"

namespace tt::tt_metal::dryrun {

void fatal(const std::string& message) {
  std::fprintf(stderr, "tt-astgen dry-run: error: %s\n", message.c_str());
  std::fflush(stderr);
  std::fflush(stdout);
  std::_Exit(1);
}

const DeviceModel& model() {
  static const DeviceModel m = [] {
    DeviceModel d;
    const char* a = std::getenv("TT_ASTGEN_DRYRUN_ARCH");
    if (a && (std::string(a) == "blackhole" || std::string(a) == "BLACKHOLE")) {
      d.arch = tt::ARCH::BLACKHOLE;
      d.grid_x = 13;
      d.grid_y = 10;
      d.dram_banks = 8;
    }
    return d;
  }();
  return m;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

void DeviceState::FreeDeleter::operator()(std::uint8_t* p) const { free_core_l1(p); }

std::uint8_t* DeviceState::core_l1(std::uint32_t x, std::uint32_t y) {
  if (x >= kGridX || y >= kGridY) fatal("core (" + std::to_string(x) + "," + std::to_string(y) + ") outside the " + std::to_string(kGridX) + "x" + std::to_string(kGridY) + " worker grid");
  if (l1.empty()) fatal("device " + std::to_string(id) + " is closed");
  return l1[y * kGridX + x].get();
}

void init_device(DeviceState& dev, int id) {
  dev.id = id;
  dev.dram.assign(kDramBanks, {});
  dev.l1.clear();
  dev.l1.resize(kGridX * kGridY);
  for (auto& p : dev.l1) p.reset(alloc_core_l1());
  dev.dram_next = kDramBase;
  dev.l1_buffer_top = kL1Size;
  dev.open = true;
}

void release_device(DeviceState& dev) {
  dev.open = false;
  std::vector<std::vector<std::uint8_t>>().swap(dev.dram);
  dev.l1.clear();
}

std::shared_ptr<BufferState> allocate_buffer(DeviceState& dev, DeviceAddr size, DeviceAddr page_size, BufferType type,
                                             std::optional<DeviceAddr> address, const char* what) {
  const std::string w(what);
  if (!dev.open) fatal(w + ": the device is closed");
  if (page_size == 0) fatal(w + ": page_size is 0");
  if (size % page_size != 0)
    fatal(w + ": size " + std::to_string(size) + " is not a multiple of the page size " + std::to_string(page_size));
  auto b = std::make_shared<BufferState>();
  b->device = &dev;
  b->size = size;
  b->page_size = page_size;
  b->type = type;
  const std::uint64_t pages = b->num_pages();
  if (type == BufferType::DRAM) {
    const std::uint64_t per_bank = (pages + kDramBanks - 1) / kDramBanks * page_size;
    std::uint64_t addr = address ? *address : dev.dram_next;
    if (addr + per_bank > kDramSizePerChannel) fatal(w + ": out of DRAM");
    if (!address) dev.dram_next = (addr + per_bank + 31) / 32 * 32;
    for (auto& bank : dev.dram)
      if (bank.size() < addr + per_bank) bank.resize(addr + per_bank);
    b->address = addr;
  } else if (type == BufferType::L1 || type == BufferType::L1_SMALL) {
    const std::uint32_t banks = kGridX * kGridY;
    const std::uint64_t per_bank = (pages + banks - 1) / banks * page_size;
    if (per_bank + kL1CbBase + 64 * 1024 > dev.l1_buffer_top) fatal(w + ": out of L1");
    dev.l1_buffer_top = static_cast<std::uint32_t>((dev.l1_buffer_top - per_bank) / 32 * 32);
    b->address = address ? *address : dev.l1_buffer_top;
  } else {
    fatal(w + ": buffer type not supported by the dry-run");
  }
  return b;
}

void transfer(DeviceState& dev, BufferState& b, std::uint8_t* host, std::size_t bytes, bool to_device,
              const char* what) {
  if (!b.allocated) fatal(std::string(what) + ": the buffer is deallocated");
  if (b.device != &dev) fatal(std::string(what) + ": the buffer belongs to another device");
  if (!dev.open) fatal(std::string(what) + ": the device is closed");
  if (bytes < b.size)
    fatal(std::string(what) + ": the host vector holds " + std::to_string(bytes) + " bytes but the buffer holds " +
          std::to_string(b.size) + " bytes");
  if (bytes > b.size)  // the SDK transfers size() bytes and ignores the rest; almost always a bug here
    std::fprintf(stderr,
                 "tt-astgen dry-run: warning: %s: the host vector holds %zu bytes, the buffer %llu bytes; "
                 "only the first %llu are transferred (wrong element type for the buffer's data format?)\n",
                 what, bytes, static_cast<unsigned long long>(b.size), static_cast<unsigned long long>(b.size));
  const std::uint32_t ps = static_cast<std::uint32_t>(b.page_size);
  for (std::uint32_t i = 0; i < b.num_pages(); ++i) {
    std::uint8_t* dptr;
    if (b.type == BufferType::DRAM) {
      dptr = dev.dram[i % kDramBanks].data() + b.address + static_cast<std::uint64_t>(i / kDramBanks) * ps;
    } else {
      const std::uint32_t bank = i % (kGridX * kGridY);
      dptr = dev.core_l1(bank % kGridX, bank / kGridX) + b.address + static_cast<std::uint64_t>(i / (kGridX * kGridY)) * ps;
    }
    const std::size_t n = std::min<std::size_t>(ps, b.size - static_cast<std::size_t>(i) * ps);
    if (to_device) std::memcpy(dptr, host + static_cast<std::size_t>(i) * ps, n);
    else std::memcpy(host + static_cast<std::size_t>(i) * ps, dptr, n);
  }
}

namespace {
std::atomic<std::uint64_t> g_program_ids{1};

std::vector<CoreRange> ranges_of(const std::variant<CoreCoord, CoreRange, CoreRangeSet>& spec) {
  if (auto* c = std::get_if<CoreCoord>(&spec)) return {CoreRange(*c, *c)};
  if (auto* r = std::get_if<CoreRange>(&spec)) return {*r};
  return std::get<CoreRangeSet>(spec).ranges();
}
CoreRangeSet set_of(const std::variant<CoreCoord, CoreRange, CoreRangeSet>& spec) {
  auto r = ranges_of(spec);
  return CoreRangeSet(std::move(r));
}
void check_cores(const CoreRangeSet& set, const char* what) {
  for (const auto& r : set.ranges())
    if (r.end_coord.x >= kGridX || r.end_coord.y >= kGridY)
      fatal(std::string(what) + ": core range " + r.str() + " is outside the " + std::to_string(kGridX) + "x" + std::to_string(kGridY) + " worker grid");
}
ProgramState& ps(const Program& p) {
  auto& s = Access::state(p);
  if (!s) fatal("use of a moved-from Program");
  return *s;
}
KernelDef& kernel_of(const Program& p, KernelHandle k) {
  auto& s = ps(p);
  if (k >= s.kernels.size()) fatal("unknown kernel handle " + std::to_string(k));
  return *s.kernels[k];
}
std::string resolve_kernel_path(const std::string& file) {
  namespace fs = std::filesystem;
  fs::path p(file);
  std::error_code ec;
  if (p.is_absolute()) return fs::exists(p, ec) ? p.string() : std::string();
  // `tt-astgen run --kernel-root`: folders tried before the working directory (':'-separated),
  // and the host's parent folders tried after everything else, as the checker looks kernels up.
  auto inRoots = [&](const char* var) -> std::string {
    const char* roots = std::getenv(var);
    for (std::string_view rest = roots ? roots : ""; !rest.empty();) {
      std::string_view root = rest.substr(0, rest.find(':'));
      rest = root.size() < rest.size() ? rest.substr(root.size() + 1) : std::string_view();
      if (root.empty()) continue;
      fs::path q = fs::path(std::string(root)) / p;
      if (fs::exists(q, ec)) return q.lexically_normal().string();
    }
    return {};
  };
  if (std::string found = inRoots("TT_ASTGEN_KERNEL_ROOTS"); !found.empty()) return found;
  if (fs::exists(p, ec)) return fs::absolute(p, ec).lexically_normal().string();
  for (const char* var : {"TT_METAL_KERNEL_PATH", "TT_METAL_HOME"}) {
    if (const char* root = std::getenv(var); root && *root) {
      fs::path q = fs::path(root) / p;
      if (fs::exists(q, ec)) return q.lexically_normal().string();
    }
  }
  char exe[4096];
  ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    fs::path q = fs::path(exe).parent_path() / p;
    if (fs::exists(q, ec)) return q.lexically_normal().string();
  }
  return inRoots("TT_ASTGEN_KERNEL_LAST_ROOTS");
}
KernelHandle add_kernel(Program& program, std::unique_ptr<KernelDef> k) {
  auto& s = ps(program);
  check_cores(k->cores, "CreateKernel");
  if (std::holds_alternative<EthernetConfig>(k->config)) fatal("CreateKernel: ethernet kernels are not supported by the dry-run");
  s.kernels.push_back(std::move(k));
  return static_cast<KernelHandle>(s.kernels.size() - 1);
}
void set_args(KernelDef::Args& a, const std::uint32_t* data, std::size_t n) {
  if (n > max_runtime_args) fatal("SetRuntimeArgs: " + std::to_string(n) + " args exceed max_runtime_args (341)");
  a.values.assign(data, data + n);
  a.view.rt_args_data = a.values.data();
  a.view.rt_args_count = a.values.size();
}
}  // namespace
}  // namespace tt::tt_metal::dryrun

using namespace tt::tt_metal;
using namespace tt::tt_metal::dryrun;

// ---- core_coord.hpp / work_split.hpp ------------------------------------------------------------
std::vector<CoreCoord> corerange_to_cores(const CoreRangeSet& crs, std::optional<std::uint32_t> max_cores, bool row_wise) {
  std::vector<CoreCoord> out;
  for (const auto& r : crs.ranges()) {
    if (row_wise) {
      for (std::size_t y = r.start_coord.y; y <= r.end_coord.y; ++y)
        for (std::size_t x = r.start_coord.x; x <= r.end_coord.x; ++x) out.emplace_back(x, y);
    } else {
      for (std::size_t x = r.start_coord.x; x <= r.end_coord.x; ++x)
        for (std::size_t y = r.start_coord.y; y <= r.end_coord.y; ++y) out.emplace_back(x, y);
    }
  }
  if (max_cores && out.size() > *max_cores) out.resize(*max_cores);
  return out;
}

std::vector<CoreCoord> grid_to_cores(std::uint32_t num_cores, std::uint32_t grid_size_x, std::uint32_t grid_size_y,
                                     bool row_wise) {
  if (num_cores > grid_size_x * grid_size_y) fatal("grid_to_cores: " + std::to_string(num_cores) + " cores exceed the grid");
  std::vector<CoreCoord> out;
  for (std::uint32_t i = 0; i < num_cores; ++i)
    out.push_back(row_wise ? CoreCoord{i % grid_size_x, i / grid_size_x} : CoreCoord{i / grid_size_y, i % grid_size_y});
  return out;
}

std::vector<CoreCoord> grid_to_cores(CoreCoord start, CoreCoord end, bool row_wise) {
  return corerange_to_cores(CoreRangeSet(CoreRange(start, end)), std::nullopt, row_wise);
}

namespace tt::tt_metal {

CoreRangeSet num_cores_to_corerangeset(std::uint32_t target, const CoreCoord grid, bool row_wise) {
  if (target > grid.x * grid.y) fatal("num_cores_to_corerangeset: " + std::to_string(target) + " cores exceed the grid");
  std::vector<CoreRange> ranges;
  if (target == 0) return CoreRangeSet(std::move(ranges));
  if (row_wise) {
    std::uint32_t full = target / grid.x, rem = target % grid.x;
    if (full) ranges.emplace_back(CoreCoord{0, 0}, CoreCoord{grid.x - 1, full - 1});
    if (rem) ranges.emplace_back(CoreCoord{0, full}, CoreCoord{rem - 1, full});
  } else {
    std::uint32_t full = target / grid.y, rem = target % grid.y;
    if (full) ranges.emplace_back(CoreCoord{0, 0}, CoreCoord{full - 1, grid.y - 1});
    if (rem) ranges.emplace_back(CoreCoord{full, 0}, CoreCoord{full, rem - 1});
  }
  return CoreRangeSet(std::move(ranges));
}

namespace {
// Cores in fill order (column-major unless row_wise) as rectangles, as the SDK reports work groups:
// runs of consecutive cores along the fill direction become segments, segments spanning the same
// rows (columns) in adjacent columns (rows) become one rectangle.
CoreRangeSet coalesce(const std::vector<CoreCoord>& cores, bool row_wise) {
  auto minor = [&](const CoreCoord& c) { return row_wise ? c.x : c.y; };
  auto major = [&](const CoreCoord& c) { return row_wise ? c.y : c.x; };
  std::vector<CoreRange> segments;
  for (const CoreCoord& c : cores) {
    if (!segments.empty()) {
      CoreRange& last = segments.back();
      if (major(last.end_coord) == major(c) && minor(last.end_coord) + 1 == minor(c)) {
        last.end_coord = c;
        continue;
      }
    }
    segments.emplace_back(c, c);
  }
  std::vector<CoreRange> out;
  for (const CoreRange& seg : segments) {
    if (!out.empty()) {
      CoreRange& last = out.back();
      if (minor(last.start_coord) == minor(seg.start_coord) && minor(last.end_coord) == minor(seg.end_coord) &&
          major(last.end_coord) + 1 == major(seg.start_coord)) {
        last.end_coord = seg.end_coord;
        continue;
      }
    }
    out.push_back(seg);
  }
  return CoreRangeSet(std::move(out));
}

std::tuple<std::uint32_t, CoreRangeSet, CoreRangeSet, CoreRangeSet, std::uint32_t, std::uint32_t> split_list(
    const std::vector<CoreCoord>& cores, std::uint32_t units, bool row_wise) {
  std::uint32_t num_cores = std::min<std::uint32_t>(units, static_cast<std::uint32_t>(cores.size()));
  if (num_cores == 0) return {0, CoreRangeSet(), CoreRangeSet(), CoreRangeSet(), 0, 0};
  std::uint32_t per = units / num_cores, rem = units % num_cores;
  std::vector<CoreCoord> all, g1, g2;
  for (std::uint32_t i = 0; i < num_cores; ++i) {
    all.push_back(cores[i]);
    if (rem == 0 || i < rem) g1.push_back(cores[i]);
    else g2.push_back(cores[i]);
  }
  if (rem == 0) return {num_cores, coalesce(all, row_wise), coalesce(g1, row_wise), CoreRangeSet(), per, 0};
  return {num_cores, coalesce(all, row_wise), coalesce(g1, row_wise), coalesce(g2, row_wise), per + 1, per};
}
}  // namespace

std::tuple<std::uint32_t, CoreRangeSet, CoreRangeSet, CoreRangeSet, std::uint32_t, std::uint32_t> split_work_to_cores(
    const CoreCoord grid_size, const std::uint32_t units, const bool row_wise) {
  std::uint32_t n = std::min<std::uint32_t>(units, static_cast<std::uint32_t>(grid_size.x * grid_size.y));
  auto set = num_cores_to_corerangeset(n, grid_size, row_wise);
  return split_list(corerange_to_cores(set, std::nullopt, row_wise), units, row_wise);
}

std::tuple<std::uint32_t, CoreRangeSet, CoreRangeSet, CoreRangeSet, std::uint32_t, std::uint32_t> split_work_to_cores(
    const CoreRangeSet& core_grid, const std::uint32_t units, const bool row_wise) {
  return split_list(corerange_to_cores(core_grid, std::nullopt, row_wise), units, row_wise);
}

// ---- program.hpp ---------------------------------------------------------------------------------
Program::Program() : state_(std::make_shared<ProgramState>()) { state_->id = g_program_ids++; }
std::uint64_t Program::get_id() const { return ps(*this).id; }
std::size_t Program::num_kernels() const { return ps(*this).kernels.size(); }

// ---- buffer_core.hpp -------------------------------------------------------------------------------
IDevice* Buffer::device() const { return state_->owner; }
DeviceAddr Buffer::size() const { return state_->size; }
DeviceAddr Buffer::address() const { return state_->address; }
DeviceAddr Buffer::page_size() const { return state_->page_size; }
std::uint32_t Buffer::num_pages() const { return state_->num_pages(); }
BufferType Buffer::buffer_type() const { return state_->type; }
TensorMemoryLayout Buffer::buffer_layout() const { return TensorMemoryLayout::INTERLEAVED; }
bool Buffer::is_allocated() const { return state_->allocated; }

CircularBufferConfig& CircularBufferConfig::set_globally_allocated_address(const Buffer& buffer) {
  if (!buffer.is_l1()) fatal("CircularBufferConfig::set_globally_allocated_address: the buffer is not in L1");
  Access::set_global_address(*this, static_cast<std::uint32_t>(buffer.address()), &buffer);
  return *this;
}

// ---- host_api_core.hpp -------------------------------------------------------------------------------
Program CreateProgram() { return Program(); }

KernelHandle CreateKernel(Program& program, const std::string& file_name,
                          const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                          const std::variant<DataMovementConfig, ComputeConfig, EthernetConfig>& config) {
  auto k = std::make_unique<KernelDef>();
  k->source_path = resolve_kernel_path(file_name);
  if (k->source_path.empty())
    fatal("CreateKernel: kernel file '" + file_name +
          "' not found (tried absolute, the working directory, $TT_METAL_KERNEL_PATH/$TT_METAL_HOME, the executable's directory)");
  k->display_name = file_name;
  k->cores = set_of(core_spec);
  k->config = config;
  return add_kernel(program, std::move(k));
}

KernelHandle CreateKernelFromString(Program& program, const std::string& src,
                                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                                    const std::variant<DataMovementConfig, ComputeConfig, EthernetConfig>& config) {
  auto k = std::make_unique<KernelDef>();
  k->source_text = src;
  k->display_name = "<kernel from string #" + std::to_string(ps(program).kernels.size()) + ">";
  k->cores = set_of(core_spec);
  k->config = config;
  return add_kernel(program, std::move(k));
}

CBHandle CreateCircularBuffer(Program& program, const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                              const CircularBufferConfig& config) {
  auto& s = ps(program);
  CoreRangeSet cores = set_of(core_spec);
  check_cores(cores, "CreateCircularBuffer");
  if (config.buffer_indices().empty()) fatal("CreateCircularBuffer: the config names no buffer index");
  for (auto idx : config.buffer_indices()) {
    const auto& ps_ = config.page_sizes()[idx];
    const auto& df = config.data_formats()[idx];
    if (!df) fatal("CreateCircularBuffer: no data format for CB " + std::to_string(idx));
    if (!ps_ || *ps_ == 0) fatal("CreateCircularBuffer: no page size set for CB " + std::to_string(idx));
    if (config.total_size() % *ps_ != 0)
      fatal("CreateCircularBuffer: total size " + std::to_string(config.total_size()) + " of CB " + std::to_string(idx) +
            " is not a multiple of its page size " + std::to_string(*ps_));
    for (const auto& other : s.cbs)
      for (const auto& r : other.cores.ranges())
        for (const auto& r2 : cores.ranges())
          if (r.intersects(r2) && other.config.buffer_indices().count(idx))
            fatal("CreateCircularBuffer: CB " + std::to_string(idx) + " is already configured on cores " + r.str());
  }
  s.cbs.push_back(CbDef{cores, config});
  return static_cast<CBHandle>(s.cbs.size() - 1);
}

const CircularBufferConfig& GetCircularBufferConfig(Program& program, CBHandle h) {
  auto& s = ps(program);
  if (h >= s.cbs.size()) fatal("GetCircularBufferConfig: unknown CB handle");
  return s.cbs[h].config;
}
void UpdateCircularBufferTotalSize(Program& program, CBHandle h, std::uint32_t total_size) {
  auto& s = ps(program);
  if (h >= s.cbs.size()) fatal("UpdateCircularBufferTotalSize: unknown CB handle");
  s.cbs[h].config.set_total_size(total_size);
}
void UpdateCircularBufferPageSize(Program& program, CBHandle h, std::uint8_t index, std::uint32_t page_size) {
  auto& s = ps(program);
  if (h >= s.cbs.size()) fatal("UpdateCircularBufferPageSize: unknown CB handle");
  s.cbs[h].config.set_page_size(index, page_size);
}
void UpdateDynamicCircularBufferAddress(Program& program, CBHandle h, const Buffer& buffer) {
  auto& s = ps(program);
  if (h >= s.cbs.size()) fatal("UpdateDynamicCircularBufferAddress: unknown CB handle");
  s.cbs[h].config.set_globally_allocated_address(buffer);
}

std::uint32_t CreateSemaphore(Program& program, const std::variant<CoreRange, CoreRangeSet>& core_spec,
                              std::uint32_t initial_value, CoreType) {
  auto& s = ps(program);
  CoreRangeSet cores = std::holds_alternative<CoreRange>(core_spec) ? CoreRangeSet(std::get<CoreRange>(core_spec))
                                                                    : std::get<CoreRangeSet>(core_spec);
  s.semaphores.push_back(SemaphoreDef{cores, initial_value});
  if (s.semaphores.size() > 16) fatal("CreateSemaphore: more than 16 semaphores");
  return static_cast<std::uint32_t>(s.semaphores.size() - 1);
}

void SetRuntimeArgs(const Program& program, KernelHandle kernel,
                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                    tt::stl::Span<const std::uint32_t> args) {
  auto& k = kernel_of(program, kernel);
  for (const auto& r : ranges_of(core_spec))
    for (const auto& c : r) {
      if (!k.cores.contains(c))
        fatal("SetRuntimeArgs: core " + c.str() + " is not in the core range of kernel " + k.display_name);
      set_args(k.runtime_args[c], args.data(), args.size());
    }
}
void SetRuntimeArgs(const Program& program, KernelHandle kernel,
                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                    std::initializer_list<std::uint32_t> args) {
  SetRuntimeArgs(program, kernel, core_spec, tt::stl::Span<const std::uint32_t>(args.begin(), args.size()));
}
void SetRuntimeArgs(const Program& program, KernelHandle kernel, const std::vector<CoreCoord>& cores,
                    const std::vector<std::vector<std::uint32_t>>& args) {
  if (cores.size() != args.size()) fatal("SetRuntimeArgs: cores and args differ in length");
  for (std::size_t i = 0; i < cores.size(); ++i)
    SetRuntimeArgs(program, kernel, cores[i], tt::stl::Span<const std::uint32_t>(args[i].data(), args[i].size()));
}
void SetCommonRuntimeArgs(const Program& program, KernelHandle kernel, tt::stl::Span<const std::uint32_t> args) {
  set_args(kernel_of(program, kernel).common_args, args.data(), args.size());
}
void SetCommonRuntimeArgs(const Program& program, KernelHandle kernel, std::initializer_list<std::uint32_t> args) {
  set_args(kernel_of(program, kernel).common_args, args.begin(), args.size());
}
RuntimeArgsData& GetRuntimeArgs(const Program& program, KernelHandle kernel, const CoreCoord& core) {
  auto& k = kernel_of(program, kernel);
  auto& a = k.runtime_args[core];
  a.view.rt_args_data = a.values.data();
  a.view.rt_args_count = a.values.size();
  return a.view;
}
std::vector<std::vector<RuntimeArgsData>>& GetRuntimeArgs(const Program& program, KernelHandle kernel) {
  auto& k = kernel_of(program, kernel);
  k.all_args_view.assign(kGridX, std::vector<RuntimeArgsData>(kGridY));
  for (auto& [c, a] : k.runtime_args) k.all_args_view[c.x][c.y] = RuntimeArgsData{a.values.data(), a.values.size()};
  return k.all_args_view;
}
RuntimeArgsData& GetCommonRuntimeArgs(const Program& program, KernelHandle kernel) {
  auto& k = kernel_of(program, kernel);
  k.common_args.view = RuntimeArgsData{k.common_args.values.data(), k.common_args.values.size()};
  return k.common_args.view;
}

}  // namespace tt::tt_metal

