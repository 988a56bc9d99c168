// The host-side bfloat8_b packing of tt-metalium/bfloat8.hpp, on the dry-run's tile codec: a
// packed tile has the same bytes the compute engine's pack produces for a Bfp8_b CB.
#include <tt-metalium/bfloat8.hpp>

#include <cstring>
#include <stdexcept>

#include "tile_codec.h"

namespace {

constexpr std::size_t kTileFloats = 1024;
constexpr std::size_t kBfp8TileBytes = 1088;
constexpr std::uint8_t kBfp8Format = 6;  // tt::DataFormat::Bfp8_b

/// Faced order <-> row-major order within one 32x32 tile.
std::size_t facedIndex(std::size_t r, std::size_t c) { return ((r / 16) * 2 + c / 16) * 256 + (r % 16) * 16 + c % 16; }

}  // namespace

std::vector<std::uint32_t> pack_fp32_vec_as_bfp8_tiles(tt::stl::Span<const float> fp32_vec, bool row_major_input,
                                                       bool /*is_exp_a*/) {
  if (fp32_vec.size() % kTileFloats != 0)
    throw std::invalid_argument("pack_fp32_vec_as_bfp8_tiles: size is not a whole number of 32x32 tiles");
  const std::size_t tiles = fp32_vec.size() / kTileFloats;
  std::vector<std::uint32_t> packed(tiles * kBfp8TileBytes / sizeof(std::uint32_t));
  auto* out = reinterpret_cast<std::uint8_t*>(packed.data());
  float rm[kTileFloats];
  for (std::size_t t = 0; t < tiles; ++t) {
    const float* in = fp32_vec.data() + t * kTileFloats;
    for (std::size_t r = 0; r < 32; ++r)
      for (std::size_t c = 0; c < 32; ++c) rm[r * 32 + c] = row_major_input ? in[r * 32 + c] : in[facedIndex(r, c)];
    tt::tt_metal::dryrun::encode_tile(rm, kBfp8Format, out + t * kBfp8TileBytes);
  }
  return packed;
}

std::vector<float> unpack_bfp8_tiles_into_float_vec(tt::stl::Span<const std::uint32_t> bfp_tiles, bool row_major_output,
                                                    bool /*is_exp_a*/) {
  const std::size_t bytes = bfp_tiles.size() * sizeof(std::uint32_t);
  if (bytes % kBfp8TileBytes != 0)
    throw std::invalid_argument("unpack_bfp8_tiles_into_float_vec: size is not a whole number of bfp8 tiles");
  const std::size_t tiles = bytes / kBfp8TileBytes;
  std::vector<float> out(tiles * kTileFloats);
  const auto* in = reinterpret_cast<const std::uint8_t*>(bfp_tiles.data());
  float rm[kTileFloats];
  for (std::size_t t = 0; t < tiles; ++t) {
    tt::tt_metal::dryrun::decode_tile(in + t * kBfp8TileBytes, kBfp8Format, rm);
    float* dst = out.data() + t * kTileFloats;
    for (std::size_t r = 0; r < 32; ++r)
      for (std::size_t c = 0; c < 32; ++c) (row_major_output ? dst[r * 32 + c] : dst[facedIndex(r, c)]) = rm[r * 32 + c];
  }
  return out;
}
