// tt-astgen check DIR [--format text|json|sarif] [--werror] [--profile P] [--arch A]
#include <filesystem>

#include <fmt/core.h>

#include "../cli.h"
#include "tt_astgen/check.h"

namespace tt_astgen::cli {
namespace {

int runCheck(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"--format", "--profile", "--arch"}, {"--werror", "--no-cross-file"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("check takes one folder");
  CheckOptions options;
  // A folder written by `tt-astgen generate` says its profile and arch in tt.plan.json; flags win.
  std::filesystem::path planFile = std::filesystem::path(parsed.positionals[0]) / "tt.plan.json";
  if (std::filesystem::exists(planFile)) {
    PlanLoadResult plan = loadPlanFile(planFile.string());
    if (plan.plan) {
      options.profile = plan.plan->profile;
      options.arch = plan.plan->arch;
    }
  }
  options.werror = parsed.has("--werror");
  options.crossFileChecks = !parsed.has("--no-cross-file");
  if (const std::string* p = parsed.option("--profile")) {
    auto profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "'");
    options.profile = *profile;
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
  CheckReport report = checkDirectory(parsed.positionals[0], options, error);
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

Registrar registrar({"check", "check DIR [--format text|json|sarif] [--werror] [--profile P] [--arch A]",
                     "re-parse and type-check every .cpp in DIR as one program: the host as C++20,\n"
                     "      data-movement kernels for BRISC/NCRISC, compute kernels for TRISC_UNPACK/MATH/PACK;\n"
                     "      then the cross-file checks of docs/checks.md (CB ids, runtime args, CB capacity,\n"
                     "      L1 budget, kernel paths, API profile, input uploads). Exit 0 clean, 1 findings,\n"
                     "      2 bad input. --werror turns warnings into errors",
                     20, runCheck});

}  // namespace
}  // namespace tt_astgen::cli
