// Mirrors tt-metal tt-metalium/util.hpp (included by the programming examples): of its helpers the
// mock has detail::TileSize, the tile size of a data format in bytes, which matmul_multicore_reuse
// sizes its buffers and CBs with (the SDK's body: tt::tile_size). It includes
// hostdevcommon/common_values.hpp (VALID / INVALID) as the SDK's does.
#pragma once

#include <cstdint>

#include <hostdevcommon/common_values.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>

namespace tt::tt_metal::detail {

inline std::uint32_t TileSize(const DataFormat& data_format) { return tt::tile_size(data_format); }

}  // namespace tt::tt_metal::detail
