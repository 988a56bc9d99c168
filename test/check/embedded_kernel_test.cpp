// Kernels embedded in a host (CreateKernelFromString): each literal is checked as a kernel of its
// own, with the role, RISC-V and compile args of its call, and what is found in it is reported at
// the line of main.cpp that holds it.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {

/// The golden metal-2025 host with its kernels embedded, checked alone.
class EmbeddedKernelTest : public ProgramTest {
 protected:
  void SetUp() override { files_ = {{"main.cpp", readFile(fixture("expected/matmul_multi_core_embedded/main.cpp"))}}; }

  /// The findings (no notes) as "file:line:col [check] (context)".
  static std::vector<std::string> errors(const CheckReport& report) {
    std::vector<std::string> out;
    for (const Diagnostic& d : report.diagnostics)
      if (d.severity != Severity::Note)
        out.push_back(d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " [" + d.check + "] (" +
                      d.context + ")");
    return out;
  }
};

TEST_F(EmbeddedKernelTest, TypeErrorIsReportedAtItsLineInsideTheHost) {
  replace("main.cpp", "uint32_t a_addr = get_arg_val<uint32_t>(0);", "uint32_t a_addr = get_arg_val<uint32_t>(0, 1);");
  const std::string where = at("main.cpp", "get_arg_val<uint32_t>(0, 1)");
  EXPECT_THAT(errors(check()), ::testing::ElementsAre(where + " [clang] (data movement (COMPILE_FOR_NCRISC))"));
}

TEST_F(EmbeddedKernelTest, ColumnsOnTheLiteralsFirstLineCountFromTheLine) {
  // The reader's text starts right after R"tt( : its first line shares the host's line.
  replace("main.cpp", "R\"tt(// Reader kernel", "R\"tt(int first = nullptr; // Reader kernel");
  const std::string where = at("main.cpp", "first = nullptr");
  EXPECT_THAT(errors(check()), ::testing::ElementsAre(where + " [clang] (data movement (COMPILE_FOR_NCRISC))"));
}

TEST_F(EmbeddedKernelTest, WrongCircularBufferIsACrossFileFindingInsideTheHost) {
  const std::string where = replace("main.cpp", "cb_wait_front(cb_out0, 1);", "cb_wait_front(tt::CBIndex::c_7, 1);");
  CheckReport report = check();
  EXPECT_THAT(errors(report), ::testing::Contains(::testing::StartsWith(where + " [cb-index]")));
  for (const Diagnostic& d : report.diagnostics) EXPECT_EQ(d.file, "main.cpp") << d.format();
}

TEST_F(EmbeddedKernelTest, RuntimeArgsOfAnEmbeddedKernelAreCheckedAgainstItsSetRuntimeArgs) {
  // The writer reads one runtime arg more than the host sets.
  const std::string where = replace("main.cpp", "start_tile = get_arg_val<uint32_t>(2);", "start_tile = get_arg_val<uint32_t>(3);");
  // The finding points at the call: "start_tile = " is 13 columns before it.
  const std::string line = where.substr(0, where.rfind(':'));
  const unsigned column = std::stoul(where.substr(where.rfind(':') + 1)) + 13;
  EXPECT_THAT(errors(check()), ::testing::ElementsAre(line + ":" + std::to_string(column) + " [runtime-args] ()"));
}

/// A host written by hand around one data-movement kernel held in a std::string.
class EmbeddedSourceTest : public ProgramTest {
 protected:
  void SetUp() override {
    files_ = {{"main.cpp", readFile(fixture("foreign/loopback_from_string/loopback_from_string.cpp"))}};
  }
};

TEST_F(EmbeddedSourceTest, UnknownSourceIsNotCheckedAndSaysSoUnderVerbose) {
  replace("main.cpp", "        dram_copy_kernel_src,\n", "        std::string(std::getenv(\"KERNEL_SRC\")),\n");
  replace("main.cpp", "#include <cstdint>\n#include <memory>", "#include <cstdint>\n#include <cstdlib>\n#include <memory>");
  CheckOptions options;
  options.verbose = true;
  CheckReport report = check(options);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.units.size(), 1u);
  bool said = false;
  for (const Diagnostic& d : report.diagnostics)
    said = said || d.message.find("source text of this CreateKernelFromString is not known") != std::string::npos;
  EXPECT_TRUE(said) << renderReport(report, ReportFormat::Text);
}

TEST_F(EmbeddedSourceTest, EscapedLiteralReportsAtTheLiteralNamingTheKernelLine) {
  replace("main.cpp", "        dram_copy_kernel_src,\n",
          "        \"#include \\\"dataflow_api.h\\\"\\nvoid kernel_main() { undefined_call(); }\\n\",\n");
  const std::string where = at("main.cpp", "\"#include");
  CheckReport report = check();
  ASSERT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
  const Diagnostic& d = *std::find_if(report.diagnostics.begin(), report.diagnostics.end(),
                                      [](const Diagnostic& x) { return x.severity == Severity::Error; });
  EXPECT_EQ(d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column), where);
  EXPECT_THAT(d.message, ::testing::HasSubstr("(line 2 of the embedded kernel)"));
}

TEST_F(EmbeddedSourceTest, JoinedTextIsCheckedAndReportedAtTheArgument) {
  // The text is built with + from two constants: known, but not one literal.
  replace("main.cpp", "const std::string dram_copy_kernel_src = R\"kernel(\n#include <cstdint>\n",
          "const std::string kernel_prelude = \"#include <cstdint>\\n\";\nconst std::string kernel_body = R\"kernel(\n");
  replace("main.cpp", "    uint32_t page_bytes = get_arg_val<uint32_t>(4);\n",
          "    uint32_t page_bytes = get_arg_val<uint32_t>(4) + not_declared;\n");
  replace("main.cpp", "        dram_copy_kernel_src,\n", "        kernel_prelude + kernel_body,\n");
  const std::string where = at("main.cpp", "kernel_prelude + kernel_body");
  CheckReport report = check();
  ASSERT_EQ(report.errorCount(), 1u) << renderReport(report, ReportFormat::Text);
  const Diagnostic& d = *std::find_if(report.diagnostics.begin(), report.diagnostics.end(),
                                      [](const Diagnostic& x) { return x.severity == Severity::Error; });
  EXPECT_EQ(d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column), where);
  EXPECT_THAT(d.message, ::testing::HasSubstr("not_declared"));
  EXPECT_THAT(d.message, ::testing::HasSubstr("(line 11 of the embedded kernel)"));
}

TEST_F(EmbeddedSourceTest, OneTextCreatedTwiceIsOneUnitPerConfiguration) {
  // The same text on the other RISC-V as well: one unit name, two builds.
  replace("main.cpp", "    SetRuntimeArgs(\n", R"(    KernelHandle copy_on_brisc = CreateKernelFromString(
        program,
        dram_copy_kernel_src,
        CoreCoord{1, 0},
        DataMovementConfig{
            .processor = DataMovementProcessor::RISCV_0, .noc = NOC::RISCV_0_default, .compile_args = compile_args});
    SetRuntimeArgs(program, copy_on_brisc, CoreCoord{1, 0},
        {(uint32_t)scratch->address(), (uint32_t)src->address(), (uint32_t)dst->address(), num_tiles, tile_size_bytes});
    SetRuntimeArgs(
)");
  CheckReport report = check();
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  std::vector<std::string> units;
  for (const CheckedUnit& u : report.units) units.push_back(u.file + " " + u.flavor);
  EXPECT_THAT(units, ::testing::ElementsAre("main.cpp host (metal-2025)",
                                            "main.cpp:17 data movement (COMPILE_FOR_NCRISC)",
                                            "main.cpp:17 data movement (COMPILE_FOR_BRISC)"));
}

}  // namespace
}  // namespace tt_astgen::testing
