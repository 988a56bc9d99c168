// The per-core half of cb-balance (proveCbBalance): kernel summaries of the emitted matmul
// kernels evaluated against hand-built host models, one fault at a time.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_support.h"
#include "ast/parse.h"
#include "check/cb_summary.h"
#include "check/checks/cb_balance_check.h"

namespace tt_astgen::testing {
namespace {

using checks::KernelSummaries;
using model::ArgList;
using model::ArgValue;
using model::Core;

KernelSummaries summaries(const std::string& code, const std::string& name, FileRole role) {
  KernelSummaries out;
  std::vector<TriscStage> stages = role == FileRole::Compute ? allTriscStages() : std::vector<TriscStage>{TriscStage::Math};
  for (TriscStage stage : stages) {
    CompileFlavor flavor;
    flavor.role = role;
    flavor.stage = stage;
    DiagnosticCollector diags;
    auto unit = parseInMemory(code, name, flavor, diags);
    EXPECT_TRUE(unit);
    if (!unit) continue;
    const auto* entry = cbsum::findKernelEntry(unit->getASTContext());
    EXPECT_TRUE(entry);
    if (entry) out[entry->getNameAsString()] = cbsum::summarizeKernel(entry, unit->getASTContext());
  }
  return out;
}

ArgList args(std::vector<int64_t> values, unsigned line) {
  ArgList a;
  a.lengthKnown = true;
  for (int64_t v : values) a.values.push_back(ArgValue{v, std::nullopt});
  a.at = {"main.cpp", line, 9};
  return a;
}

class CbBalanceProof : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = fixture("expected/matmul_multi_core/");
    files_["reader.cpp"] = summaries(readFile(dir + "reader.cpp"), "reader.cpp", FileRole::DataMovement);
    files_["compute.cpp"] = summaries(readFile(dir + "compute.cpp"), "compute.cpp", FileRole::Compute);
    files_["writer.cpp"] = summaries(readFile(dir + "writer.cpp"), "writer.cpp", FileRole::DataMovement);
    host_.file = "main.cpp";
    const std::vector<Core> cores = {{0, 0}, {0, 1}};
    int line = 100;
    for (int64_t cb : {0, 1, 16}) {
      model::HostCircularBuffer c;
      c.at = {"main.cpp", unsigned(line++), 5};
      c.cores = {true, {cores.begin(), cores.end()}};
      c.totalSize = 4096;
      c.indices[cb].pageSize = 2048;
      host_.circularBuffers.push_back(c);
    }
    for (const char* file : {"reader.cpp", "compute.cpp", "writer.cpp"}) {
      model::HostKernel k;
      k.id = host_.kernels.size();
      k.path = file;
      k.resolvedFile = file;
      k.at = {"main.cpp", unsigned(110 + k.id), 9};
      k.role = std::string(file) == "compute.cpp" ? FileRole::Compute : FileRole::DataMovement;
      k.cores = {true, {cores.begin(), cores.end()}};
      k.compileArgs.lengthKnown = true;
      host_.kernels.push_back(k);
    }
    // Per core: start tile, tile count (Kt = 8), as the emitted host sets them.
    setArgs({0, 0}, 0, 3, 8, 8, 3);
    setArgs({0, 1}, 3, 3, 8, 8, 3);
  }
  void setArgs(Core core, int64_t start, int64_t readerTiles, int64_t readerKt, int64_t computeKt, int64_t writerTiles,
               std::optional<int64_t> computeTiles = std::nullopt) {
    const unsigned line = 200 + unsigned(core.second) * 3;
    auto set = [&](size_t kernel, ArgList a) {
      host_.kernels[kernel].runtimeArgs.push_back({{true, {core}}, std::move(a), true});
    };
    set(0, args({1024, 2048, 12, readerKt, 12, start, readerTiles}, line));
    set(1, args({computeTiles.value_or(readerTiles), computeKt}, line + 1));
    set(2, args({4096, writerTiles, start}, line + 2));
  }
  std::vector<std::string> prove() {
    diags_.clear();
    stats_ = {};
    checks::proveCbBalance(host_, files_, "cb-balance", diags_, stats_);
    std::vector<std::string> out;
    for (const auto& d : diags_) out.push_back(d.format());
    return out;
  }
  std::string lineOf(const std::string& file, const std::string& what) {
    std::string text = readFile(fixture("expected/matmul_multi_core/" + file));
    size_t pos = text.find(what);
    EXPECT_NE(pos, std::string::npos);
    return std::to_string(1 + std::count(text.begin(), text.begin() + pos, '\n'));
  }

  std::map<std::string, KernelSummaries> files_;
  model::HostModel host_;
  std::vector<Diagnostic> diags_;
  checks::BalanceStats stats_;
};

TEST_F(CbBalanceProof, EmittedProgramIsBalancedOnEveryCore) {
  EXPECT_THAT(prove(), ::testing::IsEmpty());
  EXPECT_EQ(stats_.undecided, 0u) << stats_.firstWhy;
  EXPECT_EQ(stats_.proved, 6u);  // 2 cores x 3 CBs
  EXPECT_EQ(stats_.hangs, 0u);
}

TEST_F(CbBalanceProof, ComputePopsMoreThanReaderPushes) {
  host_.kernels[0].runtimeArgs.clear();
  host_.kernels[1].runtimeArgs.clear();
  host_.kernels[2].runtimeArgs.clear();
  setArgs({0, 0}, 0, 3, 8, 8, 3);
  setArgs({0, 1}, 3, 3, 8, 9, 3);  // compute's Kt is one more on core (0,1)
  auto found = prove();
  ASSERT_GE(found.size(), 2u);
  const std::string wait0 = lineOf("compute.cpp", "cb_wait_front(cb_in0");
  EXPECT_EQ(found[0], "compute.cpp:" + wait0 +
                          ":13: error: on core (0,1) compute pops 27 pages of c_0 but reader pushes 24; the "
                          "cb_wait_front that needs the 25th page never returns [cb-balance]");
  EXPECT_THAT(found, ::testing::Contains("reader.cpp:" + lineOf("reader.cpp", "cb_push_back(cb_in0") +
                                         ":13: note: reader pushes c_0 here [cb-balance]"));
  EXPECT_THAT(found, ::testing::Contains("main.cpp:204:9: note: the host sets the runtime arguments of compute for "
                                         "core (0,1) here [cb-balance]"));
  EXPECT_EQ(stats_.hangs, 2u);  // c_0 and c_1 on core (0,1)
  EXPECT_EQ(stats_.undecided, 0u);
}

TEST_F(CbBalanceProof, ReaderPushesMoreThanComputePopsAndTheCbFills) {
  for (auto& k : host_.kernels) k.runtimeArgs.clear();
  setArgs({0, 0}, 0, 4, 8, 8, 4, 3);  // reader reads 4 tiles' inputs, compute only 3
  setArgs({0, 1}, 3, 3, 8, 8, 3);
  auto found = prove();
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "reader.cpp:" + lineOf("reader.cpp", "cb_reserve_back(cb_in0") +
                          ":13: error: on core (0,0) reader pushes 32 pages of c_0 but compute pops 24 and c_0 holds 2; "
                          "the cb_reserve_back that needs room for the 27th page never returns [cb-balance]");
  // The writer waits for a 4th output tile that compute never pushes.
  bool writer = false;
  for (const auto& f : found)
    writer |= f.find("writer.cpp:" + lineOf("writer.cpp", "cb_wait_front") +
                     ":9: error: on core (0,0) writer pops 4 pages of c_16 but compute pushes 3") == 0;
  EXPECT_TRUE(writer);
}

TEST_F(CbBalanceProof, LeftoverPagesThatFitAreAWarningNotAHang) {
  for (auto& k : host_.kernels) k.runtimeArgs.clear();
  setArgs({0, 0}, 0, 3, 8, 8, 2);  // the writer writes 2 of compute's 3 tiles: one stays in c_16
  setArgs({0, 1}, 3, 3, 8, 8, 3);
  auto found = prove();
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "compute.cpp:" + lineOf("compute.cpp", "cb_push_back(cb_out0") +
                          ":9: warning: on core (0,0) compute pushes 3 pages of c_16 but writer pops 2; 1 page is "
                          "never popped [cb-balance]");
  EXPECT_EQ(stats_.hangs, 0u);
}

TEST_F(CbBalanceProof, UnknownFactsAreUndecidedNotFindings) {
  host_.kernels[1].runtimeArgs[1].certain = false;  // compute's args on (0,1) may be overridden
  EXPECT_THAT(prove(), ::testing::IsEmpty());
  EXPECT_EQ(stats_.undecided, 3u);
  EXPECT_THAT(stats_.firstWhy, ::testing::HasSubstr("core (0,1)"));
  host_.kernels[1].runtimeArgs[1].certain = true;
  host_.kernels[2].cores.known = false;  // the writer's cores are unknown: nothing is decided
  EXPECT_THAT(prove(), ::testing::IsEmpty());
  EXPECT_EQ(stats_.proved, 0u);
  host_.kernels[2].cores.known = true;
  files_.erase("writer.cpp");  // a kernel without a summary makes its cores undecided
  EXPECT_THAT(prove(), ::testing::IsEmpty());
  EXPECT_EQ(stats_.proved, 0u);
  EXPECT_THAT(stats_.firstWhy, ::testing::HasSubstr("no summary of writer"));
}

TEST_F(CbBalanceProof, ProducerWithoutConsumerOnACore) {
  host_.kernels[2].cores.cores.erase({0, 1});  // no writer on (0,1): compute's output has no consumer
  auto found = prove();
  ASSERT_FALSE(found.empty());
  EXPECT_THAT(found[0], ::testing::HasSubstr("error: on core (0,1) compute pushes 3 pages of c_16 but no kernel on that "
                                             "core pops it and c_16 holds 2; the cb_reserve_back that needs room for "
                                             "the 3rd page never returns"));
}

}  // namespace
}  // namespace tt_astgen::testing
