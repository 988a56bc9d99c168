// tt-astgen run PLAN.json [-o DIR]
// tt-astgen run DIR|HOST.cpp [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... [-o WORKDIR]
#include <filesystem>

#include <fmt/core.h>

#include "../cli.h"
#include "program_args.h"
#include "report.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace tt_astgen::cli {
namespace {

/// Prints a run's output and verdict; the exit code of `run`.
int report(const RunResult& result) {
  fmt::print("{}", result.stdoutText);
  if (!result.stderrText.empty()) fmt::print(stderr, "{}", result.stderrText);
  fmt::print("{}: {} (in {})\n", result.passed() ? "run" : "run failed", result.verdict, result.workDir);
  if (result.phase == RunPhase::Generate) return kBadInput;
  return result.passed() ? kOk : kFindings;
}

/// `run DIR|HOST.cpp`: a program written by hand.
int runProgram(const ParsedArgs& parsed, const std::string& target) {
  RunOptions options;
  if (const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output")) options.outDir = *out;
  options.detectProfile = !parsed.has("--profile");
  if (const std::string* p = parsed.option("--profile")) {
    std::optional<Profile> profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected " + profileChoices() + ")");
    options.profile = *profile;
  }
  if (const std::string* a = parsed.option("--arch")) {
    std::optional<Arch> arch = parseArch(*a);
    if (!arch) return usageError("unknown arch '" + *a + "'");
    options.arch = *arch;
  }
  options.kernelRoots = allValues(parsed, "--kernel-root");
  options.includeDirs = allValues(parsed, "-I");
  options.defines = allValues(parsed, "-D");
  options.skipCheck = parsed.has("--no-check");
  RunResult result = runHostProgram(target, options);
  if (result.phase == RunPhase::Generate) return inputError(result.verdict);
  return report(result);
}

int runRun(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(splitJoinedOptions(args), {"-o", "--output", "--profile", "--arch", "--kernel-root", "-I", "-D"},
                                {"--no-check", "--embed-kernels"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("run takes one plan file, host .cpp file or folder");
  const std::string target = parsed.positionals[0];
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec) || target.ends_with(".cpp")) {
    if (parsed.has("--embed-kernels")) return usageError("--embed-kernels is for a plan, not a host program");
    return runProgram(parsed, target);
  }
  if (parsed.has("--kernel-root") || parsed.has("-I") || parsed.has("-D") || parsed.has("--arch") || parsed.has("--no-check"))
    return usageError("--kernel-root, -I, -D, --arch and --no-check are for a host program, not a plan");
  PlanLoadResult loaded = loadPlanFile(parsed.positionals[0]);
  if (!loaded.plan) {
    report::planErrors(loaded.errors);
    return kBadInput;
  }
  if (const std::string* p = parsed.option("--profile")) {
    std::optional<Profile> profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected " + profileChoices() + ")");
    loaded.plan->profile = *profile;
  }
  RunOptions options;
  if (const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output"))
    options.outDir = *out;
  options.embedKernels = parsed.has("--embed-kernels");
  return report(runPlan(*loaded.plan, options));
}

Registrar registrar({"run", "run PLAN.json [-o DIR] [--embed-kernels] [--profile metal-2025|metal-2024|metal-2026] | run DIR|HOST.cpp [--kernel-root DIR]... "
                            "[-I DIR]... [-D NAME[=VALUE]]... [-o WORKDIR] [--profile P] [--arch A] [--no-check]",
                     "dry-run: generate, check, build the host program against the CPU runtime, execute it;\n"
                     "      exit 0 when the program's own verification passes, 1 when it fails or hangs.\n"
                     "      --embed-kernels: run the program generated with `generate --embed-kernels`.\n"
                     "      With a host .cpp (or a folder holding one host program): check it as `check` does,\n"
                     "      build it with -I/-D, run it in the working directory, kernels looked up as `check`",
                     30, runRun});

}  // namespace
}  // namespace tt_astgen::cli
