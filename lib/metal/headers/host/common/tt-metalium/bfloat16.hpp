// Mirrors tt-metal tt-metalium/bfloat16.hpp: global class bfloat16 (arithmetic-type constructor with
// round-to-nearest-even, implicit operator float) plus the older to_float()/to_uint16() accessors.
#pragma once

#include <bit>
#include <compare>
#include <cstdint>
#include <type_traits>
#include <vector>

class bfloat16 {
 private:
  std::uint16_t uint16_data = 0;

  static constexpr std::uint16_t from_float(float val) {
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(val);
    if ((bits & 0x7F800000u) == 0x7F800000u && (bits & 0x007FFFFFu) != 0) return 0x7FC0;  // NaN
    const std::uint32_t rounding_bias = 0x7FFFu + ((bits >> 16) & 1u);
    return static_cast<std::uint16_t>((bits + rounding_bias) >> 16);
  }

 public:
  constexpr bfloat16() = default;

  // create from arithmetic type: tie-to-even rounding
  template <class T>
    requires std::is_arithmetic_v<T>
  constexpr bfloat16(T v) noexcept : uint16_data(from_float(static_cast<float>(v))) {}

  // create from float: truncate rounding
  static constexpr bfloat16 truncate(float float_num) {
    bfloat16 out;
    out.uint16_data = static_cast<std::uint16_t>(std::bit_cast<std::uint32_t>(float_num) >> 16);
    return out;
  }
  // create from raw bits
  static constexpr bfloat16 from_bits(std::uint16_t bits) {
    bfloat16 out;
    out.uint16_data = bits;
    return out;
  }

  constexpr operator float() const { return std::bit_cast<float>(static_cast<std::uint32_t>(uint16_data) << 16); }
  constexpr float to_float() const { return static_cast<float>(*this); }
  constexpr std::uint16_t to_uint16() const { return uint16_data; }
  constexpr std::uint16_t to_packed() const { return uint16_data; }

  constexpr bool operator==(bfloat16 rhs) const { return static_cast<float>(*this) == static_cast<float>(rhs); }
  constexpr std::partial_ordering operator<=>(bfloat16 rhs) const noexcept {
    return static_cast<float>(*this) <=> static_cast<float>(rhs);
  }

  constexpr bfloat16& operator+=(bfloat16 rhs) noexcept { return *this = bfloat16(float(*this) + float(rhs)); }
  constexpr bfloat16& operator-=(bfloat16 rhs) noexcept { return *this = bfloat16(float(*this) - float(rhs)); }
  constexpr bfloat16& operator*=(bfloat16 rhs) noexcept { return *this = bfloat16(float(*this) * float(rhs)); }
  constexpr bfloat16& operator/=(bfloat16 rhs) noexcept { return *this = bfloat16(float(*this) / float(rhs)); }
  constexpr bfloat16 operator+(bfloat16 rhs) const { return bfloat16(float(*this) + float(rhs)); }
  constexpr bfloat16 operator-(bfloat16 rhs) const { return bfloat16(float(*this) - float(rhs)); }
  constexpr bfloat16 operator*(bfloat16 rhs) const { return bfloat16(float(*this) * float(rhs)); }
  constexpr bfloat16 operator/(bfloat16 rhs) const { return bfloat16(float(*this) / float(rhs)); }
};

static_assert(sizeof(bfloat16) == 2);
