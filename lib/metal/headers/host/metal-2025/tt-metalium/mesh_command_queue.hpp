// Mirrors tt-metal tt-metalium/mesh_command_queue.hpp: distributed::MeshCommandQueue (an interface in
// the SDK; a concrete class with runtime-owned state here).
#pragma once

#include <cstdint>
#include <memory>

#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/sub_device_types.hpp>
#include <tt_stl/span.hpp>

namespace tt::tt_metal::distributed {

class MeshDevice;
class MeshBuffer;
class MeshWorkload;

class MeshCommandQueue {
 public:
  ~MeshCommandQueue();
  MeshCommandQueue(const MeshCommandQueue&) = delete;
  MeshCommandQueue& operator=(const MeshCommandQueue&) = delete;

  // All defined by the runtime.
  MeshDevice* device() const;
  std::uint32_t id() const;
  void enqueue_mesh_workload(MeshWorkload& mesh_workload, bool blocking);
  void enqueue_write_mesh_buffer(const std::shared_ptr<MeshBuffer>& buffer, const void* host_data, bool blocking);
  void enqueue_read_mesh_buffer(void* host_data, const std::shared_ptr<MeshBuffer>& buffer, bool blocking);
  void finish(tt::stl::Span<const SubDeviceId> sub_device_ids = {});

 private:
  explicit MeshCommandQueue(std::shared_ptr<dryrun::MeshCommandQueueState> state);
  std::shared_ptr<dryrun::MeshCommandQueueState> state_;
  friend struct tt::tt_metal::dryrun::Access;
};

}  // namespace tt::tt_metal::distributed
