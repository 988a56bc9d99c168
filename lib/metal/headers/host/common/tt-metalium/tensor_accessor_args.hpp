// Mirrors tt-metal tt-metalium/tensor_accessor_args.hpp (host side), for both profiles: built from
// a Buffer (single-device programs, mid 2025) and, where the profile has MeshBuffer, from one.
//
// MOCK ENCODING (must match kernel/dataflow_api.h's TensorAccessorArgs<CTA_OFFSET>): append_to /
// append_args append exactly ONE uint32_t to the compile-time args: bit 0 is 1 if the buffer is in
// DRAM, 0 if it is in L1; the bits above hold the buffer's page size (the device side's
// AlignedPageSize, the page size of the 2-argument `TensorAccessor(args, addr)`). (The real SDK
// appends an args-config word, the aligned page size and optional rank/shape/bank data; the mock
// supports interleaved buffers only.) The device side reads it with TensorAccessorArgs<offset>()
// and advances with next_compile_time_args_offset() == offset + 1.
#pragma once

#include <cstdint>
#include <vector>

#include <tt-metalium/buffer.hpp>
#if __has_include(<tt-metalium/mesh_buffer.hpp>)
#include <tt-metalium/mesh_buffer.hpp>
#define TT_ASTGEN_MOCK_HAS_MESH_BUFFER 1
#endif

namespace tt::tt_metal {

class TensorAccessorArgs {
 public:
  explicit TensorAccessorArgs(const Buffer& buffer)
      : is_dram_(buffer.is_dram()), page_size_(static_cast<std::uint32_t>(buffer.page_size())) {}
#ifdef TT_ASTGEN_MOCK_HAS_MESH_BUFFER
  explicit TensorAccessorArgs(const distributed::MeshBuffer& buffer)
      : is_dram_(buffer.device_local_config().buffer_type == BufferType::DRAM),
        page_size_(static_cast<std::uint32_t>(buffer.device_local_config().page_size)) {}
#endif

  void append_to(std::vector<std::uint32_t>& compile_time_args) const {
    compile_time_args.push_back((page_size_ << 1) | (is_dram_ ? 1u : 0u));
  }
  void append_args(std::vector<std::uint32_t>& compile_time_args) const { append_to(compile_time_args); }
  std::vector<std::uint32_t> get_compile_time_args() const {
    std::vector<std::uint32_t> out;
    append_to(out);
    return out;
  }
  std::vector<std::uint32_t> get_common_runtime_args() const { return {}; }

 private:
  bool is_dram_ = true;
  std::uint32_t page_size_ = 0;  // 0: not known (the kernel then needs the 3-argument TensorAccessor)
};

}  // namespace tt::tt_metal
