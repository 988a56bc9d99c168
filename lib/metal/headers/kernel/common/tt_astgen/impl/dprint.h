// Mirrors tt-metal tt_metal/hw/inc/debug/dprint.h: `DPRINT << ... << ENDL();`, the format helpers
// (SETW, SETPRECISION, FIXED, DEFAULTFLOAT, HEX, OCT, DEC, BF16, F32, U32, U32_ARRAY), the
// per-processor wrappers (DPRINT_UNPACK/MATH/PACK on the matching TRISC, DPRINT_DATA0/1 on the
// data-movement processor using that NOC) and tile slices (TSLICE, SliceRange). The dry-run drops
// the output; the operands are still evaluated, as on a chip with printing enabled.
#pragma once

#include <cstdint>
#include <type_traits>

struct BF16 {
  std::uint16_t val;
  BF16(std::uint16_t v) : val(v) {}
};
struct F32 {
  float val;
  F32(float v) : val(v) {}
};
struct U32 {
  std::uint32_t val;
  U32(std::uint32_t v) : val(v) {}
};
struct ENDL {
  char tmp;
};
struct SETPRECISION {
  char p;
  SETPRECISION(char pa) : p(pa) {}
};
struct FIXED {
  char tmp;
};
struct DEFAULTFLOAT {
  char tmp;
};
struct HEX {
  char tmp;
};
struct OCT {
  char tmp;
};
struct DEC {
  char tmp;
};
struct SETW {
  char w;
  SETW(char wa) : w(wa) {}
};
struct U32_ARRAY {
  std::uint32_t* ptr;
  std::uint32_t len;
  U32_ARRAY(std::uint32_t* p, std::uint32_t l) : ptr(p), len(l) {}
};

// Tile printing (dprint_tile.h): DPRINT << TSLICE(cb, tile_idx, SliceRange::hw0_32_16());
struct SliceRange {
  std::uint8_t h0, h1, hs, w0, w1, ws;
  static constexpr SliceRange hw0_32_16() { return SliceRange{0, 32, 16, 0, 32, 16}; }
  static constexpr SliceRange hw0_32_8() { return SliceRange{0, 32, 8, 0, 32, 8}; }
  static constexpr SliceRange hw0_32_4() { return SliceRange{0, 32, 4, 0, 32, 4}; }
  static constexpr SliceRange hw041() { return SliceRange{0, 4, 1, 0, 4, 1}; }
  static constexpr SliceRange h0_w0_32() { return SliceRange{0, 1, 1, 0, 32, 1}; }
  static constexpr SliceRange h0_32_w0() { return SliceRange{0, 32, 1, 0, 1, 1}; }
  static constexpr SliceRange h0_32_w31() { return SliceRange{0, 32, 1, 31, 32, 1}; }
  static constexpr SliceRange h31_w0_32() { return SliceRange{31, 32, 1, 0, 32, 1}; }
  static constexpr SliceRange hw00() { return SliceRange{0, 1, 1, 0, 1, 1}; }
};
enum TSlicePtrType : std::uint8_t { TSLICE_RD_PTR = 0, TSLICE_WR_PTR = 1 };
enum TSliceCbType : std::uint8_t { TSLICE_INPUT_CB = 0, TSLICE_OUTPUT_CB = 1 };
struct TileSlice {
  TileSlice(std::uint8_t cb, int tile_idx, const SliceRange& s, TSliceCbType cb_type = TSLICE_INPUT_CB,
            TSlicePtrType ptr_type = TSLICE_RD_PTR, bool endl_rows = true, bool print_untilized = true)
      : cb_id(cb), tile(tile_idx), slice(s) {
    (void)cb_type, (void)ptr_type, (void)endl_rows, (void)print_untilized;
  }
  std::uint8_t cb_id;
  int tile;
  SliceRange slice;
};
#define TSLICE TileSlice

// The printer: every operand is accepted (and evaluated); nothing is printed.
struct DebugPrinter {
  DebugPrinter() = default;
};
template <typename T>
inline DebugPrinter operator<<(DebugPrinter dp, const T& val) {
  (void)val;
  return dp;
}

#define DPRINT DebugPrinter()

#if defined(TT_ASTGEN_DRYRUN)
#define DPRINT_UNPACK(x) x
#define DPRINT_MATH(x) x
#define DPRINT_PACK(x) x
#else
#ifdef UCK_CHLKC_UNPACK
#define DPRINT_UNPACK(x) x
#else
#define DPRINT_UNPACK(x)
#endif
#ifdef UCK_CHLKC_MATH
#define DPRINT_MATH(x) x
#else
#define DPRINT_MATH(x)
#endif
#ifdef UCK_CHLKC_PACK
#define DPRINT_PACK(x) x
#else
#define DPRINT_PACK(x)
#endif
#endif

#if defined(COMPILE_FOR_BRISC) || defined(COMPILE_FOR_NCRISC)
#define DPRINT_DATA0(x)   \
  if (noc_index == 0) { \
    x;                    \
  }
#define DPRINT_DATA1(x)   \
  if (noc_index == 1) { \
    x;                    \
  }
#else
#define DPRINT_DATA0(x)
#define DPRINT_DATA1(x)
#endif
