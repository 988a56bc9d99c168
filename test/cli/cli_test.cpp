// The tt-astgen binary end to end: usage, exit codes, and no output on bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_support.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;
using testing::runCli;

int lineCount(const std::string& s) { return int(std::count(s.begin(), s.end(), '\n')); }

TEST(Cli, HelpAndVersion) {
  auto help = runCli("--help");
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.output, HasSubstr("generate PLAN.json... -o DIR"));
  auto version = runCli("--version");
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_THAT(version.output, HasSubstr("tt-astgen "));
}

TEST(Cli, UnknownCommandIsUsageError) {
  auto r = runCli("frobnicate");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr("unknown command 'frobnicate'"));
}

TEST(Cli, MissingPlanFileExitsTwoWithOneLineAndWritesNothing) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  auto r = runCli("generate " + (tmp.path() / "nope.json").string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lineCount(r.output), 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("nope.json"));
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, UnreadableJsonExitsTwoWithOneLineAndWritesNothing) {
  testing::TempDir tmp;
  auto plan = tmp.path() / "broken.json";
  testing::writeFile(plan, "{ \"name\": \"x\", ");
  auto out = tmp.path() / "out";
  auto r = runCli("generate " + plan.string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lineCount(r.output), 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("PLAN: "));
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, BadPlanLeavesExistingOutputUntouched) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  testing::writeFile(out / "main.cpp", "previous");
  auto r = runCli("generate " + testing::fixture("bad-plans/invalid_json.json").string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(testing::readFile(out / "main.cpp"), "previous");
}

TEST(Cli, GenerateThenCheckIsClean) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  auto gen = runCli("generate " + testing::fixture("plans/matmul_single_core.json").string() + " -o " + out.string());
  ASSERT_EQ(gen.exitCode, 0) << gen.output;
  for (const char* f : {"main.cpp", "reader.cpp", "compute.cpp", "writer.cpp", "tt.plan.json"})
    EXPECT_TRUE(std::filesystem::exists(out / f)) << f;
  auto check = runCli("check " + out.string());
  EXPECT_EQ(check.exitCode, 0) << check.output;
}

TEST(Cli, CheckOfMissingFolderIsUsageError) {
  auto r = runCli("check /nonexistent/tt-astgen");
  EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
}  // namespace tt_astgen
