// api-profile: one API generation per program.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class ApiProfileTest : public ProgramTest {};

// ---- kernel API generations: the classic layout (metal-2024/2025) and metal-2026's api/... ----

/// A program of both generations: the element-wise add golden (classic kernels), with the kernels
/// in `to2026` rewritten to the metal-2026 form (api/... includes; compute as void kernel_main()).
class KernelGenerationTest : public ProgramTest {
 protected:
  void SetUp() override { load("eltwise_add"); }
  void to2026(const std::string& name) {
    std::string& text = file(name).content;
    replaceAll(text, "\"dataflow_api.h\"", "\"api/dataflow/dataflow_api.h\"");
    replaceAll(text, "\"compute_kernel_api/", "\"api/compute/");
    replaceAll(text, "namespace NAMESPACE {\nvoid MAIN {", "void kernel_main() {");
    replaceAll(text, "}  // namespace NAMESPACE\n", "");
  }
  static void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
      text.replace(pos, from.size(), to);
  }
  /// "name:line" of the first `what` (the other side of a finding is given by line).
  std::string lineOf(const std::string& name, const std::string& what) {
    const std::string loc = at(name, what);
    return loc.substr(0, loc.rfind(':'));
  }
  static CheckOptions as(Profile profile) {
    CheckOptions options;
    options.profile = profile;
    return options;
  }
};

TEST_F(KernelGenerationTest, AClassicComputeKernelInA2026ProgramIsOneError) {
  to2026("reader.cpp");
  to2026("writer.cpp");
  const std::string include = at("compute.cpp", "#include \"compute_kernel_api/common.h\"");
  const std::string other = lineOf("reader.cpp", "#include \"api/dataflow/dataflow_api.h\"");
  CheckReport report = check(as(Profile::Metal2026));
  auto f = findings(report, "api-profile");
  ASSERT_EQ(f.size(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr(include + ": error: compute.cpp is written for the metal-2024/2025 kernel API ('#include "
                                        "\"compute_kernel_api/common.h\"'), but this program is checked as metal-2026 (" +
                              other + ": '#include \"api/dataflow/dataflow_api.h\"')"));
  // The kernel is compiled against its own generation's headers: nothing else is reported.
  EXPECT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, A2026ComputeKernelInA2025ProgramIsOneError) {
  to2026("compute.cpp");
  const std::string include = at("compute.cpp", "#include \"api/compute/common.h\"");
  const std::string other = lineOf("reader.cpp", "#include \"dataflow_api.h\"");
  CheckReport report = check(as(Profile::Metal2025));
  auto f = findings(report, "api-profile");
  ASSERT_EQ(f.size(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr(include + ": error: compute.cpp is written for the metal-2026 kernel API ('#include "
                                        "\"api/compute/common.h\"'), but this program is checked as metal-2025 (" +
                              other + ": '#include \"dataflow_api.h\"')"));
  EXPECT_THAT(f[0], HasSubstr("--profile metal-2026"));
  EXPECT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, AWholeProgramOfTheOtherGenerationIsOneErrorNamingEveryKernel) {
  CheckReport report = check(as(Profile::Metal2026));
  auto f = findings(report, "api-profile");
  ASSERT_EQ(f.size(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr("checked as metal-2026 (the profile given)"));
  EXPECT_THAT(f[0], HasSubstr(at("reader.cpp", "#include \"dataflow_api.h\"") + ": error: reader.cpp is written for the "
                                                                                "metal-2024/2025 kernel API"));
  EXPECT_THAT(f[0], HasSubstr("the same holds for " + lineOf("compute.cpp", "#include \"compute_kernel_api/common.h\"") +
                              " ('#include \"compute_kernel_api/common.h\"'), " +
                              lineOf("writer.cpp", "#include \"dataflow_api.h\"")));
  EXPECT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, KernelMainComputeUnderClassicIncludesIsAnEntryErrorOnlyForMetal2024) {
  // The single-device (metal-2024) JIT calls only the MAIN entries: the link fails.
  load("eltwise_add_metal2024");
  std::string& text = file("compute.cpp").content;
  replaceAll(text, "namespace NAMESPACE {\nvoid MAIN {", "void kernel_main() {");
  replaceAll(text, "}  // namespace NAMESPACE\n", "");
  CheckReport report = check(as(Profile::Metal2024));
  auto f = findings(report, "api-profile");
  ASSERT_EQ(f.size(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr(at("compute.cpp", "kernel_main") + ": error: compute kernel compute.cpp is written as "
                                                                  "'void kernel_main()', the metal-2026 compute entry"));
  EXPECT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, KernelMainComputeUnderClassicIncludesWithAMeshHostIsNotReported) {
  // Early 2026 the SDK renamed a compute kernel_main while the classic include tree was still
  // its own (contributed/vecadd's add.cpp): with a Mesh host the link failure is not known.
  std::string& text = file("compute.cpp").content;
  replaceAll(text, "namespace NAMESPACE {\nvoid MAIN {", "void kernel_main() {");
  replaceAll(text, "}  // namespace NAMESPACE\n", "");
  CheckReport report = check(as(Profile::Metal2025));
  EXPECT_TRUE(findings(report, "api-profile").empty()) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, TheLegacyMainEntryUnder2026IsAWarning) {
  for (const char* name : {"reader.cpp", "compute.cpp", "writer.cpp"}) to2026(name);
  std::string& text = file("compute.cpp").content;
  replaceAll(text, "void kernel_main() {", "namespace NAMESPACE {\nvoid MAIN {");
  text += "}  // namespace NAMESPACE\n";
  CheckReport report = check(as(Profile::Metal2026));
  auto f = findings(report, "api-profile");
  ASSERT_EQ(f.size(), 1u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr(at("compute.cpp", "NAMESPACE") + ": warning: compute kernel compute.cpp uses the legacy "
                                                                "entry 'namespace NAMESPACE { void MAIN }'"));
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, A2026ProgramChecksCleanAndIsDetectedByItsKernels) {
  for (const char* name : {"reader.cpp", "compute.cpp", "writer.cpp"}) to2026(name);
  CheckOptions options;
  options.detectProfile = true;  // the host's Mesh names say metal-2025 or metal-2026: the kernels decide
  CheckReport report = check(options);
  EXPECT_EQ(report.profile, Profile::Metal2026);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 0u) << renderReport(report, ReportFormat::Text);
  for (const CheckedUnit& u : report.units)
    for (const std::string& arg : u.args) EXPECT_EQ(arg.find("kernel/classic"), std::string::npos) << u.file;
}

TEST_F(KernelGenerationTest, AMixedHostIsReportedUnderMetal2026Too) {
  // metal-2026's host API is the Mesh API: the host rule holds as under metal-2025.
  for (const char* name : {"reader.cpp", "compute.cpp", "writer.cpp"}) to2026(name);
  std::string where = replace("main.cpp", "tt::tt_metal::distributed::EnqueueMeshWorkload(cq, workload, false);",
                              "EnqueueProgram(cq, program, false);");
  auto f = findings(check(as(Profile::Metal2026)), "api-profile");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: 'EnqueueProgram' belongs to the metal-2024 API"));
}

TEST_F(KernelGenerationTest, ClassicProgramIsDetectedAsMetal2025) {
  CheckOptions options;
  options.detectProfile = true;
  CheckReport report = check(options);
  EXPECT_EQ(report.profile, Profile::Metal2025);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, IncludesAndEntriesInCommentsAndStringsAreNoEvidence) {
  replace("compute.cpp", "#include <cstdint>",
          "#include <cstdint>\n// 2026: #include \"api/compute/common.h\" and void kernel_main() {\n"
          "/* #include \"api/compute/eltwise_binary.h\" */\n"
          "static const char* kNote = \"#include <api/compute/matmul.h> void kernel_main()\";");
  CheckReport report = check(as(Profile::Metal2025));
  EXPECT_TRUE(findings(report, "api-profile").empty()) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelGenerationTest, AngleBracketIncludesCount) {
  to2026("writer.cpp");
  replaceAll(file("writer.cpp").content, "#include \"api/dataflow/dataflow_api.h\"", "#  include <api/dataflow/dataflow_api.h>");
  const std::string include = at("writer.cpp", "#  include <api/dataflow/dataflow_api.h>");
  auto f = findings(check(as(Profile::Metal2025)), "api-profile");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(include + ": error: writer.cpp is written for the metal-2026 kernel API ('#include "
                                        "\"api/dataflow/dataflow_api.h\"')"));
}

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
