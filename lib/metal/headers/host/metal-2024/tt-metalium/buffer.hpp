// Mirrors tt-metal tt-metalium/buffer.hpp for the metal-2024 profile: class Buffer (shared with
// metal-2025, mock_detail/buffer_core.hpp) plus the single-device buffer config consumed by
// CreateBuffer (host_api.hpp). Designated-initializer order is the SDK's: device, size, page_size,
// buffer_type. The dry-run supports interleaved buffers only (no ShardedBufferConfig).
#pragma once

#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/mock_detail/buffer_core.hpp>

namespace tt::tt_metal {

struct BufferConfig {
  IDevice* device;
  DeviceAddr size;       // size in bytes of the whole buffer
  DeviceAddr page_size;  // bytes per page (one tile for tiled data)
  BufferType buffer_type;
  TensorMemoryLayout buffer_layout = TensorMemoryLayout::INTERLEAVED;
};

typedef BufferConfig InterleavedBufferConfig;

}  // namespace tt::tt_metal
