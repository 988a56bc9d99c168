// Every fixtures/bad-plans/<rule>.json is rejected with exactly the lines of <rule>.expected
// ("<rule>.json:line:column: error: /pointer: message", as the CLI prints them).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_paths.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

std::string readText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class BadPlan : public ::testing::TestWithParam<std::string> {};

TEST_P(BadPlan, ReportsExpectedErrors) {
  const std::string rule = GetParam();
  const auto json = test::fixturePath("bad-plans/" + rule + ".json");
  const auto expectedPath = test::fixturePath("bad-plans/" + rule + ".expected");
  ASSERT_TRUE(std::filesystem::exists(expectedPath)) << "missing " << expectedPath;

  PlanLoadResult r = loadPlanFile(json.string());
  EXPECT_FALSE(r.plan.has_value()) << rule << " was accepted";
  std::string actual;
  for (PlanError e : r.errors) {
    EXPECT_EQ(e.file, json.string());
    e.file = json.filename().string();  // the .expected files name the plan as "<rule>.json"
    actual += e.format() + "\n";
  }
  EXPECT_EQ(actual, readText(expectedPath)) << "rule: " << rule;
}

std::string paramName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

INSTANTIATE_TEST_SUITE_P(Fixtures, BadPlan,
                         ::testing::ValuesIn(test::fixtureStems("bad-plans", ".json")), paramName);

TEST(BadPlans, EveryExpectedFileHasAPlan) {
  const auto plans = test::fixtureStems("bad-plans", ".json");
  const auto expected = test::fixtureStems("bad-plans", ".expected");
  EXPECT_EQ(plans, expected);
  EXPECT_GE(plans.size(), 40u);
}

}  // namespace
}  // namespace tt_astgen
