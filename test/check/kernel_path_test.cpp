// kernel-path: CreateKernel names files of the checked folder.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class KernelPathTest : public ProgramTest {};

TEST_F(KernelPathTest, MissingKernelFile) {
  std::string where = replace("main.cpp", "\"reader.cpp\"", "\"kernels/dataflow/reader_mm.cpp\"");
  auto f = findings(check(), "kernel-path");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: CreateKernel names 'kernels/dataflow/reader_mm.cpp', but no file "
                                      "'reader_mm.cpp' is in the checked folder"));
}

TEST_F(KernelPathTest, KernelsFoundByBaseName) {
  replace("main.cpp", "\"reader.cpp\"", "\"kernels/dataflow/reader.cpp\"");
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "kernel-path").empty());
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

}  // namespace
}  // namespace tt_astgen::testing
