// Mirrors tt-metal's tensix_types.h / tt_backend_api_types.hpp DataFormat for device code.
// Device code names it `DataFormat` (global); the host names it `tt::DataFormat`. Here both name
// the same enum (defined in tt::, re-exported globally with a using-declaration).
#pragma once

#include <cstdint>

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

using tt::DataFormat;
