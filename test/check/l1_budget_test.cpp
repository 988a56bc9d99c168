// l1-budget: the CBs of each core fit the architecture's L1.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class L1BudgetTest : public ProgramTest {};

TEST_F(L1BudgetTest, TooManyBytesOfCircularBuffers) {
  replace("main.cpp", "CircularBufferConfig(2 * single_tile_size, {{cb_in1", "CircularBufferConfig(700 * single_tile_size, {{cb_in1");
  auto f = findings(check(), "l1-budget");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr("main.cpp:92:5: error: circular buffers on core (0,0) reach"));
  EXPECT_THAT(f[0], HasSubstr(std::to_string(archInfo(Arch::WormholeB0).l1Bytes) + " bytes of L1 a wormhole_b0 core"));
}

TEST_F(L1BudgetTest, LargeButFittingBuffersAreFine) {
  replace("main.cpp", "CircularBufferConfig(2 * single_tile_size, {{cb_in1", "CircularBufferConfig(300 * single_tile_size, {{cb_in1");
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "l1-budget").empty()) << renderReport(report, ReportFormat::Text);
}

}  // namespace
}  // namespace tt_astgen::testing
