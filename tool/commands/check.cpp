// tt-astgen check DIR|HOST.cpp... [-j N] [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... [-p BUILD_DIR]
//                  [--strict] [--verbose] [--format text|json|sarif] [--werror] [--profile P] [--arch A]
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/core.h>

#include "../cli.h"
#include "program_args.h"
#include "sweep.h"
#include "tt_astgen/check.h"

namespace tt_astgen::cli {
namespace {

/// A folder written by `tt-astgen generate` says its profile and arch in tt.plan.json; flags win.
CheckOptions withPlanSettings(const std::string& target, CheckOptions options, bool profileFlag, bool archFlag) {
  std::error_code ec;
  const bool isFile = std::filesystem::is_regular_file(target, ec);
  std::filesystem::path planFile =
      (isFile ? std::filesystem::path(target).parent_path() : std::filesystem::path(target)) / "tt.plan.json";
  if (!std::filesystem::exists(planFile, ec)) return options;
  PlanLoadResult plan = loadPlanFile(planFile.string());
  if (!plan.plan) return options;
  if (!profileFlag) {
    options.detectProfile = false;
    options.profile = plan.plan->profile;
  }
  if (!archFlag) options.arch = plan.plan->arch;
  return options;
}

/// Prints one program's report (text: findings on stderr, units and totals on stdout).
int printReport(const CheckReport& report, ReportFormat format) {
  size_t errors = report.errorCount();
  if (format != ReportFormat::Text) {
    fmt::print("{}", renderReport(report, format));
    return errors ? kFindings : kOk;
  }
  fmt::print(stderr, "{}", renderReport(report, ReportFormat::Text));
  for (const CheckedUnit& u : report.units)
    fmt::print("checked {} as {}: {}\n", u.file, u.flavor, u.errors ? fmt::format("{} error(s)", u.errors) : "ok");
  fmt::print("{} file compilation(s), {} error(s), {} warning(s)\n", report.units.size(), errors,
             report.warningCount());
  std::fflush(stdout);
  return errors ? kFindings : kOk;
}

int runCheck(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args,
                                {"--format", "--profile", "--arch", "--kernel-root", "-I", "-D", "-p", "-j", "--shard", "--summary"},
                                {"--werror", "--no-cross-file", "--strict", "--verbose"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.empty()) return usageError("check takes one or more folders or host files");
  sweep::SweepOptions sweepOptions;
  if (std::string e = sweep::readSweepOptions(parsed, sweepOptions); !e.empty()) return usageError(e);
  unsigned jobs = 0;
  if (const std::string* j = parsed.option("-j")) {
    const std::optional<unsigned> n = parseJobCount(*j);
    if (!n) return usageError("-j takes a number of threads (1 or more)");
    jobs = *n;
  }
  CheckOptions options;
  options.werror = parsed.has("--werror");
  options.crossFileChecks = !parsed.has("--no-cross-file");
  options.hostBuild = parsed.has("--strict") ? HostBuild::Standalone : HostBuild::InTreeExample;
  options.verbose = parsed.has("--verbose");
  options.kernelRoots = allValues(parsed, "--kernel-root");
  options.includeDirs = allValues(parsed, "-I");
  options.defines = allValues(parsed, "-D");
  for (const std::string& d : options.defines)
    if (d.empty() || d[0] == '=') return usageError("-D needs a NAME or NAME=VALUE");
  if (const std::string* p = parsed.option("-p")) options.compileCommandsDir = *p;
  options.detectProfile = true;  // unless --profile or a tt.plan.json says it
  if (const std::string* p = parsed.option("--profile")) {
    auto profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected " + profileChoices() + ")");
    options.profile = *profile;
    options.detectProfile = false;
  }
  if (const std::string* a = parsed.option("--arch")) {
    auto arch = parseArch(*a);
    if (!arch) return usageError("unknown arch '" + *a + "'");
    options.arch = *arch;
  }
  ReportFormat format = ReportFormat::Text;
  if (const std::string* f = parsed.option("--format")) {
    if (*f == "json") format = ReportFormat::Json;
    else if (*f == "sarif") format = ReportFormat::Sarif;
    else if (*f != "text") return usageError("unknown format '" + *f + "' (text, json or sarif)");
  }
  const double wall0 = sweep::wallClockSeconds();
  std::vector<CheckTarget> targets;
  std::vector<std::string> inputs;  // --shard K/N: this shard's targets (docs/sweeps.md)
  for (size_t i : sweep::selectShard(parsed.positionals, sweepOptions.shard)) inputs.push_back(parsed.positionals[i]);
  for (const std::string& target : inputs)
    targets.push_back({target, withPlanSettings(target, options, parsed.has("--profile"), parsed.has("--arch"))});
  // Several programs: one process, shared preambles; each one's output in input order, the worst
  // exit code (bad input over findings over clean).
  std::vector<CheckOutcome> outcomes = checkTargets(targets, jobs);
  sweep::Summary summary;
  summary.command = "check";
  summary.inputsGiven = parsed.positionals.size();
  for (size_t t = 0; t < outcomes.size(); ++t) {
    const CheckOutcome& outcome = outcomes[t];
    const int code = !outcome.error.empty() ? inputError(outcome.error) : printReport(outcome.report, format);
    sweep::InputOutcome o{inputs[t], sweep::statusOf(code), code};
    o.errors = outcome.error.empty() ? outcome.report.errorCount() : 1;
    o.warnings = outcome.error.empty() ? outcome.report.warningCount() : 0;
    for (const CheckedUnit& u : outcome.report.units) o.seconds += u.seconds;
    o.message = outcome.error;
    summary.inputs.push_back(std::move(o));
  }
  summary.wallSeconds = sweep::wallClockSeconds() - wall0;
  return sweep::finishSummary(sweepOptions, summary);
}

Registrar registrar({"check", "check DIR|HOST.cpp... [-j N] [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... "
                              "[-p BUILD_DIR] [--strict] [--verbose] [--format text|json|sarif] [--werror] "
                              "[--profile P] [--arch A] [--shard K/N] [--summary FILE.json]",
                     "re-parse and type-check a program: HOST.cpp and the kernels its CreateKernel calls name, or\n"
                     "      every .cpp under DIR (hosts, the kernels they name, the rest by content). Hosts as C++20\n"
                     "      with the flags the SDK gives its examples (--strict: a standalone find_package build,\n"
                     "      narrowing is an error), data-movement kernels for BRISC/NCRISC, compute kernels for\n"
                     "      TRISC_UNPACK/MATH/PACK (C++17, -Werror as the JIT); then the cross-file checks of\n"
                     "      docs/checks.md. Kernel paths are looked up under each --kernel-root, the host's folder,\n"
                     "      then as tt-metal does (working dir, TT_METAL_KERNEL_PATH, TT_METAL_HOME). -p takes each\n"
                     "      host's -I/-D from BUILD_DIR/compile_commands.json. A kernel the host embeds as a string\n"
                     "      (CreateKernelFromString) is checked too, its findings at its line in the host.\n"
                     "      Several targets are checked in one process, their reports in input order; -j N threads\n"
                     "      (default: every core) parse units and programs in parallel, the reports unchanged.\n"
                     "      Exit 0 clean, 1 findings, 2 bad input (the worst over the targets).\n"
                     "      --shard K/N (1-based): only the targets whose name hashes to shard K of N (the same split\n"
                     "      as `generate --shard`; docs/sweeps.md). --summary FILE.json: per-target status, errors,\n"
                     "      warnings and seconds (the units' parse time), written atomically.\n"
                     "      --werror turns the remaining warnings into errors; --verbose notes what was not decided",
                     20, runCheck});

}  // namespace
}  // namespace tt_astgen::cli
