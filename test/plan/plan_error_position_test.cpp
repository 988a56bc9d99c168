// Plan errors carry where they are: the file (loadPlanFile), and the line and column in the JSON
// text of the value their pointer names (the key of an unknown field, the enclosing object of a
// missing one, the parser's position for invalid JSON).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "plan/json_locate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

// Line 1 is "{"; the values sit at known columns.
const char* kPlan = R"({
  "version": "1",
  "name": "m",
  "op": {"kind": "eltwise_unary", "fn": "copy"},
  "buffers": [
    {"name": "a", "role": "input", "shape": [33, 32], "dtpye": "bfloat16"},
    {"name": "c", "role": "output"}
  ],
  "seed": -1
})";

struct Where {
  std::string path;
  unsigned line, column;
  bool operator==(const Where&) const = default;
};

void PrintTo(const Where& w, std::ostream* os) { *os << w.path << "@" << w.line << ":" << w.column; }

std::vector<Where> positions(const PlanLoadResult& r) {
  std::vector<Where> out;
  for (const PlanError& e : r.errors) out.push_back({e.path, e.line, e.column});
  return out;
}

TEST(PlanErrorPosition, EveryErrorOfATextPointsAtItsValue) {
  PlanLoadResult r = parsePlan(kPlan);
  ASSERT_FALSE(r.plan);
  EXPECT_THAT(positions(r), ::testing::ElementsAre(Where{"/buffers/0/shape/0", 6, 46},  // the 33
                                                   Where{"/buffers/0/dtpye", 6, 55},    // the key
                                                   Where{"/buffers/1/shape", 7, 5},     // the object
                                                   Where{"/seed", 9, 11}));
  for (const PlanError& e : r.errors) {
    EXPECT_EQ(e.file, "");
    EXPECT_THAT(e.format(), ::testing::StartsWith("<plan>:" + std::to_string(e.line) + ":"));
  }
}

TEST(PlanErrorPosition, InvalidJsonAndDeepNestingUseTheParsersPosition) {
  PlanLoadResult bad = parsePlan("{\n  \"name\": \"x\",\n}");
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0].path, "");
  EXPECT_EQ(bad.errors[0].line, 3u);
  EXPECT_EQ(bad.errors[0].column, 1u);
  PlanLoadResult deep = parsePlan("\n" + std::string(100, '['));
  ASSERT_EQ(deep.errors.size(), 1u);
  EXPECT_EQ(Where({"", deep.errors[0].line, deep.errors[0].column}), (Where{"", 2, 65}));
}

TEST(PlanErrorPosition, ErrorsAboutTheWholeDocumentHaveNoPosition) {
  PlanLoadResult r = parsePlan("[1]");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 0u);
  EXPECT_EQ(r.errors[0].format(), "<plan>: error: expected an object, got an array");
}

TEST(PlanErrorPosition, FileErrorsNameTheFileAsGiven) {
  PlanLoadResult r = loadPlanFile("no/such/plan.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].format(), "no/such/plan.json: error: cannot read 'no/such/plan.json': No such file or directory");
}

TEST(PlanErrorPosition, LocatorFollowsEscapedKeysAndStopsAtTheDeepestValue) {
  using plan_detail::locateJsonPointer;
  const std::string text = "{\"a/b\": {\"x\": [10, 20]}, \"~\": 1}";
  auto slash = locateJsonPointer(text, "/a~1b/x/1");
  ASSERT_TRUE(slash);
  EXPECT_EQ(slash->column, 20u);
  auto tilde = locateJsonPointer(text, "/~0");
  ASSERT_TRUE(tilde);
  EXPECT_EQ(tilde->column, 31u);
  auto missing = locateJsonPointer(text, "/a~1b/y");  // no "y": the object holding it
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->column, 9u);
  EXPECT_FALSE(locateJsonPointer(text, ""));
  EXPECT_FALSE(locateJsonPointer("42", "/a"));
  auto huge = locateJsonPointer(text, "/a~1b/x/99999999999999999999999");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->column, 15u);
}

}  // namespace
}  // namespace tt_astgen
