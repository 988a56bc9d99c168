// The tolerance the host prints: version-1 plans keep the per-dtype defaults, version-2 chains get
// twice the error bound derived in docs/numerics.md. The expected figures are worked out by hand
// from the unit roundoffs there (bfloat16 u = 2^-8), not read back from the code.
#include <gtest/gtest.h>

#include <cmath>

#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

BufferSpec buffer(const std::string& name, BufferRole role, uint64_t rows, uint64_t cols, DType dtype = DType::BFloat16) {
  BufferSpec b;
  b.name = name;
  b.role = role;
  b.shape = {rows, cols};
  b.dtype = dtype;
  return b;
}

ChainStep unary(UnaryOpKind op) {
  ChainStep s;
  s.kind = StepKind::Unary;
  s.unary = op;
  return s;
}

ChainStep binary(BinaryOpKind op, std::vector<std::string> inputs, Broadcast bc = Broadcast::None) {
  ChainStep s;
  s.kind = StepKind::Binary;
  s.binary = op;
  s.broadcast = bc;
  s.inputs = std::move(inputs);
  return s;
}

/// add(a, b) then the given later steps, on 64x64 bfloat16 (version 2).
Plan eltwiseChain(std::vector<ChainStep> later, DType out = DType::BFloat16) {
  Plan p;
  p.version = "2";
  p.op = OpKind::EltwiseBinary;
  p.chain = {binary(BinaryOpKind::Add, {"a", "b"})};
  for (ChainStep& s : later) p.chain.push_back(std::move(s));
  p.buffers = {buffer("a", BufferRole::Input, 64, 64), buffer("b", BufferRole::Input, 64, 64),
               buffer("c", BufferRole::Input, 64, 64), buffer("y", BufferRole::Output, 64, 64, out)};
  return p;
}

constexpr double u = 0x1p-8;

TEST(ToleranceTest, VersionOnePlansKeepThePublishedDefaults) {
  Plan p = eltwiseChain({});
  p.version = "1";
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 0.05);
  p.buffers.back().dtype = DType::Float32;
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 0.01);
  p.buffers.back().dtype = DType::BFloat8_b;
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 0.1);
}

TEST(ToleranceTest, AddRoundsOnceInDstAndOnceInTheOutput) {
  const Plan p = eltwiseChain({});
  EXPECT_DOUBLE_EQ(chainError(p), 2 * u);
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 0.0157);  // 2 * 2u = 1.5625%, rounded up to 0.01%
}

TEST(ToleranceTest, ExpAmplifiesTheErrorOfItsArgumentByItsLargestMagnitude) {
  // add on [-1, 1) x 2 gives [-2, 2) with error u; exp's condition there is 2: 2u + u (approx)
  // + u (DST), then the output's u.
  const Plan p = eltwiseChain({unary(UnaryOpKind::Exp)});
  EXPECT_NEAR(chainError(p), 5 * u, 1e-12);
}

TEST(ToleranceTest, LaterBinaryStepsPayForTheirIntermediateCb) {
  // add (u), then mul(c): the intermediate bfloat16 CB (u), mul's DST rounding (u), output (u).
  const Plan p = eltwiseChain({binary(BinaryOpKind::Mul, {"c"})});
  EXPECT_NEAR(chainError(p), 4 * u, 1e-12);
}

TEST(ToleranceTest, PositiveStepsDrawPositiveInputs) {
  EXPECT_FALSE(needsPositiveInputs(eltwiseChain({unary(UnaryOpKind::Exp)})));
  const Plan p = eltwiseChain({unary(UnaryOpKind::Sqrt)});
  ASSERT_TRUE(needsPositiveInputs(p));
  EXPECT_DOUBLE_EQ(hostInputRange(p).lo, 0.5);
  EXPECT_DOUBLE_EQ(hostInputRange(p).hi, 1.5);
  // sqrt on [1, 3): condition 3 * (1 / (2 sqrt 1)) / sqrt 3 = 0.866: error 0.866 u + u + u, + u out.
  EXPECT_NEAR(chainError(p), (3.0 * 0.5 / std::sqrt(3.0)) * u + 3 * u, 1e-6);
}

TEST(ToleranceTest, AFunctionOutsideItsDomainHasNoBound) {
  // log after sub on positive inputs: a - b reaches 0 and below.
  Plan p = eltwiseChain({unary(UnaryOpKind::Log)});
  p.chain.front().binary = BinaryOpKind::Sub;
  EXPECT_TRUE(std::isinf(chainError(p)));
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 1.0);
}

TEST(ToleranceTest, MatmulAccumulatesSqrtKtRoundings) {
  Plan p;
  p.version = "2";
  p.op = OpKind::Matmul;
  ChainStep mm;
  mm.kind = StepKind::Matmul;
  mm.inputs = {"a", "w"};
  p.chain = {mm};
  p.buffers = {buffer("a", BufferRole::Input, 64, 512), buffer("w", BufferRole::Input, 512, 64),
               buffer("y", BufferRole::Output, 64, 64)};
  ASSERT_EQ(p.kt(), 16u);
  EXPECT_NEAR(chainError(p), 4 * u + u, 1e-12);  // sqrt(16) u in DST, u in the output
  // fp32 accumulation and a float32 output: bfloat16 inputs unpack exactly, the rest is fp32
  // rounding, below the 0.1% floor.
  p.compute.fp32DestAccEn = true;
  p.buffers.back().dtype = DType::Float32;
  EXPECT_LT(chainError(p), 1e-6);
  EXPECT_DOUBLE_EQ(defaultTolerance(p), 0.001);
}

}  // namespace
}  // namespace tt_astgen
