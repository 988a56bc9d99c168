// Mirrors tt-metal tt-metalium/buffer.hpp for the metal-2025 profile: class Buffer (single-device
// view, e.g. MeshBuffer::get_reference_buffer()). CreateBuffer/InterleavedBufferConfig belong to metal-2024.
#pragma once

#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/mock_detail/buffer_core.hpp>
