// cb-balance end to end (checkFiles: the host model + kernel summaries): every emitted fixture
// program is proven balanced on every core, and planted imbalances are reported at the call
// that blocks, with the first failing core and both totals.
#include <filesystem>

#include "check_fixture.h"

namespace tt_astgen::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class CbBalance : public ProgramTest {
 protected:
  void SetUp() override { load("matmul_multi_core"); }
  std::string lineOf(const std::string& file, const std::string& what) {
    std::string at = this->at(file, what);
    return at.substr(0, at.rfind(':'));  // "file:line"
  }
  static std::vector<std::string> problems(const CheckReport& report) {
    std::vector<std::string> out;
    for (const auto& d : report.diagnostics)
      if (d.check == "cb-balance" && d.severity != Severity::Note) out.push_back(d.format());
    return out;
  }
};

TEST_F(CbBalance, EveryFixtureProgramIsProvenBalanced) {
  namespace fs = std::filesystem;
  size_t programs = 0;
  for (const auto& entry : fs::directory_iterator(fixture("expected"))) {
    const std::string name = entry.path().filename().string();
    SCOPED_TRACE(name);
    load(name);
    CheckOptions options;
    options.verbose = true;
    if (name.find("metal2024") != std::string::npos) options.profile = Profile::Metal2024;
    if (name.find("blackhole") != std::string::npos) options.arch = Arch::Blackhole;
    CheckReport report = check(options);
    EXPECT_THAT(problems(report), IsEmpty());
    std::vector<std::string> summary;
    for (const auto& d : report.diagnostics)
      if (d.check == "cb-balance" && d.message.rfind("cb-balance: proved", 0) == 0) summary.push_back(d.message);
    ASSERT_EQ(summary.size(), 1u);
    // "cb-balance: proved N of N (core, CB) pairs": nothing undecided, at least one pair.
    unsigned proved = 0, of = 0;
    ASSERT_EQ(std::sscanf(summary[0].c_str(), "cb-balance: proved %u of %u", &proved, &of), 2) << summary[0];
    EXPECT_EQ(proved, of) << summary[0];
    EXPECT_GT(proved, 0u);
    ++programs;
  }
  EXPECT_GE(programs, 40u);
}

TEST_F(CbBalance, ComputePopsKtPlusOneTilesPerOutputTile) {
  replace("compute.cpp", "uint32_t Kt = get_arg_val<uint32_t>(1);", "uint32_t Kt = get_arg_val<uint32_t>(1) + 1;");
  const std::string wait = at("compute.cpp", "cb_wait_front(cb_in0, 1)");
  auto found = findings(check(), "cb-balance");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], wait +
                          ": error: on core (0,0) compute pops 27 pages of c_0 but reader pushes 24; the cb_wait_front "
                          "that needs the 25th page never returns (and on 63 more cores) [cb-balance]");
  EXPECT_THAT(found, Contains(at("reader.cpp", "cb_push_back(cb_in0, 1)") + ": note: reader pushes c_0 here [cb-balance]"));
  EXPECT_THAT(found, Contains(HasSubstr("note: the host sets the runtime arguments of compute for core (0,0) here")));
  // c_1 the same way; the output CB stays balanced.
  EXPECT_THAT(problems(check()), ElementsAre(HasSubstr("pages of c_0"), HasSubstr("pages of c_1")));
}

TEST_F(CbBalance, MissingPopIsReportedAtTheWaitThatNeverFreesItsPage) {
  replace("compute.cpp", "            cb_pop_front(cb_in1, 1);\n", "");
  const std::string wait = at("compute.cpp", "cb_wait_front(cb_in1, 1)");
  auto found = problems(check());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], wait +
                          ": error: on core (0,0) compute waits for pages of c_1 but never pops them; reader pushes 24 "
                          "pages and c_1 holds 2, so reader's cb_reserve_back that needs room for the 3rd page never "
                          "returns (and on 63 more cores) [cb-balance]");
}

TEST_F(CbBalance, WriterWritesFewerTilesThanComputeProduces) {
  replace("writer.cpp", "tile < start_tile + num_tiles;", "tile < start_tile + num_tiles - 1;");
  auto found = problems(check());
  ASSERT_EQ(found.size(), 1u);
  // One tile stays in the 2-page output CB: no hang, but a tile is never written.
  EXPECT_EQ(found[0], at("compute.cpp", "cb_push_back(cb_out0, 1)") +
                          ": warning: on core (0,0) compute pushes 3 pages of c_16 but writer pops 2; 1 page is never "
                          "popped (and on 63 more cores) [cb-balance]");
}

TEST_F(CbBalance, HostGivesComputeOneTileTooMany) {
  replace("main.cpp", "SetRuntimeArgs(program, compute, core, {num_tiles, Kt})",
          "SetRuntimeArgs(program, compute, core, {num_tiles + 1, Kt})");
  auto found = findings(check(), "cb-balance");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], at("compute.cpp", "cb_wait_front(cb_in0, 1)") +
                          ": error: on core (0,0) compute pops 32 pages of c_0 but reader pushes 24; the cb_wait_front "
                          "that needs the 25th page never returns (and on 63 more cores) [cb-balance]");
  EXPECT_THAT(found, Contains(HasSubstr(lineOf("main.cpp", "SetRuntimeArgs(program, compute, core") +
                                        ":9: note: the host sets the runtime arguments of compute for core (0,0) here")));
}

TEST_F(CbBalance, OnlyTheCoresWhoseArgumentsDisagree) {
  // Core (2,0) (the 17th table entry) gets one tile less for the reader only.
  replace("main.cpp", "{a_addr, b_addr, Mt, Kt, Nt, start_tile, num_tiles}",
          "{a_addr, b_addr, Mt, Kt, Nt, start_tile, c == 16 ? num_tiles - 1 : num_tiles}");
  auto found = problems(check());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_THAT(found[0], HasSubstr("error: on core (2,0) compute pops 16 pages of c_0 but reader pushes 8; the "
                                  "cb_wait_front that needs the 9th page never returns [cb-balance]"));
}

TEST_F(CbBalance, BalancedTotalsInAnOrderThatDeadlocks) {
  // The reader pushes the Kt tiles of A, then the Kt tiles of B; compute takes one of each in
  // turn. Totals agree, but c_0 fills (2 pages) while compute waits for B's first tile.
  replace("reader.cpp", "            cb_push_back(cb_in0, 1);\n",
          "            cb_push_back(cb_in0, 1);\n        }\n        for (uint32_t kt = 0; kt < Kt; ++kt) {\n");
  auto found = problems(check());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], at("reader.cpp", "cb_reserve_back(cb_in0, 1)") +
                          ": error: on core (0,0) every CB is balanced in total, but the kernels wait for each other: "
                          "reader's cb_reserve_back(c_0, 1) (c_0 holds 2 of 2 pages), writer's cb_wait_front(c_16, 1) "
                          "(c_16 holds 0 of 2 pages) and compute's cb_wait_front(c_1, 1) (c_1 holds 0 of 2 pages) never "
                          "return (and on 63 more cores) [cb-balance]");
}

TEST_F(CbBalance, AKernelThatDoesNotCompileIsNotJudged) {
  // The broken statement is dropped by clang's recovery; the pushes it held must not count as
  // missing.
  replace("reader.cpp", "cb_push_back(cb_in0, 1);", "cb_push_back(cb_in0, 1, undeclared_thing);");
  CheckReport report = check();
  EXPECT_THAT(findings(report, "clang"), Contains(HasSubstr("error:")));
  EXPECT_THAT(problems(report), IsEmpty());
}

}  // namespace
}  // namespace tt_astgen::testing
