// The free functions of tt-metalium/bfloat16.hpp (2025), for host programs run on the dry-run.
// Packed layouts follow the SDK: two bfloat16 per uint32_t, the first in the low 16 bits.
#include <tt-metalium/bfloat16.hpp>

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <random>
#include <sstream>
#include <stdexcept>

namespace {

std::vector<std::uint32_t> packPairs(std::size_t num_bytes, const std::function<bfloat16()>& next) {
  std::vector<std::uint32_t> out(num_bytes / sizeof(std::uint32_t));
  for (auto& word : out) {
    const bfloat16 lo = next();
    const bfloat16 hi = next();
    word = pack_two_bfloat16_into_uint32({lo, hi});
  }
  return out;
}

void printTiles(std::size_t count, int num_tiles, const std::string& name, int tile_print_offset,
                const std::function<float(std::size_t)>& at) {
  std::ostringstream out;
  out << name << "\n";
  const std::size_t begin = static_cast<std::size_t>(tile_print_offset) * 1024;
  for (int t = 0; t < num_tiles; ++t) {
    for (std::size_t i = 0; i < 1024; ++i) {
      const std::size_t idx = begin + static_cast<std::size_t>(t) * 1024 + i;
      if (idx >= count) break;
      out << std::setw(8) << at(idx) << ((i % 32 == 31) ? "\n" : ", ");
    }
    out << "\n";
  }
  std::fputs(out.str().c_str(), stdout);
}

}  // namespace

std::ostream& operator<<(std::ostream& os, const bfloat16& bfp16) { return os << bfp16.to_uint16(); }

bool operator==(const std::vector<bfloat16>& lhs, const std::vector<bfloat16>& rhs) {
  if (lhs.size() != rhs.size()) return false;
  for (std::size_t i = 0; i < lhs.size(); ++i)
    if (lhs[i].to_uint16() != rhs[i].to_uint16()) return false;
  return true;
}

std::uint32_t pack_two_bfloat16_into_uint32(std::pair<bfloat16, bfloat16> two_bfloats) {
  return static_cast<std::uint32_t>(two_bfloats.first.to_uint16()) |
         (static_cast<std::uint32_t>(two_bfloats.second.to_uint16()) << 16);
}

std::pair<bfloat16, bfloat16> unpack_two_bfloat16_from_uint32(std::uint32_t uint32_data) {
  return {bfloat16::from_bits(static_cast<std::uint16_t>(uint32_data & 0xffff)),
          bfloat16::from_bits(static_cast<std::uint16_t>(uint32_data >> 16))};
}

std::vector<std::uint32_t> create_arange_vector_of_bfloat16(std::size_t num_bytes, bool print) {
  std::size_t i = 0;
  auto out = packPairs(num_bytes, [&] { return bfloat16(static_cast<float>(i++)); });
  if (print) print_vec_of_uint32_as_packed_bfloat16(out, 1, "arange");
  return out;
}

std::vector<bfloat16> create_random_vector_of_bfloat16_native(std::size_t num_bytes, float rand_max_float, int seed,
                                                              float offset) {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
  std::uniform_real_distribution<float> dist(0.0f, rand_max_float);
  std::vector<bfloat16> out(num_bytes / sizeof(bfloat16));
  for (auto& v : out) v = bfloat16(dist(rng) + offset);
  return out;
}

std::vector<std::uint32_t> create_random_vector_of_bfloat16(std::size_t num_bytes, int rand_max_float, int seed,
                                                            float offset) {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
  std::uniform_real_distribution<float> dist(0.0f, static_cast<float>(rand_max_float));
  return packPairs(num_bytes, [&] { return bfloat16(dist(rng) + offset); });
}

std::vector<std::uint32_t> create_random_vector_of_bfloat16_1_1(std::size_t num_bytes, int seed) {
  return create_random_vector_of_bfloat16(num_bytes, 2, seed, -1.0f);
}

std::vector<std::uint32_t> create_random_vector_of_bfloat16_0_2(std::size_t num_bytes, int seed) {
  return create_random_vector_of_bfloat16(num_bytes, 2, seed);
}

std::vector<std::uint32_t> create_constant_vector_of_bfloat16(std::size_t num_bytes, float value) {
  return packPairs(num_bytes, [&] { return bfloat16(value); });
}

std::vector<bfloat16> create_identity_matrix(int rows, int cols, int num_ones) {
  if (rows < 0 || cols < 0) throw std::invalid_argument("create_identity_matrix: negative size");
  std::vector<bfloat16> out(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols), bfloat16(0.0f));
  for (int i = 0; i < num_ones && i < rows && i < cols; ++i)
    out[static_cast<std::size_t>(i) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(i)] = bfloat16(1.0f);
  return out;
}

std::vector<std::uint32_t> create_random_binary_vector_of_bfloat16(std::size_t num_bytes, int seed) {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
  std::uniform_int_distribution<int> dist(0, 1);
  return packPairs(num_bytes, [&] { return bfloat16(static_cast<float>(dist(rng))); });
}

std::vector<std::uint16_t> u16_from_u32_vector(const std::vector<std::uint32_t>& in) {
  std::vector<std::uint16_t> out;
  out.reserve(in.size() * 2);
  for (std::uint32_t w : in) {
    out.push_back(static_cast<std::uint16_t>(w & 0xffff));
    out.push_back(static_cast<std::uint16_t>(w >> 16));
  }
  return out;
}

std::vector<std::uint32_t> u32_from_u16_vector(const std::vector<std::uint16_t>& in) {
  std::vector<std::uint32_t> out((in.size() + 1) / 2, 0);
  for (std::size_t i = 0; i < in.size(); ++i) out[i / 2] |= static_cast<std::uint32_t>(in[i]) << (16 * (i % 2));
  return out;
}

void print_vec_of_uint32_as_packed_bfloat16(const std::vector<std::uint32_t>& vec, int num_tiles,
                                            const std::string& name, int tile_print_offset) {
  printTiles(vec.size() * 2, num_tiles, name, tile_print_offset, [&](std::size_t i) {
    auto pair = unpack_two_bfloat16_from_uint32(vec[i / 2]);
    return static_cast<float>(i % 2 == 0 ? pair.first : pair.second);
  });
}

void print_vec_of_bfloat16(const std::vector<bfloat16>& vec, int num_tiles, const std::string& name,
                           int tile_print_offset) {
  printTiles(vec.size(), num_tiles, name, tile_print_offset, [&](std::size_t i) { return static_cast<float>(vec[i]); });
}

void print_vec(const std::vector<std::uint32_t>& vec, int num_tiles, const std::string& name, int tile_print_offset) {
  printTiles(vec.size(), num_tiles, name, tile_print_offset, [&](std::size_t i) { return static_cast<float>(vec[i]); });
}

std::vector<std::uint32_t> pack_bfloat16_vec_into_uint32_vec(const std::vector<bfloat16>& data) {
  std::vector<std::uint32_t> out((data.size() + 1) / 2, 0);
  for (std::size_t i = 0; i < data.size(); ++i)
    out[i / 2] |= static_cast<std::uint32_t>(data[i].to_uint16()) << (16 * (i % 2));
  return out;
}

bfloat16 bfloat16_identity_transform(const bfloat16& input) { return input; }

std::vector<bfloat16> unpack_uint32_vec_into_bfloat16_vec(const std::vector<std::uint32_t>& data,
                                                          const std::function<bfloat16(const bfloat16&)>& transform) {
  std::vector<bfloat16> out;
  out.reserve(data.size() * 2);
  for (std::uint32_t w : data) {
    auto pair = unpack_two_bfloat16_from_uint32(w);
    out.push_back(transform(pair.first));
    out.push_back(transform(pair.second));
  }
  return out;
}

bool equal_within_n_sig_figs(float a, float b, int n) {
  if (a == b) return true;
  const float scale = std::pow(10.0f, static_cast<float>(n - 1 - static_cast<int>(std::floor(std::log10(std::fabs(a))))));
  return std::round(a * scale) == std::round(b * scale);
}

bool equal_within_absolute_tolerance(float a, float b, float tol) { return std::fabs(a - b) < tol; }

bool is_close(float a, float b, float rtol, float atol) { return std::fabs(a - b) <= atol + rtol * std::fabs(b); }

bool packed_uint32_t_vector_comparison(const std::vector<std::uint32_t>& vec_a, const std::vector<std::uint32_t>& vec_b,
                                       const std::function<bool(float, float)>& comparison_function, int* argfail) {
  if (vec_a.size() != vec_b.size()) return false;
  for (std::size_t i = 0; i < vec_a.size(); ++i) {
    auto a = unpack_two_bfloat16_from_uint32(vec_a[i]);
    auto b = unpack_two_bfloat16_from_uint32(vec_b[i]);
    if (!comparison_function(static_cast<float>(a.first), static_cast<float>(b.first)) ||
        !comparison_function(static_cast<float>(a.second), static_cast<float>(b.second))) {
      if (argfail) *argfail = static_cast<int>(i);
      return false;
    }
  }
  return true;
}
