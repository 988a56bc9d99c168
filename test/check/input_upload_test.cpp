// input-upload: buffers kernels read are uploaded by the host.
#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {
using ::testing::HasSubstr;

class InputUploadTest : public ProgramTest {};

TEST_F(InputUploadTest, InputNeverUploaded) {
  replace("main.cpp", "tt::tt_metal::distributed::EnqueueWriteMeshBuffer(cq, b_buffer, b_tiles, false);", "");
  std::string decl = at("main.cpp", "b_buffer = ");
  auto f = findings(check(), "input-upload");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_THAT(f[0], HasSubstr(decl + ": error: buffer 'b_buffer' is read by reader.cpp but the host never uploads it"));
}

TEST_F(InputUploadTest, OutputsNeedNoUpload) {
  CheckReport report = check();
  EXPECT_TRUE(findings(report, "input-upload").empty()) << renderReport(report, ReportFormat::Text);
}

}  // namespace
}  // namespace tt_astgen::testing
