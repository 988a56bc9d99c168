// entry-point: kernel_main for data movement, namespace NAMESPACE { void MAIN } for compute.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class EntryPointTest : public ProgramTest {};

TEST_F(EntryPointTest, MainInADataMovementKernel) {
  // The host's CreateKernel says reader.cpp is data movement, whatever its content looks like.
  std::string where = replace("reader.cpp", "void kernel_main() {", "void MAIN() {");
  auto f = findings(check(), "entry-point");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr("reader.cpp:" + where.substr(where.find(':') + 1, where.rfind(':') - where.find(':') - 1)));
  EXPECT_THAT(f[0], HasSubstr("error: data-movement kernel reader.cpp defines 'MAIN()' instead of 'void kernel_main()'"));
}

TEST_F(EntryPointTest, ComputeWithoutNamespace) {
  replace("compute.cpp", "namespace NAMESPACE {\n", "");
  replace("compute.cpp", "}  // namespace NAMESPACE\n", "");
  auto f = findings(check(), "entry-point");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr("outside 'namespace NAMESPACE { void MAIN { ... } }'"));
}

TEST_F(EntryPointTest, CleanProgramHasNoFinding) {
  EXPECT_TRUE(findings(check(), "entry-point").empty());
}

}  // namespace
}  // namespace tt_astgen::testing
