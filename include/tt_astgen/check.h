// The checker: re-parses and type-checks TT-Metalium programs (ours or anyone's) against the mock
// headers the way tt-metal compiles them: the host as C++20, data-movement kernels for their
// RISC-V (BRISC/NCRISC), compute kernels three times (TRISC_UNPACK, TRISC_MATH, TRISC_PACK).
#pragma once

#include <string>
#include <vector>

#include "tt_astgen/diagnostics.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

struct SourceFile {
  std::string name;     // as reported in diagnostics, e.g. "out/reader.cpp"
  std::string content;
};

struct CheckOptions {
  Profile profile = Profile::Metal2025;
  Arch arch = Arch::WormholeB0;
};

/// How one file was compiled ("reader.cpp: data movement (COMPILE_FOR_NCRISC)").
struct CheckedUnit {
  std::string file;
  std::string flavor;
  size_t errors = 0;
};

struct CheckReport {
  std::vector<Diagnostic> diagnostics;
  std::vector<CheckedUnit> units;
  size_t errorCount() const { return countErrors(diagnostics); }
};

/// Checks a set of files that form one program (a host file and its kernels).
CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options);

/// Reads every *.cpp in `dir` and checks them as one program. `error` is set (and the report
/// empty) when the folder cannot be read or holds no C++ file.
CheckReport checkDirectory(const std::string& dir, const CheckOptions& options, std::string& error);

}  // namespace tt_astgen
