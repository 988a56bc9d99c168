// The hand-written corpus (fixtures/foreign/) on the dry-run: each program's host is built with the
// exported mock headers (+ its CHECK's -I dirs), linked with the runtime and fmt, and run from its
// kernel root (where its CreateKernel paths resolve, as the SDK resolves them from the working
// directory); every program verifies its own result and must exit 0.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "../test_support.h"
#include "tt_astgen/mock_headers.h"
#include "tt_astgen/run.h"

namespace tt_astgen::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpusPrograms() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(fixture("foreign")))
    if (e.is_directory() && fs::exists(e.path() / "CHECK")) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

class ForeignRun : public ::testing::TestWithParam<std::string> {};

TEST_P(ForeignRun, BuildsRunsAndVerifies) {
  const fs::path dir = fixture("foreign/" + GetParam());
  std::string error;
  const std::string headers = exportMockHeaders(error);
  ASSERT_FALSE(headers.empty()) << error;
  // The runtime library sits next to the CLI's build tree: <build>/lib/libtt_astgen_runtime.so.
  const fs::path runtime = fs::path(TT_ASTGEN_BINARY).parent_path().parent_path() / "lib" / "libtt_astgen_runtime.so";
  ASSERT_TRUE(fs::exists(runtime)) << runtime;

  std::string host, includes, profile = "metal-2025";
  fs::path kernelRoot = fixture("foreign");
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".cpp" && readFile(e.path()).find("int main(") != std::string::npos)
      host = e.path().string();
  ASSERT_FALSE(host.empty()) << dir;
  std::istringstream check(readFile(dir / "CHECK"));
  for (std::string flag, value; check >> flag >> value;) {
    if (flag == "-I") includes += " -I" + quote((sourceDir() / value).string());
    if (flag == "--kernel-root") kernelRoot = sourceDir() / value;
    if (flag == "--profile") profile = value;
  }

  const fs::path work = fs::path(TT_ASTGEN_TEST_WORK) / "foreign" / GetParam();
  fs::create_directories(work);
  const fs::path exe = work / GetParam();
  // The profile's trees of the exported headers, as the run pipeline picks them.
  const Profile p = parseProfile(profile).value_or(Profile::Metal2025);
  const std::string build = "c++ -std=c++20 -O1 -w " + quote(host) + " -I" + quote(headers + "/" + hostHeaderTree(p)) +
                            " -I" + quote(headers + "/" + std::string(kHostCommonTree)) + includes + " -o " +
                            quote(exe.string()) + " " +
                            quote(runtime.string()) + " -lfmt -Wl,-rpath," + quote(runtime.parent_path().string()) +
                            " > " + quote((work / "build.log").string()) + " 2>&1";
  ASSERT_EQ(std::system(build.c_str()), 0) << build << "\n" << readFile(work / "build.log");

  const std::string run = "cd " + quote(kernelRoot.string()) + " && TT_ASTGEN_KERNEL_INCLUDE=" +
                          quote(headers + "/" + kernelHeaderTree(p) + ":" + headers + "/" + std::string(kKernelCommonTree)) +
                          " TT_ASTGEN_CACHE=" +
                          quote(std::string(TT_ASTGEN_TEST_CACHE) + "/kernels") + " " + quote(exe.string()) + " > " +
                          quote((work / "run.log").string()) + " 2>&1";
  EXPECT_EQ(std::system(run.c_str()), 0) << run << "\n" << readFile(work / "run.log");
}

// `tt-astgen run HOST.cpp` without --profile: a metal-2026 program (Mesh host, api/... kernels) is
// told from a metal-2025 one by its kernels, with the check (which decides from the kernels the host
// names) and without it (--no-check: the kernel sources beside the host).
TEST(ForeignRunHost, Metal2026ProgramIsDetectedByItsKernels) {
  for (const bool skipCheck : {false, true}) {
    SCOPED_TRACE(skipCheck ? "--no-check" : "checked");
    RunOptions options;
    options.kernelRoots = {fixture("foreign").string()};
    options.detectProfile = true;
    options.skipCheck = skipCheck;
    options.kernelCacheDir = std::string(TT_ASTGEN_TEST_CACHE) + "/kernels";
    RunResult r = runHostProgram(fixture("foreign/eltwise_mul_2026/eltwise_mul_2026.cpp").string(), options);
    EXPECT_TRUE(r.passed()) << r.verdict << "\n" << r.stderrText;
    EXPECT_NE(r.stdoutText.find("Test Passed: 6144 products"), std::string::npos) << r.stdoutText;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, ForeignRun, ::testing::ValuesIn(corpusPrograms()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace tt_astgen::testing
