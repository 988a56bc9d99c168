// Tile number formats of the dry-run: conversions between row-major 32x32 floats and the bytes
// of one tile (four 16x16 faces) in bfloat16, float16, float32 or bfloat8_b.
#pragma once

#include <cstdint>

// The tile loops (codecs, compute engine) get AVX-512 and AVX2 clones next to the baseline x86-64
// one, chosen when the library loads. The library is compiled with -ffp-contract=off
// (lib/CMakeLists.txt), so no clone fuses a multiply-add: results are bit-identical to the baseline.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define TT_ASTGEN_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define TT_ASTGEN_VECTOR_CLONES
#endif

namespace tt::tt_metal::dryrun {

float bf16_to_f(std::uint16_t b);
std::uint16_t f_to_bf16(float f);  // round to nearest even
float round_bf16(float f);
/// round_bf16 of each of a tile's 1024 floats, in place.
void round_tile_bf16(float* tile);
float f16_to_f(std::uint16_t h);   // IEEE binary16 (DataFormat::Float16)
std::uint16_t f_to_f16(float f);   // round to nearest even, overflow to infinity
/// Bytes of one tile in a tt::DataFormat (0 when the dry-run does not support it).
std::uint32_t tile_bytes(std::uint8_t format);
/// Decodes one tile (faced order) into row-major 32x32 floats.
/// Returns false for a format the dry-run does not support.
bool decode_tile(const std::uint8_t* p, std::uint8_t format, float* rm);
/// Encodes row-major 32x32 floats as one tile (faced order).
/// Returns false for a format the dry-run does not support.
bool encode_tile(const float* rm, std::uint8_t format, std::uint8_t* p);

}  // namespace tt::tt_metal::dryrun
