// tt-astgen internal: the profile-independent part of tt-metal's tt-metalium/device.hpp --
// chip_id_t and the DEFAULT_* sizes used by both CreateDevice (metal-2024) and
// MeshDevice::create_unit_mesh (metal-2025). Profiles' device.hpp include it.
#pragma once

#include <cstddef>

namespace tt::tt_metal {

using chip_id_t = int;

static constexpr std::size_t DEFAULT_L1_SMALL_SIZE = 0;
static constexpr std::size_t DEFAULT_TRACE_REGION_SIZE = 0;
static constexpr std::size_t DEFAULT_WORKER_L1_SIZE = 0;

}  // namespace tt::tt_metal
