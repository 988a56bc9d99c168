// Mirrors tt-metal tt-metalium/bfloat8.hpp: bfloat8_b (bfp8) packing of fp32 host data.
// Input and output are sequences of 32x32 tiles (1024 floats each, faced order unless
// row_major_* is true); a packed tile is 272 uint32_t words (64 shared exponents + 1024 mantissas).
// The SDK's functions take a 4th parameter (an optional Tile, defaulted); calls that leave it out
// compile against both.
#pragma once

#include <cstdint>
#include <vector>

#include <tt_stl/span.hpp>

std::vector<std::uint32_t> pack_fp32_vec_as_bfp8_tiles(tt::stl::Span<const float> fp32_vec, bool row_major_input,
                                                       bool is_exp_a);
std::vector<float> unpack_bfp8_tiles_into_float_vec(tt::stl::Span<const std::uint32_t> bfp_tiles,
                                                    bool row_major_output, bool is_exp_a);
