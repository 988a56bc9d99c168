// Mirrors tt-metal tt-metalium/tilize_utils.hpp: tilize_nfaces / untilize_nfaces (row-major <->
// tiles of 32x32, each tile four 16x16 faces in face order 0..3; rows and cols multiples of 32).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include <tt_stl/span.hpp>

namespace tt_astgen_detail {
// Offset inside the tilized layout of row-major element (r, c) of a rows x cols matrix.
inline std::size_t tilized_offset(std::size_t r, std::size_t c, std::size_t cols) {
  const std::size_t tiles_per_row = cols / 32;
  const std::size_t tile = (r / 32) * tiles_per_row + (c / 32);
  const std::size_t tr = r % 32, tc = c % 32;
  const std::size_t face = (tr / 16) * 2 + (tc / 16);
  return tile * 1024 + face * 256 + (tr % 16) * 16 + (tc % 16);
}
inline void check_tile_shape(std::size_t size, std::size_t rows, std::size_t cols) {
  if (rows % 32 != 0 || cols % 32 != 0 || size != rows * cols)
    throw std::invalid_argument("tilize/untilize: rows and cols must be multiples of 32 and match the data size");
}
}  // namespace tt_astgen_detail

template <typename T>
std::vector<T> tilize_nfaces(const std::vector<T>& input, std::uint32_t m, std::uint32_t n) {
  tt_astgen_detail::check_tile_shape(input.size(), m, n);
  std::vector<T> out(input.size());
  for (std::size_t r = 0; r < m; ++r)
    for (std::size_t c = 0; c < n; ++c) out[tt_astgen_detail::tilized_offset(r, c, n)] = input[r * n + c];
  return out;
}

template <typename T>
std::vector<T> untilize_nfaces(const std::vector<T>& input, std::uint32_t m, std::uint32_t n) {
  tt_astgen_detail::check_tile_shape(input.size(), m, n);
  std::vector<T> out(input.size());
  for (std::size_t r = 0; r < m; ++r)
    for (std::size_t c = 0; c < n; ++c) out[r * n + c] = input[tt_astgen_detail::tilized_offset(r, c, n)];
  return out;
}

// Older in-place variants (same layout).
template <typename T>
void tilize(std::vector<T>& input, std::uint32_t m, std::uint32_t n) { input = tilize_nfaces(input, m, n); }
template <typename T>
void untilize(std::vector<T>& input, std::uint32_t m, std::uint32_t n) { input = untilize_nfaces(input, m, n); }
