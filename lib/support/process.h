// Starting a child process: argv (no shell), optional working directory and environment
// additions, stdout/stderr captured into strings, a wall-clock timeout, the exit status.
// Shared by the run pipeline (lib/run: host builds, host runs) and the dry-run runtime's kernel
// JIT (lib/runtime/jit.cpp): compiled into both libraries, so it depends on nothing but the C++
// standard library and POSIX.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tt_astgen::process {

struct SpawnOptions {
  /// argv[0] is looked up in PATH when it has no '/'.
  std::vector<std::string> argv;
  /// Working directory of the child; empty: the caller's.
  std::string cwd;
  /// Variables set (or replaced) in the child's environment, on top of the caller's.
  std::vector<std::pair<std::string, std::string>> env;
  /// Variables removed from the child's environment.
  std::vector<std::string> unsetEnv;
  /// Kill the child (and its process group) after this many milliseconds; 0: no limit.
  unsigned timeoutMs = 0;
  /// Put the child in a process group of its own, so a timeout also kills what it started
  /// (compilers started by a host program's kernel JIT).
  bool ownProcessGroup = false;
  /// Capture stderr into `SpawnResult::out` too (one interleaved stream, as a build log).
  bool mergeStderr = false;
};

struct SpawnResult {
  bool started = false;   // false: the program could not be started (`error` says why)
  bool timedOut = false;  // killed after SpawnOptions::timeoutMs
  int exitCode = -1;      // the exit status; 128 + signal when a signal ended it; -1 if not started
  std::string out;        // captured stdout (and stderr with mergeStderr)
  std::string err;        // captured stderr
  std::string error;      // why it could not be started
  double wallMs = 0;      // from spawn to exit
  double cpuMs = 0;       // user + system CPU of the child and the descendants it waited for
};

/// Runs the child to completion (or timeout). Thread-safe; the caller's signal handlers and
/// file descriptors are not inherited beyond stdin.
SpawnResult spawn(const SpawnOptions& options);

/// The argv as one line for messages (arguments with spaces or quotes are single-quoted).
std::string commandLine(const std::vector<std::string>& argv);

}  // namespace tt_astgen::process
