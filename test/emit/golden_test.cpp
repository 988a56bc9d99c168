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

/// The text of raw string literal `variable` in `host` (`... variable = R"delim(text)delim";`).
std::string rawLiteral(const std::string& host, const std::string& variable) {
  size_t at = host.find(" " + variable + " =");
  if (at == std::string::npos) return "<no variable " + variable + ">";
  size_t quote = host.find("R\"", at);
  size_t open = host.find('(', quote);
  if (quote == std::string::npos || open == std::string::npos) return "<no raw literal for " + variable + ">";
  std::string delimiter = host.substr(quote + 2, open - quote - 2);
  size_t close = host.find(")" + delimiter + "\"", open);
  if (close == std::string::npos) return "<unterminated raw literal for " + variable + ">";
  return host.substr(open + 1, close - open - 1);
}

/// Plans also generated with --embed-kernels (one per API profile): main.cpp is golden in
/// expected/<plan>_embedded/, the kernel files equal the plan's own golden files, each embedded
/// literal is its kernel file byte for byte, and main.cpp alone checks clean with every
/// embedded kernel compiled (host once, reader and writer once each, compute three times).
class EmbeddedGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EmbeddedGoldenTest, HostEmbedsTheKernelFilesAndPassesCheck) {
  const std::string name = GetParam();
  PlanLoadResult loaded = loadPlanFile((fixture("plans") / (name + ".json")).string());
  ASSERT_TRUE(loaded.plan.has_value()) << name;
  GenerateResult generated = generateProgram(*loaded.plan, GenerateOptions{.embedKernels = true});
  ASSERT_TRUE(generated.ok()) << generated.error;

  const bool update = std::getenv("TT_ASTGEN_UPDATE_GOLDEN") != nullptr;
  const std::filesystem::path embeddedDir = fixture("expected") / (name + "_embedded");
  std::string host;
  for (const GeneratedFile& f : generated.files) {
    if (f.name != "main.cpp") {
      EXPECT_EQ(f.content, readFile(fixture("expected") / name / f.name)) << f.name << " changed by embedding";
      continue;
    }
    host = f.content;
    if (update) writeFile(embeddedDir / f.name, f.content);
    EXPECT_EQ(f.content, readFile(embeddedDir / f.name)) << "emitted main.cpp differs from " << embeddedDir;
  }
  EXPECT_EQ(host.find("CreateKernel("), std::string::npos);
  for (const char* kernel : {"reader", "compute", "writer"})
    EXPECT_EQ(rawLiteral(host, std::string(kernel) + "_source"),
              readFile(fixture("expected") / name / (std::string(kernel) + ".cpp")))
        << kernel;

  CheckOptions options;
  options.profile = loaded.plan->profile;
  options.arch = loaded.plan->arch;
  CheckReport report = checkFiles({{"main.cpp", host}}, options);
  for (const Diagnostic& d : report.diagnostics) ADD_FAILURE() << d.format();
  ASSERT_EQ(report.units.size(), 6u);
  EXPECT_EQ(report.units[0].file, "main.cpp");
  for (size_t i = 1; i < report.units.size(); ++i) EXPECT_EQ(report.units[i].file.rfind("main.cpp:", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(EmbeddedPlans, EmbeddedGoldenTest,
                         ::testing::Values("matmul_multi_core", "eltwise_add_metal2024", "matmul_bfloat16_metal2026"),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace tt_astgen
