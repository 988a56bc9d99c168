// The known faults of TileLang's emitted code (tilelang-plan.md section 5), reproduced by hand
// under fixtures/thirdparty/<fault>/: each is reported with a clear message. EXPECTED lists
// substrings the text report must contain.
#include "check_fixture.h"

#include <fstream>
#include <sstream>

namespace tt_astgen::testing {
namespace {

class ThirdPartyFault : public ::testing::TestWithParam<std::string> {};

TEST_P(ThirdPartyFault, IsReported) {
  const std::filesystem::path dir = fixture("thirdparty/" + GetParam());
  std::string error;
  CheckReport report = checkDirectory(dir.string(), {}, error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_GT(report.errorCount(), 0u);
  const std::string text = renderReport(report, ReportFormat::Text);
  std::istringstream expected(readFile(dir / "EXPECTED"));
  size_t count = 0;
  for (std::string line; std::getline(expected, line);) {
    if (line.empty() || line[0] == '#') continue;
    ++count;
    EXPECT_NE(text.find(line), std::string::npos) << "missing: " << line << "\nreport:\n" << text;
  }
  EXPECT_GT(count, 0u);
  // Every finding has a position in a checked file.
  for (const Diagnostic& d : report.diagnostics) {
    if (d.severity == Severity::Note) continue;
    EXPECT_GT(d.line, 0u) << d.format();
    EXPECT_EQ(d.file.rfind(dir.string(), 0), 0u) << d.format();
  }
}

INSTANTIATE_TEST_SUITE_P(TileLang, ThirdPartyFault,
                         ::testing::Values("output_cb_index_2", "reinterpret_cast_address", "mesh_with_enqueue_program",
                                           "inputs_never_uploaded", "raw_address_read_tile",
                                           "main_in_dataflow_kernel", "compute_without_namespace"));

}  // namespace
}  // namespace tt_astgen::testing
