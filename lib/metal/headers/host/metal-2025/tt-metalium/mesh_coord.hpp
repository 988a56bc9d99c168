// Mirrors tt-metal tt-metalium/mesh_coord.hpp: MeshShape, MeshCoordinate, MeshCoordinateRange (value types).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <vector>

#include <tt_stl/span.hpp>

namespace tt::tt_metal::distributed {

namespace mock_detail {
class Dims {
 public:
  Dims() = default;
  explicit Dims(std::vector<std::uint32_t> v) : v_(std::move(v)) {}
  std::size_t dims() const { return v_.size(); }
  std::uint32_t operator[](std::int32_t dim) const {
    const std::int32_t n = static_cast<std::int32_t>(v_.size());
    const std::int32_t i = dim < 0 ? dim + n : dim;
    if (i < 0 || i >= n) throw std::out_of_range("mesh dimension index out of range");
    return v_[static_cast<std::size_t>(i)];
  }
  tt::stl::Span<const std::uint32_t> view() const { return tt::stl::Span<const std::uint32_t>(v_.data(), v_.size()); }
  auto begin() const { return v_.begin(); }
  auto end() const { return v_.end(); }
  bool operator==(const Dims&) const = default;

 protected:
  std::vector<std::uint32_t> v_;
};
}  // namespace mock_detail

class MeshShape : public mock_detail::Dims {
 public:
  explicit MeshShape(std::uint32_t s) : Dims({s}) {}
  MeshShape(std::uint32_t s0, std::uint32_t s1) : Dims({s0, s1}) {}
  MeshShape(std::uint32_t s0, std::uint32_t s1, std::uint32_t s2) : Dims({s0, s1, s2}) {}
  explicit MeshShape(const std::vector<std::uint32_t>& shape) : Dims(shape) {}
  explicit MeshShape(tt::stl::Span<const std::uint32_t> shape) : Dims(std::vector<std::uint32_t>(shape.begin(), shape.end())) {}
  std::size_t mesh_size() const {
    std::size_t n = 1;
    for (auto d : v_) n *= d;
    return n;
  }
  bool operator==(const MeshShape&) const = default;
};

class MeshCoordinate : public mock_detail::Dims {
 public:
  explicit MeshCoordinate(std::uint32_t c) : Dims({c}) {}
  MeshCoordinate(std::uint32_t c0, std::uint32_t c1) : Dims({c0, c1}) {}
  MeshCoordinate(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2) : Dims({c0, c1, c2}) {}
  explicit MeshCoordinate(tt::stl::Span<const std::uint32_t> coords)
      : Dims(std::vector<std::uint32_t>(coords.begin(), coords.end())) {}
  static MeshCoordinate zero_coordinate(std::size_t dimensions) {
    return MeshCoordinate(tt::stl::Span<const std::uint32_t>(std::vector<std::uint32_t>(dimensions, 0)));
  }
  tt::stl::Span<const std::uint32_t> coords() const { return view(); }
  bool operator==(const MeshCoordinate&) const = default;
};

class MeshCoordinateRange {
 public:
  MeshCoordinateRange(const MeshCoordinate& start, const MeshCoordinate& end) : start_(start), end_(end) {
    if (start.dims() != end.dims()) throw std::invalid_argument("MeshCoordinateRange: dimension mismatch");
  }
  explicit MeshCoordinateRange(const MeshShape& shape) : start_(zero(shape.dims())), end_(last(shape)) {}

  std::size_t dims() const { return start_.dims(); }
  const MeshCoordinate& start_coord() const { return start_; }
  const MeshCoordinate& end_coord() const { return end_; }
  MeshShape shape() const {
    std::vector<std::uint32_t> s;
    for (std::size_t i = 0; i < dims(); ++i)
      s.push_back(end_[static_cast<std::int32_t>(i)] - start_[static_cast<std::int32_t>(i)] + 1);
    return MeshShape(s);
  }
  bool contains(const MeshCoordinate& c) const {
    if (c.dims() != dims()) return false;
    for (std::size_t i = 0; i < dims(); ++i) {
      const auto d = static_cast<std::int32_t>(i);
      if (c[d] < start_[d] || c[d] > end_[d]) return false;
    }
    return true;
  }
  bool operator==(const MeshCoordinateRange&) const = default;

 private:
  static MeshCoordinate zero(std::size_t n) { return MeshCoordinate::zero_coordinate(n); }
  static MeshCoordinate last(const MeshShape& shape) {
    std::vector<std::uint32_t> v;
    for (auto d : shape) v.push_back(d == 0 ? 0 : d - 1);
    return MeshCoordinate(tt::stl::Span<const std::uint32_t>(v));
  }
  MeshCoordinate start_;
  MeshCoordinate end_;
};

}  // namespace tt::tt_metal::distributed
