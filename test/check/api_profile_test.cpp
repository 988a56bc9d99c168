// api-profile: one API generation per program.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class ApiProfileTest : public ProgramTest {};

TEST_F(ApiProfileTest, MeshDeviceWithEnqueueProgram) {
  std::string where = replace("main.cpp", "tt::tt_metal::distributed::EnqueueMeshWorkload(cq, workload, false);",
                              "EnqueueProgram(cq, program, false);");
  auto f = findings(check(), "api-profile");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: 'EnqueueProgram' belongs to the metal-2024 API, but this program "
                                      "also uses the metal-2025 API ('MeshDevice' at main.cpp:"));
  EXPECT_THAT(f[0], HasSubstr("MeshWorkload"));
}

TEST_F(ApiProfileTest, NamesInCommentsAndStringsDoNotCount) {
  replace("main.cpp", "int main() {", "// EnqueueProgram(cq, program) was the 2024 way\nint main() {\n  const char* s = \"CreateDevice\"; (void)s;");
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "api-profile").empty());
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(ApiProfileTest, MeshProgramMayIncludeCommandQueueHeader) {
  // 2025's command_queue.hpp declares the abstract CommandQueue: including it is not legacy use.
  replace("main.cpp", "#include <tt-metalium/host_api.hpp>",
          "#include <tt-metalium/command_queue.hpp>\n#include <tt-metalium/host_api.hpp>");
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "api-profile").empty()) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(ApiProfileTest, LegacyCallAfterTheIncludeIsStillReported) {
  replace("main.cpp", "#include <tt-metalium/host_api.hpp>",
          "#include <tt-metalium/command_queue.hpp>\n#include <tt-metalium/host_api.hpp>");
  std::string where = replace("main.cpp", "tt::tt_metal::distributed::EnqueueMeshWorkload(cq, workload, false);",
                              "EnqueueProgram(cq, program, false);");
  auto f = findings(check(), "api-profile");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: 'EnqueueProgram' belongs to the metal-2024 API"));
}

TEST_F(ApiProfileTest, HostApiProfileFromTheHostsOwnNames) {
  EXPECT_EQ(hostApiProfile(file("main.cpp").content), Profile::Metal2025);
  EXPECT_EQ(hostApiProfile(readFile(fixture("expected/eltwise_add_metal2024/main.cpp"))), Profile::Metal2024);
  EXPECT_EQ(hostApiProfile("// CreateDevice\n#include <tt-metalium/command_queue.hpp>\nint main() { return 0; }"),
            std::nullopt);
  EXPECT_EQ(hostApiProfile("void f() { CreateDevice(0); distributed::MeshDevice* d; }"), std::nullopt);
}

TEST_F(ApiProfileTest, ProfileNameSetsAreDisjoint) {
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "api-profile").empty());
}

}  // namespace
}  // namespace tt_astgen::testing
