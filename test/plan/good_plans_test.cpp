// Every fixtures/plans/*.json loads without errors and survives normalization:
// parsePlan(toJson(p)) == p, and toJson is a fixed point.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_paths.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

std::string errorText(const PlanLoadResult& r) {
  std::string s;
  for (const auto& e : r.errors) s += e.detail() + "\n";
  return s;
}

Plan load(const std::string& rel) {
  PlanLoadResult r = loadPlanFile(test::fixturePath(rel).string());
  EXPECT_TRUE(r.errors.empty()) << errorText(r);
  return r.plan.value_or(Plan{});
}

class GoodPlan : public ::testing::TestWithParam<std::string> {};

TEST_P(GoodPlan, LoadsAndRoundTrips) {
  PlanLoadResult r = loadPlanFile(test::fixturePath("plans/" + GetParam() + ".json").string());
  ASSERT_TRUE(r.plan.has_value()) << errorText(r);
  ASSERT_TRUE(r.errors.empty());
  const Plan& p = *r.plan;
  EXPECT_EQ(p.name, GetParam()) << "fixture files are named after their plan";

  const std::string normalized = toJson(p);
  PlanLoadResult again = parsePlan(normalized);
  ASSERT_TRUE(again.plan.has_value()) << errorText(again) << normalized;
  const Plan& q = *again.plan;
  // Field by field first, for readable failures; then the whole.
  EXPECT_EQ(q.version, p.version);
  EXPECT_EQ(q.name, p.name);
  EXPECT_EQ(q.profile, p.profile);
  EXPECT_EQ(q.arch, p.arch);
  EXPECT_EQ(q.op, p.op);
  EXPECT_EQ(q.binaryOp, p.binaryOp);
  EXPECT_EQ(q.unaryOp, p.unaryOp);
  EXPECT_EQ(q.buffers, p.buffers);
  EXPECT_EQ(q.gridX, p.gridX);
  EXPECT_EQ(q.gridY, p.gridY);
  EXPECT_EQ(q.split, p.split);
  EXPECT_EQ(q.cores, p.cores);
  EXPECT_EQ(q.cbs, p.cbs);
  EXPECT_EQ(q.compute, p.compute);
  EXPECT_EQ(q.runtimeArgs, p.runtimeArgs);
  EXPECT_EQ(q.seed, p.seed);
  EXPECT_EQ(q.tolerance, p.tolerance);
  EXPECT_EQ(q, p);
  EXPECT_EQ(toJson(q), normalized);
}

TEST_P(GoodPlan, ResolvedModelInvariants) {
  const Plan p = load("plans/" + GetParam() + ".json");
  // Buffers: inputs, then exactly one output, last.
  ASSERT_GE(p.buffers.size(), 2u);
  EXPECT_EQ(p.buffers.back().role, BufferRole::Output);
  for (size_t i = 0; i + 1 < p.buffers.size(); ++i) EXPECT_EQ(p.buffers[i].role, BufferRole::Input);
  // Every output tile exactly once, every core inside the grid and busy.
  std::vector<int> seen(p.numOutputTiles(), 0);
  for (const auto& c : p.cores) {
    EXPECT_LT(c.x, p.gridX);
    EXPECT_LT(c.y, p.gridY);
    EXPECT_GT(c.count, 0u);
    for (uint32_t t = c.startTile; t < c.startTile + c.count; ++t) ++seen.at(t);
  }
  for (size_t t = 0; t < seen.size(); ++t) EXPECT_EQ(seen[t], 1) << "tile " << t;
  // One CB per buffer, in buffer order, then the chain's own: a reduce's scaler and one
  // intermediate per binary step after step 0; a tile per page.
  ASSERT_FALSE(p.chain.empty());
  size_t chainCbs = p.chain[0].kind == StepKind::Reduce ? 1 : 0;
  for (size_t i = 1; i < p.chain.size(); ++i) chainCbs += p.chain[i].kind == StepKind::Binary;
  ASSERT_EQ(p.cbs.size(), p.buffers.size() + chainCbs);
  for (size_t i = 0; i < p.cbs.size(); ++i) {
    if (i < p.buffers.size()) {
      EXPECT_EQ(p.cbs[i].buffer, p.buffers[i].name);
      EXPECT_EQ(p.cbs[i].role, p.buffers[i].role == BufferRole::Input ? CbRole::Input : CbRole::Output);
    } else {
      EXPECT_EQ(p.cbs[i].buffer, "");
      EXPECT_TRUE(p.cbs[i].role == CbRole::Intermediate || p.cbs[i].role == CbRole::Scaler);
    }
    EXPECT_EQ(p.cbs[i].pageSize, tileBytes(p.cbs[i].dtype));
  }
  EXPECT_GT(p.tolerance, 0.0);
  EXPECT_FALSE(p.runtimeArgs.reader.empty());
  EXPECT_FALSE(p.runtimeArgs.compute.empty());
  EXPECT_FALSE(p.runtimeArgs.writer.empty());
}

std::string paramName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

INSTANTIATE_TEST_SUITE_P(Fixtures, GoodPlan, ::testing::ValuesIn(test::fixtureStems("plans", ".json")),
                         paramName);

TEST(GoodPlans, AllRequiredFixturesExist) {
  const auto stems = test::fixtureStems("plans", ".json");
  for (const char* name : {"matmul_single_core", "matmul_multi_core", "eltwise_add", "eltwise_sub",
                           "eltwise_mul", "unary_relu", "unary_exp", "unary_copy", "matmul_float32",
                           "matmul_bfloat8_b", "eltwise_add_float32", "eltwise_add_bfloat8_b",
                           "matmul_grid_4x2", "eltwise_add_explicit_cores"})
    EXPECT_THAT(stems, ::testing::Contains(name));
}

TEST(GoodPlans, MatmulMultiCoreIsAnUnevenContiguousSplit) {
  const Plan p = load("plans/matmul_multi_core.json");
  EXPECT_EQ(p.mt(), 12u);
  EXPECT_EQ(p.kt(), 8u);
  EXPECT_EQ(p.nt(), 12u);
  ASSERT_EQ(p.cores.size(), 64u);  // 144 tiles over 8x8: 16 cores get 3, 48 get 2
  for (size_t i = 0; i < 64; ++i) {
    EXPECT_EQ(p.cores[i].x, i / 8);
    EXPECT_EQ(p.cores[i].y, i % 8);
    EXPECT_EQ(p.cores[i].count, i < 16 ? 3u : 2u);
  }
  EXPECT_EQ(p.cores[16].startTile, 48u);
}

TEST(GoodPlans, NonSquareGrid) {
  const Plan p = load("plans/matmul_grid_4x2.json");
  EXPECT_EQ(p.gridX, 4u);
  EXPECT_EQ(p.gridY, 2u);
  ASSERT_EQ(p.cores.size(), 8u);  // 60 tiles: 4 cores get 8, 4 get 7
  EXPECT_EQ(p.cores[1], (CoreWork{0, 1, 8, 8}));
  EXPECT_EQ(p.cores[7], (CoreWork{3, 1, 53, 7}));
  EXPECT_EQ(p.buffers[0].name, "lhs");
  EXPECT_THAT(p.runtimeArgs.reader, ::testing::ElementsAre("lhs_addr", "rhs_addr", "Mt", "Kt", "Nt",
                                                           "start_tile", "num_tiles"));
  EXPECT_THAT(p.runtimeArgs.writer, ::testing::ElementsAre("out_addr", "num_tiles", "start_tile"));
}

TEST(GoodPlans, ExplicitCoreTableKeepsItsOrder) {
  const Plan p = load("plans/eltwise_add_explicit_cores.json");
  EXPECT_EQ(p.split, SplitKind::Explicit);
  ASSERT_EQ(p.cores.size(), 4u);
  EXPECT_EQ(p.cores[2], (CoreWork{1, 1, 60, 4}));
  EXPECT_EQ(p.cores[3], (CoreWork{0, 1, 40, 20}));
}

TEST(GoodPlans, ExplicitCbsAndTileLangArgumentAliases) {
  const Plan p = load("plans/eltwise_mul_explicit_cbs.json");
  EXPECT_EQ(p.binaryOp, BinaryOpKind::Mul);
  for (const auto& cb : p.cbs) EXPECT_EQ(cb.numPages, 4u);
  EXPECT_THAT(p.runtimeArgs.reader, ::testing::ElementsAre("a_addr", "b_addr", "start_tile", "num_tiles"));
  EXPECT_THAT(p.runtimeArgs.compute, ::testing::ElementsAre("num_tiles"));  // default
  EXPECT_THAT(p.runtimeArgs.writer, ::testing::ElementsAre("c_addr", "num_tiles", "start_tile"));
  EXPECT_EQ(p.seed, 7u);
  EXPECT_DOUBLE_EQ(p.tolerance, 0.02);
}

TEST(GoodPlans, DtypeVariants) {
  const Plan f32 = load("plans/matmul_float32.json");
  EXPECT_EQ(f32.cbs[0].pageSize, 4096u);
  EXPECT_DOUBLE_EQ(f32.tolerance, 0.02);
  EXPECT_TRUE(f32.compute.fp32DestAccEn);
  const Plan bfp8 = load("plans/matmul_bfloat8_b.json");
  EXPECT_EQ(bfp8.cbs[2].pageSize, 1088u);
  EXPECT_DOUBLE_EQ(bfp8.tolerance, 0.15);
  EXPECT_EQ(bfp8.compute.mathFidelity, MathFidelity::HiFi2);
  EXPECT_DOUBLE_EQ(load("plans/eltwise_add_float32.json").tolerance, 0.01);
  EXPECT_DOUBLE_EQ(load("plans/eltwise_add_bfloat8_b.json").tolerance, 0.1);
  EXPECT_DOUBLE_EQ(load("plans/eltwise_add.json").tolerance, 0.05);
}

TEST(GoodPlans, UnaryOps) {
  const Plan relu = load("plans/unary_relu.json");
  EXPECT_EQ(relu.op, OpKind::EltwiseUnary);
  EXPECT_EQ(relu.unaryOp, UnaryOpKind::Relu);
  EXPECT_EQ(relu.kt(), 1u);
  ASSERT_EQ(relu.cbs.size(), 2u);
  EXPECT_EQ(relu.cbs[0].id, 0u);
  EXPECT_EQ(relu.cbs[1].id, 16u);
  EXPECT_THAT(relu.runtimeArgs.reader, ::testing::ElementsAre("a_addr", "start_tile", "num_tiles"));
  EXPECT_THAT(relu.runtimeArgs.compute, ::testing::ElementsAre("num_tiles"));
  EXPECT_THAT(relu.runtimeArgs.writer, ::testing::ElementsAre("c_addr", "num_tiles", "start_tile"));
  EXPECT_EQ(load("plans/unary_exp.json").unaryOp, UnaryOpKind::Exp);
  EXPECT_TRUE(load("plans/unary_exp.json").compute.mathApproxMode);
  EXPECT_EQ(load("plans/unary_copy.json").unaryOp, UnaryOpKind::Copy);
}

TEST(GoodPlans, Blackhole) {
  const Plan p = load("plans/matmul_blackhole.json");
  EXPECT_EQ(p.arch, Arch::Blackhole);
  EXPECT_EQ(p.cores.size(), 130u);  // 256 tiles over 13x10: 126 cores get 2, 4 get 1
  EXPECT_EQ(p.cores[125].count, 2u);
  EXPECT_EQ(p.cores[126].count, 1u);
  EXPECT_EQ(p.cores[129], (CoreWork{12, 9, 255, 1}));
}

}  // namespace
}  // namespace tt_astgen
