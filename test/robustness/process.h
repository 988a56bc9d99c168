// Running the tt-astgen binary as a child process with a deadline, its exit status or signal, wall
// time and peak memory (wait4's ru_maxrss, what /usr/bin/time -v reports as "Maximum resident set
// size"), and an optional hook that runs while the child is alive (to signal it).
#pragma once

#include <chrono>
#include <csignal>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../test_support.h"

namespace tt_astgen::robustness {

struct ChildResult {
  int exitCode = -1;   // set when the child exited
  int signal = 0;      // set when a signal ended it
  bool timedOut = false;
  std::string output;  // stdout and stderr
  double seconds = 0;
  long maxRssKb = 0;
};

/// Runs TT_ASTGEN_BINARY with `args`. `whileRunning(pid)` is called right after the start; the
/// child is killed with SIGKILL after `timeoutSeconds`.
inline ChildResult runChild(const std::vector<std::string>& args, double timeoutSeconds = 120,
                            const std::function<void(pid_t)>& whileRunning = {},
                            const std::function<void()>& inChild = {}) {
  ChildResult r;
  char logName[] = "/tmp/tt-astgen-child-XXXXXX";
  const int log = mkstemp(logName);
  std::vector<std::string> argv0{TT_ASTGEN_BINARY};
  argv0.insert(argv0.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv0) argv.push_back(a.data());
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(log, 1);
    dup2(log, 2);
    if (inChild) inChild();
    execv(argv[0], argv.data());
    _exit(127);
  }
  if (whileRunning) whileRunning(pid);
  int status = 0;
  rusage usage{};
  for (;;) {
    const pid_t done = wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > timeoutSeconds) {
      kill(pid, SIGKILL);
      wait4(pid, &status, 0, &usage);
      r.timedOut = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.maxRssKb = usage.ru_maxrss;
  if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  close(log);
  r.output = testing::readFile(logName);
  unlink(logName);
  return r;
}

inline std::string describe(const ChildResult& r) {
  return "exit " + std::to_string(r.exitCode) + ", signal " + std::to_string(r.signal) + ", " +
         std::to_string(r.seconds) + " s, " + std::to_string(r.maxRssKb / 1024) + " MiB, output: " +
         r.output.substr(0, 2000);
}

}  // namespace tt_astgen::robustness
