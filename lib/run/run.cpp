// Dry-run pipeline: plan -> generated files -> check -> host build against the CPU runtime -> run.
// No Clang headers here: only the public generate/check/mock_headers APIs.
#include "tt_astgen/run.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <unistd.h>  // environ, execvpe (GNU)
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/mock_headers.h"

#ifndef TT_ASTGEN_RUNTIME_DIR
#define TT_ASTGEN_RUNTIME_DIR ""
#endif
#ifndef TT_ASTGEN_RUNTIME_NAME
#define TT_ASTGEN_RUNTIME_NAME "libtt_astgen_runtime.so"
#endif

namespace tt_astgen {
namespace fs = std::filesystem;

const char* toString(RunPhase p) {
  switch (p) {
    case RunPhase::Generate: return "generate";
    case RunPhase::Check: return "check";
    case RunPhase::Write: return "write";
    case RunPhase::BuildHost: return "build";
    case RunPhase::Execute: return "execute";
    case RunPhase::Done: return "done";
  }
  return "?";
}

namespace {

std::string envOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}
std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
std::string hex(std::uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}
std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string cacheRoot() {
  // $TT_ASTGEN_CACHE is the kernel cache; the other caches live next to it.
  std::string k = envOr("TT_ASTGEN_CACHE", "");
  if (!k.empty()) return (fs::path(k).parent_path() / "tt-astgen-aux").string();
  return envOr("HOME", "/tmp") + "/.cache/tt-astgen";
}

struct ProcResult {
  int exitCode = -1;
  bool timedOut = false;
  bool started = false;
};

// Runs argv in `cwd` with extra environment, stdout/stderr to files; kills it after timeoutSec.
ProcResult runProcess(const std::vector<std::string>& argv, const std::string& cwd,
                      const std::vector<std::pair<std::string, std::string>>& env, const std::string& outPath,
                      const std::string& errPath, unsigned timeoutSec) {
  ProcResult r;
  // Everything the child needs is prepared before fork (only async-signal-safe calls after it).
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> envStrings;
  for (char** e = environ; e && *e; ++e) {
    std::string kv = *e;
    bool overridden = false;
    for (auto& [k, v] : env) overridden = overridden || kv.rfind(k + "=", 0) == 0;
    if (!overridden) envStrings.push_back(std::move(kv));
  }
  for (auto& [k, v] : env) envStrings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& e : envStrings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) return r;
  if (pid == 0) {
    ::setpgid(0, 0);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) std::_Exit(126);
    int o = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = errPath == outPath ? o : ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o >= 0) ::dup2(o, 1);
    if (e >= 0) ::dup2(e, 2);
    ::execvpe(args[0], args.data(), envp.data());
    std::_Exit(127);
  }
  r.started = true;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSec);
  int status = 0;
  for (;;) {
    pid_t w = ::waitpid(pid, &status, timeoutSec ? WNOHANG : 0);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) return r;
    if (timeoutSec && std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      r.timedOut = true;
      return r;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return r;
}

std::string runtimeLibrary() {
  std::string dir = envOr("TT_ASTGEN_RUNTIME_DIR", TT_ASTGEN_RUNTIME_DIR);
  return dir.empty() ? std::string() : (fs::path(dir) / TT_ASTGEN_RUNTIME_NAME).string();
}

std::string firstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

std::string verdictOf(const RunResult& r) {
  if (r.timedOut) return "timeout: the host program did not finish";
  std::istringstream out(r.stdoutText);
  std::string line;
  while (std::getline(out, line))
    if (line.rfind("PASSED", 0) == 0 || line.rfind("FAILED", 0) == 0) return line;
  std::istringstream err(r.stderrText);
  while (std::getline(err, line))
    if (line.find("deadlock") != std::string::npos || line.find("error:") != std::string::npos) return line;
  return "exit code " + std::to_string(r.exitCode);
}

/// Runs `dir`/main (built) in `cwd` with the runtime's environment; fills the run part of `r`
/// (output, exit code, phase Done unless it timed out, verdict). Output goes to dir/run.std*.
void executeHost(const fs::path& dir, const std::string& cwd, Arch arch,
                 std::vector<std::pair<std::string, std::string>> env, const RunOptions& options, RunResult& r) {
  if (arch == Arch::Blackhole) env.emplace_back("TT_ASTGEN_DRYRUN_ARCH", "blackhole");
  if (options.watchdogMs) env.emplace_back("TT_ASTGEN_WATCHDOG_MS", std::to_string(options.watchdogMs));
  if (!options.kernelCacheDir.empty()) env.emplace_back("TT_ASTGEN_CACHE", options.kernelCacheDir);
  if (!options.compiler.empty()) env.emplace_back("TT_ASTGEN_CXX", options.compiler);
  ProcResult p = runProcess({(dir / "main").string()}, cwd, env, (dir / "run.stdout").string(),
                            (dir / "run.stderr").string(), options.timeoutSeconds);
  r.stdoutText = readFile(dir / "run.stdout");
  r.stderrText = readFile(dir / "run.stderr");
  r.timedOut = p.timedOut;
  r.exitCode = p.exitCode;
  if (!p.started) {
    r.verdict = "execute failed: cannot start " + (dir / "main").string();
    return;
  }
  if (!p.timedOut) r.phase = RunPhase::Done;
  r.verdict = verdictOf(r);
}

}  // namespace

namespace {
/// The dry-run JIT's kernel include dirs (TT_ASTGEN_KERNEL_INCLUDE) of a profile, in the headers
/// exported to `headers`: its kernel tree, then the shared one.
std::string kernelIncludePath(const std::string& headers, Profile profile) {
  return headers + "/" + kernelHeaderTree(profile) + ":" + headers + "/" + std::string(kKernelCommonTree);
}

/// A host program's -I flags into the headers exported to `headers`, as compileArgs
/// (mock_headers.h) has them: the profile's host tree first, then host/common.
std::vector<std::string> hostIncludeFlags(const std::string& headers, Profile profile) {
  return {"-I" + headers + "/" + hostHeaderTree(profile), "-I" + headers + "/" + std::string(kHostCommonTree)};
}
}  // namespace

std::string exportMockHeaders(std::string& error) {
  static std::mutex mu;
  std::lock_guard<std::mutex> g(mu);
  auto files = mockFiles();
  std::uint64_t h = 1469598103934665603ull;
  for (auto& f : files) h = fnv1a(fnv1a(fnv1a(h, f.path), "\x01"), f.content);
  fs::path dir = fs::path(cacheRoot()) / "headers" / hex(h);
  std::error_code ec;
  if (fs::exists(dir / ".complete", ec)) return dir.string();
  fs::path tmp = dir.string() + ".tmp" + std::to_string(::getpid());
  fs::remove_all(tmp, ec);
  for (auto& f : files) {
    fs::path p = tmp / std::string(f.path);
    fs::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::binary);
    out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
    if (!out) {
      error = "cannot write " + p.string();
      return {};
    }
  }
  std::ofstream(tmp / ".complete") << "ok\n";
  fs::rename(tmp, dir, ec);
  if (ec) {
    fs::remove_all(tmp, ec);  // lost a race with another exporter: use theirs
    if (!fs::exists(dir / ".complete")) {
      error = "cannot export the mock headers to " + dir.string();
      return {};
    }
  }
  return dir.string();
}

RunResult runProgramDir(const std::string& dirIn, const RunOptions& options) {
  RunResult r;
  std::error_code ec;
  const fs::path dir = fs::absolute(dirIn, ec).lexically_normal();
  r.workDir = dir.string();
  r.phase = RunPhase::BuildHost;
  if (!fs::exists(dir / "main.cpp")) {
    r.verdict = "build failed: no main.cpp in " + r.workDir;
    return r;
  }
  std::string err;
  const std::string headers = exportMockHeaders(err);
  if (headers.empty()) {
    r.verdict = "build failed: " + err;
    return r;
  }
  const std::string rt = runtimeLibrary();
  if (rt.empty() || !fs::exists(rt)) {
    r.verdict = "build failed: the dry-run runtime library was not found ('" + rt + "'; set TT_ASTGEN_RUNTIME_DIR)";
    return r;
  }
  // The plan written next to the program (tt.plan.json, by generate) selects the API profile (host
  // include dir) and the modelled chip; without one: metal-2025 on wormhole_b0.
  std::optional<Plan> plan;
  if (fs::exists(dir / "tt.plan.json", ec)) {
    PlanLoadResult pl = loadPlanFile((dir / "tt.plan.json").string());
    if (pl.plan) plan = *pl.plan;
  }
  const Profile profile = plan ? plan->profile : Profile::Metal2025;
  const std::string cxx = !options.compiler.empty() ? options.compiler : envOr("CXX", "c++");
  std::vector<std::string> argv = {cxx, "-std=c++20", "-O1", "-w", "main.cpp"};
  for (std::string& flag : hostIncludeFlags(headers, profile)) argv.push_back(std::move(flag));
  for (const std::string& a : {std::string("-o"), std::string("main"), rt, "-Wl,-rpath," + fs::path(rt).parent_path().string()})
    argv.push_back(a);
  // Host binaries are cached by content (main.cpp + command + runtime library identity).
  std::uint64_t h = fnv1a(1469598103934665603ull, readFile(dir / "main.cpp"));
  for (auto& a : argv) h = fnv1a(fnv1a(h, a), "\x01");
  h = fnv1a(h, std::to_string(fs::last_write_time(rt, ec).time_since_epoch().count()));
  const fs::path cached = fs::path(cacheRoot()) / "host" / (hex(h) + ".bin");
  if (fs::exists(cached, ec)) {
    fs::copy_file(cached, dir / "main", fs::copy_options::overwrite_existing, ec);
  } else {
    ProcResult b = runProcess(argv, dir.string(), {}, (dir / "build.log").string(), (dir / "build.log").string(), 600);
    if (b.exitCode != 0) {
      r.stderrText = readFile(dir / "build.log");
      r.verdict = "build failed: " + cxx + " exited with " + std::to_string(b.exitCode) + " (see build.log)";
      return r;
    }
    fs::create_directories(cached.parent_path(), ec);
    fs::path tmp = cached.string() + ".tmp" + std::to_string(::getpid());
    fs::copy_file(dir / "main", tmp, fs::copy_options::overwrite_existing, ec);
    if (!ec) fs::rename(tmp, cached, ec);
  }

  r.phase = RunPhase::Execute;
  std::vector<std::pair<std::string, std::string>> env = {{"TT_ASTGEN_KERNEL_INCLUDE", kernelIncludePath(headers, profile)}};
  // The modelled chip follows the plan's arch.
  executeHost(dir, dir.string(), plan ? plan->arch : Arch::WormholeB0, std::move(env), options, r);
  return r;
}

namespace {

/// The kernel API generation most .cpp files under the host's folder include (kernelApiProfile):
/// metal-2026 when api/... includes outnumber the classic ones, else `fallback`.
Profile kernelProfileBeside(const std::string& host, Profile fallback) {
  size_t api2026 = 0, classic = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(fs::path(host).parent_path(), fs::directory_options::skip_permission_denied, ec),
      end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".cpp" || !it->is_regular_file(ec)) continue;
    if (auto p = kernelApiProfile(readFile(it->path()))) ++(*p == Profile::Metal2026 ? api2026 : classic);
  }
  if (api2026 > classic) return Profile::Metal2026;
  return classic > api2026 && fallback == Profile::Metal2026 ? Profile::Metal2025 : fallback;
}

/// The host program of `target`: the file itself, or the one .cpp under the folder that has a
/// main() (main.cpp first, as `tt-astgen generate` writes it). "" + `error` otherwise.
std::string findHostProgram(const std::string& target, std::string& error) {
  std::error_code ec;
  if (fs::is_regular_file(target, ec)) return target;
  if (!fs::is_directory(target, ec)) {
    error = "'" + target + "' is neither a host .cpp file nor a folder";
    return {};
  }
  if (fs::is_regular_file(fs::path(target) / "main.cpp", ec)) return (fs::path(target) / "main.cpp").string();
  std::vector<std::string> hosts;
  fs::recursive_directory_iterator it(target, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec) && !name.empty() && name[0] == '.') it.disable_recursion_pending();
    if (it->path().extension() != ".cpp" || !it->is_regular_file(ec)) continue;
    if (readFile(it->path()).find("int main(") != std::string::npos) hosts.push_back(it->path().string());
  }
  if (hosts.size() == 1) return hosts.front();
  std::sort(hosts.begin(), hosts.end());
  error = hosts.empty() ? "'" + target + "' holds no host program (no .cpp with int main()"
                        : "'" + target + "' holds " + std::to_string(hosts.size()) + " host programs (" + hosts[0] + ", " +
                              hosts[1] + (hosts.size() > 2 ? ", ..." : "") + "); name one";
  if (hosts.empty()) error += ")";
  return {};
}

std::string joinPaths(const std::vector<std::string>& dirs) {
  std::string out;
  for (const std::string& d : dirs) out += (out.empty() ? "" : ":") + d;
  return out;
}

}  // namespace

RunResult runHostProgram(const std::string& target, const RunOptions& options) {
  RunResult r;
  r.phase = RunPhase::Generate;  // bad input
  std::string error;
  const std::string host = findHostProgram(target, error);
  if (host.empty()) {
    r.verdict = "bad input: " + error;
    return r;
  }
  r.phase = RunPhase::Check;
  Profile profile = options.profile;
  Arch arch = options.arch;
  std::error_code planError;
  const fs::path planFile = fs::path(host).parent_path() / "tt.plan.json";
  const bool planSaysProfile = options.detectProfile && fs::exists(planFile, planError);
  if (planSaysProfile) {
    // A folder `tt-astgen generate` wrote says its profile and chip.
    PlanLoadResult pl = loadPlanFile(planFile.string());
    if (pl.plan) {
      profile = pl.plan->profile;
      if (arch == Arch::WormholeB0) arch = pl.plan->arch;
    }
  } else if (options.detectProfile) {
    if (auto own = hostApiProfile(readFile(host))) profile = *own;
    // Without the check (which decides from the kernels the host names), the kernel sources
    // beside the host decide between the classic kernel API and metal-2026's.
    if (options.skipCheck && profile != Profile::Metal2024) profile = kernelProfileBeside(host, profile);
  }
  if (!options.skipCheck) {
    CheckOptions co;
    co.profile = profile;
    // Without a plan the program's kernels decide between the classic kernel API and metal-2026's.
    co.detectProfile = options.detectProfile && !planSaysProfile;
    co.arch = arch;
    co.kernelRoots = options.kernelRoots;
    co.includeDirs = options.includeDirs;
    co.defines = options.defines;
    CheckReport rep = checkHostFile(host, co, error);
    if (!error.empty()) {
      r.phase = RunPhase::Generate;
      r.verdict = "bad input: " + error;
      return r;
    }
    if (rep.errorCount() > 0) {
      for (auto& d : rep.diagnostics) r.stderrText += d.format() + "\n";
      r.verdict = "check failed: " + std::to_string(rep.errorCount()) + " error(s); refusing to run";
      return r;
    }
    profile = rep.profile;
  }
  r.phase = RunPhase::Write;
  std::string dir = options.outDir;
  const bool temp = dir.empty();
  std::error_code ec;
  if (temp) {
    std::string tmpl = (fs::temp_directory_path() / "tt-astgen-run-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
      r.verdict = "write failed: cannot create a temporary directory";
      return r;
    }
    dir = tmpl;
  } else if (fs::create_directories(dir, ec); ec) {
    r.verdict = "write failed: cannot create " + dir + ": " + ec.message();
    return r;
  }
  const fs::path work = fs::absolute(dir, ec).lexically_normal();
  r.workDir = work.string();
  r.phase = RunPhase::BuildHost;
  const std::string headers = exportMockHeaders(error);
  if (headers.empty()) {
    r.verdict = "build failed: " + error;
    return r;
  }
  const std::string rt = runtimeLibrary();
  if (rt.empty() || !fs::exists(rt, ec)) {
    r.verdict = "build failed: the dry-run runtime library was not found ('" + rt + "'; set TT_ASTGEN_RUNTIME_DIR)";
    return r;
  }
  const std::string cxx = !options.compiler.empty() ? options.compiler : envOr("CXX", "c++");
  const fs::path hostAbs = fs::absolute(host, ec).lexically_normal();
  std::vector<std::string> argv = {cxx, "-std=c++20", "-O1", "-w", hostAbs.string()};
  for (std::string& flag : hostIncludeFlags(headers, profile)) argv.push_back(std::move(flag));
  for (const std::string& d : options.includeDirs) argv.push_back("-I" + fs::absolute(d, ec).lexically_normal().string());
  for (const std::string& d : options.defines) argv.push_back("-D" + d);
  // Hand-written hosts print with fmt (the SDK's headers bring it in): link the system's.
  for (const std::string& a : {std::string("-o"), (work / "main").string(), rt,
                               "-Wl,-rpath," + fs::path(rt).parent_path().string(), std::string("-lfmt")})
    argv.push_back(a);
  ProcResult b = runProcess(argv, "", {}, (work / "build.log").string(), (work / "build.log").string(), 600);
  if (b.exitCode != 0) {
    r.stderrText = readFile(work / "build.log");
    r.verdict = "build failed: " + cxx + " exited with " + std::to_string(b.exitCode) + " (see build.log)";
    return r;
  }
  r.phase = RunPhase::Execute;
  // Kernel lookup as `check`: the kernel roots and the host's folder before the working directory,
  // the host's parent folders after tt-metal's own places.
  std::vector<std::string> roots;
  for (const std::string& k : options.kernelRoots) roots.push_back(fs::absolute(k, ec).lexically_normal().string());
  roots.push_back(hostAbs.parent_path().string());
  std::vector<std::string> parents;
  for (fs::path p = hostAbs.parent_path(); p.has_relative_path() && p != p.parent_path();) {
    p = p.parent_path();
    parents.push_back(p.string());
  }
  std::vector<std::pair<std::string, std::string>> env = {{"TT_ASTGEN_KERNEL_INCLUDE", kernelIncludePath(headers, profile)},
                                                          {"TT_ASTGEN_KERNEL_ROOTS", joinPaths(roots)},
                                                          {"TT_ASTGEN_KERNEL_LAST_ROOTS", joinPaths(parents)}};
  // The program runs where the user is, as it would on a machine with the SDK.
  executeHost(work, "", arch, std::move(env), options, r);
  if (temp && r.passed() && !options.keepWorkDir) fs::remove_all(work, ec);
  return r;
}

RunResult runPlan(const Plan& plan, const RunOptions& options) {
  RunResult r;
  r.phase = RunPhase::Generate;
  GenerateOptions generateOptions;
  generateOptions.embedKernels = options.embedKernels;
  GenerateResult gen = generateProgram(plan, generateOptions);
  if (!gen.ok()) {
    r.stderrText = gen.error;
    r.verdict = "generate failed: " + firstLine(gen.error);
    return r;
  }
  r.phase = RunPhase::Check;
  if (!options.skipCheck) {
    std::vector<SourceFile> sources;
    for (auto& f : gen.files)
      if (f.name.size() > 4 && f.name.compare(f.name.size() - 4, 4, ".cpp") == 0) sources.push_back({f.name, f.content});
    CheckOptions co;
    co.profile = plan.profile;
    co.arch = plan.arch;
    CheckReport rep = checkFiles(sources, co);
    if (rep.errorCount() > 0) {
      std::string text;
      for (auto& d : rep.diagnostics) text += d.format() + "\n";
      r.stderrText = text;
      r.verdict = "check failed: " + std::to_string(rep.errorCount()) + " error(s); refusing to run";
      return r;
    }
  }
  r.phase = RunPhase::Write;
  std::string dir = options.outDir;
  bool temp = false;
  if (dir.empty()) {
    std::string tmpl = (fs::temp_directory_path() / "tt-astgen-run-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
      r.verdict = "write failed: cannot create a temporary directory";
      return r;
    }
    dir = tmpl;
    temp = true;
  }
  r.workDir = dir;
  if (std::string e = writeFilesAtomically(gen.files, dir); !e.empty()) {
    r.verdict = "write failed: " + e;
    return r;
  }
  RunResult rr = runProgramDir(dir, options);
  if (temp && rr.passed() && !options.keepWorkDir) {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  return rr;
}

}  // namespace tt_astgen
