// cb-capacity: no cb_reserve_back/cb_wait_front for more pages than the CB holds.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class CbCapacityTest : public ProgramTest {};

TEST_F(CbCapacityTest, WaitingForMorePagesThanTheCbHoldsHangs) {
  std::string where = replace("compute.cpp", "cb_wait_front(cb_in0, 1)", "cb_wait_front(cb_in0, 4)");
  auto f = findings(check(), "cb-capacity");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: cb_wait_front asks for 4 pages of circular buffer c_0, which holds only 2"));
  EXPECT_THAT(f[0], HasSubstr("hang"));
  EXPECT_THAT(f[1], HasSubstr("main.cpp:87:5: note: circular buffer c_0 is created here"));
}

TEST_F(CbCapacityTest, ReservingExactlyTheCapacityIsFine) {
  replace("reader.cpp", "cb_reserve_back(cb_in0, 1)", "cb_reserve_back(cb_in0, 2)");
  EXPECT_TRUE(findings(check(), "cb-capacity").empty());
}

}  // namespace
}  // namespace tt_astgen::testing
