// The plan picture (plan_picture.h, `tt-astgen plan --svg`): golden SVGs for a few plans chosen
// for their grids (8x8 even, 8x8 uneven, 1x1, 13x10, 4x4 with an idle core), determinism and
// basic well-formedness for every fixture plan, XML escaping, and the CLI around it.
// Regenerate the goldens with TT_ASTGEN_UPDATE_GOLDEN=1 after an intended change, and look at them:
//   rsvg-convert test/picture/golden/eltwise_add.svg -o /tmp/eltwise_add.png
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "../test_support.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/plan_picture.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;
using testing::readFile;
using testing::runCli;
namespace fs = std::filesystem;

fs::path pictureDir() { return testing::sourceDir() / "test" / "picture"; }

Plan load(const fs::path& path) {
  PlanLoadResult r = loadPlanFile(path.string());
  if (!r.plan) {
    ADD_FAILURE() << path << ": " << (r.errors.empty() ? "?" : r.errors[0].format());
    return {};
  }
  return *r.plan;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesGolden) {
  const std::string name = GetParam();
  fs::path plan = testing::fixture("plans") / (name + ".json");
  if (!fs::exists(plan)) plan = pictureDir() / "plans" / (name + ".json");
  const std::string svg = planToSvg(load(plan));
  const fs::path golden = pictureDir() / "golden" / (name + ".svg");
  const char* update = std::getenv("TT_ASTGEN_UPDATE_GOLDEN");
  if (update && *update) testing::writeFile(golden, svg);
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing; run with TT_ASTGEN_UPDATE_GOLDEN=1";
  EXPECT_EQ(svg, readFile(golden)) << "picture of " << name << " changed; if intended, regenerate the goldens "
                                   << "(TT_ASTGEN_UPDATE_GOLDEN=1) and look at them rendered";
}

INSTANTIATE_TEST_SUITE_P(Plans, Golden,
                         ::testing::Values("eltwise_add", "matmul_multi_core", "matmul_single_core", "matmul_blackhole",
                                           "idle_cores_4x4", "picture_matmul_bias_relu", "picture_long_chain_float16",
                                           "picture_reduce_max_row"));

TEST(Picture, EveryFixturePlanIsDeterministicAndWellFormed) {
  for (const fs::path& path : testing::fixturePlans()) {
    SCOPED_TRACE(path.filename().string());
    const Plan plan = load(path);
    const std::string a = planToSvg(plan);
    EXPECT_EQ(a, planToSvg(plan));
    EXPECT_EQ(a.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 0), 0u);
    EXPECT_EQ(a.substr(a.size() - 7), "</svg>\n");
    EXPECT_EQ(count(a, "<g"), count(a, "</g>"));
    EXPECT_EQ(count(a, "<text"), count(a, "</text>"));
    // One cell per core of the grid (idle or not): each has a tooltip naming the core.
    EXPECT_EQ(count(a, "<title>core ("), size_t(plan.gridX) * plan.gridY);
    // Every CB appears with its id, depth and page size.
    for (const CbSpec& cb : plan.cbs) {
      EXPECT_THAT(a, HasSubstr("CB c_" + std::to_string(cb.id) + " · " + cb.buffer));
      EXPECT_THAT(a, HasSubstr(std::to_string(cb.numPages) + " × " + std::to_string(cb.pageSize) + " B"));
    }
    EXPECT_THAT(a, HasSubstr(plan.name + " — "));
    EXPECT_THAT(a, HasSubstr(toString(plan.output().dtype)));
  }
}

TEST(Picture, IdleCoresAreGreyAndLoadedCoresAreNot) {
  const std::string svg = planToSvg(load(pictureDir() / "plans" / "idle_cores_4x4.json"));
  EXPECT_EQ(count(svg, ": idle</title>"), 1u);
  EXPECT_THAT(svg, HasSubstr("<title>core (3, 3): idle</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>core (2, 3): tiles 11 (1)</title>"));
  EXPECT_THAT(svg, HasSubstr("cores used: 15 of 16 (1 idle)"));
}

TEST(Picture, UnevenLoadGetsTwoIntensities) {
  const std::string svg = planToSvg(load(testing::fixture("plans") / "matmul_multi_core.json"));
  EXPECT_THAT(svg, HasSubstr("<title>core (0, 0): tiles 0–2 (3)</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>core (7, 7): tiles 142–143 (2)</title>"));
  EXPECT_THAT(svg, HasSubstr("tiles per core: 2–3"));
}

TEST(PlanCli, SvgToStdoutEqualsTheLibrary) {
  const fs::path plan = testing::fixture("plans") / "eltwise_add.json";
  auto r = runCli("plan " + plan.string() + " --svg -");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.output, planToSvg(load(plan)));
}

TEST(PlanCli, SvgFileIsWritten) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "plan.svg";
  auto r = runCli("plan " + (testing::fixture("plans") / "matmul_single_core.json").string() + " --svg " + out.string());
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("wrote " + out.string()));
  EXPECT_EQ(readFile(out), planToSvg(load(testing::fixture("plans") / "matmul_single_core.json")));
  // Only the file: no temporary left behind.
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 1);
}

TEST(PlanCli, SummaryWithoutSvg) {
  auto r = runCli("plan " + (testing::fixture("plans") / "eltwise_add.json").string());
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_THAT(r.output, HasSubstr("plan eltwise_add: eltwise_binary on 8x8 cores"));
  EXPECT_THAT(r.output, HasSubstr("cb c_16"));
}

TEST(PlanCli, SummaryOfAChainListsItsStepsAndItsOwnCbs) {
  auto r = runCli("plan " + (pictureDir() / "plans" / "picture_matmul_bias_relu.json").string());
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("plan matmul_bias_relu: chain matmul(a, w) -> add(bias, row) -> relu on 4x4 cores"));
  EXPECT_THAT(r.output, HasSubstr("cb c_2  bias"));
  EXPECT_THAT(r.output, HasSubstr("cb c_24 (intermediate) 2 x 4096 B (float32)"));
  r = runCli("plan " + (pictureDir() / "plans" / "picture_reduce_max_row.json").string());
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("chain reduce(x, max, row) -> exp"));
  EXPECT_THAT(r.output, HasSubstr("cb c_1  (scaler)     1 x 2048 B (bfloat16)"));
}

TEST(Picture, ChainStepsAndComputeLocalCbs) {
  const std::string svg = planToSvg(load(pictureDir() / "plans" / "picture_long_chain_float16.json"));
  // Every step in the compute box, later binary steps with the intermediate CB they read.
  for (const char* step : {">sub(x, m, col)<", ">→ exp<", ">→ mul(s, scalar) · c_24<", ">→ div(x) · c_25<", ">→ gelu<"})
    EXPECT_THAT(svg, HasSubstr(step));
  EXPECT_THAT(svg, HasSubstr(">CB c_24 · intermediate<"));
  EXPECT_THAT(svg, HasSubstr("circular buffer c_25 for the running result of the chain"));
  EXPECT_THAT(svg, HasSubstr("(col bcast)"));
}

TEST(PlanCli, PlanErrorsAreClangStyleWithLineAndColumn) {
  const fs::path bad = testing::fixture("bad-plans") / "multiple_errors.json";
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "x.svg";
  auto r = runCli("plan " + bad.string() + " --svg " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr(bad.string() + ":3:11: error: /name: \"class\" is a C++ keyword"));
  EXPECT_THAT(r.output, HasSubstr(bad.string() + ":6:46: error: /buffers/0/shape/0: expected a multiple of 32"));
  EXPECT_FALSE(fs::exists(out));
  // Not a terminal: no color escapes.
  EXPECT_EQ(r.output.find('\033'), std::string::npos);
}

TEST(PlanCli, UnknownFieldPointsAtTheKeyAndMissingFieldAtItsObject) {
  const fs::path bad = testing::fixture("bad-plans") / "unknown_field.json";
  auto r = runCli("plan " + bad.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr(bad.string() + ":6:36: error: /buffers/0/shpe: unknown field"));
  EXPECT_THAT(r.output, HasSubstr(bad.string() + ":6:5: error: /buffers/0/shape: missing required field"));
}

TEST(PlanCli, InvalidJsonIsAtTheParsersPosition) {
  auto r = runCli("plan " + (testing::fixture("bad-plans") / "invalid_json.json").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr("invalid_json.json:4:1: error: invalid JSON: parse error at line 4, column 1"));
}

TEST(PlanCli, UsageErrors) {
  EXPECT_EQ(runCli("plan").exitCode, 2);
  EXPECT_EQ(runCli("plan a.json b.json").exitCode, 2);
  EXPECT_EQ(runCli("plan " + (testing::fixture("plans") / "eltwise_add.json").string() + " --svg").exitCode, 2);
  auto dir = runCli("plan " + (testing::fixture("plans") / "eltwise_add.json").string() + " --svg " +
                    testing::sourceDir().string());
  EXPECT_EQ(dir.exitCode, 2);
  EXPECT_THAT(dir.output, HasSubstr("is a directory"));
}

}  // namespace
}  // namespace tt_astgen
