// Loading good plans: defaults, derived values and the helpers of the resolved model.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tt_astgen/plan.h"

#ifndef TT_ASTGEN_SOURCE_DIR
#error "TT_ASTGEN_SOURCE_DIR must name the repository root"
#endif

namespace tt_astgen {
namespace {

std::string fixture(const std::string& rel) { return std::string(TT_ASTGEN_SOURCE_DIR) + "/fixtures/" + rel; }

Plan load(const std::string& rel) {
  PlanLoadResult r = loadPlanFile(fixture(rel));
  std::string errors;
  for (const auto& e : r.errors) errors += e.detail() + "\n";
  EXPECT_TRUE(r.plan.has_value()) << errors;
  EXPECT_TRUE(r.errors.empty()) << errors;
  return r.plan.value_or(Plan{});
}

TEST(PlanLoad, DefaultMatmulSingleCore) {
  Plan p = load("plans/matmul_single_core.json");
  EXPECT_EQ(p.version, "1");
  EXPECT_EQ(p.name, "matmul_single_core");
  EXPECT_EQ(p.profile, Profile::Metal2025);
  EXPECT_EQ(p.arch, Arch::WormholeB0);
  EXPECT_EQ(p.op, OpKind::Matmul);
  ASSERT_EQ(p.buffers.size(), 3u);
  for (const auto& b : p.buffers) {
    EXPECT_EQ(b.shape, (std::vector<uint64_t>{640, 640}));
    EXPECT_EQ(b.dtype, DType::BFloat16);
    EXPECT_EQ(b.memory, MemoryKind::Dram);
  }
  EXPECT_EQ(p.buffers[0].name, "a");
  EXPECT_EQ(p.buffers[1].name, "b");
  EXPECT_EQ(p.output().name, "c");
  EXPECT_EQ(p.mt(), 20u);
  EXPECT_EQ(p.kt(), 20u);
  EXPECT_EQ(p.nt(), 20u);
  EXPECT_EQ(p.numOutputTiles(), 400u);
  EXPECT_EQ(p.gridX, 1u);
  EXPECT_EQ(p.gridY, 1u);
  EXPECT_EQ(p.split, SplitKind::Contiguous);
  ASSERT_EQ(p.cores.size(), 1u);
  EXPECT_EQ(p.cores[0], (CoreWork{0, 0, 0, 400}));
  ASSERT_EQ(p.cbs.size(), 3u);
  EXPECT_EQ(p.cbs[0], (CbSpec{0, "a", DType::BFloat16, 2048, 2}));
  EXPECT_EQ(p.cbs[1], (CbSpec{1, "b", DType::BFloat16, 2048, 2}));
  EXPECT_EQ(p.cbs[2], (CbSpec{16, "c", DType::BFloat16, 2048, 2, CbRole::Output}));
  EXPECT_EQ(p.compute, (ComputeOptions{MathFidelity::HiFi4, false, false}));
  EXPECT_THAT(p.runtimeArgs.reader,
              ::testing::ElementsAre("a_addr", "b_addr", "Mt", "Kt", "Nt", "start_tile", "num_tiles"));
  EXPECT_THAT(p.runtimeArgs.compute, ::testing::ElementsAre("num_tiles", "Kt"));
  EXPECT_THAT(p.runtimeArgs.writer, ::testing::ElementsAre("c_addr", "num_tiles", "start_tile"));
  EXPECT_EQ(p.seed, 42u);
  EXPECT_DOUBLE_EQ(p.tolerance, 0.05);
  ASSERT_NE(p.findCb(16), nullptr);
  EXPECT_EQ(p.findCb(16)->buffer, "c");
  EXPECT_EQ(p.findCb(2), nullptr);
  ASSERT_NE(p.findBuffer("b"), nullptr);
  EXPECT_EQ(p.findBuffer("zz"), nullptr);
  ASSERT_EQ(p.inputs().size(), 2u);
  EXPECT_EQ(p.inputs()[1]->name, "b");
}

TEST(PlanLoad, MissingFileIsOneErrorAtRoot) {
  PlanLoadResult r = loadPlanFile("/nonexistent/x.json");
  EXPECT_FALSE(r.plan);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].path, "");
  EXPECT_EQ(r.errors[0].message, "cannot read '/nonexistent/x.json': No such file or directory");
  EXPECT_EQ(r.errors[0].format(), "/nonexistent/x.json: error: cannot read '/nonexistent/x.json': No such file or directory");
}

}  // namespace
}  // namespace tt_astgen
