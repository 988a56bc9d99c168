// runtime-args: kernels read no runtime/compile-time argument beyond what the host sets.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class RuntimeArgsTest : public ProgramTest {};

TEST_F(RuntimeArgsTest, KernelReadsPastTheHostsList) {
  replace("main.cpp", "{a_addr, b_addr, Mt, Kt, Nt, start_tile, num_tiles}", "{a_addr, b_addr, Mt, Kt, Nt, start_tile}");
  std::string read = at("reader.cpp", "get_arg_val<uint32_t>(6)");
  auto f = findings(check(), "runtime-args");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_THAT(f[0], HasSubstr(read + ": error: reader.cpp reads runtime argument 6 but the host sets only 6"));
  EXPECT_THAT(f[1], HasSubstr("main.cpp:135:9:"));
  EXPECT_THAT(f[1], HasSubstr("note: fewest runtime arguments set here"));
}

TEST_F(RuntimeArgsTest, KernelWithoutSetRuntimeArgs) {
  replace("main.cpp", "tt::tt_metal::SetRuntimeArgs(program, compute, core, {num_tiles, Kt});", "");
  auto f = findings(check(), "runtime-args");
  ASSERT_FALSE(f.empty());
  EXPECT_THAT(f[0], HasSubstr("compute.cpp reads runtime argument 1 but the host never calls SetRuntimeArgs for it"));
}

TEST_F(RuntimeArgsTest, ArgumentsFromAVectorAreCounted) {
  replace("main.cpp", "tt::tt_metal::SetRuntimeArgs(program, compute, core, {num_tiles, Kt});",
          "std::vector<uint32_t> compute_args = {num_tiles, Kt}; "
          "tt::tt_metal::SetRuntimeArgs(program, compute, core, compute_args);");
  CheckReport report = check();
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  replace("main.cpp", "compute_args = {num_tiles, Kt}", "compute_args = {num_tiles}");
  EXPECT_FALSE(findings(check(), "runtime-args").empty());
}

TEST_F(RuntimeArgsTest, CleanProgramHasNoFinding) {
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "runtime-args").empty()) << renderReport(report, ReportFormat::Text);
}

}  // namespace
}  // namespace tt_astgen::testing
