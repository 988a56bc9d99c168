// The generator's contract, shared by generate_fuzzer and the regression replay test: every plan
// the loader accepts produces files (generateProgram ok, never throws) that pass checkFiles with
// zero errors, and generation is deterministic.
#pragma once

#include <string>
#include <vector>

#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::robustness {

inline std::string checkGenerateProperties(const Plan& plan) {
  GenerateResult generated;
  try {
    generated = generateProgram(plan);
  } catch (const std::exception& e) {
    return std::string("generateProgram threw: ") + e.what();
  }
  if (!generated.ok()) return "generateProgram failed on an accepted plan: " + generated.error;
  std::vector<SourceFile> sources;
  for (const GeneratedFile& f : generated.files) {
    if (f.name.find('/') != std::string::npos || f.name.find("..") != std::string::npos || f.name.empty())
      return "generated a file name that leaves the folder: " + f.name;
    if (f.name.ends_with(".cpp")) sources.push_back({f.name, f.content});
  }
  if (sources.size() != 4) return "expected 4 C++ files, got " + std::to_string(sources.size());
  CheckOptions options;
  options.profile = plan.profile;
  options.arch = plan.arch;
  CheckReport report;
  try {
    report = checkFiles(sources, options);
  } catch (const std::exception& e) {
    return std::string("checkFiles threw: ") + e.what();
  }
  if (report.errorCount() != 0) {
    std::string out = "generated code fails check (" + std::to_string(report.errorCount()) + " errors):";
    for (const Diagnostic& d : report.diagnostics)
      if (d.severity == Severity::Error) out += "\n  " + d.format();
    return out;
  }
  return {};
}

}  // namespace tt_astgen::robustness
