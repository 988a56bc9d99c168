// tt-astgen run PLAN.json [-o DIR]
#include <fmt/core.h>

#include "../cli.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace tt_astgen::cli {
namespace {

int runRun(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output", "--profile"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("run takes one plan file");
  PlanLoadResult loaded = loadPlanFile(parsed.positionals[0]);
  if (!loaded.plan) {
    for (const PlanError& e : loaded.errors) fmt::print(stderr, "{}\n", e.format());
    return kBadInput;
  }
  if (const std::string* p = parsed.option("--profile")) {
    std::optional<Profile> profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected metal-2025 or metal-2024)");
    loaded.plan->profile = *profile;
  }
  RunOptions options;
  if (const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output"))
    options.outDir = *out;
  RunResult result = runPlan(*loaded.plan, options);
  fmt::print("{}", result.stdoutText);
  if (!result.stderrText.empty()) fmt::print(stderr, "{}", result.stderrText);
  fmt::print("{}: {} (in {})\n", result.passed() ? "run" : "run failed", result.verdict, result.workDir);
  if (result.phase == RunPhase::Generate) return kBadInput;
  return result.passed() ? kOk : kFindings;
}

Registrar registrar({"run", "run PLAN.json [-o DIR] [--profile metal-2025|metal-2024]",
                     "dry-run: generate, check, build the host program against the CPU runtime, execute it;\n"
                     "      exit 0 when the program's own verification passes, 1 when it fails or hangs",
                     30, runRun});

}  // namespace
}  // namespace tt_astgen::cli
