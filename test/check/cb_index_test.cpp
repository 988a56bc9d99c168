// cb-index: kernels use only circular buffers the host creates, on their cores.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class CbIndexTest : public ProgramTest {};

TEST_F(CbIndexTest, OutputCbAtIndexTwoOnHostButC16InKernels) {
  // TileLang's real-mode host: output CB at index 2 while compute and writer use c_16.
  replace("main.cpp", "constexpr uint32_t cb_out0 = tt::CBIndex::c_16;", "constexpr uint32_t cb_out0 = 2;");
  std::string use = at("writer.cpp", "cb_out0 = tt::CBIndex::c_16");
  CheckReport report = check();
  auto f = findings(report, "cb-index");
  ASSERT_GE(f.size(), 2u);
  EXPECT_THAT(f, ::testing::Contains(HasSubstr(use.substr(0, use.rfind(':')))));
  EXPECT_THAT(f[0], HasSubstr("error: circular buffer c_16 is used by"));
  EXPECT_THAT(f[0], HasSubstr("it creates c_0, c_1, c_2"));
  EXPECT_THAT(f[1], HasSubstr("note: kernel '"));
}

TEST_F(CbIndexTest, CbOnOtherCoresIsReported) {
  replace("main.cpp", "tt::tt_metal::CreateCircularBuffer(program, all_cores, cb_in1_config);",
          "tt::tt_metal::CreateCircularBuffer(program, CoreCoord{5, 5}, cb_in1_config);");
  auto f = findings(check(), "cb-index");
  ASSERT_FALSE(f.empty());
  EXPECT_THAT(f[0], HasSubstr("circular buffer c_1 is used by"));
}

TEST_F(CbIndexTest, CleanProgramHasNoFinding) {
  CheckReport report = check();
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_TRUE(findings(report, "cb-index").empty());
}

}  // namespace
}  // namespace tt_astgen::testing
