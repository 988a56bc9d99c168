// Golden tests: the emitted files of each fixture plan equal the committed expected files byte for
// byte, and every emitted program passes the checker. To regenerate the expected files on purpose:
//   TT_ASTGEN_UPDATE_GOLDEN=1 ./build/test/emit_tests --gtest_filter='Golden*'
// then review the diff of fixtures/expected/ before committing it.
#include <cstdlib>

#include <gtest/gtest.h>

#include "../test_support.h"
#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

using testing::fixture;
using testing::fixturePlans;
using testing::readFile;
using testing::writeFile;

class GoldenTest : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(GoldenTest, EmittedFilesMatchExpectedAndPassCheck) {
  const std::filesystem::path planPath = GetParam();
  PlanLoadResult loaded = loadPlanFile(planPath.string());
  ASSERT_TRUE(loaded.plan.has_value()) << planPath << ": " << (loaded.errors.empty() ? "" : loaded.errors[0].format());
  GenerateResult generated = generateProgram(*loaded.plan);
  ASSERT_TRUE(generated.ok()) << generated.error;

  const std::filesystem::path expectedDir = fixture("expected") / planPath.stem();
  const bool update = std::getenv("TT_ASTGEN_UPDATE_GOLDEN") != nullptr;
  for (const GeneratedFile& f : generated.files) {
    if (update) writeFile(expectedDir / f.name, f.content);
    ASSERT_TRUE(std::filesystem::exists(expectedDir / f.name))
        << "no expected file " << (expectedDir / f.name) << "; regenerate with TT_ASTGEN_UPDATE_GOLDEN=1";
    EXPECT_EQ(f.content, readFile(expectedDir / f.name)) << "emitted " << f.name << " differs from " << expectedDir;
  }

  std::vector<SourceFile> sources;
  for (const GeneratedFile& f : generated.files)
    if (f.name.ends_with(".cpp")) sources.push_back({f.name, f.content});
  CheckOptions options;
  options.profile = loaded.plan->profile;
  options.arch = loaded.plan->arch;
  CheckReport report = checkFiles(sources, options);
  for (const Diagnostic& d : report.diagnostics) ADD_FAILURE() << d.format();
  // host once, reader and writer once each, compute three times
  EXPECT_EQ(report.units.size(), 6u);
}

std::string planName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  return info.param.stem().string();
}

INSTANTIATE_TEST_SUITE_P(FixturePlans, GoldenTest, ::testing::ValuesIn(fixturePlans()), planName);

}  // namespace
}  // namespace tt_astgen
