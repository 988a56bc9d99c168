// kernel-path: CreateKernel paths resolve to files the way tt-metal resolves them (after the
// checker's kernel roots and the host's folder); a path that resolves to nothing is one error at
// the path argument naming every place tried. Kernel identity is the resolved file.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class KernelPathTest : public ProgramTest {
 protected:
  /// Writes the golden program in the SDK's layout under `root`: root/mm/mm.cpp names its kernels
  /// OVERRIDE_KERNEL_PREFIX "mm/kernels/...", and the compute kernel is mm/kernels/compute/mm.cpp
  /// (the host's base name).
  std::filesystem::path writeSdkLayout(const std::filesystem::path& root) {
    std::string host = file("main.cpp").content;
    auto sub = [&](const std::string& from, const std::string& to) {
      size_t pos = host.find(from);
      EXPECT_NE(pos, std::string::npos) << from;
      if (pos != std::string::npos) host.replace(pos, from.size(), to);
    };
    sub("\"reader.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/dataflow/reader.cpp\"");
    sub("\"writer.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/dataflow/writer.cpp\"");
    sub("\"compute.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/compute/mm.cpp\"");
    sub("\nint main() {", "\n#ifndef OVERRIDE_KERNEL_PREFIX\n#define OVERRIDE_KERNEL_PREFIX \"\"\n#endif\n\nint main() {");
    writeFile(root / "mm/mm.cpp", host);
    writeFile(root / "mm/kernels/dataflow/reader.cpp", file("reader.cpp").content);
    writeFile(root / "mm/kernels/dataflow/writer.cpp", file("writer.cpp").content);
    writeFile(root / "mm/kernels/compute/mm.cpp", file("compute.cpp").content);
    return root / "mm/mm.cpp";
  }

  static std::vector<std::string> units(const CheckReport& report) {
    std::vector<std::string> out;
    for (const CheckedUnit& u : report.units) out.push_back(u.file + " " + u.flavor);
    return out;
  }
};

TEST_F(KernelPathTest, MissingKernelFileNamesEveryPlaceTried) {
  std::string where = replace("main.cpp", "\"reader.cpp\"", "\"kernels/dataflow/reader_mm.cpp\"");
  CheckOptions options;
  options.kernelRoots = {"/nonexistent-root"};
  auto f = findings(check(options), "kernel-path");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": error: CreateKernel names kernel 'kernels/dataflow/reader_mm.cpp', which does "
                                      "not exist (looked for '/nonexistent-root/kernels/dataflow/reader_mm.cpp', "
                                      "'kernels/dataflow/reader_mm.cpp', '../kernels/dataflow/reader_mm.cpp'"));
  EXPECT_THAT(f[0], HasSubstr("the JIT build fails when the program is first enqueued"));
}

TEST_F(KernelPathTest, KernelIsTheFileThePathNamesNotABaseName) {
  // A file with the right base name in another folder is not the kernel.
  replace("main.cpp", "\"reader.cpp\"", "\"kernels/dataflow/reader.cpp\"");
  auto f = findings(check(), "kernel-path");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr("CreateKernel names kernel 'kernels/dataflow/reader.cpp', which does not exist"));
  // Named by its folder, it is found among the checked files.
  file("reader.cpp").name = "kernels/dataflow/reader.cpp";
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "kernel-path").empty());
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(units(report), ::testing::Contains("kernels/dataflow/reader.cpp data movement (COMPILE_FOR_NCRISC)"));
}

TEST_F(KernelPathTest, SdkLayoutUnderAKernelRoot) {
  TempDir tmp;
  const auto host = writeSdkLayout(tmp.path());
  CheckOptions options;
  options.kernelRoots = {tmp.path().string()};
  std::string error;
  CheckReport report = checkHostFile(host.string(), options, error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  const std::string mm = (tmp.path() / "mm").string();
  EXPECT_THAT(units(report),
              ::testing::UnorderedElementsAre(
                  mm + "/mm.cpp host (metal-2025)", mm + "/kernels/dataflow/reader.cpp data movement (COMPILE_FOR_NCRISC)",
                  mm + "/kernels/dataflow/writer.cpp data movement (COMPILE_FOR_BRISC)",
                  mm + "/kernels/compute/mm.cpp compute (TRISC_UNPACK)", mm + "/kernels/compute/mm.cpp compute (TRISC_MATH)",
                  mm + "/kernels/compute/mm.cpp compute (TRISC_PACK)"));
  // The compute kernel shares the host's base name; both are checked, each as what it is.
  EXPECT_TRUE(findings(report, "entry-point").empty());
}

TEST_F(KernelPathTest, SdkLayoutFoundFromTheHostsParentFolder) {
  TempDir tmp;
  const auto host = writeSdkLayout(tmp.path());
  std::string error;
  CheckReport report = checkHostFile(host.string(), {}, error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.units.size(), 6u);
}

TEST_F(KernelPathTest, UserDefinedPrefixIsUsed) {
  TempDir tmp;
  const auto host = writeSdkLayout(tmp.path());
  CheckOptions options;
  options.defines = {"OVERRIDE_KERNEL_PREFIX=\"elsewhere/\""};
  std::string error;
  CheckReport report = checkHostFile(host.string(), options, error);
  ASSERT_TRUE(error.empty()) << error;
  auto f = findings(report, "kernel-path");
  ASSERT_EQ(f.size(), 3u) << renderReport(report, ReportFormat::Text);
  EXPECT_THAT(f[0], HasSubstr(host.string() + ":"));
  EXPECT_THAT(f[0], HasSubstr("CreateKernel names kernel 'elsewhere/mm/kernels/dataflow/reader.cpp', which does not exist"));
  // The prefix is where the path is written: the error points at it.
  EXPECT_THAT(f[0], HasSubstr(": error: CreateKernel"));
  EXPECT_EQ(report.units.size(), 1u);  // only the host: no kernel was found
}

TEST_F(KernelPathTest, KernelRootsComeBeforeTheHostsFolder) {
  TempDir tmp;
  const auto host = writeSdkLayout(tmp.path() / "sdk");
  // The same relative path under another root, with a fault: that root is searched first.
  std::string broken = file("reader.cpp").content;
  broken.replace(broken.find("get_tile_size(cb_in0)"), 21, "get_tile_size(cb_in0, 1)");
  writeFile(tmp.path() / "override/mm/kernels/dataflow/reader.cpp", broken);
  CheckOptions options;
  options.kernelRoots = {(tmp.path() / "override").string(), (tmp.path() / "sdk").string()};
  std::string error;
  CheckReport report = checkHostFile(host.string(), options, error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GT(report.errorCount(), 0u);
  bool inOverride = false;
  for (const Diagnostic& d : report.diagnostics)
    inOverride |= d.severity == Severity::Error && d.file == (tmp.path() / "override/mm/kernels/dataflow/reader.cpp").string();
  EXPECT_TRUE(inOverride) << renderReport(report, ReportFormat::Text);
}

TEST_F(KernelPathTest, PathsBuiltFromStringVariablesAndConcatenation) {
  replace("main.cpp", "int main() {", "int main() {\n    const std::string kernel_dir = \"kernels/\";");
  replace("main.cpp", "\"reader.cpp\"", "kernel_dir + \"dataflow/\" + \"reader.cpp\"");
  replace("main.cpp", "\"writer.cpp\"", "std::string(\"kernels/dataflow/writer.cpp\")");
  replace("main.cpp", "#include <vector>", "#include <string>\n#include <vector>");
  // The joined paths are what is looked up.
  auto f = findings(check(), "kernel-path");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_THAT(f[0], HasSubstr("CreateKernel names kernel 'kernels/dataflow/reader.cpp'"));
  EXPECT_THAT(f[1], HasSubstr("CreateKernel names kernel 'kernels/dataflow/writer.cpp'"));
  file("reader.cpp").name = "kernels/dataflow/reader.cpp";
  file("writer.cpp").name = "kernels/dataflow/writer.cpp";
  CheckReport report = check();
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  // Found through the host, the writer is compiled for the processor its config names.
  EXPECT_THAT(units(report), ::testing::Contains("kernels/dataflow/writer.cpp data movement (COMPILE_FOR_BRISC)"));
  EXPECT_THAT(units(report), ::testing::Contains("kernels/dataflow/reader.cpp data movement (COMPILE_FOR_NCRISC)"));
}

TEST_F(KernelPathTest, PathThatIsNotAConstantIsANoteWithVerbose) {
  std::string where = replace("main.cpp", "\"reader.cpp\"", "kernel_path(1)");
  replace("main.cpp", "int main() {", "static const char* kernel_path(int i) { return i ? \"reader.cpp\" : \"writer.cpp\"; }\n\nint main() {");
  // The helper and a blank line now stand above the call: two lines down.
  where = "main.cpp:" + std::to_string(std::stoi(where.substr(9)) + 2) + where.substr(where.find(':', 9));
  CheckReport quiet = check();
  EXPECT_TRUE(findings(quiet, "kernel-path").empty());
  EXPECT_EQ(quiet.errorCount(), 0u) << renderReport(quiet, ReportFormat::Text);
  CheckOptions verbose;
  verbose.verbose = true;
  auto f = findings(check(verbose), "kernel-path");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(where + ": note: the kernel path of this CreateKernel is not a constant"));
}

TEST_F(KernelPathTest, HostFileThatCannotBeReadIsAnInputError) {
  std::string error;
  CheckReport report = checkHostFile("/nonexistent/host.cpp", {}, error);
  EXPECT_THAT(error, HasSubstr("/nonexistent/host.cpp"));
  EXPECT_TRUE(report.units.empty());
}

}  // namespace
}  // namespace tt_astgen::testing
