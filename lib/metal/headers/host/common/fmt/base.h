// tt-astgen shim for fmt 11's <fmt/base.h>, which the SDK's headers include (core_coord.hpp) and
// which Debian's fmt 9 does not have. It serves fmt's core API (fmt::print, fmt::format_string,
// fmt::formatter, format_to, ...) from <fmt/core.h> and adds the fmt 10/11 additions programs use
// (fmt::println). The rest of fmt (format.h, ranges.h, ...) is Debian's, embedded next to this
// file by cmake/EmbedFiles.cmake.
#pragma once

#include <cstdio>
#include <utility>

#include <fmt/core.h>

#if FMT_VERSION < 100000
FMT_BEGIN_NAMESPACE
template <typename... T>
void println(std::FILE* f, format_string<T...> fmt, T&&... args) {
  fmt::print(f, fmt, std::forward<T>(args)...);
  std::fputc('\n', f);
}
template <typename... T>
void println(format_string<T...> fmt, T&&... args) {
  fmt::println(stdout, fmt, std::forward<T>(args)...);
}
FMT_END_NAMESPACE
#endif
