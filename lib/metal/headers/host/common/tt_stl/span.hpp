// Mirrors tt-metal tt_stl/span.hpp: tt::stl::Span, a std::span that is constructible from containers.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <type_traits>
#include <vector>

namespace tt::stl {

template <class T, std::size_t Extent = std::dynamic_extent>
class Span : public std::span<T, Extent> {
 public:
  using std::span<T, Extent>::span;
  constexpr Span() noexcept = default;
  constexpr Span(std::span<T, Extent> s) noexcept : std::span<T, Extent>(s) {}
  // As the SDK's Span: a Span<const T> can view a braced list (valid for the full-expression only).
  template <class U = T>
    requires(std::is_const_v<U> && Extent == std::dynamic_extent)
  constexpr Span(std::initializer_list<std::remove_cv_t<T>> il) noexcept : std::span<T, Extent>(il.begin(), il.size()) {}
};

template <class T>
Span(const std::vector<T>&) -> Span<const T>;
template <class T>
Span(std::vector<T>&) -> Span<T>;

}  // namespace tt::stl
