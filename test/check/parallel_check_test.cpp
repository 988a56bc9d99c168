// Parallel checking reports exactly what a sequential one does: the same diagnostics in the same
// order, the same units, whether the units of one program are parsed on one thread or several
// (CheckOptions::jobs), and whether programs are checked one by one or as a batch (checkTargets).
// Programs: hand-written ones of fixtures/foreign/ (clean, with an embedded kernel, with planted
// faults) and an emitted one with an edit that clang and a cross-file check both report.
#include "check_fixture.h"

#include <filesystem>
#include <sstream>

namespace tt_astgen::testing {
namespace {

namespace fs = std::filesystem;

/// Everything a report says, in its order.
std::string fingerprint(const CheckReport& report) {
  std::string out = std::string(toString(report.profile)) + "\n";
  for (const Diagnostic& d : report.diagnostics) out += d.format() + " {" + d.context + "}\n";
  for (const CheckedUnit& u : report.units) {
    out += "unit " + u.file + " as " + u.flavor + ": " + std::to_string(u.errors) + " error(s);";
    for (const std::string& a : u.args) out += " " + a;
    out += "\n";
  }
  return out;
}

/// The options a foreign program's CHECK file lists (as test/check/foreign_test.cpp reads them).
CheckOptions optionsOf(const fs::path& dir) {
  CheckOptions options;
  std::istringstream in(readFile(dir / "CHECK"));
  for (std::string flag, value; in >> flag >> value;) {
    if (flag == "--kernel-root") options.kernelRoots.push_back(value);
    else if (flag == "-I") options.includeDirs.push_back(value);
    else if (flag == "-D") options.defines.push_back(value);
    else if (flag == "--profile" && parseProfile(value)) options.profile = *parseProfile(value);
  }
  return options;
}

class ParallelCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    previous_ = fs::current_path();
    fs::current_path(sourceDir());  // CHECK paths are relative to the repository root
  }
  void TearDown() override { fs::current_path(previous_); }

 private:
  fs::path previous_;
};

const char* const kPrograms[] = {
    "fixtures/foreign/loopback_from_string",                  // a kernel embedded in the host
    "fixtures/foreign/faults/runtime-args_writer_one_short",  // a cross-file finding, kernels under -I
    "fixtures/foreign/faults/cb-index_output_off_by_one",     // another one, in a compute kernel
};

TEST_F(ParallelCheck, ForeignProgramsReportTheSameOnOneThreadAndOnSeveral) {
  std::vector<CheckTarget> targets;
  std::vector<std::string> sequential;
  for (const char* dir : kPrograms) {
    CheckOptions options = optionsOf(dir);
    targets.push_back({dir, options});
    options.jobs = 1;
    std::string error;
    CheckReport one = checkDirectory(dir, options, error);
    ASSERT_TRUE(error.empty()) << error;
    ASSERT_GE(one.units.size(), 2u) << dir;
    sequential.push_back(fingerprint(one));
    options.jobs = 4;
    CheckReport four = checkDirectory(dir, options, error);
    ASSERT_TRUE(error.empty()) << error;
    EXPECT_EQ(fingerprint(four), sequential.back()) << dir;
  }
  // The faults are found (the comparison above is not between two empty reports).
  EXPECT_NE(sequential[1].find("[runtime-args]"), std::string::npos) << sequential[1];
  EXPECT_NE(sequential[2].find("[cb-index]"), std::string::npos) << sequential[2];

  // A batch: the programs side by side, the outcomes in input order, each as checked alone.
  targets.push_back({"fixtures/foreign/no-such-program", {}});
  std::vector<CheckOutcome> batch = checkTargets(targets, 3);
  ASSERT_EQ(batch.size(), targets.size());
  for (size_t i = 0; i < sequential.size(); ++i) {
    EXPECT_TRUE(batch[i].error.empty()) << batch[i].error;
    EXPECT_EQ(fingerprint(batch[i].report), sequential[i]) << targets[i].path;
  }
  EXPECT_NE(batch.back().error.find("no-such-program"), std::string::npos) << batch.back().error;
}

// Several TRISC passes and kernels with errors: clang's and the cross-file checks' findings, and
// the de-duplication of the same finding over the three TRISC passes, keep their order.
class ParallelEmittedCheck : public ProgramTest {};

TEST_F(ParallelEmittedCheck, ErrorsInSeveralUnitsKeepTheirOrder) {
  replace("compute.cpp", "cb_wait_front(", "cb_wait_front_typo(");
  replace("reader.cpp", "noc_async_read_barrier();", "noc_async_read_barrier(); int unused_local;");
  replace("main.cpp", "tt::CBIndex::c_16", "tt::CBIndex::c_17");
  CheckOptions one;
  one.jobs = 1;
  const std::string sequential = fingerprint(check(one));
  EXPECT_NE(sequential.find("cb_wait_front_typo"), std::string::npos) << sequential;
  CheckOptions many;
  many.jobs = 6;
  EXPECT_EQ(fingerprint(check(many)), sequential);
}

}  // namespace
}  // namespace tt_astgen::testing
