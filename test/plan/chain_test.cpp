// Version-2 plans: chains load into the model (steps, buffer order, shapes, CBs, runtime
// arguments, work split) and their normalized form round-trips.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> errorLines(const PlanLoadResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.detail());
  return out;
}

Plan load(const std::string& text) {
  PlanLoadResult r = parsePlan(text);
  EXPECT_TRUE(r.plan) << ::testing::PrintToString(errorLines(r));
  return r.plan ? *r.plan : Plan{};
}

/// A v2 plan around a chain and buffers (JSON fragments).
std::string planText(const std::string& chain, const std::string& buffers, const std::string& extra = "") {
  return R"({"version": "2", "name": "t", "profile": "metal-2026", "chain": )" + chain + R"(, "buffers": )" +
         buffers + extra + "}";
}

const char* kMatmulBiasRelu = R"({
  "version": "2",
  "name": "matmul_bias_relu",
  "profile": "metal-2026",
  "chain": [
    {"op": "matmul", "inputs": ["a", "w"]},
    {"op": "add", "operand": "bias", "broadcast": "row"},
    {"op": "relu"}
  ],
  "buffers": [
    {"name": "bias", "role": "input", "shape": [32, 256]},
    {"name": "y", "role": "output", "shape": [256, 256], "dtype": "float32"},
    {"name": "a", "role": "input", "shape": [256, 512]},
    {"name": "w", "role": "input", "shape": [512, 256]}
  ],
  "grid": {"x": 4, "y": 4},
  "compute": {"fp32_dest_acc_en": true}
})";

TEST(Chain, MatmulEpilogueLoads) {
  const Plan p = load(kMatmulBiasRelu);
  EXPECT_EQ(p.version, "2");
  ASSERT_EQ(p.chain.size(), 3u);
  EXPECT_EQ(p.chain[0].kind, StepKind::Matmul);
  EXPECT_THAT(p.chain[0].inputs, ElementsAre("a", "w"));
  EXPECT_EQ(p.chain[1].kind, StepKind::Binary);
  EXPECT_EQ(p.chain[1].binary, BinaryOpKind::Add);
  EXPECT_EQ(p.chain[1].broadcast, Broadcast::Row);
  EXPECT_THAT(p.chain[1].inputs, ElementsAre("bias"));
  EXPECT_EQ(p.chain[2].kind, StepKind::Unary);
  EXPECT_EQ(p.chain[2].unary, UnaryOpKind::Relu);
  EXPECT_TRUE(p.chain[2].inputs.empty());
  EXPECT_EQ(p.op, OpKind::Matmul);

  // Inputs in order of first use in the chain, then the output; each keeps its dtype.
  ASSERT_EQ(p.buffers.size(), 4u);
  EXPECT_EQ(p.buffers[0].name, "a");
  EXPECT_EQ(p.buffers[1].name, "w");
  EXPECT_EQ(p.buffers[2].name, "bias");
  EXPECT_EQ(p.buffers[3].name, "y");
  EXPECT_EQ(p.buffers[3].dtype, DType::Float32);
  EXPECT_EQ(p.mt(), 8u);
  EXPECT_EQ(p.kt(), 16u);
  EXPECT_EQ(p.nt(), 8u);

  // c_0..c_2 for the inputs, c_16 for the output, c_24 for the running result before the add
  // (float32: fp32_dest_acc_en).
  EXPECT_THAT(p.cbs, ElementsAre(CbSpec{0, "a", DType::BFloat16, 2048, 2, CbRole::Input},
                                 CbSpec{1, "w", DType::BFloat16, 2048, 2, CbRole::Input},
                                 CbSpec{2, "bias", DType::BFloat16, 2048, 2, CbRole::Input},
                                 CbSpec{16, "y", DType::Float32, 4096, 2, CbRole::Output},
                                 CbSpec{24, "", DType::Float32, 4096, 2, CbRole::Intermediate}));
  EXPECT_THAT(p.runtimeArgs.reader,
              ElementsAre("a_addr", "w_addr", "bias_addr", "Mt", "Kt", "Nt", "start_tile", "num_tiles"));
  EXPECT_THAT(p.runtimeArgs.writer, ElementsAre("y_addr", "num_tiles", "start_tile"));
  uint32_t tiles = 0;
  for (const auto& c : p.cores) tiles += c.count;
  EXPECT_EQ(tiles, 64u);
  EXPECT_EQ(p.cores.size(), 16u);
}

TEST(Chain, NormalizedFormSpellsOutDefaultsAndRoundTrips) {
  const Plan p = load(kMatmulBiasRelu);
  const std::string text = toJson(p);
  EXPECT_THAT(text, ::testing::HasSubstr(R"("version": "2")"));
  EXPECT_THAT(text, ::testing::HasSubstr(R"({"op": "matmul", "inputs": ["a", "w"]})"));
  EXPECT_THAT(text, ::testing::HasSubstr(R"({"op": "add", "operand": "bias", "broadcast": "row"})"));
  EXPECT_THAT(text, ::testing::HasSubstr(R"({"op": "relu"})"));
  EXPECT_THAT(text, ::testing::HasSubstr(
                        R"({"id": 24, "role": "intermediate", "dtype": "float32", "page_size": 4096, "num_pages": 2})"));
  EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr(R"("op": {)")));
  PlanLoadResult again = parsePlan(text);
  ASSERT_TRUE(again.plan) << ::testing::PrintToString(errorLines(again));
  EXPECT_EQ(*again.plan, p);
  EXPECT_EQ(toJson(*again.plan), text);
}

TEST(Chain, VersionOnePlanIsAOneStepChain) {
  const Plan p = load(R"({"version": "1", "name": "m", "op": {"kind": "eltwise_binary", "fn": "sub"},
    "buffers": [{"name": "x", "role": "input", "shape": [64, 64]}, {"name": "y", "role": "input", "shape": [64, 64]},
                {"name": "z", "role": "output", "shape": [64, 64]}]})");
  ASSERT_EQ(p.chain.size(), 1u);
  EXPECT_EQ(p.chain[0].kind, StepKind::Binary);
  EXPECT_EQ(p.chain[0].binary, BinaryOpKind::Sub);
  EXPECT_THAT(p.chain[0].inputs, ElementsAre("x", "y"));
  EXPECT_EQ(p.chain[0].broadcast, Broadcast::None);
  EXPECT_EQ(p.cbs[2].role, CbRole::Output);
  const std::string text = toJson(p);
  EXPECT_THAT(text, ::testing::HasSubstr(R"("op": {"kind": "eltwise_binary", "fn": "sub"})"));
  EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("chain")));
  EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("role\": \"input\", \"dtype")));
}

TEST(Chain, ReduceShapesAndScalerCb) {
  struct Case {
    const char* dim;
    std::vector<uint64_t> out;
  };
  for (const Case& c : {Case{"row", {64, 32}}, Case{"col", {32, 128}}, Case{"both", {32, 32}}}) {
    const std::string out = "[" + std::to_string(c.out[0]) + ", " + std::to_string(c.out[1]) + "]";
    const Plan p = load(planText(std::string(R"([{"op": "reduce", "fn": "max", "dim": ")") + c.dim +
                                     R"(", "inputs": ["x"]}, {"op": "exp"}])",
                                 R"([{"name": "x", "role": "input", "shape": [64, 128]},
                                     {"name": "y", "role": "output", "shape": )" + out + "}]"));
    ASSERT_EQ(p.chain.size(), 2u) << c.dim;
    EXPECT_EQ(p.op, OpKind::Reduce);
    EXPECT_EQ(p.chain[0].reduceFn, ReduceFn::Max);
    EXPECT_EQ(p.numOutputTiles(), c.out[0] / 32 * (c.out[1] / 32));
    // The scaler takes the next id after the one input; no intermediate (exp works in DST).
    EXPECT_THAT(p.cbs, ElementsAre(CbSpec{0, "x", DType::BFloat16, 2048, 2, CbRole::Input},
                                   CbSpec{16, "y", DType::BFloat16, 2048, 2, CbRole::Output},
                                   CbSpec{1, "", DType::BFloat16, 2048, 1, CbRole::Scaler}));
    EXPECT_EQ(*parsePlan(toJson(p)).plan, p);
  }
}

TEST(Chain, BroadcastOperandShapes) {
  struct Case {
    const char* broadcast;
    const char* operandShape;
  };
  for (const Case& c : {Case{"none", "[64, 96]"}, Case{"row", "[32, 96]"}, Case{"col", "[64, 32]"},
                        Case{"scalar", "[32, 32]"}}) {
    const Plan p = load(planText(std::string(R"([{"op": "mul", "inputs": ["x", "s"], "broadcast": ")") + c.broadcast +
                                     R"("}, {"op": "sqrt"}, {"op": "div", "operand": "s", "broadcast": ")" +
                                     c.broadcast + R"("}])",
                                 std::string(R"([{"name": "x", "role": "input", "shape": [64, 96]},
                                     {"name": "s", "role": "input", "shape": )") + c.operandShape + R"(},
                                     {"name": "y", "role": "output", "shape": [64, 96]}])"));
    ASSERT_EQ(p.chain.size(), 3u) << c.broadcast;
    EXPECT_EQ(p.chain[0].broadcast, p.chain[2].broadcast);
    EXPECT_EQ(p.chain[2].binary, BinaryOpKind::Div);
    EXPECT_THAT(p.chain[2].inputs, ElementsAre("s"));  // a buffer may be read twice
    EXPECT_EQ(p.inputs().size(), 2u);
    // One intermediate (before the div), bfloat16 without fp32_dest_acc_en.
    ASSERT_EQ(p.cbs.size(), 4u);
    EXPECT_EQ(p.cbs[3], (CbSpec{24, "", DType::BFloat16, 2048, 2, CbRole::Intermediate}));
    EXPECT_EQ(*parsePlan(toJson(p)).plan, p);
  }
}

TEST(Chain, TransposeAndFloat16) {
  const Plan p = load(planText(R"([{"op": "transpose", "inputs": ["x"]}, {"op": "neg"}, {"op": "abs"}])",
                               R"([{"name": "x", "role": "input", "shape": [64, 128], "dtype": "float16"},
                                   {"name": "y", "role": "output", "shape": [128, 64], "dtype": "float16"}])"));
  EXPECT_EQ(p.op, OpKind::Transpose);
  EXPECT_EQ(p.buffers[0].dtype, DType::Float16);
  EXPECT_EQ(p.cbs[0].pageSize, 2048u);
  EXPECT_EQ(p.cbs[1].dtype, DType::Float16);
  EXPECT_EQ(p.numOutputTiles(), 8u);
}

TEST(Chain, IntermediatesSkipIdsTakenByExplicitCbs) {
  const Plan p = load(planText(R"([{"op": "add", "inputs": ["x", "x"]}, {"op": "sub", "operand": "x"},
                                   {"op": "exp"}, {"op": "mul", "operand": "x"}])",
                               R"([{"name": "x", "role": "input", "shape": [32, 32]},
                                   {"name": "y", "role": "output", "shape": [32, 32]}])",
                               R"(, "cbs": [{"id": 3, "buffer": "x"}, {"id": 24, "buffer": "y"}])"));
  ASSERT_EQ(p.cbs.size(), 4u);
  EXPECT_EQ(p.cbs[0].id, 3u);
  EXPECT_EQ(p.cbs[1].id, 24u);
  EXPECT_EQ(p.cbs[1].role, CbRole::Output);
  EXPECT_EQ(p.cbs[2], (CbSpec{25, "", DType::BFloat16, 2048, 2, CbRole::Intermediate}));
  EXPECT_EQ(p.cbs[3], (CbSpec{26, "", DType::BFloat16, 2048, 2, CbRole::Intermediate}));
  EXPECT_EQ(*parsePlan(toJson(p)).plan, p);
}

TEST(Chain, L1BudgetCountsTheIntermediates) {
  // x's CB (680 pages) and y's (2 pages) fill the 1396736 bytes of wormhole_b0 exactly; the
  // intermediate before the mul needs 4096 more.
  const std::string buffers = R"([{"name": "x", "role": "input", "shape": [32, 32]},
                                   {"name": "y", "role": "output", "shape": [32, 32]}])";
  const std::string cbs = R"(, "cbs": [{"id": 0, "buffer": "x", "num_pages": 680}, {"id": 16, "buffer": "y"}])";
  EXPECT_TRUE(parsePlan(planText(R"([{"op": "add", "inputs": ["x", "x"]}, {"op": "exp"}])", buffers, cbs)).plan);
  PlanLoadResult r = parsePlan(planText(R"([{"op": "add", "inputs": ["x", "x"]}, {"op": "mul", "operand": "x"}])",
                                        buffers, cbs));
  EXPECT_FALSE(r.plan);
  EXPECT_THAT(errorLines(r), ElementsAre("/cbs: circular buffers need 1400832 bytes per core, more than the 1396736 "
                                         "bytes of L1 available for them on wormhole_b0"));
}

TEST(Chain, ExplicitCbRolesMustMatchTheirBuffers) {
  const std::string chain = R"([{"op": "recip", "inputs": ["x"]}])";
  const std::string buffers = R"([{"name": "x", "role": "input", "shape": [32, 32]},
                                   {"name": "y", "role": "output", "shape": [32, 32]}])";
  const Plan p = load(planText(chain, buffers,
                               R"(, "cbs": [{"id": 4, "role": "input", "buffer": "x"}, {"id": 5, "role": "output", "buffer": "y"}])"));
  EXPECT_EQ(p.cbs[1], (CbSpec{5, "y", DType::BFloat16, 2048, 2, CbRole::Output}));
  // A chain CB names no buffer; a version-1 plan's CB has no role at all.
  PlanLoadResult r = parsePlan(planText(chain, buffers,
                                        R"(, "cbs": [{"id": 0, "buffer": "x"}, {"id": 16, "buffer": "y"},
                                                     {"id": 24, "role": "intermediate", "buffer": "y"}])"));
  EXPECT_THAT(errorLines(r), ElementsAre("/cbs/2/buffer: an intermediate circular buffer carries no buffer"));
  r = parsePlan(R"({"version": "1", "name": "m", "op": {"kind": "eltwise_unary", "fn": "copy"},
    "buffers": [{"name": "a", "role": "input", "shape": [32, 32]}, {"name": "c", "role": "output", "shape": [32, 32]}],
    "cbs": [{"id": 0, "buffer": "a", "role": "input"}, {"id": 16, "buffer": "c"}]})");
  EXPECT_THAT(errorLines(r), ElementsAre(::testing::StartsWith("/cbs/0/role: unknown field")));
}

TEST(Chain, VersionOneKeepsItsOpSet) {
  PlanLoadResult r = parsePlan(R"({"version": "1", "name": "m", "op": {"kind": "eltwise_unary", "fn": "sqrt"},
    "buffers": [{"name": "a", "role": "input", "shape": [32, 32]}, {"name": "c", "role": "output", "shape": [32, 32]}]})");
  EXPECT_THAT(errorLines(r), ElementsAre("/op/fn: expected one of \"copy\", \"relu\", \"exp\", got \"sqrt\" (sqrt needs a "
                                         "version-2 plan: \"version\": \"2\" and a \"chain\")"));
  r = parsePlan(R"({"version": "1", "name": "m", "op": {"kind": "reduce"},
    "buffers": [{"name": "a", "role": "input", "shape": [32, 32]}, {"name": "c", "role": "output", "shape": [32, 32]}]})");
  EXPECT_THAT(errorLines(r), ElementsAre(::testing::EndsWith(
                                 "got \"reduce\" (reduce needs a version-2 plan: \"version\": \"2\" and a \"chain\")")));
}

TEST(Chain, SpellingOfNewEnums) {
  EXPECT_STREQ(toString(DType::Float16), "float16");
  EXPECT_EQ(parseDType("float16"), DType::Float16);
  EXPECT_EQ(tileBytes(DType::Float16), 2048u);
  EXPECT_STREQ(toString(OpKind::Reduce), "reduce");
  EXPECT_STREQ(toString(OpKind::Transpose), "transpose");
  EXPECT_STREQ(toString(BinaryOpKind::Div), "div");
  EXPECT_STREQ(toString(UnaryOpKind::Rsqrt), "rsqrt");
  EXPECT_STREQ(toString(UnaryOpKind::Gelu), "gelu");
  EXPECT_STREQ(toString(Broadcast::Scalar), "scalar");
  EXPECT_STREQ(toString(ReduceFn::Max), "max");
  EXPECT_STREQ(toString(ReduceDim::Both), "both");
  ChainStep s;
  s.kind = StepKind::Unary;
  s.unary = UnaryOpKind::Sigmoid;
  EXPECT_STREQ(stepOpName(s), "sigmoid");
  s.kind = StepKind::Reduce;
  EXPECT_STREQ(stepOpName(s), "reduce");
}

}  // namespace
}  // namespace tt_astgen
