// The clang-tidy gate: for every fixture plan, the emitted host program (main.cpp) is free of
// warnings under fixtures/clang-tidy/.clang-tidy (bugprone, performance, modernize, readability),
// compiled as C++20 against the headers `tt-astgen headers` exports for the plan's profile. Warnings are errors.
// Runs clang-tidy two at a time. Skipped when clang-tidy-19 is not installed
// (TT_ASTGEN_CLANG_TIDY names another binary).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "../test_support.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

using testing::runCli;
namespace fs = std::filesystem;

std::string clangTidy() {
  if (const char* env = std::getenv("TT_ASTGEN_CLANG_TIDY"); env && *env) return env;
  for (const char* dir : {"/usr/bin", "/usr/local/bin", "/usr/lib/llvm-19/bin"}) {
    const fs::path p = fs::path(dir) / (std::string(dir) == "/usr/lib/llvm-19/bin" ? "clang-tidy" : "clang-tidy-19");
    if (fs::exists(p)) return p.string();
  }
  return {};
}

fs::path profile() { return testing::sourceDir() / "fixtures" / "clang-tidy" / ".clang-tidy"; }

std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// DIR/compile_commands.json for DIR/main.cpp: C++20 against the exported host headers of a profile.
void writeCompileCommands(const fs::path& dir, const fs::path& headers, const std::string& profile = "metal-2025") {
  const std::string args = "[" + jsonString("clang++") + ", " + jsonString("-std=c++20") + ", " +
                           jsonString("-I" + (headers / "host" / "common").string()) + ", " +
                           jsonString("-I" + (headers / "host" / profile).string()) + ", " +
                           jsonString("-c") + ", " + jsonString("main.cpp") + "]";
  testing::writeFile(dir / "compile_commands.json",
                     "[\n  {\"directory\": " + jsonString(dir.string()) + ", \"file\": " +
                         jsonString((dir / "main.cpp").string()) + ", \"arguments\": " + args + "}\n]\n");
}

struct TidyRun {
  int exitCode = -1;
  std::string output;
};

TidyRun runTidy(const std::string& tidy, const fs::path& dir, const std::string& extra = {}) {
  const std::string command = tidy + " --quiet -p " + dir.string() + " --config-file=" + profile().string() +
                              " --warnings-as-errors='*' " + extra + " " + (dir / "main.cpp").string() + " 2>&1";
  TidyRun r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.output.append(buffer, n);
  const int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// Only the diagnostics lines (clang-tidy's "N warnings generated." chatter dropped).
std::string findings(const std::string& output) {
  std::string out, line;
  std::istringstream in(output);
  while (std::getline(in, line))
    if (line.find("warning:") != std::string::npos || line.find("error:") != std::string::npos) out += line + "\n";
  return out;
}

class TidyGate : public ::testing::Test {
 protected:
  void SetUp() override {
    tidy_ = clangTidy();
    if (tidy_.empty()) GTEST_SKIP() << "clang-tidy-19 not found (set TT_ASTGEN_CLANG_TIDY)";
    ASSERT_TRUE(fs::exists(profile())) << profile();
    headers_ = exportHeaders("metal-2025");
  }
  /// tmp/headers-<profile>, exported once with `tt-astgen headers`.
  fs::path exportHeaders(const std::string& profile) {
    const fs::path dir = tmp_.path() / ("headers-" + profile);
    if (!fs::exists(dir)) {
      auto r = runCli("headers -o " + dir.string() + " --profile " + profile);
      EXPECT_EQ(r.exitCode, 0) << r.output;
    }
    return dir;
  }
  testing::TempDir tmp_;
  std::string tidy_;
  fs::path headers_;
};

TEST_F(TidyGate, ProfileIsInEffect) {
  // A canary with a finding of each enabled family: the gate must be able to fail.
  const fs::path dir = tmp_.path() / "canary";
  testing::writeFile(dir / "main.cpp",
                     "#include <string>\n"
                     "#include <vector>\n"
                     "int count(std::vector<std::string> v) {\n"          // performance-unnecessary-value-param
                     "  int* unused = 0;\n"                                 // modernize-use-nullptr
                     "  (void)unused;\n"
                     "  return v.size() == 0 ? 0 : 1;\n"                    // readability-container-size-empty
                     "}\n"
                     "int main() { return count({}); }\n");
  writeCompileCommands(dir, headers_);
  TidyRun r = runTidy(tidy_, dir);
  EXPECT_NE(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, ::testing::HasSubstr("[modernize-use-nullptr"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("[performance-unnecessary-value-param"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("[readability-container-size-empty"));
}

TEST_F(TidyGate, EmittedHostProgramsHaveNoFindings) {
  const std::vector<fs::path> plans = testing::fixturePlans();
  ASSERT_FALSE(plans.empty());
  std::vector<fs::path> dirs;
  for (const fs::path& plan : plans) {
    PlanLoadResult loaded = loadPlanFile(plan.string());
    ASSERT_TRUE(loaded.plan) << plan;
    GenerateResult generated = generateProgram(*loaded.plan);
    ASSERT_TRUE(generated.ok()) << plan << ": " << generated.error;
    const fs::path dir = tmp_.path() / plan.stem();
    ASSERT_EQ(writeFilesAtomically(generated.files, dir.string()), "");
    const std::string profile = toString(loaded.plan->profile);
    writeCompileCommands(dir, exportHeaders(profile), profile);
    dirs.push_back(dir);
  }
  std::vector<TidyRun> results(dirs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < dirs.size(); i = next++) results[i] = runTidy(tidy_, dirs[i]);
  };
  std::thread a(worker), b(worker);  // two at a time: clang-tidy over the SDK-like headers is heavy
  a.join();
  b.join();
  for (size_t i = 0; i < dirs.size(); ++i) {
    SCOPED_TRACE(plans[i].filename().string());
    EXPECT_EQ(results[i].exitCode, 0) << results[i].output;
    EXPECT_EQ(findings(results[i].output), "") << "emitted " << dirs[i].filename().string() << "/main.cpp";
  }
}

}  // namespace
}  // namespace tt_astgen
