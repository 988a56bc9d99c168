// Mirrors tt-metal tt_stl/assert.hpp: TT_FATAL(cond, fmt, args...), TT_THROW(fmt, args...) and
// TT_ASSERT(cond[, fmt, args...]) (a no-op unless DEBUG is defined, as in the SDK; in-tree builds
// define DEBUG). Messages are fmt format strings, checked at compile time as the SDK's
// fmt::format_string parameters are; failures throw std::runtime_error with the SDK's layout
// ("TT_FATAL @ file:line: condition\ninfo:\nmessage"). No backtrace in the mock.
#pragma once

#include <cstdlib>
#include <iostream>  // the SDK's assert.hpp brings <iostream> (std::cout/std::cerr) to every host
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/base.h>
#include <fmt/format.h>

namespace tt::assert {

template <typename... Args>
[[noreturn]] void tt_throw_impl(char const* file, int line, char const* assert_type, char const* condition_str,
                                Args const&... args) {
  std::ostringstream out;
  out << assert_type << " @ " << file << ":" << line << ": " << condition_str << "\n";
  if constexpr (sizeof...(args) > 0) out << "info:\n" << fmt::format(args...) << "\n";
  throw std::runtime_error(out.str());
}

[[noreturn]] inline void tt_throw(char const* file, int line, char const* assert_type, char const* condition_str) {
  tt_throw_impl(file, line, assert_type, condition_str);
}

template <typename... Args>
[[noreturn]] void tt_throw(char const* file, int line, char const* assert_type, char const* condition_str,
                           fmt::format_string<Args const&...> fmt, Args const&... args) {
  tt_throw_impl(file, line, assert_type, condition_str, fmt, args...);
}

inline void tt_assert(char const* file, int line, char const* assert_type, bool condition, char const* condition_str) {
  if (!condition) tt_throw(file, line, assert_type, condition_str);
}

template <typename... Args>
void tt_assert(char const* file, int line, char const* assert_type, bool condition, char const* condition_str,
               fmt::format_string<Args const&...> fmt, Args const&... args) {
  if (!condition) tt_throw(file, line, assert_type, condition_str, fmt, args...);
}

}  // namespace tt::assert

#ifdef DEBUG
#ifndef TT_ASSERT
#define TT_ASSERT(condition, ...)                                                                         \
  do {                                                                                                    \
    if (!(condition)) [[unlikely]]                                                                        \
      tt::assert::tt_assert(__FILE__, __LINE__, "TT_ASSERT", (condition), #condition __VA_OPT__(, ) __VA_ARGS__); \
  } while (0)
#endif
#else
#define TT_ASSERT(condition, ...)
#endif

#ifndef TT_THROW
#define TT_THROW(...) tt::assert::tt_throw(__FILE__, __LINE__, "TT_THROW", "tt::exception" __VA_OPT__(, ) __VA_ARGS__)
#endif

#ifndef TT_FATAL
#define TT_FATAL(condition, message, ...)                                                                   \
  do {                                                                                                      \
    if (!(condition)) [[unlikely]] {                                                                        \
      tt::assert::tt_throw(__FILE__, __LINE__, "TT_FATAL", #condition, message __VA_OPT__(, ) __VA_ARGS__); \
      __builtin_unreachable();                                                                              \
    }                                                                                                       \
  } while (0)
#endif
