// Mirrors tt-metal tt-metalium/bfloat16.hpp: global class bfloat16 (arithmetic-type constructor with
// round-to-nearest-even, implicit operator float) plus the older to_float()/to_uint16() accessors,
// and the 2025 free functions (declared here, defined by the dry-run runtime in bfloat16_host.cpp).
#pragma once

#include <bit>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
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

std::ostream& operator<<(std::ostream& os, const bfloat16& bfp16);

bool operator==(const std::vector<bfloat16>& lhs, const std::vector<bfloat16>& rhs);

// first -> lower 16 bits, second -> upper 16 bits
std::uint32_t pack_two_bfloat16_into_uint32(std::pair<bfloat16, bfloat16> two_bfloats);

std::pair<bfloat16, bfloat16> unpack_two_bfloat16_from_uint32(std::uint32_t uint32_data);

std::vector<std::uint32_t> create_arange_vector_of_bfloat16(std::size_t num_bytes, bool print = true);

std::vector<bfloat16> create_random_vector_of_bfloat16_native(std::size_t num_bytes, float rand_max_float, int seed,
                                                              float offset = 0.0f);

// Values uniform in [offset, rand_max_float + offset), two per uint32_t.
std::vector<std::uint32_t> create_random_vector_of_bfloat16(std::size_t num_bytes, int rand_max_float, int seed,
                                                            float offset = 0.0f);

std::vector<std::uint32_t> create_random_vector_of_bfloat16_1_1(std::size_t num_bytes, int seed);

std::vector<std::uint32_t> create_random_vector_of_bfloat16_0_2(std::size_t num_bytes, int seed);

std::vector<std::uint32_t> create_constant_vector_of_bfloat16(std::size_t num_bytes, float value);

// rows x cols, ones on the diagonal (num_ones of them)
std::vector<bfloat16> create_identity_matrix(int rows, int cols, int num_ones);

std::vector<std::uint32_t> create_random_binary_vector_of_bfloat16(std::size_t num_bytes, int seed);

std::vector<std::uint16_t> u16_from_u32_vector(const std::vector<std::uint32_t>& in);

std::vector<std::uint32_t> u32_from_u16_vector(const std::vector<std::uint16_t>& in);

void print_vec_of_uint32_as_packed_bfloat16(const std::vector<std::uint32_t>& vec, int num_tiles,
                                            const std::string& name = "", int tile_print_offset = 0);

void print_vec_of_bfloat16(const std::vector<bfloat16>& vec, int num_tiles, const std::string& name = "",
                           int tile_print_offset = 0);

void print_vec(const std::vector<std::uint32_t>& vec, int num_tiles, const std::string& name = "",
               int tile_print_offset = 0);

std::vector<std::uint32_t> pack_bfloat16_vec_into_uint32_vec(const std::vector<bfloat16>& data);

bfloat16 bfloat16_identity_transform(const bfloat16& input);

std::vector<bfloat16> unpack_uint32_vec_into_bfloat16_vec(
    const std::vector<std::uint32_t>& data,
    const std::function<bfloat16(const bfloat16&)>& transform = bfloat16_identity_transform);

bool equal_within_n_sig_figs(float a, float b, int n);

bool equal_within_absolute_tolerance(float a, float b, float tol);

// numpy.isclose: |a - b| <= atol + rtol * |b|
bool is_close(float a, float b, float rtol = 0.01f, float atol = 0.001f);

bool packed_uint32_t_vector_comparison(const std::vector<std::uint32_t>& vec_a, const std::vector<std::uint32_t>& vec_b,
                                       const std::function<bool(float, float)>& comparison_function,
                                       int* argfail = nullptr);

// tt-astgen: instantiated once in the checker's precompiled prologue (see mock_detail/host_api_core.hpp).
#ifdef TT_ASTGEN_PCH_WARMUP
namespace tt_astgen_pch_warmup {
inline void bfloat16_vectors(std::size_t n, float f, double d, int i, unsigned u) {
  std::vector<bfloat16> data(n);
  std::vector<bfloat16> filled(n, bfloat16(f));
  data[0] = bfloat16(d);
  data.push_back(bfloat16(i));
  data.emplace_back(u);
  data.resize(2 * n);
  data.reserve(4 * n);
  std::vector<bfloat16> copy = data;
  copy = filled;
  for (bfloat16& x : copy) x = bfloat16(static_cast<float>(x) + 1.0f);
  std::vector<float> floats(n);
  std::vector<float> float_fill(n, f);
  floats.push_back(f);
  floats.resize(2 * n);
  floats[0] = static_cast<float>(data[0]);
  std::vector<std::uint32_t> words(n);
  std::vector<std::uint16_t> halves(n);
  halves.push_back(0);
  (void)words;
}
}  // namespace tt_astgen_pch_warmup
#endif
