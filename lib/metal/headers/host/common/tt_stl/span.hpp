// Mirrors tt-metal tt_stl/span.hpp: tt::stl::Span, a std::span that is constructible from containers.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace tt::stl {

template <class T, std::size_t Extent = std::dynamic_extent>
class Span : public std::span<T, Extent> {
 public:
  using std::span<T, Extent>::span;
  constexpr Span() noexcept = default;
  constexpr Span(std::span<T, Extent> s) noexcept : std::span<T, Extent>(s) {}
};

template <class T>
Span(const std::vector<T>&) -> Span<const T>;
template <class T>
Span(std::vector<T>&) -> Span<T>;

}  // namespace tt::stl
