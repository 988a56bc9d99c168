// tt-astgen dry-run runtime: the metal-2025 host API (MeshDevice, MeshBuffer, MeshWorkload,
// MeshCommandQueue, distributed.hpp) on the shared device model of state.h. Compiled with the
// host/metal-2025 include dir (lib/CMakeLists.txt).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "mesh_state.h"

using namespace tt::tt_metal;
using namespace tt::tt_metal::dryrun;

namespace tt::tt_metal::distributed {

std::shared_ptr<MeshDevice> MeshDevice::create_unit_mesh(int device_id, std::size_t, std::size_t, std::size_t,
                                                         const DispatchCoreConfig&, tt::stl::Span<const std::uint32_t>,
                                                         std::size_t) {
  auto s = std::make_shared<MeshDeviceState>();
  init_device(*s, device_id);
  std::shared_ptr<MeshDevice> dev(Access::make<MeshDevice>(s));
  s->self = dev.get();
  auto q = std::make_shared<MeshCommandQueueState>();
  q->device = dev.get();
  q->dev = s.get();
  s->cq.reset(Access::make<MeshCommandQueue>(q));
  return dev;
}
MeshDevice::MeshDevice(std::shared_ptr<dryrun::MeshDeviceState> state) : state_(std::move(state)) {}
MeshDevice::~MeshDevice() = default;
int MeshDevice::id() const { return state_->id; }
tt::ARCH MeshDevice::arch() const { return model().arch; }
std::size_t MeshDevice::num_devices() const { return 1; }
std::size_t MeshDevice::num_rows() const { return 1; }
std::size_t MeshDevice::num_cols() const { return 1; }
const MeshShape& MeshDevice::shape() const { return state_->shape; }
CoreCoord MeshDevice::grid_size() const { return {kGridX, kGridY}; }
CoreCoord MeshDevice::logical_grid_size() const { return {kGridX, kGridY}; }
CoreCoord MeshDevice::compute_with_storage_grid_size() const { return {kGridX, kGridY}; }
CoreCoord MeshDevice::dram_grid_size() const { return {kDramBanks, 1}; }
std::uint32_t MeshDevice::num_dram_channels() const { return kDramBanks; }
std::uint32_t MeshDevice::l1_size_per_core() const { return kL1Size; }
std::uint32_t MeshDevice::dram_size_per_channel() const { return static_cast<std::uint32_t>(kDramSizePerChannel); }
CoreCoord MeshDevice::worker_core_from_logical_core(const CoreCoord& c) const { return {c.x + kNocOffsetX, c.y + kNocOffsetY}; }
CoreCoord MeshDevice::virtual_core_from_logical_core(const CoreCoord& c, const CoreType&) const {
  return {c.x + kNocOffsetX, c.y + kNocOffsetY};
}
std::uint8_t MeshDevice::num_hw_cqs() const { return 1; }
MeshCommandQueue& MeshDevice::mesh_command_queue(std::optional<std::uint8_t> cq_id) {
  if (cq_id && *cq_id != 0) fatal("mesh_command_queue: only command queue 0 exists");
  return *state_->cq;
}
bool MeshDevice::is_initialized() const { return state_->open; }
bool MeshDevice::close() {
  state_->open = false;
  return true;
}

std::shared_ptr<MeshBuffer> MeshBuffer::create(const ReplicatedBufferConfig& rc, const DeviceLocalBufferConfig& lc,
                                               MeshDevice* device, std::optional<DeviceAddr> address) {
  if (!device) fatal("MeshBuffer::create: null device");
  auto& dev = *Access::state(*device);
  if (lc.sharding_args.buffer_layout != TensorMemoryLayout::INTERLEAVED)
    fatal("MeshBuffer::create: only interleaved buffers are supported by the dry-run");
  auto b = allocate_buffer(dev, rc.size, lc.page_size, lc.buffer_type, address, "MeshBuffer::create");
  auto s = std::make_shared<MeshBufferState>();
  s->device = device;
  s->config = lc;
  s->buffer = b;
  s->buffer_obj = Access::make_buffer(b);
  return std::shared_ptr<MeshBuffer>(Access::make<MeshBuffer>(s));
}
MeshBuffer::MeshBuffer(std::shared_ptr<dryrun::MeshBufferState> state) : state_(std::move(state)) {}
MeshBuffer::~MeshBuffer() = default;
bool MeshBuffer::is_allocated() const { return state_->buffer->allocated; }
void MeshBuffer::deallocate() { state_->buffer->allocated = false; }
MeshDevice* MeshBuffer::device() const { return state_->device; }
DeviceAddr MeshBuffer::size() const { return state_->buffer->size; }
DeviceAddr MeshBuffer::device_local_size() const { return state_->buffer->size; }
DeviceAddr MeshBuffer::address() const { return state_->buffer->address; }
MeshBufferLayout MeshBuffer::global_layout() const { return MeshBufferLayout::REPLICATED; }
const DeviceLocalBufferConfig& MeshBuffer::device_local_config() const { return state_->config; }
Buffer* MeshBuffer::get_device_buffer(const MeshCoordinate&) const { return state_->buffer_obj.get(); }
Buffer* MeshBuffer::get_reference_buffer() const { return state_->buffer_obj.get(); }
Buffer* MeshBuffer::get_backing_buffer() const { return state_->buffer_obj.get(); }
std::uint32_t MeshBuffer::page_size() const { return static_cast<std::uint32_t>(state_->buffer->page_size); }
std::uint32_t MeshBuffer::num_pages() const { return state_->buffer->num_pages(); }

MeshWorkload::MeshWorkload() : state_(std::make_shared<dryrun::MeshWorkloadState>()) {}
MeshWorkload::~MeshWorkload() = default;
void MeshWorkload::add_program(const MeshCoordinateRange&, Program&& program) {
  state_->programs.push_back(std::move(program));
}
std::size_t MeshWorkload::num_programs() const { return state_->programs.size(); }

MeshCommandQueue::MeshCommandQueue(std::shared_ptr<dryrun::MeshCommandQueueState> state) : state_(std::move(state)) {}
MeshCommandQueue::~MeshCommandQueue() = default;
MeshDevice* MeshCommandQueue::device() const { return state_->device; }
std::uint32_t MeshCommandQueue::id() const { return 0; }

void MeshCommandQueue::enqueue_mesh_workload(MeshWorkload& workload, bool) {
  if (!state_->dev->open) fatal("EnqueueMeshWorkload: the device is closed");
  for (auto& p : Access::state(workload)->programs) run_program(*state_->dev, *Access::state(p));
}


void MeshCommandQueue::enqueue_write_mesh_buffer(const std::shared_ptr<MeshBuffer>& buffer, const void* host, bool) {
  auto& b = *Access::state(*buffer)->buffer;
  transfer(*state_->dev, b, static_cast<std::uint8_t*>(const_cast<void*>(host)), b.size, true, "EnqueueWriteMeshBuffer");
}
void MeshCommandQueue::enqueue_read_mesh_buffer(void* host, const std::shared_ptr<MeshBuffer>& buffer, bool) {
  auto& b = *Access::state(*buffer)->buffer;
  transfer(*state_->dev, b, static_cast<std::uint8_t*>(host), b.size, false, "EnqueueReadMeshBuffer");
}
void MeshCommandQueue::finish(tt::stl::Span<const SubDeviceId>) {}

namespace dryrun_io {
void write_mesh_buffer(MeshCommandQueue& cq, const std::shared_ptr<MeshBuffer>& buffer, const void* src,
                       std::size_t host_bytes, bool) {
  auto& b = *Access::state(*buffer)->buffer;
  transfer(*Access::state(cq)->dev, b, static_cast<std::uint8_t*>(const_cast<void*>(src)), host_bytes, true,
           "EnqueueWriteMeshBuffer");
}
void read_mesh_buffer(MeshCommandQueue& cq, void* dst, std::size_t host_bytes, const std::shared_ptr<MeshBuffer>& buffer,
                      bool) {
  auto& b = *Access::state(*buffer)->buffer;
  transfer(*Access::state(cq)->dev, b, static_cast<std::uint8_t*>(dst), host_bytes, false, "EnqueueReadMeshBuffer");
}
void write_shard(MeshCommandQueue& cq, const std::shared_ptr<MeshBuffer>& buffer, const void* src, std::size_t host_bytes,
                 const MeshCoordinate&, bool blocking) {
  write_mesh_buffer(cq, buffer, src, host_bytes, blocking);
}
void read_shard(MeshCommandQueue& cq, void* dst, std::size_t host_bytes, const std::shared_ptr<MeshBuffer>& buffer,
                const MeshCoordinate&, bool blocking) {
  read_mesh_buffer(cq, dst, host_bytes, buffer, blocking);
}
}  // namespace dryrun_io

MeshWorkload CreateMeshWorkload() { return MeshWorkload(); }
void AddProgramToMeshWorkload(MeshWorkload& w, Program&& program, const MeshCoordinateRange& range) {
  w.add_program(range, std::move(program));
}
void EnqueueMeshWorkload(MeshCommandQueue& cq, MeshWorkload& w, bool blocking) { cq.enqueue_mesh_workload(w, blocking); }
void Synchronize(MeshDevice*, std::optional<std::uint8_t>, tt::stl::Span<const SubDeviceId>) {}
void Finish(MeshCommandQueue& cq, tt::stl::Span<const SubDeviceId> ids) { cq.finish(ids); }

}  // namespace tt::tt_metal::distributed
