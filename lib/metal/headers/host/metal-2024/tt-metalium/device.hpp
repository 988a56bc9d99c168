// Mirrors tt-metal tt-metalium/device.hpp for the metal-2024 profile (late 2024, ~v0.55): IDevice, the
// single-device handle returned by CreateDevice (host_api.hpp). In the SDK IDevice is an abstract
// interface; here it is a concrete class whose state is owned by the dry-run runtime (every member
// is declared here and defined by lib/runtime/host_2024.cpp). Not constructible by user code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/data_types.hpp>
#include <tt-metalium/dispatch_core_common.hpp>
#include <tt-metalium/mock_detail/device_defaults.hpp>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>

namespace tt::tt_metal {

namespace dryrun {
struct IDeviceState;  // metal-2024 only; defined by the runtime
}  // namespace dryrun

class CommandQueue;

class IDevice {
 public:
  ~IDevice();
  IDevice(const IDevice&) = delete;
  IDevice& operator=(const IDevice&) = delete;
  IDevice(IDevice&&) = delete;
  IDevice& operator=(IDevice&&) = delete;

  chip_id_t id() const;
  tt::ARCH arch() const;
  std::uint8_t num_hw_cqs() const;
  CoreCoord grid_size() const;
  CoreCoord logical_grid_size() const;
  CoreCoord compute_with_storage_grid_size() const;
  CoreCoord dram_grid_size() const;
  std::uint32_t num_dram_channels() const;
  std::uint32_t l1_size_per_core() const;
  std::uint32_t dram_size_per_channel() const;
  CoreCoord worker_core_from_logical_core(const CoreCoord& logical_core) const;
  CoreCoord virtual_core_from_logical_core(const CoreCoord& logical_coord, const CoreType& core_type) const;
  CommandQueue& command_queue(std::size_t cq_id = 0);
  bool is_initialized() const;
  bool close();

 private:
  explicit IDevice(std::shared_ptr<dryrun::IDeviceState> state);
  std::shared_ptr<dryrun::IDeviceState> state_;
  friend struct dryrun::Access;
};

}  // namespace tt::tt_metal
