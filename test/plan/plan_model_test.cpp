// The resolved model: spellings, arch facts, defaults, normalization and overrides.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "test_paths.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

std::vector<std::string> errorLines(const PlanLoadResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.detail());
  return out;
}

TEST(Spelling, ToStringAndParse) {
  EXPECT_STREQ(toString(Profile::Metal2025), "metal-2025");
  EXPECT_STREQ(toString(Profile::Metal2024), "metal-2024");
  EXPECT_STREQ(toString(Arch::WormholeB0), "wormhole_b0");
  EXPECT_STREQ(toString(Arch::Blackhole), "blackhole");
  EXPECT_STREQ(toString(DType::BFloat16), "bfloat16");
  EXPECT_STREQ(toString(DType::Float32), "float32");
  EXPECT_STREQ(toString(DType::BFloat8_b), "bfloat8_b");
  EXPECT_STREQ(toString(OpKind::EltwiseBinary), "eltwise_binary");
  EXPECT_STREQ(toString(BinaryOpKind::Mul), "mul");
  EXPECT_STREQ(toString(UnaryOpKind::Exp), "exp");
  EXPECT_STREQ(toString(MathFidelity::HiFi3), "HiFi3");
  EXPECT_STREQ(toString(MathFidelity::LoFi), "LoFi");
  EXPECT_EQ(parseDType("bfloat8_b"), DType::BFloat8_b);
  EXPECT_EQ(parseDType("bf16"), std::nullopt);
  EXPECT_EQ(parseProfile("metal-2024"), Profile::Metal2024);
  EXPECT_EQ(parseArch("blackhole"), Arch::Blackhole);
}

TEST(Facts, TileBytesArchAndTolerances) {
  EXPECT_EQ(tileBytes(DType::BFloat16), 2048u);
  EXPECT_EQ(tileBytes(DType::Float32), 4096u);
  EXPECT_EQ(tileBytes(DType::BFloat8_b), 1088u);
  const ArchInfo wh = archInfo(Arch::WormholeB0);
  EXPECT_EQ(wh.gridX, 8u);
  EXPECT_EQ(wh.gridY, 8u);
  EXPECT_EQ(wh.l1TotalBytes, 1499136u);
  EXPECT_EQ(wh.l1Bytes, 1499136u - 100 * 1024);
  const ArchInfo bh = archInfo(Arch::Blackhole);
  EXPECT_EQ(bh.gridX, 13u);
  EXPECT_EQ(bh.gridY, 10u);
  EXPECT_EQ(bh.l1TotalBytes, 1536u * 1024);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::EltwiseBinary, DType::BFloat16), 0.05);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::EltwiseUnary, DType::Float32), 0.01);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::EltwiseUnary, DType::BFloat8_b), 0.1);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::Matmul, DType::BFloat16), 0.05);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::Matmul, DType::Float32), 0.02);
  EXPECT_DOUBLE_EQ(defaultTolerance(OpKind::Matmul, DType::BFloat8_b), 0.15);
}

TEST(PlanError, Format) {
  EXPECT_EQ((PlanError{"/buffers/1/shape/0", "expected a multiple of 32 (tile height), got 100", "p.json", 6, 46}).format(),
            "p.json:6:46: error: /buffers/1/shape/0: expected a multiple of 32 (tile height), got 100");
  EXPECT_EQ((PlanError{"/buffers/1/shape/0", "m"}).format(), "<plan>: error: /buffers/1/shape/0: m");
  EXPECT_EQ((PlanError{"", "x", "p.json"}).format(), "p.json: error: x");
  EXPECT_EQ((PlanError{"", "x", "p.json", 1, 2}).location(), "p.json:1:2");
  EXPECT_EQ((PlanError{"/a", "x"}).detail(), "/a: x");
}

constexpr const char* kEverythingNonDefault = R"({
  "version": "1",
  "name": "everything",
  "profile": "metal-2024",
  "arch": "blackhole",
  "op": {"kind": "eltwise_unary", "fn": "exp"},
  "buffers": [
    {"name": "out", "role": "output", "shape": [96, 64], "dtype": "float32", "memory": "l1"},
    {"name": "in", "role": "input", "shape": [96, 64], "dtype": "float32", "memory": "l1", "layout": "interleaved"}
  ],
  "grid": {"x": 13, "y": 2},
  "work_split": {"kind": "contiguous"},
  "cbs": [
    {"id": 31, "buffer": "out", "num_pages": 1},
    {"id": 5, "buffer": "in", "dtype": "float32", "page_size": 4096, "num_pages": 8}
  ],
  "compute": {"math_fidelity": "LoFi", "fp32_dest_acc_en": true, "math_approx_mode": true},
  "runtime_args": {
    "reader": ["num_tiles", "in_addr", "start_tile", "out_addr"],
    "compute": ["count"],
    "writer": ["tt_start_tile", "out_addr", "tt_tile_count"]
  },
  "seed": 4294967295,
  "tolerance": 0.125
})";

TEST(Normalize, EverythingNonDefaultResolvesAndRoundTrips) {
  PlanLoadResult r = parsePlan(kEverythingNonDefault);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  const Plan& p = *r.plan;
  EXPECT_EQ(p.profile, Profile::Metal2024);
  EXPECT_EQ(p.arch, Arch::Blackhole);
  // The output moves last; CBs follow buffer order.
  ASSERT_EQ(p.buffers.size(), 2u);
  EXPECT_EQ(p.buffers[0].name, "in");
  EXPECT_EQ(p.buffers[1].name, "out");
  EXPECT_EQ(p.buffers[0].memory, MemoryKind::L1);
  EXPECT_EQ(p.cbs[0], (CbSpec{5, "in", DType::Float32, 4096, 8}));
  EXPECT_EQ(p.cbs[1], (CbSpec{31, "out", DType::Float32, 4096, 1, CbRole::Output}));
  EXPECT_EQ(p.cores.size(), 6u);  // 3x2 tiles over 26 cores
  EXPECT_EQ(p.compute, (ComputeOptions{MathFidelity::LoFi, true, true}));
  EXPECT_THAT(p.runtimeArgs.reader, ::testing::ElementsAre("num_tiles", "in_addr", "start_tile", "out_addr"));
  EXPECT_THAT(p.runtimeArgs.compute, ::testing::ElementsAre("num_tiles"));
  EXPECT_THAT(p.runtimeArgs.writer, ::testing::ElementsAre("start_tile", "out_addr", "num_tiles"));
  EXPECT_EQ(p.seed, 4294967295u);
  EXPECT_DOUBLE_EQ(p.tolerance, 0.125);

  const std::string text = toJson(p);
  PlanLoadResult again = parsePlan(text);
  ASSERT_TRUE(again.plan) << ::testing::PrintToString(errorLines(again)) << text;
  EXPECT_EQ(*again.plan, p);
  EXPECT_EQ(toJson(*again.plan), text);
}

TEST(Normalize, ToJsonLayout) {
  PlanLoadResult r = loadPlanFile(test::fixturePath("plans/matmul_single_core.json").string());
  ASSERT_TRUE(r.plan);
  const std::string text = toJson(*r.plan);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.substr(0, 20), "{\n  \"version\": \"1\",\n");
  // Keys in schema order.
  std::vector<size_t> at;
  for (const char* key : {"\"version\"", "\"name\"", "\"profile\"", "\"arch\"", "\"op\"", "\"buffers\"", "\"grid\"",
                          "\"work_split\"", "\"cbs\"", "\"compute\"", "\"runtime_args\"", "\"seed\"", "\"tolerance\""})
    at.push_back(text.find(std::string("\n  ") + key));
  for (size_t i = 0; i < at.size(); ++i) EXPECT_NE(at[i], std::string::npos) << i;
  EXPECT_TRUE(std::is_sorted(at.begin(), at.end()));
  EXPECT_NE(text.find("    {\"core\": [0, 0], \"start_tile\": 0, \"count\": 400}\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    {\"id\": 16, \"buffer\": \"c\", \"dtype\": \"bfloat16\", \"page_size\": 2048, \"num_pages\": 2}\n"),
            std::string::npos);
}

TEST(Normalize, ProgrammaticPlanRoundTrips) {
  PlanLoadResult r = loadPlanFile(test::fixturePath("plans/eltwise_add_explicit_cores.json").string());
  ASSERT_TRUE(r.plan);
  Plan p = *r.plan;
  p.binaryOp = BinaryOpKind::Sub;  // a version-1 plan's op and its one-step chain agree
  p.chain.at(0).binary = BinaryOpKind::Sub;
  p.seed = 0;
  p.tolerance = 0.1 + 0.2;  // not exactly representable in short decimal: must still round-trip
  PlanLoadResult again = parsePlan(toJson(p));
  ASSERT_TRUE(again.plan) << ::testing::PrintToString(errorLines(again));
  EXPECT_EQ(*again.plan, p);
}

const char* kMinimal = R"({"version": "1", "name": "m", "op": {"kind": "eltwise_unary", "fn": "copy"},
  "buffers": [{"name": "a", "role": "input", "shape": [32, 32]}, {"name": "c", "role": "output", "shape": [32, 32]}]})";

TEST(Defaults, MinimalPlan) {
  PlanLoadResult r = parsePlan(kMinimal);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  const Plan& p = *r.plan;
  EXPECT_EQ(p.profile, Profile::Metal2026);
  EXPECT_EQ(p.arch, Arch::WormholeB0);
  EXPECT_EQ(p.gridX, 1u);
  EXPECT_EQ(p.gridY, 1u);
  EXPECT_EQ(p.split, SplitKind::Contiguous);
  EXPECT_EQ(p.cores, (std::vector<CoreWork>{{0, 0, 0, 1}}));
  EXPECT_EQ(p.compute, ComputeOptions{});
  EXPECT_EQ(p.seed, 42u);
  EXPECT_DOUBLE_EQ(p.tolerance, 0.05);
}

TEST(Defaults, OverridesFillOnlyWhatTheNativePlanOmits) {
  PlanOverrides o;
  o.profile = Profile::Metal2024;
  o.dtype = DType::Float32;
  o.op = "matmul";  // ignored: a tt-astgen plan always states its op
  PlanLoadResult r = parsePlan(kMinimal, o);
  ASSERT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  EXPECT_EQ(r.plan->profile, Profile::Metal2024);
  EXPECT_EQ(r.plan->output().dtype, DType::Float32);
  EXPECT_EQ(r.plan->op, OpKind::EltwiseUnary);

  // The dtype override is the default of each buffer that states none; here that mixes dtypes.
  PlanLoadResult stated = loadPlanFile(test::fixturePath("plans/matmul_single_core.json").string(), o);
  EXPECT_FALSE(stated.plan);
  EXPECT_THAT(errorLines(stated),
              ::testing::ElementsAre(::testing::StartsWith("/buffers/1/dtype: expected \"bfloat16\" like buffer \"a\""),
                                     ::testing::StartsWith("/buffers/2/dtype: expected \"bfloat16\" like buffer \"a\"")));
  o.dtype.reset();
  stated = loadPlanFile(test::fixturePath("plans/matmul_single_core.json").string(), o);
  ASSERT_TRUE(stated.plan) << ::testing::PrintToString(errorLines(stated));
  EXPECT_EQ(stated.plan->profile, Profile::Metal2025);  // the plan says metal-2025
}

TEST(Errors, AllCollectedInDocumentOrderWhateverTheCheckOrder) {
  // seed and tolerance come first in this document, the buffers last.
  PlanLoadResult r = parsePlan(R"({"seed": -3, "tolerance": 7, "version": "1", "name": "x",
    "op": {"kind": "eltwise_binary", "fn": "add"}, "grid": {"x": 20, "y": 1},
    "buffers": [{"name": "a", "role": "input", "shape": [33, 32]},
                {"name": "b", "role": "input", "shape": [32, 32], "dtpye": "float32"},
                {"name": "c", "role": "output", "shape": [32, 32]}]})");
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r), ::testing::ElementsAre(
                                 "/seed: expected a non-negative integer, got -3",
                                 "/tolerance: expected a number in (0, 1], got 7",
                                 "/grid/x: expected 1..8 for wormhole_b0, got 20",
                                 "/buffers/0/shape/0: expected a multiple of 32 (tile height), got 33",
                                 "/buffers/1/dtpye: unknown field (did you mean \"dtype\"?)"));
}

TEST(Errors, RootMustBeAnObject) {
  EXPECT_THAT(errorLines(parsePlan("42")), ::testing::ElementsAre("expected an object, got 42"));
  EXPECT_THAT(errorLines(parsePlan("null")), ::testing::ElementsAre("expected an object, got null"));
}

TEST(Errors, LongValuesAreTruncatedAndEscapedInMessages) {
  std::string text = kMinimal;
  text.replace(text.find("\"m\""), 3, "\"" + std::string(100, 'x') + "\\n\"");
  PlanLoadResult r = parsePlan(text);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].detail(),
            "/name: expected a C++ identifier (a letter, then letters, digits or '_'), got \"" +
                std::string(44, 'x') + "...");
}

}  // namespace
}  // namespace tt_astgen
