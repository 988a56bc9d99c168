// Mirrors tt-metal tt-metalium/mesh_device.hpp: distributed::MeshDevice (state owned by the dry-run runtime).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/data_types.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/dispatch_core_common.hpp>
#include <tt-metalium/mesh_coord.hpp>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt_stl/span.hpp>

namespace tt::tt_metal::distributed {

class MeshCommandQueue;

class MeshDevice : public std::enable_shared_from_this<MeshDevice> {
 public:
  // All declared here, defined by the runtime.
  static std::shared_ptr<MeshDevice> create_unit_mesh(
      int device_id, std::size_t l1_small_size = DEFAULT_L1_SMALL_SIZE,
      std::size_t trace_region_size = DEFAULT_TRACE_REGION_SIZE, std::size_t num_command_queues = 1,
      const DispatchCoreConfig& dispatch_core_config = DispatchCoreConfig{},
      tt::stl::Span<const std::uint32_t> l1_bank_remap = {}, std::size_t worker_l1_size = DEFAULT_WORKER_L1_SIZE);

  ~MeshDevice();
  MeshDevice(const MeshDevice&) = delete;
  MeshDevice& operator=(const MeshDevice&) = delete;

  int id() const;
  tt::ARCH arch() const;
  std::size_t num_devices() const;
  std::size_t num_rows() const;
  std::size_t num_cols() const;
  const MeshShape& shape() const;
  CoreCoord grid_size() const;
  CoreCoord logical_grid_size() const;
  CoreCoord compute_with_storage_grid_size() const;
  CoreCoord dram_grid_size() const;
  std::uint32_t num_dram_channels() const;
  std::uint32_t l1_size_per_core() const;
  std::uint32_t dram_size_per_channel() const;
  CoreCoord worker_core_from_logical_core(const CoreCoord& logical_core) const;
  CoreCoord virtual_core_from_logical_core(const CoreCoord& logical_coord, const CoreType& core_type) const;
  std::uint8_t num_hw_cqs() const;
  MeshCommandQueue& mesh_command_queue(std::optional<std::uint8_t> cq_id = std::nullopt);
  bool is_initialized() const;
  bool close();

 private:
  explicit MeshDevice(std::shared_ptr<dryrun::MeshDeviceState> state);
  std::shared_ptr<dryrun::MeshDeviceState> state_;
  friend struct tt::tt_metal::dryrun::Access;
};

}  // namespace tt::tt_metal::distributed
