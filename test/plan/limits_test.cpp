// Text-level limits and failures: size, nesting, invalid JSON, duplicate keys, unreadable files,
// and robustness against arbitrary input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "test_paths.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

std::vector<std::string> errorLines(const PlanLoadResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.detail());
  return out;
}

std::string readFixture(const std::string& rel) {
  std::ifstream in(test::fixturePath(rel), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(Limits, TextLargerThan16MiBIsRejectedBeforeParsing) {
  std::string text = "{\"name\": \"" + std::string(kMaxPlanBytes, 'a') + "\"}";
  PlanLoadResult r = parsePlan(text);
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r), ::testing::ElementsAre("plan is " + std::to_string(text.size()) +
                                                    " bytes, more than the limit of 16777216 bytes (16 MiB)"));
}

TEST(Limits, FileLargerThan16MiBIsRejectedWithoutReadingItAll) {
  const auto path = std::filesystem::temp_directory_path() / "tt_astgen_plan_too_large.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(kMaxPlanBytes + 10, ' ');
  }
  PlanLoadResult r = loadPlanFile(path.string());
  std::filesystem::remove(path);
  EXPECT_THAT(errorLines(r), ::testing::ElementsAre("plan is 16777226 bytes, more than the limit of "
                                                    "16777216 bytes (16 MiB)"));
}

std::string nested(int depth) {
  // The root object is level 1; depth - 1 arrays inside it.
  return "{\"version\": " + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
}

TEST(Limits, NestingDepth) {
  PlanLoadResult ok = parsePlan(nested(64));
  for (const auto& line : errorLines(ok)) EXPECT_THAT(line, ::testing::Not(::testing::HasSubstr("nests deeper")));
  PlanLoadResult bad = parsePlan(nested(65));
  EXPECT_THAT(errorLines(bad), ::testing::ElementsAre("JSON nests deeper than 64 levels at line 1, column 76"));
  // Brackets inside strings (escaped quotes included) do not count.
  PlanLoadResult str = parsePlan("{\"name\": \"\\\"" + std::string(100, '[') + "\"}");
  for (const auto& line : errorLines(str)) EXPECT_THAT(line, ::testing::Not(::testing::HasSubstr("nests deeper")));
  // Very deep input fails fast and does not exhaust the stack.
  PlanLoadResult deep = parsePlan(std::string(1000000, '['));
  EXPECT_EQ(deep.errors.size(), 1u);
}

TEST(Limits, InvalidJsonIsOneErrorWithLineAndColumn) {
  EXPECT_THAT(errorLines(parsePlan("")),
              ::testing::ElementsAre("invalid JSON: parse error at line 1, column 1: syntax error while "
                                     "parsing value - unexpected end of input; expected '[', '{', or a literal"));
  EXPECT_THAT(errorLines(parsePlan("{\n  \"version\": \"1\"\n  \"name\": \"x\"\n}")),
              ::testing::ElementsAre(::testing::StartsWith("invalid JSON: parse error at line 3, column 8:")));
  // Comments are not JSON.
  EXPECT_THAT(errorLines(parsePlan("// c\n{}")), ::testing::ElementsAre(::testing::HasSubstr("invalid JSON")));
}

TEST(Limits, DuplicateKeysAreReportedAtTheirPath) {
  std::string text = readFixture("plans/matmul_single_core.json");
  const std::string from = "\"shape\": [640, 640]}";
  text.replace(text.find(from, text.find("\"b\"")), from.size(), "\"shape\": [640, 640], \"shape\": [640, 640]}");
  EXPECT_THAT(errorLines(parsePlan(text)), ::testing::ElementsAre("/buffers/1/shape: duplicate field"));
}

TEST(Limits, UnreadableFiles) {
  EXPECT_THAT(errorLines(loadPlanFile("no/such/plan.json")),
              ::testing::ElementsAre("cannot read 'no/such/plan.json': No such file or directory"));
  const std::string dir = test::fixturePath("plans").string();
  EXPECT_THAT(errorLines(loadPlanFile(dir)),
              ::testing::ElementsAre("cannot read '" + dir + "': Is a directory"));
}

TEST(Limits, ArbitraryMutationsNeverThrowOrCrash) {
  const std::string original = readFixture("plans/matmul_multi_core.json");
  std::mt19937 rng(1234);
  const std::string alphabet = "{}[]\",:0123456789-.eE abcxyz_\\\n";
  int accepted = 0;
  for (int iteration = 0; iteration < 10000; ++iteration) {
    std::string text = original;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const size_t pos = rng() % text.size();
      switch (rng() % 3) {
        case 0: text[pos] = alphabet[rng() % alphabet.size()]; break;
        case 1: text.erase(pos, 1 + rng() % 8); break;
        default: text.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
      }
    }
    PlanLoadResult r;
    ASSERT_NO_THROW(r = parsePlan(text)) << text;
    EXPECT_EQ(r.plan.has_value(), r.errors.empty());
    for (const auto& e : r.errors) {
      EXPECT_EQ(e.format().find('\n'), std::string::npos) << e.format();
      EXPECT_FALSE(e.message.empty());
    }
    if (r.plan) {
      ++accepted;
      PlanLoadResult again = parsePlan(toJson(*r.plan));
      ASSERT_TRUE(again.plan) << toJson(*r.plan);
      EXPECT_EQ(*again.plan, *r.plan);
    }
  }
  EXPECT_GT(accepted, 0);
}

}  // namespace
}  // namespace tt_astgen
