#include "identifiers.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace tt_astgen {
namespace plan_detail {
namespace {

// C++20 keywords ([lex.key]).
constexpr std::string_view kKeywords[] = {
    "alignas",     "alignof",      "asm",          "auto",        "bool",
    "break",       "case",         "catch",        "char",        "char8_t",
    "char16_t",    "char32_t",     "class",        "concept",     "const",
    "consteval",   "constexpr",    "constinit",    "const_cast",  "continue",
    "co_await",    "co_return",    "co_yield",     "decltype",    "default",
    "delete",      "do",           "double",       "dynamic_cast", "else",
    "enum",        "explicit",     "export",       "extern",      "false",
    "float",       "for",          "friend",       "goto",        "if",
    "inline",      "int",          "long",         "mutable",     "namespace",
    "new",         "noexcept",     "nullptr",      "operator",    "private",
    "protected",   "public",       "register",     "reinterpret_cast", "requires",
    "return",      "short",        "signed",       "sizeof",      "static",
    "static_assert", "static_cast", "struct",      "switch",      "template",
    "this",        "thread_local", "throw",        "true",        "try",
    "typedef",     "typeid",       "typename",     "union",       "unsigned",
    "using",       "virtual",      "void",         "volatile",    "wchar_t",
    "while",
    // Identifiers with special meaning ([lex.name]): legal as names, but `import` and `module`
    // at the start of a line are module directives in C++20; reject all four to be safe.
    "final",       "override",     "import",       "module",
};

// Alternative tokens ([lex.digraph]): `and` is `&&`, not an identifier.
constexpr std::string_view kAlternativeTokens[] = {
    "and", "and_eq", "bitand", "bitor", "compl", "not", "not_eq", "or", "or_eq", "xor", "xor_eq"};

// Keywords of compiler extensions and technical specifications that GCC or Clang accept in
// their default modes, or that cppreference lists as reserved.
constexpr std::string_view kExtensionKeywords[] = {
    "typeof", "atomic_cancel", "atomic_commit", "atomic_noexcept", "synchronized", "reflexpr"};

// Names tt-metal's kernel build defines as macros or uses as entry points, and standard macros
// that would silently replace a variable of that name.
constexpr std::string_view kPredefinedNames[] = {
    "MAIN", "NAMESPACE", "ALWI", "MATH", "PACK", "UNPACK", "kernel_main", "main",
    "NULL", "assert", "errno"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::string> identifierProblem(const std::string& s) {
  const std::string quoted = describe(Json(s));
  if (s.empty()) return std::string("expected a non-empty name");
  if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return "expected an ASCII C++ identifier, got " + quoted;
  if (!(isAsciiLetter(s[0]) || s[0] == '_') ||
      !std::all_of(s.begin(), s.end(),
                   [](char c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == '_'; }))
    return "expected a C++ identifier (a letter, then letters, digits or '_'), got " + quoted;
  if (s[0] == '_')
    return quoted + " is reserved: names may not start with '_'";
  if (s.find("__") != std::string::npos)
    return quoted + " is reserved: names may not contain \"__\"";
  if (contains(kKeywords, s)) return quoted + " is a C++ keyword";
  if (contains(kAlternativeTokens, s)) return quoted + " is a C++ alternative token";
  if (contains(kExtensionKeywords, s)) return quoted + " is a keyword of a C++ extension";
  if (contains(kPredefinedNames, s))
    return quoted + " is a predefined name (macro or entry point) in generated code";
  return std::nullopt;
}

bool checkName(const std::string& name, const std::string& path, Diagnostics& d) {
  if (auto problem = identifierProblem(name)) {
    d.error(path, *problem);
    return false;
  }
  if (name.back() == '_') {
    d.error(path, describe(Json(name)) + " ends with '_': generated names such as \"" + name +
                      "_addr\" would contain \"__\", which is reserved");
    return false;
  }
  if (name.size() > kMaxNameLength) {
    d.error(path, "expected at most " + std::to_string(kMaxNameLength) + " characters, got " +
                      std::to_string(name.size()));
    return false;
  }
  return true;
}

}  // namespace plan_detail

bool isSafeIdentifier(const std::string& s) { return !plan_detail::identifierProblem(s); }

}  // namespace tt_astgen
