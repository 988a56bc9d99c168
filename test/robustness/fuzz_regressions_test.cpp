// Replays every input in fixtures/fuzz-regressions/ (crashes and property violations the fuzzers
// found, plus hand-written edge cases) through the fuzzers' property checks, and runs the same
// checks over every fixture plan, bad plan and TileLang plan.
#include <gtest/gtest.h>

#include "../test_support.h"
#include "generate_properties.h"
#include "plan_properties.h"

namespace tt_astgen {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> filesIn(const std::string& dir, const std::string& ext = "") {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(testing::fixture(dir), ec))
    if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext) && e.path().extension() != ".md")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string stemOf(const ::testing::TestParamInfo<fs::path>& info) {
  std::string s = info.param.stem().string();
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

class FuzzRegression : public ::testing::TestWithParam<fs::path> {};

TEST_P(FuzzRegression, LoaderPropertiesHold) {
  PlanLoadResult result;
  EXPECT_EQ(robustness::checkLoaderProperties(testing::readFile(GetParam()), result), "");
}

// Accepted regression inputs also go through generate + check, whatever their size.
TEST_P(FuzzRegression, AcceptedPlansGenerateCheckedCode) {
  PlanLoadResult result = parsePlan(testing::readFile(GetParam()));
  if (!result.plan) GTEST_SKIP() << "rejected (as expected for most regression inputs)";
  EXPECT_EQ(robustness::checkGenerateProperties(*result.plan), "");
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, ::testing::ValuesIn(filesIn("fuzz-regressions")), stemOf);

TEST(FuzzRegression, FolderIsNotEmpty) { EXPECT_FALSE(filesIn("fuzz-regressions").empty()); }

// The fuzzers' seed corpus obeys the loader properties too (cheap: no generation).
TEST(FuzzSeeds, LoaderPropertiesHoldForEveryFixture) {
  for (const char* dir : {"plans", "bad-plans", "tilelang"})
    for (const fs::path& p : filesIn(dir, ".json")) {
      PlanLoadResult result;
      EXPECT_EQ(robustness::checkLoaderProperties(testing::readFile(p), result), "") << p;
    }
}

}  // namespace
}  // namespace tt_astgen
