// Child processes with posix_spawn (no fork of a large address space, no shell), captured output
// through pipes, and a timeout. See process.h.
#include "process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

extern char** environ;

namespace tt_astgen::process {
namespace {

using Clock = std::chrono::steady_clock;

/// The caller's environment with `options.env` set and `options.unsetEnv` removed.
std::vector<std::string> childEnvironment(const SpawnOptions& options) {
  std::vector<std::string> out;
  auto named = [](const std::string& entry, const std::string& name) {
    return entry.size() > name.size() && entry[name.size()] == '=' && entry.compare(0, name.size(), name) == 0;
  };
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    bool drop = false;
    for (const auto& [name, value] : options.env) drop = drop || named(entry, name);
    for (const std::string& name : options.unsetEnv) drop = drop || named(entry, name);
    if (!drop) out.push_back(std::move(entry));
  }
  for (const auto& [name, value] : options.env) out.push_back(name + "=" + value);
  return out;
}

/// A pipe whose ends close on exec; the read end is non-blocking.
bool makePipe(int fds[2]) {
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  return true;
}

void closeFd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

/// Appends what `fd` has to `into`; closes it at end of file. False when nothing more will come.
bool drain(int& fd, std::string& into) {
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      into.append(buffer, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return true;
    closeFd(fd);
    return false;
  }
}

int exitCodeOf(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

/// A file descriptor that becomes readable when `pid` exits (Linux >= 5.3); -1 if unavailable.
int exitNotifier(pid_t pid) {
#ifdef SYS_pidfd_open
  return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
  (void)pid;
  return -1;
#endif
}

}  // namespace

SpawnResult spawn(const SpawnOptions& options) {
  SpawnResult result;
  if (options.argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  const Clock::time_point start = Clock::now();
  int outPipe[2] = {-1, -1}, errPipe[2] = {-1, -1};
  if (!makePipe(outPipe) || (!options.mergeStderr && !makePipe(errPipe))) {
    result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
    closeFd(outPipe[0]), closeFd(outPipe[1]), closeFd(errPipe[0]), closeFd(errPipe[1]);
    return result;
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, options.mergeStderr ? outPipe[1] : errPipe[1], 2);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
  sigset_t none, defaults;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGTERM);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  if (options.ownProcessGroup) {
    flags |= POSIX_SPAWN_SETPGROUP;
    posix_spawnattr_setpgroup(&attributes, 0);
  }
  posix_spawnattr_setflags(&attributes, flags);

  std::vector<char*> args;
  for (const std::string& a : options.argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> environment = childEnvironment(options);
  std::vector<char*> envp;
  for (std::string& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = -1;
  const int rc = ::posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  closeFd(outPipe[1]);
  closeFd(errPipe[1]);
  if (rc != 0) {
    result.error = "cannot start " + options.argv[0] + ": " + std::strerror(rc);
    closeFd(outPipe[0]), closeFd(errPipe[0]);
    return result;
  }
  result.started = true;

  const Clock::time_point deadline = start + std::chrono::milliseconds(options.timeoutMs);
  int exited = exitNotifier(pid);
  const bool notified = exited >= 0;
  bool reaped = false;
  int status = 0;
  rusage usage{};
  while (!reaped) {
    pollfd fds[3];
    nfds_t n = 0;
    if (outPipe[0] >= 0) fds[n++] = {outPipe[0], POLLIN, 0};
    if (errPipe[0] >= 0) fds[n++] = {errPipe[0], POLLIN, 0};
    if (notified) fds[n++] = {exited, POLLIN, 0};
    int wait = -1;
    if (options.timeoutMs) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      wait = static_cast<int>(std::max<long long>(0, left) + 1);
    }
    if (!notified) wait = wait < 0 ? 5 : std::min(wait, 5);
    if (::poll(fds, n, wait) < 0 && errno != EINTR) break;
    if (outPipe[0] >= 0) drain(outPipe[0], result.out);
    if (errPipe[0] >= 0) drain(errPipe[0], result.err);
    // The child's exit ends the wait even when something it started still holds the pipes.
    pid_t w = ::wait4(pid, &status, WNOHANG, &usage);
    if (w == pid) {
      reaped = true;
      break;
    }
    if (w < 0 && errno != EINTR) break;
    if (options.timeoutMs && Clock::now() >= deadline) {
      ::kill(options.ownProcessGroup ? -pid : pid, SIGKILL);
      while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
      }
      result.timedOut = true;
      reaped = true;
    }
  }
  if (outPipe[0] >= 0) drain(outPipe[0], result.out);
  if (errPipe[0] >= 0) drain(errPipe[0], result.err);
  closeFd(outPipe[0]);
  closeFd(errPipe[0]);
  if (notified) ::close(exited);
  if (!reaped) {  // waitpid failed: the status is unknown
    result.error = std::string("lost track of ") + options.argv[0] + ": " + std::strerror(errno);
    result.exitCode = -1;
  } else {
    result.exitCode = exitCodeOf(status);
    auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    result.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
  }
  result.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return result;
}

std::string commandLine(const std::vector<std::string>& argv) {
  std::string line;
  for (const std::string& a : argv) {
    if (!line.empty()) line += ' ';
    const bool plain = !a.empty() && a.find_first_of(" \t\n'\"\\$`*?;&|<>()") == std::string::npos;
    if (plain) {
      line += a;
      continue;
    }
    line += '\'';
    for (char c : a) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

}  // namespace tt_astgen::process
