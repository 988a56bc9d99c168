// tt-astgen check DIR|HOST.cpp [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... [-p BUILD_DIR]
//                  [--strict] [--verbose] [--format text|json|sarif] [--werror] [--profile P] [--arch A]
#include <filesystem>

#include <fmt/core.h>

#include "../cli.h"
#include "program_args.h"
#include "tt_astgen/check.h"

namespace tt_astgen::cli {
namespace {

int runCheck(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(splitJoinedOptions(args),
                                {"--format", "--profile", "--arch", "--kernel-root", "-I", "-D", "-p"},
                                {"--werror", "--no-cross-file", "--strict", "--verbose"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("check takes one folder or one host file");
  const std::string target = parsed.positionals[0];
  std::error_code ec;
  const bool isFile = std::filesystem::is_regular_file(target, ec);
  CheckOptions options;
  // A folder written by `tt-astgen generate` says its profile and arch in tt.plan.json; flags win.
  std::filesystem::path planFile =
      (isFile ? std::filesystem::path(target).parent_path() : std::filesystem::path(target)) / "tt.plan.json";
  options.detectProfile = true;
  if (std::filesystem::exists(planFile, ec)) {
    PlanLoadResult plan = loadPlanFile(planFile.string());
    if (plan.plan) {
      options.detectProfile = false;
      options.profile = plan.plan->profile;
      options.arch = plan.plan->arch;
    }
  }
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
  std::string error;
  CheckReport report =
      isFile ? checkHostFile(target, options, error) : checkDirectory(target, options, error);
  if (!error.empty()) return inputError(error);
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
  return errors ? kFindings : kOk;
}

Registrar registrar({"check", "check DIR|HOST.cpp [--kernel-root DIR]... [-I DIR]... [-D NAME[=VALUE]]... "
                              "[-p BUILD_DIR] [--strict] [--verbose] [--format text|json|sarif] [--werror] "
                              "[--profile P] [--arch A]",
                     "re-parse and type-check a program: HOST.cpp and the kernels its CreateKernel calls name, or\n"
                     "      every .cpp under DIR (hosts, the kernels they name, the rest by content). Hosts as C++20\n"
                     "      with the flags the SDK gives its examples (--strict: a standalone find_package build,\n"
                     "      narrowing is an error), data-movement kernels for BRISC/NCRISC, compute kernels for\n"
                     "      TRISC_UNPACK/MATH/PACK (C++17, -Werror as the JIT); then the cross-file checks of\n"
                     "      docs/checks.md. Kernel paths are looked up under each --kernel-root, the host's folder,\n"
                     "      then as tt-metal does (working dir, TT_METAL_KERNEL_PATH, TT_METAL_HOME). -p takes each\n"
                     "      host's -I/-D from BUILD_DIR/compile_commands.json. A kernel the host embeds as a string\n"
                     "      (CreateKernelFromString) is checked too, its findings at its line in the host.\n"
                     "      Exit 0 clean, 1 findings, 2 bad input.\n"
                     "      --werror turns the remaining warnings into errors; --verbose notes what was not decided",
                     20, runCheck});

}  // namespace
}  // namespace tt_astgen::cli
