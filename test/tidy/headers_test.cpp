// `tt-astgen headers -o DIR [--profile P]`: the export layout, the bytes, atomic replacement,
// clang-style errors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "../test_support.h"
#include "tt_astgen/mock_headers.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;
using testing::readFile;
using testing::runCli;
namespace fs = std::filesystem;

std::set<std::string> filesUnder(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out.insert(fs::relative(e.path(), root).generic_string());
  return out;
}

TEST(Headers, WithoutAProfileExportsTheDefault) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "hdr";
  auto r = runCli("headers -o " + out.string());
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("of profile metal-2026 to"));
  EXPECT_TRUE(fs::is_directory(out / "host/metal-2026"));
  EXPECT_TRUE(fs::exists(out / "kernel/metal-2026/api/dataflow/dataflow_api.h"));
}

TEST(Headers, ExportsTheProfileWithItsIncludeLayout) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "hdr";
  auto r = runCli("headers -o " + out.string() + " --profile metal-2025");
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("-I" + out.string() + "/host/common -I" + out.string() + "/host/metal-2025"));

  // The profile's trees with their embedded paths (the checker's virtual layout).
  std::set<std::string> expected;
  for (const MockFile& f : mockFiles()) {
    const std::string p(f.path);
    for (const char* tree : {"host/common/", "host/metal-2025/", "kernel/common/", "kernel/classic/"})
      if (p.rfind(tree, 0) == 0) {
        expected.insert(p);
        EXPECT_EQ(readFile(out / p), f.content) << p;
      }
  }
  EXPECT_EQ(filesUnder(out), expected);
  std::set<std::string> top;
  for (const auto& e : fs::directory_iterator(out)) top.insert(e.path().filename().string());
  EXPECT_EQ(top, (std::set<std::string>{"host", "kernel"}));
  std::set<std::string> host;
  for (const auto& e : fs::directory_iterator(out / "host")) host.insert(e.path().filename().string());
  EXPECT_EQ(host, (std::set<std::string>{"common", "metal-2025"}));
  EXPECT_TRUE(fs::exists(out / "host/metal-2025/tt-metalium/host_api.hpp") ||
              fs::exists(out / "host/common/tt-metalium/host_api.hpp"));
  EXPECT_THAT(r.output, HasSubstr("-I" + out.string() + "/kernel/classic -I" + out.string() + "/kernel/common"));
  EXPECT_TRUE(fs::exists(out / "kernel/classic/dataflow_api.h"));
  // Nothing but DIR in the parent: no staging folder left behind.
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 1);
}

bool hasProfileHeaders(const std::string& profile) {
  for (const MockFile& f : mockFiles())
    if (std::string(f.path).rfind("host/" + profile + "/", 0) == 0) return true;
  return false;
}

TEST(Headers, EachProfileGetsOnlyItsOwnHostFolder) {
  for (const std::string profile : {"metal-2025", "metal-2024", "metal-2026"}) {
    if (!hasProfileHeaders(profile)) continue;
    SCOPED_TRACE(profile);
    testing::TempDir tmp;
    auto r = runCli("headers -o " + (tmp.path() / "h").string() + " --profile " + profile);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    std::set<std::string> host;
    for (const auto& e : fs::directory_iterator(tmp.path() / "h" / "host")) host.insert(e.path().filename().string());
    EXPECT_EQ(host, (std::set<std::string>{"common", profile}));
  }
}

// metal-2026: the api/... kernel tree only (no classic names), the shared kernel headers, and the
// Mesh host API of metal-2025 under host/metal-2026.
TEST(Headers, Metal2026ExportsTheApiKernelLayout) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "h26";
  auto r = runCli("headers -o " + out.string() + " --profile metal-2026");
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("-I" + out.string() + "/kernel/metal-2026 -I" + out.string() + "/kernel/common"));
  for (const char* present : {"kernel/metal-2026/api/dataflow/dataflow_api.h", "kernel/metal-2026/api/compute/matmul.h",
                              "kernel/metal-2026/api/compute/eltwise_binary.h", "kernel/metal-2026/api/debug/dprint.h",
                              "kernel/common/hostdevcommon/kernel_structs.h",
                              "host/metal-2026/tt-metalium/distributed.hpp"})
    EXPECT_TRUE(fs::exists(out / present)) << present;
  for (const char* absent : {"kernel/classic", "kernel/metal-2026/dataflow_api.h", "host/metal-2025"})
    EXPECT_FALSE(fs::exists(out / absent)) << absent;
  EXPECT_EQ(readFile(out / "host/metal-2026/tt-metalium/mesh_device.hpp"),
            readFile(fs::path(TT_ASTGEN_SOURCE_DIR) / "lib/metal/headers/host/metal-2025/tt-metalium/mesh_device.hpp"));
}

// An export has the checker's layout: `generate --headers DIR` writes compile_commands.json whose
// -I folders (host and kernel trees) all exist in DIR, for every profile.
TEST(Headers, GenerateCompileCommandsNameTheExportsFolders) {
  for (const std::string profile : {"metal-2025", "metal-2024", "metal-2026"}) {
    SCOPED_TRACE(profile);
    testing::TempDir tmp;
    const fs::path headers = tmp.path() / "h", out = tmp.path() / "out";
    ASSERT_EQ(runCli("headers -o " + headers.string() + " --profile " + profile).exitCode, 0);
    auto r = runCli("generate " + (testing::sourceDir() / "fixtures/plans/eltwise_add.json").string() + " -o " +
                    out.string() + " --profile " + profile + " --headers " + headers.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const std::string db = readFile(out / "compile_commands.json");
    const std::regex include("\"-I([^\"]+)\"");
    size_t dirs = 0;
    for (auto it = std::sregex_iterator(db.begin(), db.end(), include); it != std::sregex_iterator(); ++it, ++dirs)
      EXPECT_TRUE(fs::is_directory((*it)[1].str())) << (*it)[1].str();
    EXPECT_EQ(dirs, 2u * 4u) << db;  // two -I per file: the profile's tree and the common one
  }
}

TEST(Headers, ReplacesAnExistingFolderWhole) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "hdr";
  testing::writeFile(out / "stale.h", "stale");
  auto r = runCli("headers --profile metal-2025 --output " + out.string());
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_FALSE(fs::exists(out / "stale.h"));
  EXPECT_TRUE(fs::exists(out / "kernel/classic/dataflow_api.h"));
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 1);
}

TEST(Headers, AFileInTheWayIsAnErrorAndLeftAlone) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "hdr";
  testing::writeFile(out, "not a folder");
  auto r = runCli("headers -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr("tt-astgen: error: '" + out.string() + "' exists and is not a directory"));
  EXPECT_EQ(readFile(out), "not a folder");
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 1);
}

TEST(Headers, UnknownOrHeaderlessProfileIsAnErrorWithANote) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "hdr";
  auto unknown = runCli("headers -o " + out.string() + " --profile metal-1999");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_THAT(unknown.output, HasSubstr("tt-astgen: error: unknown profile 'metal-1999'"));
  EXPECT_THAT(unknown.output, HasSubstr("tt-astgen: note: profiles with mock headers: "));
  EXPECT_THAT(unknown.output, HasSubstr("metal-2025"));
  if (!hasProfileHeaders("metal-2024")) {
    auto headerless = runCli("headers -o " + out.string() + " --profile metal-2024");
    EXPECT_EQ(headerless.exitCode, 2);
    EXPECT_THAT(headerless.output, HasSubstr("no mock headers for profile 'metal-2024'"));
  }
  EXPECT_EQ(unknown.output.find('\033'), std::string::npos);  // not a terminal: no colors
  EXPECT_FALSE(fs::exists(out));
}

TEST(Headers, UsageErrors) {
  EXPECT_EQ(runCli("headers").exitCode, 2);
  EXPECT_EQ(runCli("headers extra -o x").exitCode, 2);
  EXPECT_EQ(runCli("headers -o").exitCode, 2);
  EXPECT_THAT(runCli("--help").output, HasSubstr("headers -o DIR [--profile metal-2025|metal-2024|metal-2026]"));
}

}  // namespace
}  // namespace tt_astgen
