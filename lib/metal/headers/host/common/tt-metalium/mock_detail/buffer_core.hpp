// tt-astgen internal: the profile-independent part of tt-metal's tt-metalium/buffer.hpp -- class
// Buffer (a single-device buffer; state owned by the dry-run runtime). Profiles' buffer.hpp include it.
#pragma once

#include <cstdint>
#include <memory>

#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>

namespace tt::tt_metal {

class IDevice;

class Buffer {
 public:
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() = default;

  // All defined by the runtime.
  IDevice* device() const;
  DeviceAddr size() const;
  DeviceAddr address() const;
  DeviceAddr page_size() const;
  std::uint32_t num_pages() const;
  BufferType buffer_type() const;
  TensorMemoryLayout buffer_layout() const;
  bool is_allocated() const;
  bool is_l1() const { return buffer_type() == BufferType::L1 || buffer_type() == BufferType::L1_SMALL; }
  bool is_dram() const { return buffer_type() == BufferType::DRAM || buffer_type() == BufferType::TRACE; }

 private:
  explicit Buffer(std::shared_ptr<dryrun::BufferState> state) : state_(std::move(state)) {}
  std::shared_ptr<dryrun::BufferState> state_;
  friend struct dryrun::Access;
};

}  // namespace tt::tt_metal
