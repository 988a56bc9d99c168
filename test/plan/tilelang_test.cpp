// Importing TileLang's tt.plan.json (versions 1.0 and 5.0).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_paths.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

std::vector<std::string> errorLines(const PlanLoadResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.detail());
  return out;
}

PlanLoadResult loadTileLang(const std::string& file, const PlanOverrides& o = {}) {
  return loadPlanFile(test::fixturePath("tilelang/" + file).string(), o);
}

TEST(TileLang, Version1DefaultsToSquareMatmulFromTheGrid) {
  PlanLoadResult r = loadTileLang("plan_v1.json");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  const Plan& p = *r.plan;
  EXPECT_EQ(p.name, "tilelang_matmul");
  EXPECT_EQ(p.op, OpKind::Matmul);
  EXPECT_EQ(p.profile, Profile::Metal2026);
  EXPECT_EQ(p.arch, Arch::WormholeB0);
  // Mt = grid.y, Nt = grid.x, Kt = Mt: 8x8 tiles, 256x256x256 elements.
  ASSERT_EQ(p.buffers.size(), 3u);
  EXPECT_EQ(p.buffers[0], (BufferSpec{"a", BufferRole::Input, {256, 256}, DType::BFloat16, MemoryKind::Dram}));
  EXPECT_EQ(p.buffers[1], (BufferSpec{"b", BufferRole::Input, {256, 256}, DType::BFloat16, MemoryKind::Dram}));
  EXPECT_EQ(p.buffers[2], (BufferSpec{"c", BufferRole::Output, {256, 256}, DType::BFloat16, MemoryKind::Dram}));
  EXPECT_EQ(p.gridX, 8u);
  EXPECT_EQ(p.gridY, 8u);
  EXPECT_EQ(p.split, SplitKind::Explicit);
  ASSERT_EQ(p.cores.size(), 64u);
  for (uint32_t i = 0; i < 64; ++i) EXPECT_EQ(p.cores[i], (CoreWork{i % 8, i / 8, i, 1}));
  EXPECT_THAT(p.runtimeArgs.reader, ::testing::ElementsAre("a_addr", "b_addr", "Mt", "Kt", "Nt", "start_tile",
                                                           "num_tiles"));
  EXPECT_EQ(p.cbs.size(), 3u);
}

TEST(TileLang, Version5WithFewerCoresThanTiles) {
  PlanLoadResult r = loadTileLang("plan_v5.json");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  const Plan& p = *r.plan;
  EXPECT_EQ(p.numOutputTiles(), 64u);
  ASSERT_EQ(p.cores.size(), 16u);
  EXPECT_EQ(p.cores[9], (CoreWork{1, 1, 36, 4}));  // core_id 9 on an 8-wide grid
}

TEST(TileLang, OverridesChooseOpDtypeShapeAndProfile) {
  PlanOverrides o;
  o.op = "sub";
  o.dtype = DType::Float32;
  o.profile = Profile::Metal2024;
  PlanLoadResult r = loadTileLang("plan_v1.json", o);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->name, "tilelang_sub");
  EXPECT_EQ(r.plan->op, OpKind::EltwiseBinary);
  EXPECT_EQ(r.plan->binaryOp, BinaryOpKind::Sub);
  EXPECT_EQ(r.plan->profile, Profile::Metal2024);
  EXPECT_EQ(r.plan->output().dtype, DType::Float32);
  EXPECT_EQ(r.plan->cbs[0].pageSize, 4096u);
  EXPECT_DOUBLE_EQ(r.plan->tolerance, 0.01);

  PlanOverrides k;
  k.k = 512;  // M and N still follow the grid; the K loop is 16 tiles
  r = loadTileLang("plan_v1.json", k);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->buffers[0].shape, (std::vector<uint64_t>{256, 512}));
  EXPECT_EQ(r.plan->buffers[1].shape, (std::vector<uint64_t>{512, 256}));
  EXPECT_EQ(r.plan->kt(), 16u);

  PlanOverrides unary;
  unary.op = "relu";
  r = loadTileLang("plan_v5.json", unary);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  ASSERT_EQ(r.plan->buffers.size(), 2u);
  EXPECT_EQ(r.plan->buffers[1].name, "c");
  EXPECT_EQ(r.plan->unaryOp, UnaryOpKind::Relu);
}

TEST(TileLang, BadOverridesAreReportedAtTheRoot) {
  PlanOverrides o;
  o.op = "dvi";
  o.m = 100;
  PlanLoadResult r = loadTileLang("plan_v1.json", o);
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r),
              ::testing::ElementsAre(
                  "override op: expected one of \"matmul\", \"add\", \"sub\", \"mul\", \"copy\", \"relu\", "
                  "\"exp\", \"div\", \"sqrt\", got \"dvi\" (did you mean \"div\"?)",
                  "override m: expected a positive multiple of 32 (tile size), got 100"));
}

TEST(TileLang, ShapesThatDisagreeWithTheAssignmentsAreRejected) {
  PlanOverrides o;
  o.m = 512;  // 16x8 = 128 tiles, but the file assigns 64
  PlanLoadResult r = loadTileLang("plan_v1.json", o);
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r),
              ::testing::ElementsAre("/grid/total_tiles: expected 128 (the output's Mt*Nt = 16*8 tiles), got 64",
                                     "/cores/assignments: output tiles 64..127 are not assigned to any core"));
}

TEST(TileLang, DetectionAndMinimalFiles) {
  // "generator" alone identifies the v5 format; no assignments means the contiguous split.
  PlanLoadResult r = parsePlan(R"({"version": "5.0", "generator": "tilelang.tenstorrent.codegen",
                                   "grid": {"x": 4, "y": 2, "total_tiles": 8}, "extra": {"ignored": true}})");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->split, SplitKind::Contiguous);
  EXPECT_EQ(r.plan->cores.size(), 8u);
  EXPECT_EQ(r.plan->mt(), 2u);
  EXPECT_EQ(r.plan->nt(), 4u);
  EXPECT_EQ(r.plan->kt(), 2u);

  // Idle cores (count 0) are dropped.
  r = parsePlan(R"({"version": "1.0", "target": "tenstorrent", "grid": {"x": 2, "y": 1, "z": 1, "total_tiles": 2},
                    "cores": {"num_cores": 3, "assignments": [{"core_id": 0, "start_tile": 0, "count": 2},
                                                              {"core_id": 1, "start_tile": 2, "count": 0}]}})");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  ASSERT_EQ(r.plan->cores.size(), 1u);

  // Without "target"/"generator" it is a tt-astgen plan, with its own errors.
  r = parsePlan(R"({"version": "1.0", "grid": {"x": 2, "y": 1}})");
  EXPECT_THAT(errorLines(r), ::testing::Contains("/version: expected \"1\" or \"2\", got \"1.0\""));
}

TEST(TileLang, Version5DivInFloat16IsAOneStepChain) {
  PlanLoadResult r = loadTileLang("plan_v5_div_fp16.json");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  const Plan& p = *r.plan;
  EXPECT_EQ(p.name, "tilelang_div");
  EXPECT_EQ(p.version, "2");  // a version-1 plan cannot spell div: the normalized form is a chain
  ASSERT_EQ(p.chain.size(), 1u);
  EXPECT_EQ(p.chain[0].kind, StepKind::Binary);
  EXPECT_EQ(p.chain[0].binary, BinaryOpKind::Div);
  EXPECT_THAT(p.chain[0].inputs, ::testing::ElementsAre("a", "b"));
  EXPECT_EQ(p.op, OpKind::EltwiseBinary);
  EXPECT_EQ(p.binaryOp, BinaryOpKind::Div);
  ASSERT_EQ(p.buffers.size(), 3u);
  for (const auto& b : p.buffers) {
    EXPECT_EQ(b.dtype, DType::Float16) << b.name;
    EXPECT_EQ(b.shape, (std::vector<uint64_t>{64, 128})) << b.name;
  }
  EXPECT_EQ(p.cbs[0].pageSize, 2048u);
  EXPECT_EQ(p.cores.size(), 4u);

  // The file's op and dtype go before the overrides.
  PlanOverrides o;
  o.op = "add";
  o.dtype = DType::Float32;
  r = loadTileLang("plan_v5_div_fp16.json", o);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->binaryOp, BinaryOpKind::Div);
  EXPECT_EQ(r.plan->output().dtype, DType::Float16);
}

TEST(TileLang, Version5SqrtAndOverrideSpellings) {
  PlanLoadResult r = loadTileLang("plan_v5_sqrt.json");
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->op, OpKind::EltwiseUnary);
  EXPECT_EQ(r.plan->chain.at(0).unary, UnaryOpKind::Sqrt);
  EXPECT_THAT(toJson(*r.plan), ::testing::HasSubstr(R"({"op": "sqrt", "inputs": ["a"]})"));
  EXPECT_EQ(r.plan->inputs().size(), 1u);
  EXPECT_EQ(r.plan->output().dtype, DType::BFloat16);
  EXPECT_EQ(r.plan->numOutputTiles(), 4u);

  PlanOverrides o;  // the overrides reach the same ops and dtype on a file without them
  o.op = "sqrt";
  o.dtype = DType::Float16;
  r = loadTileLang("plan_v5.json", o);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->chain.at(0).unary, UnaryOpKind::Sqrt);
  EXPECT_EQ(r.plan->output().dtype, DType::Float16);

  r = parsePlan(R"({"version": "5.0", "generator": "tilelang.tenstorrent.codegen", "op": "sqrtt", "dtype": "f16",
                    "grid": {"x": 1, "y": 1}})");
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r),
              ::testing::ElementsAre(
                  "/op: expected one of \"matmul\", \"add\", \"sub\", \"mul\", \"copy\", \"relu\", \"exp\", "
                  "\"div\", \"sqrt\", got \"sqrtt\" (did you mean \"sqrt\"?)",
                  "/dtype: expected one of \"bf16\", \"fp16\", \"fp32\", \"bfloat16\", \"float16\", \"float32\", "
                  "\"bfloat8_b\", got \"f16\" (did you mean \"bf16\"?)"));
}

TEST(TileLang, NormalizedFormRoundTrips) {
  for (const char* file : {"plan_v1.json", "plan_v5.json", "plan_v5_div_fp16.json", "plan_v5_sqrt.json"}) {
    PlanLoadResult r = loadTileLang(file);
    ASSERT_TRUE(r.plan);
    const std::string text = toJson(*r.plan);
    PlanLoadResult again = parsePlan(text);
    ASSERT_TRUE(again.plan) << ::testing::PrintToString(errorLines(again));
    EXPECT_EQ(*again.plan, *r.plan);
    EXPECT_EQ(toJson(*again.plan), text);
  }
}

}  // namespace
}  // namespace tt_astgen
