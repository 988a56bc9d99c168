// tt-astgen check DIR
#include <fmt/core.h>

#include "../cli.h"
#include "tt_astgen/check.h"

namespace tt_astgen::cli {
namespace {

int runCheck(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("check takes one folder");
  std::string error;
  CheckReport report = checkDirectory(parsed.positionals[0], {}, error);
  if (!error.empty()) return inputError(error);
  for (const Diagnostic& d : report.diagnostics) {
    fmt::print(stderr, "{}", d.format());
    if (!d.context.empty() && d.severity != Severity::Note) fmt::print(stderr, " (compiled as {})", d.context);
    fmt::print(stderr, "\n");
  }
  for (const CheckedUnit& u : report.units)
    fmt::print("checked {} as {}: {}\n", u.file, u.flavor, u.errors ? fmt::format("{} error(s)", u.errors) : "ok");
  size_t errors = report.errorCount();
  fmt::print("{} file compilation(s), {} error(s)\n", report.units.size(), errors);
  return errors ? kFindings : kOk;
}

Registrar registrar({"check", "check DIR",
                     "re-parse and type-check every .cpp in DIR as one program: the host as C++20,\n"
                     "      data-movement kernels for BRISC/NCRISC, compute kernels for TRISC_UNPACK/MATH/PACK",
                     20, runCheck});

}  // namespace
}  // namespace tt_astgen::cli
