// Tile number formats of the dry-run: bfloat16, float16, float32 and bfloat8_b tiles of four 16x16 faces.
#include "tile_codec.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include <tt-metalium/tt_backend_api_types.hpp>


namespace tt::tt_metal::dryrun {

float bf16_to_f(std::uint16_t b) {
  std::uint32_t u = static_cast<std::uint32_t>(b) << 16;
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
std::uint16_t f_to_bf16(float f) {  // round to nearest even
  std::uint32_t u;
  std::memcpy(&u, &f, 4);
  if ((u & 0x7fffffff) > 0x7f800000) return static_cast<std::uint16_t>((u >> 16) | 0x40);  // NaN
  u += 0x7fff + ((u >> 16) & 1);
  return static_cast<std::uint16_t>(u >> 16);
}
float round_bf16(float f) { return bf16_to_f(f_to_bf16(f)); }

namespace {
// f_to_bf16 on the bits of a float, branch-free (so the tile loops vectorize): the bf16 in the
// high half, the low half zero.
inline std::uint32_t bf16_bits(std::uint32_t u) {
  const std::uint32_t rounded = (u + 0x7fffu + ((u >> 16) & 1u)) & 0xffff0000u;
  const std::uint32_t quiet_nan = (u | 0x400000u) & 0xffff0000u;
  return (u & 0x7fffffffu) > 0x7f800000u ? quiet_nan : rounded;
}
// Faced order (four 16x16 faces: top-left, top-right, bottom-left, bottom-right) <-> row-major:
// row r, half h (columns 16h..16h+15) is 16 contiguous values of face (r / 16) * 2 + h.
inline int face_offset(int r, int h) { return ((r / 16) * 2 + h) * 256 + (r % 16) * 16; }
}  // namespace

TT_ASTGEN_VECTOR_CLONES
void round_tile_bf16(float* tile) {
  for (int i = 0; i < 1024; ++i) {
    std::uint32_t u;
    std::memcpy(&u, &tile[i], 4);
    u = bf16_bits(u);
    std::memcpy(&tile[i], &u, 4);
  }
}

float f16_to_f(std::uint16_t h) {  // IEEE binary16: 1 sign, 5 exponent (bias 15), 10 mantissa bits
  const int exp = (h >> 10) & 0x1f;
  const int man = h & 0x3ff;
  float mag;
  if (exp == 0) mag = std::ldexp(static_cast<float>(man), -24);  // zero and subnormals
  else if (exp == 31) mag = man ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
  else mag = std::ldexp(static_cast<float>(man | 0x400), exp - 25);
  return (h & 0x8000) ? -mag : mag;
}
std::uint16_t f_to_f16(float f) {  // round to nearest even; overflow to infinity, underflow to subnormals / 0
  const std::uint16_t sign = std::signbit(f) ? 0x8000 : 0;
  const float a = std::fabs(f);
  if (std::isnan(a)) return static_cast<std::uint16_t>(sign | 0x7e00);
  if (a >= 65520.f) return static_cast<std::uint16_t>(sign | 0x7c00);  // beyond max (65504) after rounding
  if (a < std::ldexp(1.f, -14)) {  // subnormal: units of 2^-24
    const long q = std::lrint(std::ldexp(a, 24));  // the default rounding mode is to nearest even
    return static_cast<std::uint16_t>(sign | q);   // q == 0x400 becomes the smallest normal, as it should
  }
  int e;
  const float m = std::frexp(a, &e);                              // a = m * 2^e, m in [0.5, 1)
  long q = std::lrint(std::ldexp(m, 11));                         // 11 significant bits, in [1024, 2048]
  if (q == 2048) { q = 1024; ++e; }
  if (e - 1 + 15 >= 31) return static_cast<std::uint16_t>(sign | 0x7c00);
  return static_cast<std::uint16_t>(sign | ((e - 1 + 15) << 10) | (q & 0x3ff));
}

std::uint32_t tile_bytes(std::uint8_t format) {
  switch (static_cast<tt::DataFormat>(format)) {
    case tt::DataFormat::Float32: return 4096;
    case tt::DataFormat::Float16_b: return 2048;
    case tt::DataFormat::Float16: return 2048;
    case tt::DataFormat::Bfp8_b: return 1088;
    default: return 0;
  }
}

// Decodes one tile (faced order) into row-major 32x32 floats.
TT_ASTGEN_VECTOR_CLONES
bool decode_tile(const std::uint8_t* p, std::uint8_t format, float* rm) {
  float faced[1024];
  switch (static_cast<tt::DataFormat>(format)) {
    case tt::DataFormat::Float32: std::memcpy(faced, p, 4096); break;
    case tt::DataFormat::Float16_b: {
      std::uint16_t h[1024];
      std::uint32_t u[1024];
      std::memcpy(h, p, 2048);
      for (int i = 0; i < 1024; ++i) u[i] = static_cast<std::uint32_t>(h[i]) << 16;
      std::memcpy(faced, u, 4096);
      break;
    }
    case tt::DataFormat::Float16:
      for (int i = 0; i < 1024; ++i) {
        std::uint16_t h;
        std::memcpy(&h, p + 2 * i, 2);
        faced[i] = f16_to_f(h);
      }
      break;
    case tt::DataFormat::Bfp8_b:
      for (int i = 0; i < 1024; ++i) {
        const int e = p[i / 16];
        const std::uint8_t m = p[64 + i];
        const float mag = std::ldexp(static_cast<float>(m & 0x7f), e - 127 - 6);
        faced[i] = (m & 0x80) ? -mag : mag;
      }
      break;
    default: return false;
  }
  for (int r = 0; r < 32; ++r)
    for (int h = 0; h < 2; ++h) std::memcpy(rm + r * 32 + h * 16, faced + face_offset(r, h), 16 * sizeof(float));
  return true;
}

TT_ASTGEN_VECTOR_CLONES
bool encode_tile(const float* rm, std::uint8_t format, std::uint8_t* p) {
  float faced[1024];
  for (int r = 0; r < 32; ++r)
    for (int h = 0; h < 2; ++h) std::memcpy(faced + face_offset(r, h), rm + r * 32 + h * 16, 16 * sizeof(float));
  switch (static_cast<tt::DataFormat>(format)) {
    case tt::DataFormat::Float32: std::memcpy(p, faced, 4096); break;
    case tt::DataFormat::Float16_b: {
      std::uint32_t u[1024];
      std::uint16_t h[1024];
      std::memcpy(u, faced, 4096);
      for (int i = 0; i < 1024; ++i) h[i] = static_cast<std::uint16_t>(bf16_bits(u[i]) >> 16);
      std::memcpy(p, h, 2048);
      break;
    }
    case tt::DataFormat::Float16:
      for (int i = 0; i < 1024; ++i) {
        std::uint16_t h = f_to_f16(faced[i]);
        std::memcpy(p + 2 * i, &h, 2);
      }
      break;
    case tt::DataFormat::Bfp8_b:
      for (int g = 0; g < 64; ++g) {
        int emax = 0;
        for (int i = 0; i < 16; ++i) {
          std::uint32_t u;
          std::memcpy(&u, &faced[g * 16 + i], 4);
          emax = std::max(emax, static_cast<int>((u >> 23) & 0xff));
        }
        p[g] = static_cast<std::uint8_t>(emax);
        for (int i = 0; i < 16; ++i) {
          const float v = faced[g * 16 + i];
          // magnitude in units of 2^(emax - 127 - 6), rounded to nearest, 7 bits
          long q = std::lround(std::ldexp(std::fabs(v), -(emax - 127 - 6)));
          if (q > 127) q = 127;
          p[64 + g * 16 + i] = static_cast<std::uint8_t>((std::signbit(v) && q ? 0x80 : 0) | q);
        }
      }
      break;
    default: return false;
  }
  return true;
}

}  // namespace tt::tt_metal::dryrun
