// tt-astgen run PLAN.json [-o DIR]
// tt-astgen run DIR|HOST.cpp [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... [-o WORKDIR]
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/core.h>

#include "../../lib/check/ordered_run.h"
#include "../cli.h"
#include "program_args.h"
#include "report.h"
#include "sweep.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace tt_astgen::cli {
namespace {

/// --stats, --trace FILE, --no-cache: the options both forms of `run` take.
void applyRunExtras(const ParsedArgs& parsed, RunOptions& options) {
  options.collectStats = parsed.has("--stats");
  options.useCache = !parsed.has("--no-cache");
  if (const std::string* trace = parsed.option("--trace")) options.tracePath = *trace;
}

/// Prints a run's output and verdict (then its phase times and trace, when asked); the exit code
/// of `run`.
int report(const RunResult& result, const RunOptions& options) {
  fmt::print("{}", result.stdoutText);
  if (!result.stderrText.empty()) fmt::print(stderr, "{}", result.stderrText);
  fmt::print("{}: {} (in {})\n", result.passed() ? "run" : "run failed", result.verdict, result.workDir);
  if (options.collectStats) fmt::print("{}", formatRunStats(result));
  if (!options.tracePath.empty()) {
    if (result.tracePath.empty())
      fmt::print(stderr, "run: no trace written to {} (the runtime wrote none)\n", options.tracePath);
    else
      fmt::print("trace: {}\n", result.tracePath);
  }
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
  applyRunExtras(parsed, options);
  RunResult result = runHostProgram(target, options);
  if (result.phase == RunPhase::Generate) return inputError(result.verdict);
  return report(result, options);
}

/// `run a.json b.json ...` (or any plan list with --shard/--summary): the plans of this shard, -j N
/// at a time (default 1: the dry-run itself uses every core; a sweep of small plans is mostly
/// single-threaded host compiles and gains from more), each into OUT/<plan>/ with -o OUT. Their
/// reports come in input order whatever -j; the exit code is the worst over the plans.
int runPlans(const ParsedArgs& parsed, const sweep::SweepOptions& sweepOptions, unsigned jobs) {
  const std::vector<std::string>& plans = parsed.positionals;
  for (const std::string& p : plans) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec) || p.ends_with(".cpp"))
      return usageError("'" + p + "': several targets, --shard and --summary take plan files only");
  }
  if (parsed.has("--kernel-root") || parsed.has("-I") || parsed.has("-D") || parsed.has("--arch") || parsed.has("--no-check"))
    return usageError("--kernel-root, -I, -D, --arch and --no-check are for a host program, not a plan");
  if (parsed.has("--trace") && plans.size() > 1) return usageError("--trace FILE.json takes one plan");
  std::optional<Profile> profile;
  if (const std::string* p = parsed.option("--profile")) {
    profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected " + profileChoices() + ")");
  }
  const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output");
  std::vector<std::string> names;
  for (const std::string& p : plans) {
    const std::string name = sweep::inputName(p);
    if (out && std::find(names.begin(), names.end(), name) != names.end())
      return usageError("two plans would both run in '" + (std::filesystem::path(*out) / name).string() + "'");
    names.push_back(name);
  }
  const double wall0 = sweep::wallClockSeconds();
  sweep::Summary summary;
  summary.command = "run";
  summary.inputsGiven = plans.size();
  struct Ran {
    PlanLoadResult loaded;
    RunOptions options;
    RunResult result;
    double seconds = 0;
  };
  const std::vector<size_t> selected = sweep::selectShard(plans, sweepOptions.shard);
  runInOrder<Ran>(
      selected.size(), jobs,
      [&](size_t k) {
        const size_t i = selected[k];
        const double start = sweep::wallClockSeconds();
        Ran ran;
        ran.loaded = loadPlanFile(plans[i]);
        if (ran.loaded.plan) {
          if (profile) ran.loaded.plan->profile = *profile;
          if (out) ran.options.outDir = (std::filesystem::path(*out) / names[i]).string();
          ran.options.embedKernels = parsed.has("--embed-kernels");
          applyRunExtras(parsed, ran.options);
          ran.result = runPlan(*ran.loaded.plan, ran.options);
        }
        ran.seconds = sweep::wallClockSeconds() - start;
        return ran;
      },
      [&](size_t k, Ran& ran) {
        sweep::InputOutcome o{plans[selected[k]], "ok", kOk};
        if (!ran.loaded.plan) {
          report::planErrors(ran.loaded.errors);
          o.exitCode = kBadInput;
          o.errors = ran.loaded.errors.size();
          if (!ran.loaded.errors.empty()) o.message = ran.loaded.errors[0].format();
        } else {
          o.exitCode = report(ran.result, ran.options);
          o.errors = ran.result.passed() ? 0 : 1;
          if (!ran.result.passed()) o.message = ran.result.verdict;
          if (!ran.result.workDir.empty()) o.output = ran.result.workDir;
        }
        o.status = sweep::statusOf(o.exitCode);
        o.seconds = ran.seconds;
        summary.inputs.push_back(std::move(o));
        std::fflush(stdout);  // each plan's report whole, before the next one's stderr
      });
  size_t passed = 0;
  for (const sweep::InputOutcome& o : summary.inputs) passed += o.exitCode == kOk;
  fmt::print("{} plan(s) run: {} passed, {} failed{}\n", summary.inputs.size(), passed, summary.inputs.size() - passed,
             sweepOptions.shard ? fmt::format(" (shard {}/{}; {} plan(s) in other shards)", sweepOptions.shard->index,
                                              sweepOptions.shard->count, plans.size() - summary.inputs.size())
                                : "");
  summary.wallSeconds = sweep::wallClockSeconds() - wall0;
  return sweep::finishSummary(sweepOptions, summary);
}

int runRun(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output", "--profile", "--arch", "--kernel-root", "-I", "-D", "--trace", "--shard", "--summary", "-j", "--jobs"},
                                {"--no-check", "--embed-kernels", "--stats", "--no-cache"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.empty()) return usageError("run takes plan files, or one host .cpp file or folder");
  sweep::SweepOptions sweepOptions;
  if (std::string e = sweep::readSweepOptions(parsed, sweepOptions); !e.empty()) return usageError(e);
  unsigned jobs = 1;
  if (const std::string* j = parsed.option("-j") ? parsed.option("-j") : parsed.option("--jobs")) {
    const std::optional<unsigned> n = parseJobCount(*j);
    if (!n) return usageError("-j takes a number of plans to run at once (1 or more)");
    jobs = *n;
  }
  if (parsed.positionals.size() > 1 || sweepOptions.shard || !sweepOptions.summaryPath.empty())
    return runPlans(parsed, sweepOptions, jobs);
  if (jobs > 1) return usageError("-j N is for several plans");
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
  applyRunExtras(parsed, options);
  return report(runPlan(*loaded.plan, options), options);
}

Registrar registrar({"run", "run PLAN.json [-o DIR] [--embed-kernels] [--profile metal-2025|metal-2024|metal-2026] | run DIR|HOST.cpp [--kernel-root DIR]... "
                            "[-I DIR]... [-D NAME[=VALUE]]... [-o WORKDIR] [--profile P] [--arch A] [--no-check]; "
                            "both: [--stats] [--trace FILE.json] [--no-cache] | run PLAN.json... [-o ROOT] [-j N] [--shard K/N] [--summary FILE.json]",
                     "dry-run: generate, check, build the host program against the CPU runtime, execute it;\n"
                     "      exit 0 when the program's own verification passes, 1 when it fails or hangs.\n"
                     "      --embed-kernels: run the program generated with `generate --embed-kernels`.\n"
                     "      With a host .cpp (or a folder holding one host program): check it as `check` does,\n"
                     "      build it with -I/-D, run it in the working directory, kernels looked up as `check`.\n"
                     "      --stats: the time of each phase; --trace FILE.json: the dry-run as a Chrome trace;\n"
                     "      --no-cache: generate, check and compile afresh (docs/dryrun.md, Caches).\n"
                     "      Several plans: -j N at a time (default 1), reports in input order (-o ROOT: ROOT/<plan>/\n"
                     "      each), exit the worst.\n"
                     "      --shard K/N (1-based): only the plans whose name hashes to shard K of N (as generate;\n"
                     "      docs/sweeps.md). --summary FILE.json: per-plan status and seconds, written atomically",
                     30, runRun});

}  // namespace
}  // namespace tt_astgen::cli
