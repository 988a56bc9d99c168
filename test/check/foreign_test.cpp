// The hand-written corpus (fixtures/foreign/, README.md there): programs written the way people
// write TT-Metalium (the SDK's programming-example layout, kernels under <example>/kernels/, a
// shared header through -I). Every program must check clean (no error, no warning); every planted
// fault (fixtures/foreign/faults/<check>_<what>/) must be reported exactly as its EXPECTED lists,
// and nothing else.
//
// CHECK (per program / fault): the extra check options, one per line, paths relative to the
// repository root: `--kernel-root DIR`, `-I DIR`, `-D NAME[=VALUE]`, `--profile metal-2024|metal-2025`.
// EXPECTED (per fault): one finding per line, `<file>:<line>[:<col>]: <error|warning>: <message
// substring> [<check>]` (`[clang]` for compiler diagnostics); '#' starts a comment. The test runs
// from the repository root, so file names are as the CLI prints them there.
#include "check_fixture.h"

#include <cctype>
#include <filesystem>
#include <regex>
#include <sstream>

namespace tt_astgen::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kForeign = "fixtures/foreign";

/// Runs from the repository root (CHECK and EXPECTED paths are relative to it).
class ForeignTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    previous_ = fs::current_path();
    fs::current_path(sourceDir());
  }
  void TearDown() override { fs::current_path(previous_); }

  /// The host of a program folder: the one .cpp outside kernels/ folders that defines main().
  static std::string hostOf(const fs::path& dir) {
    std::vector<std::string> hosts;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file() || e.path().extension() != ".cpp") continue;
      if (e.path().string().find("/kernels/") != std::string::npos) continue;
      if (readFile(e.path()).find("int main(") != std::string::npos) hosts.push_back(e.path().string());
    }
    EXPECT_EQ(hosts.size(), 1u) << dir;
    return hosts.empty() ? std::string() : hosts.front();
  }

  static CheckOptions optionsOf(const fs::path& dir) {
    CheckOptions options;
    std::istringstream in(readFile(dir / "CHECK"));
    for (std::string flag, value; in >> flag >> value;) {
      if (flag == "--kernel-root") options.kernelRoots.push_back(value);
      else if (flag == "-I") options.includeDirs.push_back(value);
      else if (flag == "-D") options.defines.push_back(value);
      else if (flag == "--profile" && parseProfile(value)) options.profile = *parseProfile(value);
      else ADD_FAILURE() << dir / "CHECK" << ": unknown option " << flag;
    }
    return options;
  }

  static CheckReport check(const fs::path& dir) {
    std::string error;
    CheckReport report = checkHostFile(hostOf(dir), optionsOf(dir), error);
    EXPECT_TRUE(error.empty()) << error;
    return report;
  }

 private:
  fs::path previous_;
};

/// Folder names under `dir` that hold a CHECK file, sorted.
std::vector<std::string> foldersWithCheck(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(sourceDir() / dir))
    if (e.is_directory() && fs::exists(e.path() / "CHECK")) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string paramName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

// ---- correct programs: clean --------------------------------------------------------------
class ForeignProgram : public ForeignTest {};

TEST_P(ForeignProgram, ChecksClean) {
  const fs::path dir = kForeign / GetParam();
  CheckReport report = check(dir);
  EXPECT_GE(report.units.size(), 2u) << "the host and at least one kernel are checked";
  for (const Diagnostic& d : report.diagnostics)
    EXPECT_EQ(d.severity, Severity::Note) << d.format();
  EXPECT_EQ(report.errorCount(), 0u) << renderReport(report, ReportFormat::Text);
  EXPECT_EQ(report.warningCount(), 0u) << renderReport(report, ReportFormat::Text);
}

INSTANTIATE_TEST_SUITE_P(Corpus, ForeignProgram, ::testing::ValuesIn(foldersWithCheck(kForeign)), paramName);

// ---- planted faults: exactly the expected findings ----------------------------------------
struct Expected {
  std::string line;  // as written in EXPECTED
  std::string file;
  unsigned lineNo = 0;
  unsigned column = 0;  // 0: any
  Severity severity = Severity::Error;
  std::string message;
  std::string check;
  bool matches(const Diagnostic& d) const {
    return d.file == file && d.line == lineNo && (column == 0 || d.column == column) && d.severity == severity &&
           d.check == check && d.message.find(message) != std::string::npos;
  }
};

std::vector<Expected> readExpected(const fs::path& file) {
  static const std::regex re(R"(^(.+?):(\d+)(?::(\d+))?: (error|warning): (.*) \[([A-Za-z0-9_-]+)\]$)");
  std::vector<Expected> out;
  std::istringstream in(readFile(file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::smatch m;
    if (!std::regex_match(line, m, re)) {
      ADD_FAILURE() << file << ": malformed line: " << line;
      continue;
    }
    Expected e;
    e.line = line;
    e.file = m[1];
    e.lineNo = static_cast<unsigned>(std::stoul(m[2]));
    e.column = m[3].matched ? static_cast<unsigned>(std::stoul(m[3])) : 0;
    e.severity = m[4] == "error" ? Severity::Error : Severity::Warning;
    e.message = m[5];
    e.check = m[6];
    out.push_back(e);
  }
  return out;
}

class ForeignFault : public ForeignTest {};

TEST_P(ForeignFault, ReportsExactlyTheExpectedFindings) {
  const fs::path dir = kForeign / "faults" / GetParam();
  const std::vector<Expected> expected = readExpected(dir / "EXPECTED");
  ASSERT_FALSE(expected.empty()) << dir / "EXPECTED";
  CheckReport report = check(dir);
  const std::string text = renderReport(report, ReportFormat::Text);

  std::vector<const Diagnostic*> findings;
  for (const Diagnostic& d : report.diagnostics)
    if (d.severity != Severity::Note) findings.push_back(&d);
  std::vector<bool> used(findings.size(), false);
  for (const Expected& e : expected) {
    bool found = false;
    for (size_t i = 0; i < findings.size() && !found; ++i)
      if (!used[i] && e.matches(*findings[i])) used[i] = found = true;
    EXPECT_TRUE(found) << "missing: " << e.line << "\nreport:\n" << text;
  }
  for (size_t i = 0; i < findings.size(); ++i)
    EXPECT_TRUE(used[i]) << "unexpected: " << findings[i]->format() << "\nreport:\n" << text;
}

// The fault names the check it plants a bug for: every EXPECTED names that check.
TEST_P(ForeignFault, ExpectsItsOwnCheck) {
  const std::string check = GetParam().substr(0, GetParam().find('_'));
  bool named = false;
  for (const Expected& e : readExpected(sourceDir() / kForeign / "faults" / GetParam() / "EXPECTED"))
    named = named || e.check == check;
  EXPECT_TRUE(named) << GetParam() << ": EXPECTED lists no [" << check << "] finding";
}

INSTANTIATE_TEST_SUITE_P(Planted, ForeignFault, ::testing::ValuesIn(foldersWithCheck(kForeign / "faults")),
                         paramName);

// Every cross-file check has a planted fault.
TEST(ForeignFaults, CoverEveryCrossFileCheck) {
  const std::vector<std::string> faults = foldersWithCheck(kForeign / "faults");
  for (const std::string& check : crossFileCheckNames()) {
    bool covered = false;
    for (const std::string& f : faults) covered = covered || f.rfind(check + "_", 0) == 0;
    EXPECT_TRUE(covered) << "no fixtures/foreign/faults/" << check << "_*/ for the " << check << " check";
  }
}

}  // namespace
}  // namespace tt_astgen::testing
