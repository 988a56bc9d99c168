// Mirrors tt-metal tt-metalium/mesh_buffer.hpp: DeviceLocalBufferConfig / ReplicatedBufferConfig
// aggregates (real field order) and distributed::MeshBuffer (state owned by the dry-run runtime).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <variant>

#include <tt-metalium/buffer.hpp>
#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/mesh_coord.hpp>
#include <tt-metalium/mesh_device.hpp>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/sub_device_types.hpp>

namespace tt::tt_metal {
// buffer.hpp: sharding arguments of a device-local buffer (interleaved when empty).
struct BufferShardingArgs {
  TensorMemoryLayout buffer_layout = TensorMemoryLayout::INTERLEAVED;
};
}  // namespace tt::tt_metal

namespace tt::tt_metal::distributed {

// How a buffer is laid out across the memory banks of one device.
struct DeviceLocalBufferConfig {
  DeviceAddr page_size = 0;
  BufferType buffer_type = BufferType::DRAM;
  BufferShardingArgs sharding_args;
  std::optional<bool> bottom_up;
  std::optional<SubDeviceId> sub_device_id = std::nullopt;
};

// A MeshBuffer replicated across the mesh: each device gets `size` bytes.
struct ReplicatedBufferConfig {
  DeviceAddr size = 0;
};

enum class MeshBufferLayout : std::uint8_t { REPLICATED, SHARDED };

class MeshBuffer {
 public:
  // Declared; defined by the runtime.
  static std::shared_ptr<MeshBuffer> create(const ReplicatedBufferConfig& mesh_buffer_config,
                                            const DeviceLocalBufferConfig& device_local_config, MeshDevice* mesh_device,
                                            std::optional<DeviceAddr> address = std::nullopt);
  ~MeshBuffer();
  MeshBuffer(const MeshBuffer&) = delete;
  MeshBuffer& operator=(const MeshBuffer&) = delete;

  bool is_allocated() const;
  void deallocate();
  MeshDevice* device() const;
  DeviceAddr size() const;
  DeviceAddr device_local_size() const;
  DeviceAddr address() const;
  MeshBufferLayout global_layout() const;
  const DeviceLocalBufferConfig& device_local_config() const;
  Buffer* get_device_buffer(const MeshCoordinate& device_coord) const;
  Buffer* get_reference_buffer() const;
  // The single-device buffer that keeps the MeshBuffer allocated (nullptr when it was created at a
  // given address).
  Buffer* get_backing_buffer() const;
  std::uint32_t page_size() const;
  std::uint32_t num_pages() const;

 private:
  explicit MeshBuffer(std::shared_ptr<dryrun::MeshBufferState> state);
  std::shared_ptr<dryrun::MeshBufferState> state_;
  friend struct tt::tt_metal::dryrun::Access;
};

}  // namespace tt::tt_metal::distributed
