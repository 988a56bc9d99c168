// tt-astgen dry-run runtime: the metal-2024 host API (IDevice from CreateDevice, CommandQueue,
// CreateBuffer(InterleavedBufferConfig), EnqueueWriteBuffer / EnqueueReadBuffer / EnqueueProgram /
// Finish, CloseDevice) on the shared device model of state.h. Compiled with the host/metal-2024
// include dir (lib/CMakeLists.txt); the metal-2025 headers must never be included here.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <tt-metalium/buffer.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/host_api.hpp>

#include "state.h"

namespace tt::tt_metal::dryrun {

// One single-device handle: the chip's memories plus its command queue.
struct IDeviceState : DeviceState {
  std::unique_ptr<CommandQueue> cq;
  IDevice* self = nullptr;
};

struct CommandQueueState {
  IDevice* device = nullptr;
  IDeviceState* dev = nullptr;
};

namespace {
// Devices live until the process exits (like the SDK's device pool, a closed device's handle stays
// valid for error reporting; its memories are released by CloseDevice).
std::vector<std::unique_ptr<IDevice>>& device_pool() {
  static auto* pool = new std::vector<std::unique_ptr<IDevice>>();
  return *pool;
}

IDeviceState& state_of(IDevice* device, const char* what) {
  if (!device) fatal(std::string(what) + ": null device");
  return *Access::state(*device);
}

IDeviceState& queue_device(CommandQueue& cq, const char* what) {
  IDeviceState& dev = *Access::state(cq)->dev;
  if (!dev.open) fatal(std::string(what) + ": device " + std::to_string(dev.id) + " is closed");
  return dev;
}

BufferState& buffer_state(Buffer& buffer) { return *Access::state(buffer); }
}  // namespace

}  // namespace tt::tt_metal::dryrun

using namespace tt::tt_metal::dryrun;

namespace tt::tt_metal {

// ---- device.hpp ---------------------------------------------------------------------------------
IDevice::IDevice(std::shared_ptr<dryrun::IDeviceState> state) : state_(std::move(state)) {}
IDevice::~IDevice() = default;
chip_id_t IDevice::id() const { return state_->id; }
tt::ARCH IDevice::arch() const { return model().arch; }
std::uint8_t IDevice::num_hw_cqs() const { return 1; }
CoreCoord IDevice::grid_size() const { return {kGridX, kGridY}; }
CoreCoord IDevice::logical_grid_size() const { return {kGridX, kGridY}; }
CoreCoord IDevice::compute_with_storage_grid_size() const { return {kGridX, kGridY}; }
CoreCoord IDevice::dram_grid_size() const { return {kDramBanks, 1}; }
std::uint32_t IDevice::num_dram_channels() const { return kDramBanks; }
std::uint32_t IDevice::l1_size_per_core() const { return kL1Size; }
std::uint32_t IDevice::dram_size_per_channel() const { return static_cast<std::uint32_t>(kDramSizePerChannel); }
CoreCoord IDevice::worker_core_from_logical_core(const CoreCoord& c) const { return {c.x + kNocOffsetX, c.y + kNocOffsetY}; }
CoreCoord IDevice::virtual_core_from_logical_core(const CoreCoord& c, const CoreType&) const {
  return {c.x + kNocOffsetX, c.y + kNocOffsetY};
}
CommandQueue& IDevice::command_queue(std::size_t cq_id) {
  if (cq_id != 0) fatal("command_queue(" + std::to_string(cq_id) + "): only command queue 0 exists (num_hw_cqs = 1)");
  return *state_->cq;
}
bool IDevice::is_initialized() const { return state_->open; }
bool IDevice::close() { return CloseDevice(this); }

// ---- command_queue.hpp --------------------------------------------------------------------------
CommandQueue::CommandQueue(std::shared_ptr<dryrun::CommandQueueState> state) : state_(std::move(state)) {}
CommandQueue::~CommandQueue() = default;
IDevice* CommandQueue::device() const { return state_->device; }
std::uint32_t CommandQueue::id() const { return 0; }

// ---- host_api.hpp: devices ----------------------------------------------------------------------
std::size_t GetNumAvailableDevices() { return 1; }

IDevice* CreateDevice(chip_id_t device_id, const std::uint8_t num_hw_cqs, const std::size_t, const std::size_t,
                      const DispatchCoreConfig&, const std::vector<std::uint32_t>&, const std::size_t) {
  if (device_id < 0) fatal("CreateDevice: invalid device id " + std::to_string(device_id));
  if (num_hw_cqs != 1 && num_hw_cqs != 2)
    fatal("CreateDevice: num_hw_cqs must be 1 or 2 (got " + std::to_string(num_hw_cqs) + ")");
  for (auto& d : device_pool())
    if (Access::state(*d)->open && Access::state(*d)->id == device_id)
      fatal("CreateDevice: device " + std::to_string(device_id) + " is already open (CloseDevice it first)");
  auto s = std::make_shared<IDeviceState>();
  init_device(*s, device_id);
  IDevice* dev = Access::make<IDevice>(s);
  device_pool().emplace_back(dev);
  s->self = dev;
  auto q = std::make_shared<CommandQueueState>();
  q->device = dev;
  q->dev = s.get();
  s->cq.reset(Access::make<CommandQueue>(q));
  return dev;
}

bool CloseDevice(IDevice* device) {
  IDeviceState& s = state_of(device, "CloseDevice");
  if (!s.open) fatal("CloseDevice: device " + std::to_string(s.id) + " is already closed");
  release_device(s);
  return true;
}

// ---- host_api.hpp: buffers ----------------------------------------------------------------------
namespace {
std::shared_ptr<Buffer> create_buffer(const InterleavedBufferConfig& config, std::optional<DeviceAddr> address) {
  IDeviceState& dev = state_of(config.device, "CreateBuffer");
  if (config.buffer_layout != TensorMemoryLayout::INTERLEAVED)
    fatal("CreateBuffer: only interleaved buffers are supported by the dry-run");
  auto b = allocate_buffer(dev, config.size, config.page_size, config.buffer_type, address, "CreateBuffer");
  b->owner = config.device;
  return std::shared_ptr<Buffer>(Access::make_buffer(std::move(b)));
}
}  // namespace

std::shared_ptr<Buffer> CreateBuffer(const InterleavedBufferConfig& config) { return create_buffer(config, std::nullopt); }
std::shared_ptr<Buffer> CreateBuffer(const InterleavedBufferConfig& config, DeviceAddr address) {
  return create_buffer(config, address);
}
void DeallocateBuffer(Buffer& buffer) { buffer_state(buffer).allocated = false; }
void AssignGlobalBufferToProgram(const std::shared_ptr<Buffer>& buffer, Program&) {
  if (!buffer || !buffer_state(*buffer).allocated) fatal("AssignGlobalBufferToProgram: the buffer is not allocated");
}

// ---- host_api.hpp: command queue ----------------------------------------------------------------
namespace dryrun_io {
void write_buffer(CommandQueue& cq, Buffer& buffer, const void* src, std::size_t host_bytes, bool) {
  transfer(queue_device(cq, "EnqueueWriteBuffer"), buffer_state(buffer),
           static_cast<std::uint8_t*>(const_cast<void*>(src)), host_bytes, true, "EnqueueWriteBuffer");
}
void read_buffer(CommandQueue& cq, Buffer& buffer, void* dst, std::size_t host_bytes, bool) {
  transfer(queue_device(cq, "EnqueueReadBuffer"), buffer_state(buffer), static_cast<std::uint8_t*>(dst), host_bytes,
           false, "EnqueueReadBuffer");
}
}  // namespace dryrun_io

void EnqueueWriteBuffer(CommandQueue& cq, std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>> buffer,
                        HostDataType src, bool blocking, tt::stl::Span<const SubDeviceId>) {
  Buffer& b = dryrun_io::buffer_of(buffer);
  std::visit(
      [&](const auto& data) {
        using T = std::decay_t<decltype(data)>;
        if constexpr (std::is_same_v<T, const void*>) {
          // A raw pointer: like the SDK, buffer.size() bytes are read from it (size unknown here).
          if (!data) fatal("EnqueueWriteBuffer: null source pointer");
          dryrun_io::write_buffer(cq, b, data, static_cast<std::size_t>(b.size()), blocking);
        } else {
          if (!data) fatal("EnqueueWriteBuffer: null source vector");
          dryrun_io::write_buffer(cq, b, data->data(), data->size() * sizeof(typename T::element_type::value_type),
                                  blocking);
        }
      },
      src);
}

void EnqueueReadBuffer(CommandQueue& cq, std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>> buffer,
                       void* dst, bool blocking, tt::stl::Span<const SubDeviceId>) {
  Buffer& b = dryrun_io::buffer_of(buffer);
  if (!dst) fatal("EnqueueReadBuffer: null destination pointer");
  // A raw pointer: like the SDK, buffer.size() bytes are written to it.
  dryrun_io::read_buffer(cq, b, dst, static_cast<std::size_t>(b.size()), blocking);
}

void EnqueueProgram(CommandQueue& cq, Program& program, bool) {
  IDeviceState& dev = queue_device(cq, "EnqueueProgram");
  auto& ps = Access::state(program);
  if (!ps) fatal("EnqueueProgram: use of a moved-from Program");
  run_program(dev, *ps);
}

void Finish(CommandQueue& cq, tt::stl::Span<const SubDeviceId>) { (void)queue_device(cq, "Finish"); }

void Synchronize(IDevice* device, const std::optional<std::uint8_t>, tt::stl::Span<const SubDeviceId>) {
  (void)state_of(device, "Synchronize");
}

}  // namespace tt::tt_metal
