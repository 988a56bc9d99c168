// Mirrors tt-metal tt-metalium/device.hpp for the metal-2025 profile: IDevice is only forward-declared
// (single-device handles are not part of this profile; use distributed::MeshDevice), plus the
// DEFAULT_* sizes used by MeshDevice::create_unit_mesh.
#pragma once

#include <cstddef>

#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/dispatch_core_common.hpp>

namespace tt::tt_metal {

class IDevice;

using chip_id_t = int;

static constexpr std::size_t DEFAULT_L1_SMALL_SIZE = 0;
static constexpr std::size_t DEFAULT_TRACE_REGION_SIZE = 0;
static constexpr std::size_t DEFAULT_WORKER_L1_SIZE = 0;

}  // namespace tt::tt_metal
