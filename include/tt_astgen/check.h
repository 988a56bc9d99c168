// The checker: re-parses and type-checks TT-Metalium programs (ours or anyone's) against the mock
// headers the way tt-metal compiles them: the host as C++20, data-movement kernels for their
// RISC-V (BRISC/NCRISC), compute kernels three times (TRISC_UNPACK, TRISC_MATH, TRISC_PACK).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tt_astgen/diagnostics.h"
#include "tt_astgen/mock_headers.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

struct SourceFile {
  std::string name;     // as reported in diagnostics, e.g. "out/reader.cpp"
  std::string content;
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
  /// OVERRIDE_KERNEL_PREFIX is defined only from here (else the host's own #ifndef default holds).
  std::vector<std::string> includeDirs;
  std::vector<std::string> defines;
  /// A build folder holding compile_commands.json (`-p`): each host file gets the -I, -isystem and
  /// -D of its entry (include dirs of the real SDK headers skipped: the mocks stand for them).
  std::string compileCommandsDir;
  /// Check each host as the API generation its own names say (a host using only single-device
  /// names as metal-2024, only Mesh names as metal-2025); `profile` for the others. The program's
  /// kernels decide between the classic kernel API and metal-2026's (api/... includes); see
  /// CheckReport::profile. The CLI sets it when neither --profile nor a tt.plan.json says the
  /// profile.
  bool detectProfile = false;
  /// Say what the cross-file checks could not decide (unknown facts), as notes.
  bool verbose = false;
  /// Threads that parse the program's translation units (0: one per core). The hosts are parsed
  /// first, then every kernel unit; matchers and diagnostics run in a fixed order, so the report
  /// is the same for every value.
  unsigned jobs = 0;
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
  /// The profile the program was checked as (CheckOptions::profile, or detected).
  Profile profile = Profile::Metal2025;
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

/// The one API generation a host's code names (metal-2024 single-device names only, or metal-2025
/// Mesh names only; comments, strings and preprocessor lines ignored); none when both or neither.
std::optional<Profile> hostApiProfile(const std::string& code);

/// The kernel API generation a kernel's own includes name (comments and strings ignored):
/// metal-2026 for the api/... layout, metal-2025 for the classic one (metal-2024 shares it); none
/// without such an include.
std::optional<Profile> kernelApiProfile(const std::string& code);

/// Checks a set of files that form one program (a host file and its kernels). A CreateKernel path
/// resolves to one of these files when it names it (relative to a kernel root, the host's folder,
/// ...), else to a file on disk, which is then checked too.
CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options);

/// Checks one host program and the kernels its CreateKernel calls name, resolved as tt-metal
/// resolves them (after options.kernelRoots and the host's folder; docs/checks.md). Kernels are
/// read from disk; one that is not found is a kernel-path error. `error` is set (and the report
/// empty) when the host cannot be read.
CheckReport checkHostFile(const std::string& hostPath, const CheckOptions& options, std::string& error);

/// Reads every *.cpp under `dir` (recursively) and checks them as one program: the files that look
/// like hosts are hosts, the kernels are what their CreateKernel calls name (also outside `dir`),
/// the files no host names are compiled by what their content looks like. `error` is set (and the
/// report empty) when the folder cannot be read or holds no C++ file.
CheckReport checkDirectory(const std::string& dir, const CheckOptions& options, std::string& error);

/// One program of a batch: a folder (as checkDirectory) or a host file (as checkHostFile).
struct CheckTarget {
  std::string path;
  CheckOptions options;
};
struct CheckOutcome {
  CheckReport report;
  std::string error;  // as checkDirectory's / checkHostFile's; the report is empty when set
};
/// Checks several programs in one process, `jobs` threads in all (0: one per core), sharing the
/// process's prologue PCHs: programs in parallel, each one's units in parallel when there are
/// fewer programs than threads. Outcomes are in the order of `targets`, each the same as checking
/// that target alone.
std::vector<CheckOutcome> checkTargets(const std::vector<CheckTarget>& targets, unsigned jobs = 0);

}  // namespace tt_astgen
