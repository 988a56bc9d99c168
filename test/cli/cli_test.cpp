// The tt-astgen binary end to end: usage, exit codes, and no output on bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_support.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;
using testing::runCli;

int lineCount(const std::string& s) { return int(std::count(s.begin(), s.end(), '\n')); }

TEST(Cli, HelpAndVersion) {
  auto help = runCli("--help");
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.output, HasSubstr("generate PLAN.json... -o DIR"));
  auto version = runCli("--version");
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_THAT(version.output, HasSubstr("tt-astgen "));
}

TEST(Cli, HelpOfOneCommand) {
  for (const char* args : {"check --help", "check DIR -h", "help check"}) {
    auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << args;
    EXPECT_THAT(r.output, HasSubstr("usage: tt-astgen check DIR|HOST.cpp")) << args;
    EXPECT_THAT(r.output, ::testing::Not(HasSubstr("generate PLAN.json"))) << args;
  }
  auto unknown = runCli("help frobnicate");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_THAT(unknown.output, HasSubstr("unknown command 'frobnicate'"));
}

TEST(Cli, UnknownCommandIsUsageError) {
  auto r = runCli("frobnicate");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr("unknown command 'frobnicate'"));
}

TEST(Cli, MissingPlanFileExitsTwoWithOneLineAndWritesNothing) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  auto r = runCli("generate " + (tmp.path() / "nope.json").string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lineCount(r.output), 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("nope.json"));
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, UnreadableJsonExitsTwoWithOneLineAndWritesNothing) {
  testing::TempDir tmp;
  auto plan = tmp.path() / "broken.json";
  testing::writeFile(plan, "{ \"name\": \"x\", ");
  auto out = tmp.path() / "out";
  auto r = runCli("generate " + plan.string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lineCount(r.output), 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr(plan.string() + ":1:16: error: invalid JSON: parse error at line 1, column 16"));
  EXPECT_FALSE(std::filesystem::exists(out));
}

// Plan errors read the same from every command that loads a plan: "file:line:col: error: /pointer:
// message", one line each; in batch mode each names its own plan.
TEST(Cli, PlanErrorsAreClangStyleInEveryCommand) {
  const std::filesystem::path bad = testing::fixture("bad-plans/multiple_errors.json");
  const std::string expected = testing::readFile(testing::fixture("bad-plans/multiple_errors.expected"));
  std::string lines;  // the .expected lines, naming the file as the commands get it
  std::istringstream in(expected);
  for (std::string line; std::getline(in, line);) lines += bad.parent_path().string() + "/" + line + "\n";
  testing::TempDir tmp;
  for (const std::string& args : {"plan " + bad.string(), "generate " + bad.string() + " -o " + (tmp.path() / "out").string(),
                                  "run " + bad.string()}) {
    auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << args;
    EXPECT_EQ(r.output, lines) << args;
  }
}

TEST(Cli, BatchPlanErrorsNameTheirOwnPlan) {
  testing::TempDir tmp;
  const std::filesystem::path first = tmp.path() / "first.json", second = tmp.path() / "second.json";
  const std::filesystem::path good = testing::fixture("plans/eltwise_add.json");
  testing::writeFile(first, "{\n  \"version\": \"1\",\n  \"name\": 7\n}\n");
  testing::writeFile(second, "{\"version\": \"1\", \"seed\": -1, \"name\": \"x\"}");
  auto r = runCli("generate " + first.string() + " " + good.string() + " " + second.string() + " -o " +
                  (tmp.path() / "out").string() + " -j 2");
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_THAT(r.output, HasSubstr(first.string() + ":3:11: error: /name: expected a string, got 7\n"));
  EXPECT_THAT(r.output, HasSubstr(second.string() + ":1:26: error: /seed: expected a non-negative integer, got -1\n"));
  EXPECT_THAT(r.output, HasSubstr(second.string() + ":1:1: error: /op: missing required field\n"));
  // Every error line names one of the two bad plans, never the good one.
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);)
    if (line.find(": error: ") != std::string::npos)
      EXPECT_TRUE(line.starts_with(first.string() + ":") || line.starts_with(second.string() + ":")) << line;
  EXPECT_THAT(r.output, HasSubstr("3 plan(s): 1 generated, 2 failed"));
}

TEST(Cli, BadPlanLeavesExistingOutputUntouched) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  testing::writeFile(out / "main.cpp", "previous");
  auto r = runCli("generate " + testing::fixture("bad-plans/invalid_json.json").string() + " -o " + out.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(testing::readFile(out / "main.cpp"), "previous");
}

TEST(Cli, GenerateThenCheckIsClean) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  auto gen = runCli("generate " + testing::fixture("plans/matmul_single_core.json").string() + " -o " + out.string());
  ASSERT_EQ(gen.exitCode, 0) << gen.output;
  for (const char* f : {"main.cpp", "reader.cpp", "compute.cpp", "writer.cpp", "tt.plan.json"})
    EXPECT_TRUE(std::filesystem::exists(out / f)) << f;
  auto check = runCli("check " + out.string());
  EXPECT_EQ(check.exitCode, 0) << check.output;
}

// Every valued option also takes its value joined, as compilers and make do: -j1, -oDIR, --jobs=1.
TEST(Cli, ValuedOptionsTakeJoinedValues) {
  testing::TempDir tmp;
  auto out = tmp.path() / "out";
  auto gen = runCli("generate " + testing::fixture("plans/eltwise_add.json").string() + " --jobs=1 -o" + out.string());
  ASSERT_EQ(gen.exitCode, 0) << gen.output;
  auto check = runCli("check " + out.string() + " -j1 --format=text");
  EXPECT_EQ(check.exitCode, 0) << check.output;
  EXPECT_THAT(check.output, HasSubstr("6 file compilation(s), 0 error(s)"));
  auto bad = runCli("check " + out.string() + " -j0");
  EXPECT_EQ(bad.exitCode, 2) << bad.output;
  EXPECT_THAT(bad.output, HasSubstr("-j takes a number of threads"));
  auto unknown = runCli("check " + out.string() + " --jobz=2");
  EXPECT_EQ(unknown.exitCode, 2) << unknown.output;
  EXPECT_THAT(unknown.output, HasSubstr("unknown option '--jobz=2'"));
}

// generate --embed-kernels, for one plan and in batch mode: main.cpp creates its kernels from raw
// string literals, the kernel files are still written, and main.cpp alone checks clean.
TEST(Cli, GenerateEmbedKernels) {
  testing::TempDir tmp;
  const std::string add = testing::fixture("plans/eltwise_add.json").string();
  const std::string relu = testing::fixture("plans/unary_relu_metal2024.json").string();
  const std::filesystem::path out = tmp.path() / "out", batch = tmp.path() / "batch";
  auto one = runCli("generate " + add + " -o " + out.string() + " --embed-kernels");
  ASSERT_EQ(one.exitCode, 0) << one.output;
  const std::string host = testing::readFile(out / "main.cpp");
  EXPECT_THAT(host, HasSubstr("tt::tt_metal::CreateKernelFromString("));
  EXPECT_THAT(host, ::testing::Not(HasSubstr("CreateKernel(")));
  for (const char* kernel : {"reader.cpp", "compute.cpp", "writer.cpp"})
    EXPECT_THAT(host, HasSubstr(testing::readFile(out / kernel))) << kernel;
  auto check = runCli("check " + (out / "main.cpp").string());
  EXPECT_EQ(check.exitCode, 0) << check.output;
  EXPECT_THAT(check.output, HasSubstr("6 file compilation(s), 0 error(s), 0 warning(s)"));

  auto many = runCli("generate " + add + " " + relu + " -o " + batch.string() + " --embed-kernels -j 2");
  ASSERT_EQ(many.exitCode, 0) << many.output;
  for (const char* plan : {"eltwise_add", "unary_relu_metal2024"})
    EXPECT_THAT(testing::readFile(batch / plan / "main.cpp"), HasSubstr("CreateKernelFromString(")) << plan;

  EXPECT_THAT(runCli("help generate").output, HasSubstr("--embed-kernels"));
  EXPECT_THAT(runCli("help run").output, HasSubstr("--embed-kernels"));
  auto hostRun = runCli("run " + (out / "main.cpp").string() + " --embed-kernels");
  EXPECT_EQ(hostRun.exitCode, 2) << hostRun.output;
  EXPECT_THAT(hostRun.output, HasSubstr("--embed-kernels is for a plan"));
}

/// Runs `cd dir && tt-astgen args` (stdout and stderr interleaved).
testing::CommandResult runCliIn(const std::filesystem::path& dir, const std::string& args) {
  return runCli("--version >/dev/null && cd '" + dir.string() + "' && " + TT_ASTGEN_BINARY + " " + args);
}

/// The golden matmul program in the SDK's layout: examples/mm/mm.cpp names its kernels
/// OVERRIDE_KERNEL_PREFIX "mm/kernels/..."; the host includes a local header through -I and
/// reads a define.
void writeSdkExample(const std::filesystem::path& root) {
  const auto golden = testing::fixture("expected/matmul_single_core");
  std::string host = testing::readFile(golden / "main.cpp");
  auto sub = [&](const std::string& from, const std::string& to) {
    size_t pos = host.find(from);
    ASSERT_NE(pos, std::string::npos) << from;
    host.replace(pos, from.size(), to);
  };
  sub("\"reader.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/dataflow/reader.cpp\"");
  sub("\"writer.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/dataflow/writer.cpp\"");
  sub("\"compute.cpp\"", "OVERRIDE_KERNEL_PREFIX \"mm/kernels/compute/mm.cpp\"");
  sub("#include <vector>", "#include <vector>\n#include <mm_op.hpp>");
  sub("\nint main() {", "\n#ifndef OVERRIDE_KERNEL_PREFIX\n#define OVERRIDE_KERNEL_PREFIX \"\"\n#endif\n\nint main() {\n    static_assert(kTiles == MM_TILES);");
  testing::writeFile(root / "examples/mm/mm.cpp", host);
  testing::writeFile(root / "examples/common/mm_op.hpp", "#pragma once\nconstexpr unsigned kTiles = 4;\n");
  testing::writeFile(root / "examples/mm/kernels/dataflow/reader.cpp", testing::readFile(golden / "reader.cpp"));
  testing::writeFile(root / "examples/mm/kernels/dataflow/writer.cpp", testing::readFile(golden / "writer.cpp"));
  testing::writeFile(root / "examples/mm/kernels/compute/mm.cpp", testing::readFile(golden / "compute.cpp"));
}

TEST(Cli, CheckHostFileInTheSdkLayout) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  // Joined and separate forms; relative paths stay relative in the report.
  auto r = runCliIn(tmp.path(), "check examples/mm/mm.cpp --kernel-root examples -Iexamples/common -D MM_TILES=4");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("checked examples/mm/kernels/compute/mm.cpp as compute (TRISC_MATH): ok"));
  EXPECT_THAT(r.output, HasSubstr("checked examples/mm/mm.cpp as host (metal-2025): ok"));
  EXPECT_THAT(r.output, HasSubstr("6 file compilation(s), 0 error(s)"));
  // Without the define, the host's static_assert fails.
  auto noDefine = runCliIn(tmp.path(), "check examples/mm/mm.cpp --kernel-root=examples -I examples/common");
  EXPECT_EQ(noDefine.exitCode, 1) << noDefine.output;
  EXPECT_THAT(noDefine.output, HasSubstr("examples/mm/mm.cpp:"));
}

TEST(Cli, CheckReportsAKernelThatIsNowhere) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  std::filesystem::remove(tmp.path() / "examples/mm/kernels/dataflow/writer.cpp");
  auto r = runCliIn(tmp.path(), "check examples/mm/mm.cpp --kernel-root examples -I examples/common -DMM_TILES=4");
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("error: CreateKernel names kernel 'mm/kernels/dataflow/writer.cpp', which does not "
                                  "exist (looked for 'examples/mm/kernels/dataflow/writer.cpp', "
                                  "'examples/mm/mm/kernels/dataflow/writer.cpp', 'mm/kernels/dataflow/writer.cpp'"));
}

TEST(Cli, CheckFolderRecursively) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  auto r = runCliIn(tmp.path(), "check examples -I examples/common -D MM_TILES=4");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("6 file compilation(s), 0 error(s)"));
}

TEST(Cli, CheckTakesFlagsFromCompileCommands) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  const std::string dir = tmp.path().string();
  testing::writeFile(tmp.path() / "build/compile_commands.json",
                     "[{\"directory\": \"" + dir + "/build\", \"file\": \"" + dir +
                         "/examples/mm/mm.cpp\", \"command\": \"clang++ -std=c++20 -I../examples/common "
                         "-DMM_TILES=4 -c " + dir + "/examples/mm/mm.cpp\"}]");
  auto r = runCliIn(tmp.path(), "check examples/mm/mm.cpp -p build");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  auto missing = runCliIn(tmp.path(), "check examples/mm/mm.cpp -p nowhere");
  EXPECT_EQ(missing.exitCode, 2) << missing.output;
  EXPECT_THAT(missing.output, HasSubstr("compile_commands.json"));
}

TEST(Cli, StrictRejectsNarrowingTheExamplesBuildAccepts) {
  testing::TempDir tmp;
  const auto golden = testing::fixture("expected/matmul_single_core");
  for (const char* f : {"reader.cpp", "writer.cpp", "compute.cpp"})
    testing::writeFile(tmp.path() / f, testing::readFile(golden / f));
  std::string host = testing::readFile(golden / "main.cpp");
  const std::string from = "static_cast<uint32_t>(a_buffer->address())";
  host.replace(host.find(from), from.size(), "a_buffer->address()");
  testing::writeFile(tmp.path() / "main.cpp", host);
  auto inTree = runCli("check " + (tmp.path() / "main.cpp").string());
  EXPECT_EQ(inTree.exitCode, 0) << inTree.output;
  auto strict = runCli("check --strict " + (tmp.path() / "main.cpp").string());
  EXPECT_EQ(strict.exitCode, 1) << strict.output;
  EXPECT_THAT(strict.output, HasSubstr("cannot be narrowed"));
}

TEST(Cli, RunHostFileInTheSdkLayout) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  // Kernels resolve through --kernel-root as in `check`; the program verifies its own result.
  auto r = runCliIn(tmp.path(), "run examples/mm/mm.cpp --kernel-root examples -I examples/common -DMM_TILES=4 -o work");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("PASSED"));
  EXPECT_TRUE(std::filesystem::exists(tmp.path() / "work/main"));
  // A folder holding one host program runs that program.
  auto folder = runCliIn(tmp.path(), "run examples -I examples/common -DMM_TILES=4 -o work2");
  EXPECT_EQ(folder.exitCode, 0) << folder.output;
}

TEST(Cli, RunAGeneratedFolderTakesItsPlansChip) {
  // The folder's tt.plan.json says blackhole: the program is checked and modelled on that chip.
  testing::TempDir tmp;
  for (const auto& entry : std::filesystem::directory_iterator(testing::fixture("expected/matmul_blackhole")))
    testing::writeFile(tmp.path() / "prog" / entry.path().filename(), testing::readFile(entry.path()));
  auto r = runCliIn(tmp.path(), "run prog -o work");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("PASSED: matmul_blackhole"));
}

TEST(Cli, RunRefusesAProgramThatDoesNotCheck) {
  testing::TempDir tmp;
  writeSdkExample(tmp.path());
  std::filesystem::remove(tmp.path() / "examples/mm/kernels/compute/mm.cpp");
  auto r = runCliIn(tmp.path(), "run examples/mm/mm.cpp -I examples/common -DMM_TILES=4 -o work");
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("CreateKernel names kernel 'mm/kernels/compute/mm.cpp', which does not exist"));
  EXPECT_THAT(r.output, HasSubstr("refusing to run"));
  auto none = runCliIn(tmp.path(), "run examples/common");
  EXPECT_EQ(none.exitCode, 2) << none.output;
  EXPECT_THAT(none.output, HasSubstr("holds no host program"));
}

TEST(Cli, CheckSeesASingleDeviceProgramsGeneration) {
  // No --profile and no tt.plan.json: a host naming only single-device API is checked as metal-2024.
  testing::TempDir tmp;
  for (const auto& entry : std::filesystem::directory_iterator(testing::fixture("expected/eltwise_add_metal2024")))
    if (entry.path().extension() == ".cpp")
      testing::writeFile(tmp.path() / entry.path().filename(), testing::readFile(entry.path()));
  auto r = runCli("check " + tmp.path().string());
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("main.cpp as host (metal-2024): ok"));
  auto forced = runCli("check --profile metal-2025 " + tmp.path().string());
  EXPECT_EQ(forced.exitCode, 1) << forced.output;
}

TEST(Cli, CheckTakesOneOrMoreTargets) {
  auto none = runCli("check");
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_THAT(none.output, HasSubstr("one or more folders or host files"));
  // Every target is checked (or rejected) on its own; the exit code is the worst.
  auto r = runCli("check no-such-a no-such-b");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.output, HasSubstr("'no-such-a'"));
  EXPECT_THAT(r.output, HasSubstr("'no-such-b'"));
}

// --profile overrides the plan's profile: a metal-2025 plan generated as metal-2026 gets the 2026
// kernels and says so in tt.plan.json, and check (which reads it) finds the program clean.
TEST(Cli, GenerateWithProfileMetal2026) {
  testing::TempDir tmp;
  const std::string plan = (testing::sourceDir() / "fixtures" / "plans" / "eltwise_add.json").string();
  const auto out = tmp.path() / "out";
  auto r = runCli("generate " + plan + " -o " + out.string() + " --profile metal-2026");
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const std::string compute = testing::readFile(out / "compute.cpp");
  EXPECT_THAT(compute, HasSubstr("#include \"api/compute/eltwise_binary.h\""));
  EXPECT_THAT(compute, HasSubstr("void kernel_main() {"));
  EXPECT_THAT(testing::readFile(out / "reader.cpp"), HasSubstr("#include \"api/dataflow/dataflow_api.h\""));
  EXPECT_THAT(testing::readFile(out / "tt.plan.json"), HasSubstr("\"profile\": \"metal-2026\""));
  auto check = runCli("check " + out.string());
  EXPECT_EQ(check.exitCode, 0) << check.output;
  EXPECT_THAT(check.output, HasSubstr("main.cpp as host (metal-2026): ok"));
}

TEST(Cli, UnknownProfileIsUsageErrorNamingEveryProfile) {
  const std::string plan = (testing::sourceDir() / "fixtures" / "plans" / "eltwise_add.json").string();
  testing::TempDir tmp;
  for (const std::string& args : {"generate " + plan + " -o " + (tmp.path() / "out").string() + " --profile metal-2023",
                                  "run " + plan + " --profile metal-2023",
                                  "check " + tmp.path().string() + " --profile metal-2023"}) {
    auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << args;
    EXPECT_THAT(r.output, HasSubstr("unknown profile 'metal-2023' (expected metal-2025, metal-2024 or metal-2026)")) << args;
  }
  EXPECT_FALSE(std::filesystem::exists(tmp.path() / "out"));
  for (const char* command : {"generate", "run"})
    EXPECT_THAT(runCli(std::string("help ") + command).output, HasSubstr("--profile metal-2025|metal-2024|metal-2026"))
        << command;
}

TEST(Cli, CheckOfMissingFolderIsUsageError) {
  auto r = runCli("check /nonexistent/tt-astgen");
  EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
}  // namespace tt_astgen
