// Sample: tt::tt_metal::detail::TileSize from <tt-metalium/util.hpp>, as matmul_multicore_reuse sizes
// its tiles (`using namespace tt::tt_metal;` then `detail::TileSize(cb_data_format)`).
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/util.hpp>

using namespace tt;
using namespace tt::tt_metal;

int main() {
  tt::DataFormat cb_data_format = tt::DataFormat::Float16_b;
  uint32_t single_tile_size = detail::TileSize(cb_data_format);
  uint32_t fp32_tile = tt::tt_metal::detail::TileSize(tt::DataFormat::Float32);
  static_assert(VALID == 1 && INVALID == 0);
  return single_tile_size == 2048 && fp32_tile == 4096 ? 0 : 1;
}
