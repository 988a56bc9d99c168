// Mirrors tt-metal tt_stl/assert.hpp: TT_FATAL(cond, fmt, args...), TT_THROW(fmt, args...),
// TT_ASSERT(cond[, fmt, args...]). Formatting supports sequential "{}" placeholders; failures throw
// std::runtime_error (as the SDK's tt::assert machinery does).
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace tt::assert_mock {

template <class T, class = void>
struct is_streamable : std::false_type {};
template <class T>
struct is_streamable<T, std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::true_type {};

inline void format_rest(std::ostringstream& out, std::string_view fmt) { out << fmt; }
template <class Arg, class... Rest>
void format_rest(std::ostringstream& out, std::string_view fmt, const Arg& arg, const Rest&... rest) {
  const auto pos = fmt.find("{}");
  if (pos == std::string_view::npos) {
    out << fmt;
    return;
  }
  out << fmt.substr(0, pos);
  if constexpr (is_streamable<Arg>::value) out << arg; else out << "<?>";
  format_rest(out, fmt.substr(pos + 2), rest...);
}

template <class... Args>
[[noreturn]] void fatal(const char* file, int line, const char* condition, std::string_view fmt, const Args&... args) {
  std::ostringstream out;
  out << "TT_FATAL @ " << file << ":" << line;
  if (condition) out << ": " << condition;
  out << "\ninfo:\n";
  format_rest(out, fmt, args...);
  throw std::runtime_error(out.str());
}
[[noreturn]] inline void fatal(const char* file, int line, const char* condition) { fatal(file, line, condition, ""); }

}  // namespace tt::assert_mock

#define TT_FATAL(condition, message, ...)                                                              \
  do {                                                                                                 \
    if (!(condition)) [[unlikely]]                                                                     \
      ::tt::assert_mock::fatal(__FILE__, __LINE__, #condition, message __VA_OPT__(, ) __VA_ARGS__);    \
  } while (0)
#define TT_THROW(message, ...) ::tt::assert_mock::fatal(__FILE__, __LINE__, nullptr, message __VA_OPT__(, ) __VA_ARGS__)
#define TT_ASSERT(condition, ...)                                                                      \
  do {                                                                                                 \
    if (!(condition)) [[unlikely]]                                                                     \
      ::tt::assert_mock::fatal(__FILE__, __LINE__, #condition __VA_OPT__(, ) __VA_ARGS__);             \
  } while (0)
