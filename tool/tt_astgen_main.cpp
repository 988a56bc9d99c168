// tt-astgen: the command line over the library. Parses arguments, calls the library, maps
// results to exit codes: 0 success, 1 check found errors, 2 bad input or usage.
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace {

constexpr int kOk = 0;
constexpr int kFindings = 1;
constexpr int kBadInput = 2;

const char* kUsage = R"(usage: tt-astgen <command> [options]

Turns a plan (JSON model of a TT-Metalium workload) into a host program and its kernels,
built as Clang AST and type-checked against mock TT-Metalium headers.

commands:
  generate PLAN.json -o DIR   write DIR/main.cpp, reader.cpp, compute.cpp, writer.cpp and
                              DIR/tt.plan.json (the normalized plan); DIR is replaced atomically
  check DIR                   re-parse and type-check every .cpp in DIR as one program: the host
                              as C++20, data-movement kernels for BRISC/NCRISC, compute kernels
                              for TRISC_UNPACK, TRISC_MATH and TRISC_PACK

options:
  -o, --output DIR            output folder (generate)
  --profile metal-2025        API generation of the emitted code (default: the plan's)
  -h, --help                  this text
  --version                   the version

exit codes: 0 success, 1 check found errors, 2 bad input or usage
)";

int usageError(const std::string& message) {
  fmt::print(stderr, "tt-astgen: error: {}\n(run 'tt-astgen --help' for usage)\n", message);
  return kBadInput;
}

int runGenerate(const std::vector<std::string>& args) {
  std::string planPath, outDir;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--output") {
      if (i + 1 >= args.size()) return usageError(a + " needs a folder");
      outDir = args[++i];
    } else if (!a.empty() && a[0] == '-') {
      return usageError("unknown option '" + a + "'");
    } else if (planPath.empty()) {
      planPath = a;
    } else {
      return usageError("generate takes one plan, got '" + a + "' too");
    }
  }
  if (planPath.empty()) return usageError("generate needs a plan file");
  if (outDir.empty()) return usageError("generate needs -o DIR");

  tt_astgen::PlanLoadResult loaded = tt_astgen::loadPlanFile(planPath);
  if (!loaded.plan) {
    for (const tt_astgen::PlanError& e : loaded.errors) fmt::print(stderr, "{}\n", e.format());
    return kBadInput;
  }
  tt_astgen::GenerateResult generated = tt_astgen::generateProgram(*loaded.plan);
  if (!generated.ok()) {
    fmt::print(stderr, "tt-astgen: internal error: {}\n", generated.error);
    return kBadInput;
  }
  std::string error = tt_astgen::writeFilesAtomically(generated.files, outDir);
  if (!error.empty()) {
    fmt::print(stderr, "tt-astgen: error: {}\n", error);
    return kBadInput;
  }
  for (const auto& f : generated.files) fmt::print("wrote {}/{}\n", outDir, f.name);
  return kOk;
}

int runCheck(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-')
    return usageError("check takes one folder");
  std::string error;
  tt_astgen::CheckReport report = tt_astgen::checkDirectory(args[0], {}, error);
  if (!error.empty()) return usageError(error);
  for (const auto& d : report.diagnostics) {
    fmt::print(stderr, "{}", d.format());
    if (!d.context.empty() && d.severity != tt_astgen::Severity::Note) fmt::print(stderr, " (compiled as {})", d.context);
    fmt::print(stderr, "\n");
  }
  for (const auto& u : report.units)
    fmt::print("checked {} as {}: {}\n", u.file, u.flavor, u.errors ? fmt::format("{} error(s)", u.errors) : "ok");
  size_t errors = report.errorCount();
  fmt::print("{} file compilation(s), {} error(s)\n", report.units.size(), errors);
  return errors ? kFindings : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usageError("no command");
  const std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "-h" || command == "--help" || command == "help") {
    fmt::print("{}", kUsage);
    return kOk;
  }
  if (command == "--version") {
    fmt::print("tt-astgen {} (LLVM/Clang 19)\n", TT_ASTGEN_VERSION);
    return kOk;
  }
  if (command == "generate") return runGenerate(rest);
  if (command == "check") return runCheck(rest);
  return usageError("unknown command '" + command + "'");
}
