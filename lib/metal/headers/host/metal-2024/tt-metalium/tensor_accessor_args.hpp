// Mirrors tt-metal tt-metalium/tensor_accessor_args.hpp (host side) as mid-2025 single-device
// programs use it (CreateDevice + CreateBuffer + TensorAccessorArgs(*buffer)).
//
// MOCK ENCODING (the same as the metal-2025 profile's, matching kernel/dataflow_api.h's
// TensorAccessorArgs<CTA_OFFSET>): append_to / append_args append exactly ONE uint32_t, 1 if the
// buffer is in DRAM, 0 if it is in L1 (interleaved buffers only).
#pragma once

#include <cstdint>
#include <vector>

#include <tt-metalium/buffer.hpp>

namespace tt::tt_metal {

class TensorAccessorArgs {
 public:
  explicit TensorAccessorArgs(const Buffer& buffer) : is_dram_(buffer.is_dram()) {}

  void append_to(std::vector<std::uint32_t>& compile_time_args) const { compile_time_args.push_back(is_dram_ ? 1u : 0u); }
  void append_args(std::vector<std::uint32_t>& compile_time_args) const { append_to(compile_time_args); }
  std::vector<std::uint32_t> get_compile_time_args() const {
    std::vector<std::uint32_t> out;
    append_to(out);
    return out;
  }
  std::vector<std::uint32_t> get_common_runtime_args() const { return {}; }

 private:
  bool is_dram_ = true;
};

}  // namespace tt::tt_metal
