// Mirrors tt-metal tt-metalium/device.hpp for the metal-2025 profile: IDevice is only forward-declared
// (single-device handles are not part of this profile; use distributed::MeshDevice), plus the
// DEFAULT_* sizes used by MeshDevice::create_unit_mesh (shared with metal-2024: mock_detail/device_defaults.hpp).
#pragma once

#include <cstddef>

#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/dispatch_core_common.hpp>
#include <tt-metalium/mock_detail/device_defaults.hpp>

namespace tt::tt_metal {

class IDevice;

}  // namespace tt::tt_metal
