// Dry-run: generate a plan's program, check it, build the host program against the mock headers
// and the CPU runtime (libtt_astgen_runtime.so), run it, and report the host's own verdict.
// See docs/dryrun.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tt_astgen/plan.h"

namespace tt_astgen {

struct RunOptions {
  /// Where the program's files are written, built and run. Empty: a fresh temporary directory
  /// (kept on failure, removed on success unless keepWorkDir).
  std::string outDir;
  bool keepWorkDir = false;
  /// The C++ compiler for the host program and the kernels. Empty: $CXX, else `c++`.
  std::string compiler;
  /// Kernel .so cache directory. Empty: $TT_ASTGEN_CACHE, else ~/.cache/tt-astgen/kernels.
  std::string kernelCacheDir;
  /// Deadlock watchdog of the runtime (no CB operation completes for this long). 0: the
  /// runtime's default ($TT_ASTGEN_WATCHDOG_MS, else 5000 ms).
  uint32_t watchdogMs = 0;
  /// Wall-clock limit for running the host program (build steps excluded). 0: no limit.
  uint32_t timeoutSeconds = 120;
  /// Plans (runPlan): generate the host with its kernels embedded (GenerateOptions::embedKernels).
  bool embedKernels = false;
  /// Skip the checker before building (checkFiles still runs by default; refuses on errors).
  bool skipCheck = false;
  /// Programs not made from a plan (runHostProgram): where CreateKernel paths are looked up first
  /// (as `check --kernel-root`), the user's -I and -D NAME[=VALUE] for the host build, and the API
  /// profile of the host headers.
  std::vector<std::string> kernelRoots;
  std::vector<std::string> includeDirs;
  std::vector<std::string> defines;
  Profile profile = Profile::Metal2025;
  Arch arch = Arch::WormholeB0;
  /// Take the profile from the host's own API names (CheckOptions::detectProfile).
  bool detectProfile = false;
  /// Reuse what earlier runs produced (docs/dryrun.md, "Caches"): the generated program of the same
  /// plan, the check verdict of the same files, the host binary and the kernel .so's. false (or
  /// TT_ASTGEN_NO_CACHE=1 in the environment) does every step afresh and stores nothing.
  bool useCache = true;
  /// Fill RunResult::stats with the time of each phase (the runtime reports its kernel loads and
  /// its execute time through TT_ASTGEN_DRYRUN_STATS).
  bool collectStats = false;
  /// Non-empty: the runtime writes the dry-run's Chrome trace (traceEvents JSON) to this file
  /// (passed to the host program as TT_ASTGEN_DRYRUN_TRACE, made absolute).
  std::string tracePath;
};

/// The time one phase of a run took (RunOptions::collectStats). Phases, in order: generate, check,
/// write, host-build, execute (the host process's wall), inside it kernel-jit:<kernel> (per kernel
/// load), runtime-execute (per program) and host-other (the rest of the host process), then verify,
/// cleanup and total. `note` says how (e.g. "cache hit", "compiled").
struct RunPhaseStat {
  std::string phase;
  double ms = 0;
  std::string note = {};
};

/// Where a run stopped.
enum class RunPhase { Generate, Check, Write, BuildHost, Execute, Done };
const char* toString(RunPhase);

struct RunResult {
  RunPhase phase = RunPhase::Generate;  // Done when the host program ran to completion
  int exitCode = -1;                    // the host program's exit code (-1 if it never ran)
  bool timedOut = false;
  std::string stdoutText;               // the host program's stdout
  std::string stderrText;               // the host program's stderr (or the build's / checker's)
  std::string verdict;                  // one line: "PASSED", "FAILED: ...", "deadlock: ...", ...
  std::string workDir;                  // where the files were written/built
  std::vector<RunPhaseStat> stats;      // RunOptions::collectStats: the phases that ran
  std::string tracePath;                // the Chrome trace the runtime wrote ("" if none)
  /// True when the program ran and its verification passed (exit code 0).
  bool passed() const { return phase == RunPhase::Done && exitCode == 0; }
};

/// RunResult::stats as lines "stats: <phase> <ms> ms[ (<note>)]", one per phase (docs/dryrun.md).
std::string formatRunStats(const RunResult& result);

/// Runs a plan end to end: generateProgram -> checkFiles -> write -> build -> execute.
RunResult runPlan(const Plan& plan, const RunOptions& options = {});

/// Lower level: builds and runs the program already in `dir` (main.cpp + kernels, as written by
/// `tt-astgen generate`). Used after editing generated files. `options.outDir` is ignored.
RunResult runProgramDir(const std::string& dir, const RunOptions& options = {});

/// Checks, builds and runs a host program written by hand (any layout): `target` is the host .cpp,
/// or a folder holding exactly one host program (the .cpp files under it with `int main(`). The
/// host is built against the mock host headers and the runtime with options.includeDirs/defines;
/// it runs in the working directory, its kernels are looked up as `check` looks them up
/// (options.kernelRoots, the host's folder, the working directory, TT_METAL_KERNEL_PATH,
/// TT_METAL_HOME, the host's parent folders). The binary and logs go to options.outDir (else a
/// temporary folder, removed when the run passes).
RunResult runHostProgram(const std::string& target, const RunOptions& options = {});

/// The directory holding the exported mock headers (host/common, host/metal-2025, kernel),
/// written from the embedded copy on first use. Empty + `error` on failure.
std::string exportMockHeaders(std::string& error);

}  // namespace tt_astgen
