// isSafeIdentifier and the "did you mean" hints.
#include <gtest/gtest.h>

#include "../../lib/plan/suggest.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

TEST(IsSafeIdentifier, AcceptsOrdinaryNames) {
  for (const char* s : {"a", "A", "a_b", "in0", "lhs", "matmul_single_core", "x1_y2", "Kt", "b_", "a_addr",
                        "tile", "std_vector", "c16"})
    EXPECT_TRUE(isSafeIdentifier(s)) << s;
  EXPECT_TRUE(isSafeIdentifier(std::string(200, 'a'))) << "length is the plan's limit, not the identifier's";
}

TEST(IsSafeIdentifier, RejectsNonIdentifiers) {
  for (const char* s : {"", "1a", "a-b", "a b", "a.b", "a$b", "\xc3\xa4", "caf\xc3\xa9", "a\n", "-"})
    EXPECT_FALSE(isSafeIdentifier(s)) << s;
}

TEST(IsSafeIdentifier, RejectsEveryCxx20Keyword) {
  for (const char* s :
       {"alignas", "alignof", "asm", "auto", "bool", "break", "case", "catch", "char", "char8_t", "char16_t",
        "char32_t", "class", "concept", "const", "consteval", "constexpr", "constinit", "const_cast",
        "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend",
        "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "nullptr",
        "operator", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return",
        "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template",
        "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned",
        "using", "virtual", "void", "volatile", "wchar_t", "while"})
    EXPECT_FALSE(isSafeIdentifier(s)) << s;
}

TEST(IsSafeIdentifier, RejectsAlternativeTokensAndSpecialNames) {
  for (const char* s : {"and", "and_eq", "bitand", "bitor", "compl", "not", "not_eq", "or", "or_eq", "xor",
                        "xor_eq", "final", "override", "import", "module", "typeof", "MAIN", "NAMESPACE",
                        "kernel_main", "main"})
    EXPECT_FALSE(isSafeIdentifier(s)) << s;
}

TEST(IsSafeIdentifier, RejectsReservedNames) {
  for (const char* s : {"_a", "_A", "__a", "_", "a__b", "a__", "__"}) EXPECT_FALSE(isSafeIdentifier(s)) << s;
}

TEST(DidYouMean, SuggestsCloseCandidatesOnly) {
  using plan_detail::closestMatch;
  using plan_detail::editDistance;
  EXPECT_EQ(editDistance("shpe", "shape"), 1u);
  EXPECT_EQ(editDistance("shpae", "shape"), 1u);  // a transposition
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  const std::vector<std::string> fields{"name", "role", "shape", "dtype", "memory", "layout"};
  EXPECT_EQ(closestMatch("shpe", fields), "shape");
  EXPECT_EQ(closestMatch("Dtype", fields), "dtype");
  EXPECT_EQ(closestMatch("memroy", fields), "memory");
  EXPECT_EQ(closestMatch("colour", fields), std::nullopt);
  EXPECT_EQ(closestMatch("x", {"y"}), "y");
  EXPECT_EQ(plan_detail::didYouMean("strat_tile", {"start_tile", "num_tiles"}), " (did you mean \"start_tile\"?)");
  EXPECT_EQ(plan_detail::didYouMean("zzz", {"start_tile"}), "");
}

}  // namespace
}  // namespace tt_astgen
