// The checker on emitted programs: clean output passes; one deliberate fault fails with the
// right file:line:col, through the library and through the CLI (exit 1).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_support.h"
#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;

class CheckTest : public ::testing::Test {
 protected:
  // The golden emitted program (test/emit keeps it equal to the generator's output); reading it
  // keeps this suite fast. EmittedProgramIsClean regenerates it.
  void SetUp() override {
    for (const char* name : {"main.cpp", "reader.cpp", "compute.cpp", "writer.cpp"})
      files_.push_back({name, testing::readFile(testing::fixture(std::string("expected/matmul_single_core/") + name))});
  }

  void generate() {
    files_.clear();
    PlanLoadResult loaded = loadPlanFile(testing::fixture("plans/matmul_single_core.json").string());
    ASSERT_TRUE(loaded.plan);
    GenerateResult generated = generateProgram(*loaded.plan);
    ASSERT_TRUE(generated.ok()) << generated.error;
    for (const auto& f : generated.files)
      if (f.name.ends_with(".cpp")) files_.push_back({f.name, f.content});
  }

  SourceFile& file(const std::string& name) {
    for (auto& f : files_)
      if (f.name == name) return f;
    throw std::runtime_error("no " + name);
  }

  /// Replaces the first `from` in a file; returns "line:col" (1-based) of the replacement.
  std::string replace(const std::string& name, const std::string& from, const std::string& to) {
    std::string& text = file(name).content;
    size_t pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    text.replace(pos, from.size(), to);
    size_t line = 1 + std::count(text.begin(), text.begin() + pos, '\n');
    size_t lineStart = text.rfind('\n', pos);
    size_t col = pos - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
    return std::to_string(line) + ":" + std::to_string(col);
  }

  std::vector<std::string> errors(const CheckReport& report) {
    std::vector<std::string> out;
    for (const auto& d : report.diagnostics)
      if (d.severity == Severity::Error) out.push_back(d.format());
    return out;
  }

  std::vector<SourceFile> files_;
};

TEST_F(CheckTest, EmittedProgramIsClean) {
  generate();
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u);
  ASSERT_EQ(report.units.size(), 6u);
  std::vector<std::string> flavors;
  for (const auto& u : report.units) flavors.push_back(u.file + " " + u.flavor);
  EXPECT_THAT(flavors, ::testing::UnorderedElementsAre(
                           "main.cpp host (metal-2025)", "reader.cpp data movement (COMPILE_FOR_NCRISC)",
                           "writer.cpp data movement (COMPILE_FOR_BRISC)", "compute.cpp compute (TRISC_UNPACK)",
                           "compute.cpp compute (TRISC_MATH)", "compute.cpp compute (TRISC_PACK)"));
}

TEST_F(CheckTest, MatmulTilesWithFiveArgumentsIsAnError) {
  std::string at = replace("compute.cpp", "matmul_tiles(cb_in0, cb_in1, 0, 0, 0, false)",
                           "matmul_tiles(cb_in0, cb_in1, 0, 0, 0)");
  CheckReport report = checkFiles(files_, {});
  std::vector<std::string> e = errors(report);
  ASSERT_FALSE(e.empty());
  EXPECT_THAT(e[0], HasSubstr("compute.cpp:" + at + ": error: no matching function for call to 'matmul_tiles'"));
  // Reported once although the compute kernel is compiled three times.
  EXPECT_EQ(std::count_if(e.begin(), e.end(), [](const std::string& s) { return s.find("matmul_tiles") != std::string::npos; }), 1);
}

TEST_F(CheckTest, UndeclaredNameInHostIsAnError) {
  std::string at = replace("main.cpp", "mesh_device->close();", "mesh_devic->close();");
  CheckReport report = checkFiles(files_, {});
  std::vector<std::string> e = errors(report);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_THAT(e[0], HasSubstr("main.cpp:" + at + ": error: use of undeclared identifier 'mesh_devic'"));
}

TEST_F(CheckTest, CompileTimeArgsComeFromTheHost) {
  // The host appends two TensorAccessorArgs for the reader; with one, the reader's second accessor
  // reads a compile-time argument the host never sets.
  replace("main.cpp", "tt::tt_metal::TensorAccessorArgs(*b_buffer).append_to(reader_compile_args);", "");
  CheckReport report = checkFiles(files_, {});
  std::vector<std::string> e = errors(report);
  ASSERT_FALSE(e.empty());
  EXPECT_THAT(e[0], HasSubstr("reader.cpp"));
  EXPECT_THAT(e[0], HasSubstr("compile-time argument index out of range"));
}

// The host is checked with the flags of the build it stands for (metal-build.md).
TEST_F(CheckTest, NarrowingAddressInBracedListBuildsInTreeButNotStandalone) {
  // MeshBuffer::address() is a 64-bit DeviceAddr; the SDK's examples build with -Wno-c++11-narrowing.
  replace("main.cpp", "const auto a_addr = static_cast<uint32_t>(a_buffer->address());",
                           "const auto a_addr = a_buffer->address();");
  CheckReport inTree = checkFiles(files_, {});
  EXPECT_EQ(inTree.errorCount(), 0u) << renderReport(inTree, ReportFormat::Text);
  CheckOptions strict;
  strict.hostBuild = HostBuild::Standalone;
  std::vector<std::string> e = errors(checkFiles(files_, strict));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_THAT(e[0], HasSubstr("main.cpp:135:"));
  EXPECT_THAT(e[0], HasSubstr("cannot be narrowed"));
}

TEST_F(CheckTest, InTreeHostWarningsAreErrorsAsUnderTheSdksWerror) {
  replace("main.cpp", "int main() {", "int main() {\n    int unused_but_read = 0;\n    if (unused_but_read = 1) {}");
  std::vector<std::string> e = errors(checkFiles(files_, {}));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_THAT(e[0], HasSubstr("using the result of an assignment as a condition without parentheses"));
}

TEST_F(CheckTest, KernelsFollowTheJitsWerrorSet) {
  // -Wunused-value is not downgraded by the JIT: an error.
  replace("reader.cpp", "void kernel_main() {", "void kernel_main() {\n    1 + 1;");
  std::vector<std::string> e = errors(checkFiles(files_, {}));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_THAT(e[0], HasSubstr("reader.cpp:8:"));
  EXPECT_THAT(e[0], HasSubstr("expression result unused"));
}

TEST_F(CheckTest, KernelWarningsTheJitDowngradesStayWarnings) {
  // -Wno-error=parentheses: an assignment used as a condition is a warning in a kernel.
  replace("reader.cpp", "void kernel_main() {", "void kernel_main() {\n    uint32_t flag = 0;\n    if (flag = get_arg_val<uint32_t>(0)) {}");
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 1u) << renderReport(report, ReportFormat::Text);
  CheckOptions werror;
  werror.werror = true;
  EXPECT_EQ(checkFiles(files_, werror).errorCount(), 1u);
}

TEST_F(CheckTest, KernelCodeGxxAcceptsIsNotAnError) {
  // The JIT's g++ knows optimize("...") and accepts variable-length arrays without a word.
  replace("reader.cpp", "void kernel_main() {",
          "__attribute__((optimize(\"unroll-loops\"))) void helper() {}\nvoid kernel_main() {\n"
          "    uint32_t scratch[get_arg_val<uint32_t>(0) + 1];\n    scratch[0] = 0;\n    (void)scratch;\n"
          "    const char* tail = \"reader\" + get_arg_val<uint32_t>(1);\n    (void)tail;");
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  // The unknown attribute and clang's own string + int warning: still shown, as warnings.
  EXPECT_EQ(report.warningCount(), 2u) << renderReport(report, ReportFormat::Text);
}

TEST_F(CheckTest, UserDefinesAndIncludeDirsReachTheHost) {
  testing::TempDir dir;
  testing::writeFile(dir.path() / "inc/sizes.hpp", "#pragma once\nconstexpr unsigned kExtra = EXTRA;\n");
  replace("main.cpp", "#include <vector>", "#include <vector>\n#include <sizes.hpp>");
  replace("main.cpp", "int main() {", "int main() {\n    static_assert(kExtra == 3);");
  EXPECT_FALSE(errors(checkFiles(files_, {})).empty());
  CheckOptions options;
  options.includeDirs = {(dir.path() / "inc").string()};
  options.defines = {"EXTRA=3"};
  CheckReport report = checkFiles(files_, options);
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

// The includes before a user's header come from the cached PCH, the header itself is read every
// time: an edit between two checks is seen by the second.
TEST_F(CheckTest, EditedUserHeaderAfterCachedIncludesIsSeen) {
  testing::TempDir dir;
  const auto header = dir.path() / "inc/sizes.hpp";
  testing::writeFile(header, "#pragma once\nconstexpr unsigned kExtra = 3;\n");
  replace("main.cpp", "#include <vector>", "#include <vector>\n#include <sizes.hpp>");
  replace("main.cpp", "int main() {", "int main() {\n    static_assert(kExtra == 3);");
  CheckOptions options;
  options.includeDirs = {(dir.path() / "inc").string()};
  CheckReport clean = checkFiles(files_, options);
  EXPECT_EQ(clean.errorCount(), 0u) << renderReport(clean, ReportFormat::Text);
  testing::writeFile(header, "#pragma once\nconstexpr unsigned kExtra = 4;\n");
  std::vector<std::string> e = errors(checkFiles(files_, options));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_THAT(e[0], HasSubstr("static assertion failed"));
}

TEST_F(CheckTest, CompileArgsAppendedInALoopAreNotCounted) {
  // Two arguments, appended by a loop: how many is not known here, so none is assumed missing.
  replace("main.cpp",
          "tt::tt_metal::TensorAccessorArgs(*a_buffer).append_to(reader_compile_args);\n"
          "    tt::tt_metal::TensorAccessorArgs(*b_buffer).append_to(reader_compile_args);",
          "for (int i = 0; i < 2; ++i) reader_compile_args.push_back(1);");
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
}

TEST_F(CheckTest, ConfigChangedAfterItsInitializerIsNotTrusted) {
  replace("main.cpp", "const uint32_t reader = tt::tt_metal::CreateKernel(",
          "auto reader_config = tt::tt_metal::DataMovementConfig{\n"
          "        .processor = tt::tt_metal::DataMovementProcessor::RISCV_1, .noc = tt::tt_metal::NOC::RISCV_1_default};\n"
          "    reader_config.compile_args = reader_compile_args;\n"
          "    const uint32_t reader = tt::tt_metal::CreateKernel(");
  replace("main.cpp",
          "tt::tt_metal::DataMovementConfig{\n"
          "            .processor = tt::tt_metal::DataMovementProcessor::RISCV_1,\n"
          "            .noc = tt::tt_metal::NOC::RISCV_1_default,\n"
          "            .compile_args = reader_compile_args});",
          "reader_config);");
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  // Left as initialized, the variable's config is read: no compile args, and the reader needs two.
  replace("main.cpp", "reader_config.compile_args = reader_compile_args;", "");
  std::vector<std::string> e = errors(checkFiles(files_, {}));
  ASSERT_FALSE(e.empty());
  EXPECT_THAT(e[0], HasSubstr("reader.cpp"));
}

TEST_F(CheckTest, KernelDefinesComeFromTheHostsConfig) {
  // The JIT passes a config's defines to the kernel as -D; a kernel that needs one compiles only
  // with the host's value.
  replace("compute.cpp", "namespace NAMESPACE {", "static_assert(SFPU_SCALE == 2, \"scale\");\nnamespace NAMESPACE {");
  std::vector<std::string> e = errors(checkFiles(files_, {}));
  ASSERT_FALSE(e.empty());
  EXPECT_THAT(e[0], HasSubstr("SFPU_SCALE"));
  replace("main.cpp", ".math_approx_mode = false}",
          ".math_approx_mode = false, .defines = {{\"SFPU_SCALE\", \"2\"}}}");
  CheckReport report = checkFiles(files_, {});
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  replace("main.cpp", "{{\"SFPU_SCALE\", \"2\"}}", "{{\"SFPU_SCALE\", \"3\"}}");
  e = errors(checkFiles(files_, {}));
  ASSERT_FALSE(e.empty());
  EXPECT_THAT(e[0], HasSubstr("scale"));
}

TEST_F(CheckTest, CliReportsFaultWithExitCodeOne) {
  std::string at = replace("compute.cpp", "matmul_tiles(cb_in0, cb_in1, 0, 0, 0, false)",
                           "matmul_tiles(cb_in0, cb_in1, 0, 0, 0)");
  testing::TempDir dir;
  for (const auto& f : files_) testing::writeFile(dir.path() / f.name, f.content);
  testing::CommandResult r = testing::runCli("check " + dir.path().string());
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr((dir.path() / "compute.cpp").string() + ":" + at + ": error: no matching function"));
}

TEST_F(CheckTest, CliPassesCleanOutput) {
  testing::TempDir dir;
  for (const auto& f : files_) testing::writeFile(dir.path() / f.name, f.content);
  testing::CommandResult r = testing::runCli("check " + dir.path().string());
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("6 file compilation(s), 0 error(s)"));
}

}  // namespace
}  // namespace tt_astgen
