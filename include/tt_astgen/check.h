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

/// Which build a host program is checked as (metal-build.md). Kernels always follow the JIT.
enum class HostBuild {
  /// The flags tt-metal gives its in-tree programming examples (-Wall -Werror with the SDK's
  /// -Wno-* set, -Wno-c++11-narrowing, DEBUG, OVERRIDE_KERNEL_PREFIX="tt_metal/programming_examples/"
  /// only when the host defines no prefix of its own): the default.
  InTreeExample,
  /// A standalone find_package(TT-Metalium) consumer: only -Wno-int-to-pointer-cast; a narrowing
  /// braced list is an error.
  Standalone,
};

struct CheckOptions {
  Profile profile = Profile::Metal2025;
  Arch arch = Arch::WormholeB0;
  /// Warnings (clang's, in the checked files) become errors.
  bool werror = false;
  /// Run the cross-file checks (docs/checks.md) after type-checking.
  bool crossFileChecks = true;
  HostBuild hostBuild = HostBuild::InTreeExample;
  /// Where CreateKernel paths are looked up first (`--kernel-root`, in order), before the host's
  /// folder and the SDK's own order (absolute, working dir, TT_METAL_KERNEL_PATH, TT_METAL_HOME).
  std::vector<std::string> kernelRoots;
  /// User include dirs (`-I`) and defines (`-D NAME[=VALUE]`), for the host and its kernels.
  std::vector<std::string> includeDirs;
  std::vector<std::string> defines;
  /// Say what the cross-file checks could not decide (unknown facts), as notes.
  bool verbose = false;
};

/// How one file was compiled ("reader.cpp: data movement (COMPILE_FOR_NCRISC)").
struct CheckedUnit {
  std::string file;
  std::string flavor;
  size_t errors = 0;
  std::vector<std::string> args;  // the compiler arguments used (virtual mock include paths)
  double seconds = 0;             // parse + type-check + matchers
};

struct CheckReport {
  std::vector<Diagnostic> diagnostics;
  std::vector<CheckedUnit> units;
  std::vector<SourceFile> sources;  // the checked files (for SARIF artifacts and regions)
  size_t errorCount() const { return countErrors(diagnostics); }
  size_t warningCount() const;
};

/// The names of the cross-file checks ("cb-index", "runtime-args", ...), as in docs/checks.md.
std::vector<std::string> crossFileCheckNames();

enum class ReportFormat { Text, Json, Sarif };
/// Renders a report: clang-style text ("file:line:col: error: message [check]"), a JSON object
/// {"diagnostics": [...], "units": [...]}, or a SARIF 2.1.0 log (clang's SarifDocumentWriter).
std::string renderReport(const CheckReport& report, ReportFormat format);

/// Checks a set of files that form one program (a host file and its kernels).
CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options);

/// Reads every *.cpp in `dir` and checks them as one program. `error` is set (and the report
/// empty) when the folder cannot be read or holds no C++ file.
CheckReport checkDirectory(const std::string& dir, const CheckOptions& options, std::string& error);

}  // namespace tt_astgen
