// Mirrors tt-metal tt_metal/hw/inc/debug/dprint.h: a no-op stub (DPRINT output is dropped).
#pragma once

#include <cstdint>

namespace tt_astgen_detail {
struct DebugPrinterStub {
  template <typename T>
  constexpr const DebugPrinterStub& operator<<(const T&) const { return *this; }
};
}  // namespace tt_astgen_detail

struct ENDL { constexpr ENDL() = default; };
struct SETW { constexpr explicit SETW(int) {} };
struct SETPRECISION { constexpr explicit SETPRECISION(int) {} };
struct HEX { constexpr HEX() = default; };
struct DEC { constexpr DEC() = default; };
struct FIXED { constexpr FIXED() = default; };
struct BF16 { constexpr explicit BF16(std::uint16_t) {} };
struct F32 { constexpr explicit F32(float) {} };

#define DPRINT (::tt_astgen_detail::DebugPrinterStub{})
#define DPRINT_DATA0(x) x
#define DPRINT_DATA1(x) x
#define DPRINT_MATH(x) x
#define DPRINT_PACK(x) x
#define DPRINT_UNPACK(x) x
