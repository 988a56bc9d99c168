// Mirrors tt-metal tt-metalium/core_coord.hpp: global CoreCoord (tt_xy_pair), CoreRange (inclusive,
// iterable over CoreCoord), CoreRangeSet (ranges()), and their fmt::formatter specializations (the
// SDK's core_coord.hpp includes <fmt/base.h>, which is how fmt reaches every host program).
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <type_traits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/base.h>

#include <tt_stl/span.hpp>

// umd's xy_pair.
struct tt_xy_pair {
  constexpr tt_xy_pair() : x{}, y{} {}
  constexpr tt_xy_pair(std::size_t x_in, std::size_t y_in) : x(x_in), y(y_in) {}
  std::size_t x;
  std::size_t y;
  std::string str() const { return "(x=" + std::to_string(x) + ",y=" + std::to_string(y) + ")"; }
  friend constexpr bool operator==(const tt_xy_pair&, const tt_xy_pair&) = default;
  friend constexpr bool operator<(const tt_xy_pair& a, const tt_xy_pair& b) {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
  }
  friend constexpr bool operator>(const tt_xy_pair& a, const tt_xy_pair& b) { return b < a; }
  friend constexpr bool operator<=(const tt_xy_pair& a, const tt_xy_pair& b) { return !(b < a); }
  friend constexpr bool operator>=(const tt_xy_pair& a, const tt_xy_pair& b) { return !(a < b); }
};

using CoreCoord = tt_xy_pair;

template <>
struct std::hash<tt_xy_pair> {
  std::size_t operator()(const tt_xy_pair& c) const noexcept { return (c.x << 16) ^ c.y; }
};

class CoreRange {
 public:
  CoreCoord start_coord;
  CoreCoord end_coord;

  explicit CoreRange(const CoreCoord& point) : start_coord(point), end_coord(point) {}
  CoreRange(const CoreCoord& start_coord_in, const CoreCoord& end_coord_in)
      : start_coord(start_coord_in), end_coord(end_coord_in) {
    if (end_coord.x < start_coord.x || end_coord.y < start_coord.y)
      throw std::invalid_argument("CoreRange: end coordinate " + end_coord.str() + " is before start " + start_coord.str());
  }

  std::size_t size() const { return (end_coord.x - start_coord.x + 1) * (end_coord.y - start_coord.y + 1); }
  CoreCoord grid_size() const { return {end_coord.x - start_coord.x + 1, end_coord.y - start_coord.y + 1}; }
  bool contains(const CoreCoord& c) const {
    return c.x >= start_coord.x && c.x <= end_coord.x && c.y >= start_coord.y && c.y <= end_coord.y;
  }
  bool contains(const CoreRange& r) const { return contains(r.start_coord) && contains(r.end_coord); }
  bool intersects(const CoreRange& r) const {
    return start_coord.x <= r.end_coord.x && r.start_coord.x <= end_coord.x && start_coord.y <= r.end_coord.y &&
           r.start_coord.y <= end_coord.y;
  }
  std::string str() const { return "[" + start_coord.str() + " - " + end_coord.str() + "]"; }

  friend bool operator==(const CoreRange& a, const CoreRange& b) {
    return a.start_coord == b.start_coord && a.end_coord == b.end_coord;
  }
  friend bool operator<(const CoreRange& a, const CoreRange& b) {
    return a.start_coord < b.start_coord || (a.start_coord == b.start_coord && a.end_coord < b.end_coord);
  }

  // Row-major iteration (x fastest), as the SDK's CoreIterator.
  class CoreIterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = CoreCoord;
    using difference_type = std::ptrdiff_t;
    using pointer = const CoreCoord*;
    using reference = const CoreCoord&;
    CoreIterator() = default;
    CoreIterator(const CoreCoord& current, const CoreRange* range) : current_(current), range_(range) {}
    const CoreCoord& operator*() const { return current_; }
    const CoreCoord* operator->() const { return &current_; }
    CoreIterator& operator++() {
      if (current_.x < range_->end_coord.x) {
        ++current_.x;
      } else {
        current_.x = range_->start_coord.x;
        ++current_.y;
      }
      return *this;
    }
    CoreIterator operator++(int) { CoreIterator t = *this; ++*this; return t; }
    bool operator==(const CoreIterator& o) const { return current_ == o.current_; }
    bool operator!=(const CoreIterator& o) const { return !(current_ == o.current_); }

   private:
    CoreCoord current_{};
    const CoreRange* range_ = nullptr;
  };
  CoreIterator begin() const { return CoreIterator(start_coord, this); }
  CoreIterator end() const { return CoreIterator(CoreCoord{start_coord.x, end_coord.y + 1}, this); }
};

class CoreRangeSet {
 public:
  CoreRangeSet() = default;
  // Same constructor set as the SDK (so `CoreRangeSet({r1, r2})` is ambiguous there and here too;
  // write `CoreRangeSet(std::set<CoreRange>{r1, r2})`).
  CoreRangeSet(tt::stl::Span<const CoreRange> core_ranges) : ranges_(core_ranges.begin(), core_ranges.end()) {}
  CoreRangeSet(const std::set<CoreRange>& core_ranges) : ranges_(core_ranges.begin(), core_ranges.end()) {}
  CoreRangeSet(const CoreRange& core_range) : ranges_{core_range} {}
  CoreRangeSet(tt::stl::Span<const CoreCoord> core_coords) {
    for (const auto& c : core_coords) ranges_.emplace_back(c, c);
  }
  CoreRangeSet(std::vector<CoreRange>&& core_ranges) : ranges_(std::move(core_ranges)) {}

  const std::vector<CoreRange>& ranges() const { return ranges_; }
  std::size_t size() const { return ranges_.size(); }
  bool empty() const { return ranges_.empty(); }
  std::uint32_t num_cores() const {
    std::uint32_t n = 0;
    for (const auto& r : ranges_) n += static_cast<std::uint32_t>(r.size());
    return n;
  }
  bool contains(const CoreCoord& c) const {
    return std::any_of(ranges_.begin(), ranges_.end(), [&](const CoreRange& r) { return r.contains(c); });
  }
  bool contains(const CoreRange& c) const {
    return std::any_of(ranges_.begin(), ranges_.end(), [&](const CoreRange& r) { return r.contains(c); });
  }
  CoreRange bounding_box() const {
    if (ranges_.empty()) throw std::invalid_argument("CoreRangeSet::bounding_box: empty set");
    CoreCoord lo = ranges_.front().start_coord, hi = ranges_.front().end_coord;
    for (const auto& r : ranges_) {
      lo = {std::min(lo.x, r.start_coord.x), std::min(lo.y, r.start_coord.y)};
      hi = {std::max(hi.x, r.end_coord.x), std::max(hi.y, r.end_coord.y)};
    }
    return CoreRange(lo, hi);
  }
  // Union (not coalesced into larger rectangles in the mock).
  template <typename T>
  CoreRangeSet merge(const T& other) const {
    std::vector<CoreRange> out = ranges_;
    if constexpr (std::is_same_v<T, CoreRangeSet>) {
      for (const auto& r : other.ranges()) out.push_back(r);
    } else {
      for (const auto& r : other) out.push_back(r);
    }
    return CoreRangeSet(std::move(out));
  }
  std::string str() const {
    std::string s = "{";
    for (std::size_t i = 0; i < ranges_.size(); ++i) s += (i ? ", " : "") + ranges_[i].str();
    return s + "}";
  }
  friend bool operator==(const CoreRangeSet& a, const CoreRangeSet& b) { return a.ranges_ == b.ranges_; }

 private:
  std::vector<CoreRange> ranges_;
};

// Flattens a set of ranges into cores (row-major per range).
std::vector<CoreCoord> corerange_to_cores(const CoreRangeSet& crs, std::optional<std::uint32_t> max_cores = std::nullopt,
                                          bool row_wise = false);

// The first num_cores cores of a grid_size_x x grid_size_y grid, column by column (row by row
// when row_wise); and the cores of the rectangle start..end in the same orders.
std::vector<CoreCoord> grid_to_cores(std::uint32_t num_cores, std::uint32_t grid_size_x, std::uint32_t grid_size_y,
                                     bool row_wise = false);
std::vector<CoreCoord> grid_to_cores(CoreCoord start, CoreCoord end, bool row_wise = false);

// "(x=1,y=2)", "[(x=0,y=0) - (x=1,y=1)]", "{[...], [...]}", as the SDK prints them.
template <>
struct fmt::formatter<CoreCoord> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  auto format(const CoreCoord& c, fmt::format_context& ctx) const { return fmt::format_to(ctx.out(), "{}", c.str()); }
};
template <>
struct fmt::formatter<CoreRange> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  auto format(const CoreRange& r, fmt::format_context& ctx) const { return fmt::format_to(ctx.out(), "{}", r.str()); }
};
template <>
struct fmt::formatter<CoreRangeSet> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  auto format(const CoreRangeSet& s, fmt::format_context& ctx) const {
    return fmt::format_to(ctx.out(), "{}", s.str());
  }
};
