// runPlan / runProgramDir end to end on the CPU dry-run runtime.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace fs = std::filesystem;
using namespace tt_astgen;

namespace {

const std::string kSource = TT_ASTGEN_SOURCE_DIR;

// Fixtures the dry-run cannot pass yet, with the reason (see docs/dryrun.md).
const std::map<std::string, std::string>& knownUnsupported() {
  static const std::map<std::string, std::string> m = {
  };
  return m;
}

struct Env {
  Env() {
    ::setenv("TT_ASTGEN_CACHE", (std::string(TT_ASTGEN_TEST_CACHE) + "/kernels").c_str(), 1);
  }
};
const Env env;

std::string workDir(const std::string& name) {
  fs::path d = fs::path(TT_ASTGEN_TEST_WORK) / name;
  std::error_code ec;
  fs::remove_all(d, ec);
  return d.string();
}

Plan load(const std::string& name) {
  PlanLoadResult r = loadPlanFile(kSource + "/fixtures/plans/" + name + ".json");
  EXPECT_TRUE(r.plan.has_value()) << name;
  return r.plan.value_or(Plan{});
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void writeFile(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }

// Replaces exactly one occurrence of `from` in `text`.
bool replaceOnce(std::string& text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  if (pos == std::string::npos || text.find(from, pos + 1) != std::string::npos) return false;
  text.replace(pos, from.size(), to);
  return true;
}

std::string describe(const RunResult& r) {
  return std::string("phase=") + toString(r.phase) + " exit=" + std::to_string(r.exitCode) + " verdict=" + r.verdict +
         "\n--- stdout\n" + r.stdoutText + "--- stderr\n" + r.stderrText.substr(0, 4000);
}

std::vector<std::string> fixtureNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (auto& e : fs::directory_iterator(kSource + "/fixtures/plans", ec))
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

class FixtureRun : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureRun, Passes) {
  const std::string name = GetParam();
  if (auto it = knownUnsupported().find(name); it != knownUnsupported().end()) GTEST_SKIP() << it->second;
  PlanLoadResult loaded = loadPlanFile(kSource + "/fixtures/plans/" + name + ".json");
  ASSERT_TRUE(loaded.plan.has_value()) << name;
  RunOptions o;
  o.outDir = workDir(name);
  o.timeoutSeconds = 120;
  RunResult r = runPlan(*loaded.plan, o);
  EXPECT_TRUE(r.passed()) << describe(r);
  EXPECT_EQ(r.verdict.rfind("PASSED", 0), 0u) << describe(r);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureRun, ::testing::ValuesIn(fixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

// The host with its kernels embedded (generate --embed-kernels), one plan per API profile: the
// runtime JIT-compiles the kernels from the strings CreateKernelFromString got.
class EmbeddedRun : public ::testing::TestWithParam<std::string> {};

TEST_P(EmbeddedRun, Passes) {
  const std::string name = GetParam();
  RunOptions o;
  o.outDir = workDir(name + "_embedded");
  o.embedKernels = true;
  RunResult r = runPlan(load(name), o);
  EXPECT_TRUE(r.passed()) << describe(r);
  EXPECT_EQ(r.verdict.rfind("PASSED", 0), 0u) << describe(r);
  EXPECT_NE(readFile(fs::path(o.outDir) / "main.cpp").find("CreateKernelFromString"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(EmbeddedKernels, EmbeddedRun,
                         ::testing::Values("matmul_multi_core", "eltwise_add_metal2024", "matmul_bfloat16_metal2026"),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

// A reader that fetches the wrong A tile: the program runs, the host's verification fails.
TEST(DryRunNegative, WrongTileIndexIsCaughtByVerification) {
  const std::string dir = workDir("wrong_tile");
  GenerateResult g = generateProgram(load("matmul_single_core"));
  ASSERT_TRUE(g.ok()) << g.error;
  ASSERT_EQ(writeFilesAtomically(g.files, dir), "");
  std::string reader = readFile(fs::path(dir) / "reader.cpp");
  ASSERT_TRUE(replaceOnce(reader, "noc_async_read_tile((row * Kt) + kt,", "noc_async_read_tile((row * Kt) + ((kt + 1) % Kt),"))
      << reader;
  writeFile(fs::path(dir) / "reader.cpp", reader);
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.phase, RunPhase::Done) << describe(r);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_EQ(r.verdict.rfind("FAILED", 0), 0u) << describe(r);
}

// matmul_single_core with a compute kernel that waits on its own output CB (c_16), which nobody
// else pushes: compute and writer wait on c_16 forever, the reader fills c_0/c_1 and blocks.
void writeDeadlockingProgram(const std::string& dir) {
  GenerateResult g = generateProgram(load("matmul_single_core"));
  ASSERT_TRUE(g.ok()) << g.error;
  ASSERT_EQ(writeFilesAtomically(g.files, dir), "");
  std::string compute = readFile(fs::path(dir) / "compute.cpp");
  ASSERT_TRUE(replaceOnce(compute, "cb_wait_front(cb_in1, 1);", "cb_wait_front(cb_out0, 1);")) << compute;
  writeFile(fs::path(dir) / "compute.cpp", compute);
}

// A compute kernel that waits on its own output CB (c_16), which nobody else pushes: compute and
// writer wait on c_16 forever, the reader fills c_0/c_1 and blocks. The watchdog reports every
// blocked kernel and the CB fill levels, and the program exits 1 within the bound.
TEST(DryRunNegative, DeadlockIsReportedWithinTheWatchdogBound) {
  const std::string dir = workDir("deadlock");
  writeDeadlockingProgram(dir);
  RunOptions o;
  o.watchdogMs = 500;
  o.timeoutSeconds = 60;
  const auto t0 = std::chrono::steady_clock::now();
  RunResult r = runProgramDir(dir, o);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_FALSE(r.timedOut) << describe(r);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.verdict.find("deadlock"), std::string::npos) << describe(r);
  EXPECT_NE(r.stderrText.find("writer.cpp [BRISC]: blocked in cb_wait_front(cb=16, pages=1)"), std::string::npos)
      << describe(r);
  EXPECT_NE(r.stderrText.find("compute.cpp [compute]: blocked in cb_wait_front(cb=16, pages=1)"), std::string::npos)
      << describe(r);
  EXPECT_NE(r.stderrText.find("reader.cpp [NCRISC]: blocked in cb_reserve_back(cb=0, pages=1)"), std::string::npos)
      << describe(r);
  EXPECT_NE(r.stderrText.find("c_0 2/2 pages"), std::string::npos) << describe(r);
  EXPECT_NE(r.stderrText.find("c_16 0/2 pages"), std::string::npos) << describe(r);
  EXPECT_LT(secs, 30.0);  // the watchdog (0.5 s) plus a cold build; never the 60 s timeout
}

// The same deadlock with a watchdog of ten minutes: every unfinished kernel waits on a CB that
// only a blocked kernel could serve, which the scheduler sees at once (no waiting out the bound).
TEST(DryRunNegative, CbDeadlockIsReportedWithoutWaitingForTheWatchdog) {
  const std::string dir = workDir("deadlock_now");
  writeDeadlockingProgram(dir);
  RunOptions o;
  o.watchdogMs = 600000;
  o.timeoutSeconds = 60;
  RunResult r = runProgramDir(dir, o);
  EXPECT_FALSE(r.timedOut) << describe(r);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("deadlock: every kernel that has not finished waits on a circular buffer that only a "
                              "blocked kernel could serve"),
            std::string::npos)
      << describe(r);
  EXPECT_NE(r.stderrText.find("compute.cpp [compute]: blocked in cb_wait_front(cb=16, pages=1)"), std::string::npos)
      << describe(r);
}

// Runtime errors are reported, not silently ignored: a kernel reading past its buffer.
TEST(DryRunNegative, OutOfRangeNocReadIsAnError) {
  const std::string dir = workDir("oob_read");
  GenerateResult g = generateProgram(load("matmul_single_core"));
  ASSERT_TRUE(g.ok()) << g.error;
  ASSERT_EQ(writeFilesAtomically(g.files, dir), "");
  std::string reader = readFile(fs::path(dir) / "reader.cpp");
  ASSERT_TRUE(replaceOnce(reader, "noc_async_read_tile((kt * Nt) + col,", "noc_async_read_tile((kt * Nt) + col + 100000,"))
      << reader;
  writeFile(fs::path(dir) / "reader.cpp", reader);
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("noc_async_read"), std::string::npos) << describe(r);
}

// A kernel with a local array larger than its stack (1 MiB): the dry-run names the kernel and
// says what happened, instead of dying of a bare SIGSEGV.
TEST(DryRunNegative, StackOverflowNamesTheKernel) {
  const std::string dir = workDir("stack_overflow");
  GenerateResult g = generateProgram(load("matmul_single_core"));
  ASSERT_TRUE(g.ok()) << g.error;
  ASSERT_EQ(writeFilesAtomically(g.files, dir), "");
  std::string reader = readFile(fs::path(dir) / "reader.cpp");
  ASSERT_TRUE(replaceOnce(reader, "void kernel_main() {",
                          "void kernel_main() {\n    volatile uint32_t scratch[1 << 20];\n    scratch[0] = 1;\n"
                          "    scratch[(1 << 20) - 1] = scratch[0];"))
      << reader;
  writeFile(fs::path(dir) / "reader.cpp", reader);
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("tt-astgen dry-run: error: core (0,0) reader.cpp [NCRISC]: stack overflow: the kernel "
                              "used more than its 1024 KiB of stack"),
            std::string::npos)
      << describe(r);
  EXPECT_NE(r.verdict.find("stack overflow"), std::string::npos) << describe(r);
}

TEST(DryRun, MockHeadersExport) {
  std::string err;
  std::string dir = exportMockHeaders(err);
  ASSERT_FALSE(dir.empty()) << err;
  // Every tree, as embedded: the run pipeline picks the profile's (kernelHeaderTree, hostHeaderTree).
  EXPECT_TRUE(fs::exists(fs::path(dir) / "kernel/classic/dataflow_api.h"));
  EXPECT_TRUE(fs::exists(fs::path(dir) / "kernel/metal-2026/api/dataflow/dataflow_api.h"));
  EXPECT_TRUE(fs::exists(fs::path(dir) / "kernel/common/tt_astgen/dryrun_hooks.h"));
  EXPECT_TRUE(fs::exists(fs::path(dir) / "host/metal-2025/tt-metalium/distributed.hpp"));
  EXPECT_EQ(exportMockHeaders(err), dir);
}
