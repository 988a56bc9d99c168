// Output formats (text, JSON, SARIF 2.1.0), --werror, exit codes, roles from CreateKernel.
#include "check_fixture.h"
#include "tt_astgen/mock_headers.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class ReportFormatTest : public ProgramTest {
 protected:
  TempDir dir;
  void write() {
    for (const auto& f : files_) writeFile(dir.path() / f.name, f.content);
  }
};

TEST_F(ReportFormatTest, SarifThroughClangsWriter) {
  std::string where = replace("compute.cpp", "cb_wait_front(cb_in0, 1)", "cb_wait_front(cb_in0, 4)");
  write();
  CommandResult r = runCli("check --format sarif " + dir.path().string());
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("\"version\": \"2.1.0\""));
  EXPECT_THAT(r.output, HasSubstr("\"ruleId\": \"cb-capacity\""));
  EXPECT_THAT(r.output, HasSubstr("\"level\": \"error\""));
  EXPECT_THAT(r.output, HasSubstr((dir.path() / "compute.cpp").string()));
  EXPECT_THAT(r.output, HasSubstr("\"startLine\": " + where.substr(where.find(':') + 1, where.rfind(':') - where.find(':') - 1)));
  EXPECT_THAT(r.output, HasSubstr("\"threadFlows\""));  // the note at the host's CreateCircularBuffer
}

TEST_F(ReportFormatTest, JsonListsDiagnosticsAndUnits) {
  replace("main.cpp", "\"reader.cpp\"", "\"reader_mm.cpp\"");
  write();
  CommandResult r = runCli("check --format json " + dir.path().string());
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("\"check\": \"kernel-path\""));
  EXPECT_THAT(r.output, HasSubstr("\"line\": 105"));
  EXPECT_THAT(r.output, HasSubstr("\"flavor\": \"compute (TRISC_PACK)\""));
}

TEST_F(ReportFormatTest, WerrorTurnsWarningsIntoErrors) {
  // A standalone build (no -Werror) keeps clang's default warnings as warnings.
  replace("main.cpp", "int main() {", "int main() {\n    1 + 1;");
  CheckOptions standalone;
  standalone.hostBuild = HostBuild::Standalone;
  CheckReport plain = check(standalone);
  EXPECT_EQ(plain.errorCount(), 0u) << renderReport(plain, ReportFormat::Text);
  EXPECT_GT(plain.warningCount(), 0u);
  CheckOptions werror = standalone;
  werror.werror = true;
  EXPECT_GT(check(werror).errorCount(), 0u);
}

TEST_F(ReportFormatTest, ExitCodes) {
  write();
  EXPECT_EQ(runCli("check " + dir.path().string()).exitCode, 0);
  EXPECT_EQ(runCli("check --format yaml " + dir.path().string()).exitCode, 2);
  EXPECT_EQ(runCli("check " + (dir.path() / "missing").string()).exitCode, 2);
}

TEST_F(ReportFormatTest, MockHeaderPathsAreNotVirtual) {
  replace("reader.cpp", "get_tile_size(cb_in0)", "get_tile_size(cb_in0, 1)");
  CheckReport report = check();
  ASSERT_GT(report.errorCount(), 0u);
  for (const Diagnostic& d : report.diagnostics) EXPECT_EQ(d.file.find(std::string(kMockRoot)), std::string::npos) << d.format();
}

}  // namespace
}  // namespace tt_astgen::testing
