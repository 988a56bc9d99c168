// Mirrors tt-metal tt-metalium/tt_backend_api_types.hpp: tt::DataFormat (real values), tt::ARCH,
// datum_size / tile_size.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>

#ifndef TT_ASTGEN_MOCK_TT_DATAFORMAT_DEFINED
#define TT_ASTGEN_MOCK_TT_DATAFORMAT_DEFINED
namespace tt {
enum class DataFormat : std::uint8_t {
  Float32 = 0, Float16 = 1, Bfp8 = 2, Bfp4 = 3, Bfp2 = 11, Float16_b = 5, Bfp8_b = 6, Bfp4_b = 7,
  Bfp2_b = 15, Lf8 = 10, Fp8_e4m3 = 26, MxFp4 = 22, Int8 = 14, Tf32 = 4, UInt8 = 30, UInt16 = 9,
  Int16 = 13, Int32 = 8, UInt32 = 24, RawUInt8 = 240, RawUInt16 = 241, RawUInt32 = 242, Invalid = 255
};
}  // namespace tt
#endif

namespace tt {

// umd/device/types/arch.hpp
enum class ARCH { JAWBRIDGE = 0, GRAYSKULL = 1, WORMHOLE_B0 = 2, BLACKHOLE = 3, QUASAR = 4, Invalid = 0xFF };

constexpr static std::uint32_t datum_size(const DataFormat& format) {
  switch (format) {
    case DataFormat::Float16:
    case DataFormat::Float16_b:
    case DataFormat::UInt16:
    case DataFormat::Int16:
    case DataFormat::RawUInt16: return 2;
    case DataFormat::Float32:
    case DataFormat::UInt32:
    case DataFormat::Int32:
    case DataFormat::RawUInt32: return 4;
    case DataFormat::Fp8_e4m3:
    case DataFormat::Int8:
    case DataFormat::Lf8:
    case DataFormat::UInt8:
    case DataFormat::RawUInt8: return 1;
    default: throw std::invalid_argument("datum_size: no per-datum size for this data format");
  }
}

constexpr static std::uint32_t tile_size(const DataFormat& format) {
  switch (format) {
    case DataFormat::Bfp2:
    case DataFormat::Bfp2_b: return (64 * 4) + (16 * 4);
    case DataFormat::Bfp4:
    case DataFormat::Bfp4_b: return (128 * 4) + (16 * 4);
    case DataFormat::Bfp8:
    case DataFormat::Bfp8_b: return (256 * 4) + (16 * 4);
    case DataFormat::MxFp4: return (1024 / 2) + 32;
    default: return 1024 * datum_size(format);
  }
}

}  // namespace tt

template <>
struct std::hash<tt::DataFormat> {
  std::size_t operator()(tt::DataFormat const& obj) const noexcept { return static_cast<std::size_t>(obj); }
};
