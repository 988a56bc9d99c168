// Mirrors tt-metal tt-metalium/runtime_args_data.hpp: RuntimeArgsData (view on a kernel's runtime args).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace tt::tt_metal {

struct RuntimeArgsData {
  std::uint32_t* rt_args_data = nullptr;
  std::size_t rt_args_count = 0;

  std::uint32_t& operator[](std::size_t index) { return rt_args_data[index]; }
  const std::uint32_t& operator[](std::size_t index) const { return rt_args_data[index]; }
  std::uint32_t& at(std::size_t index) {
    if (index >= rt_args_count) throw std::out_of_range("RuntimeArgsData::at: index out of range");
    return rt_args_data[index];
  }
  std::uint32_t* data() noexcept { return rt_args_data; }
  const std::uint32_t* data() const noexcept { return rt_args_data; }
  std::size_t size() const noexcept { return rt_args_count; }
};

}  // namespace tt::tt_metal
