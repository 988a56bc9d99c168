// Mirrors tt-metal tt-metalium/circular_buffer_config.hpp: CircularBufferConfig (value type; its
// consistency -- page sizes set for every index, total size a multiple of each page size -- is
// checked by CreateCircularBuffer in the runtime, as the SDK checks it at program build).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include <tt-metalium/circular_buffer_constants.h>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>

namespace tt::tt_metal {

class Buffer;

class CircularBufferConfig {
 public:
  // Static circular buffer spec.
  CircularBufferConfig(std::uint32_t total_size, const std::map<std::uint8_t, tt::DataFormat>& data_format_spec)
      : total_size_(total_size) {
    for (const auto& [index, format] : data_format_spec) set_data_format(index, format);
  }
  // Dynamic circular buffer spec (address taken from a globally allocated L1 buffer).
  CircularBufferConfig(std::uint32_t total_size, const std::map<std::uint8_t, tt::DataFormat>& data_format_spec,
                       const Buffer& buffer)
      : CircularBufferConfig(total_size, data_format_spec) {
    set_globally_allocated_address(buffer);
  }
  // For use with the builder (index(...)).
  explicit CircularBufferConfig(std::uint32_t total_size) : total_size_(total_size) {}

  CircularBufferConfig& set_page_size(std::uint8_t buffer_index, std::uint32_t page_size) {
    check_index(buffer_index);
    page_sizes_[buffer_index] = page_size;
    return *this;
  }
  CircularBufferConfig& set_total_size(std::uint32_t total_size) {
    total_size_ = total_size;
    return *this;
  }
  // Defined by the runtime (needs Buffer::address()).
  CircularBufferConfig& set_globally_allocated_address(const Buffer& buffer);

  std::uint32_t total_size() const { return total_size_; }
  std::optional<std::uint32_t> globally_allocated_address() const { return globally_allocated_address_; }
  const std::array<std::optional<tt::DataFormat>, NUM_CIRCULAR_BUFFERS>& data_formats() const { return data_formats_; }
  const std::array<std::optional<std::uint32_t>, NUM_CIRCULAR_BUFFERS>& page_sizes() const { return page_sizes_; }
  const std::unordered_set<std::uint8_t>& buffer_indices() const { return buffer_indices_; }
  const Buffer* shadow_global_buffer() const { return shadow_global_buffer_; }

  class Builder {
   public:
    Builder(CircularBufferConfig& parent, std::uint8_t buffer_index) : parent_(parent), buffer_index_(buffer_index) {
      parent_.check_index(buffer_index);
      parent_.buffer_indices_.insert(buffer_index);
    }
    const Builder& set_data_format(tt::DataFormat data_format) const {
      parent_.set_data_format(buffer_index_, data_format);
      return *this;
    }
    const Builder& set_total_size(std::uint32_t total_size) const {
      parent_.total_size_ += total_size;
      return *this;
    }
    const Builder& set_page_size(std::uint32_t page_size) const {
      parent_.set_page_size(buffer_index_, page_size);
      return *this;
    }

   private:
    CircularBufferConfig& parent_;
    std::uint8_t buffer_index_;
  };
  Builder index(std::uint8_t buffer_index) { return Builder(*this, buffer_index); }

 private:
  static void check_index(std::uint8_t buffer_index) {
    if (buffer_index >= NUM_CIRCULAR_BUFFERS)
      throw std::invalid_argument("CircularBufferConfig: buffer index " + std::to_string(buffer_index) +
                                  " exceeds the max number of circular buffers (32)");
  }
  void set_data_format(std::uint8_t buffer_index, tt::DataFormat format) {
    check_index(buffer_index);
    data_formats_[buffer_index] = format;
    buffer_indices_.insert(buffer_index);
  }

  std::uint32_t total_size_ = 0;
  std::optional<std::uint32_t> globally_allocated_address_;
  std::array<std::optional<tt::DataFormat>, NUM_CIRCULAR_BUFFERS> data_formats_{};
  std::array<std::optional<std::uint32_t>, NUM_CIRCULAR_BUFFERS> page_sizes_{};
  std::unordered_set<std::uint8_t> buffer_indices_;
  const Buffer* shadow_global_buffer_ = nullptr;

  friend struct dryrun::Access;
};

}  // namespace tt::tt_metal
