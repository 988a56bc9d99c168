// Dry-run pipeline: plan -> generated files -> check -> host build against the CPU runtime -> run.
// No Clang headers here: only the public generate/check/mock_headers APIs.
#include "tt_astgen/run.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <sys/stat.h>

#include "run/host_pch.h"
#include "run/program_cache.h"
#include "run/run_cache.h"
#include "run/run_stats.h"
#include "run/tool_identity.h"
#include "support/cache_trim.h"
#include "support/process.h"
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
std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
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
/// (output, exit code, phase Done unless it timed out, verdict, trace) and the execute and
/// verify stats. Output is also kept in dir/run.std*.
void executeHost(const fs::path& dir, const std::string& cwd, Arch arch,
                 std::vector<std::pair<std::string, std::string>> env, const RunOptions& options, RunResult& r,
                 runstats::PhaseClock& clock) {
  if (arch == Arch::Blackhole) env.emplace_back("TT_ASTGEN_DRYRUN_ARCH", "blackhole");
  if (options.watchdogMs) env.emplace_back("TT_ASTGEN_WATCHDOG_MS", std::to_string(options.watchdogMs));
  if (!options.kernelCacheDir.empty()) env.emplace_back("TT_ASTGEN_CACHE", options.kernelCacheDir);
  if (!options.compiler.empty()) env.emplace_back("TT_ASTGEN_CXX", options.compiler);
  if (!runcache::cacheEnabled(options)) env.emplace_back("TT_ASTGEN_NO_CACHE", "1");
  if (options.collectStats) env.emplace_back("TT_ASTGEN_DRYRUN_STATS", "1");
  std::error_code ec;
  fs::path trace;
  if (!options.tracePath.empty()) {
    trace = fs::absolute(options.tracePath, ec).lexically_normal();
    fs::remove(trace, ec);  // what is there afterwards is this run's
    env.emplace_back("TT_ASTGEN_DRYRUN_TRACE", trace.string());
  }
  process::SpawnOptions run;
  run.argv = {(dir / "main").string()};
  run.cwd = cwd;
  run.env = std::move(env);
  run.timeoutMs = options.timeoutSeconds * 1000u;
  run.ownProcessGroup = true;  // a timeout also ends the compilers of its kernel JIT
  process::SpawnResult p = process::spawn(run);
  const double executeMs = clock.sinceLapMs();
  clock.lap("execute", "host process wall");
  r.stdoutText = std::move(p.out);
  r.stderrText = std::move(p.err);
  if (options.collectStats) runstats::takeRuntimeStats(r.stderrText, executeMs, r.stats);
  std::ofstream(dir / "run.stdout", std::ios::binary) << r.stdoutText;
  std::ofstream(dir / "run.stderr", std::ios::binary) << r.stderrText;
  r.timedOut = p.timedOut;
  r.exitCode = p.timedOut ? -1 : p.exitCode;
  if (!trace.empty() && fs::exists(trace, ec)) r.tracePath = trace.string();
  if (!p.started) {
    r.verdict = "execute failed: " + p.error;
    return;
  }
  if (!p.timedOut) r.phase = RunPhase::Done;
  r.verdict = verdictOf(r);
  clock.lap("verify", "the verdict from the host's output");
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
  const std::string& hash = runcache::mockHeadersHash();  // hashed once per process
  fs::path dir = fs::path(runcache::cacheRoot()) / "headers" / hash;
  std::error_code ec;
  if (fs::exists(dir / ".complete", ec)) return dir.string();
  fs::path tmp = dir.string() + ".tmp" + std::to_string(::getpid());
  fs::remove_all(tmp, ec);
  for (const MockFile& f : mockFiles()) {
    fs::path p = tmp / std::string(f.path);
    fs::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::binary);
    out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
    if (!out) {
      error = "cannot write " + p.string();
      return {};
    }
  }
  // The content hash, for the kernel JIT's cache key (it need not re-read the headers).
  std::ofstream(tmp / ".tt-astgen-content") << hash << "\n";
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

namespace {

/// Builds (or takes from the host cache) and runs the program in `dir`: the part runPlan and
/// runProgramDir share. `r.workDir` is set by the caller.
void buildAndRunDir(const fs::path& dir, const RunOptions& options, RunResult& r, runstats::PhaseClock& clock) {
  std::error_code ec;
  r.phase = RunPhase::BuildHost;
  if (!fs::exists(dir / "main.cpp")) {
    r.verdict = "build failed: no main.cpp in " + r.workDir;
    return;
  }
  std::string err;
  const std::string headers = exportMockHeaders(err);
  if (headers.empty()) {
    r.verdict = "build failed: " + err;
    return;
  }
  const std::string rt = runtimeLibrary();
  if (rt.empty() || !fs::exists(rt)) {
    r.verdict = "build failed: the dry-run runtime library was not found ('" + rt + "'; set TT_ASTGEN_RUNTIME_DIR)";
    return;
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
  // Host binaries are cached by content: main.cpp, the command line, the compiler and runtime
  // library files (size and mtime). A hit starts no compiler.
  const bool useCache = runcache::cacheEnabled(options);
  runcache::Key key;
  key.add("host v1").add(readFile(dir / "main.cpp")).add(runcache::fileStamp(cxx)).add(runcache::fileStamp(rt));
  for (const std::string& a : argv) key.add(a);
  const fs::path cached = fs::path(runcache::cacheRoot(options.kernelCacheDir)) / "host" / (key.hex() + ".bin");
  if (useCache && fs::exists(cached, ec) && runcache::publishCopy(cached.string(), (dir / "main").string())) {
    cache::touchCacheEntry(cached.string());
    clock.lap("host-build", "cache hit");
  } else {
    // The include block from the run cache's precompiled prologue (not part of the binary's key:
    // the binary is the same with it or without).
    std::vector<std::string> flags = {"-std=c++20", "-O1", "-w"};
    for (std::string& flag : hostIncludeFlags(headers, profile)) flags.push_back(std::move(flag));
    const runcache::HostPch pch =
        useCache ? runcache::hostPch(cxx, flags, readFile(dir / "main.cpp"), (dir / "main.cpp").string(), {},
                                     runcache::cacheRoot(options.kernelCacheDir))
                 : runcache::HostPch{{}, "cache off"};
    process::SpawnOptions build;
    build.argv = argv;
    build.argv.insert(build.argv.begin() + 1, pch.flags.begin(), pch.flags.end());
    build.cwd = dir.string();
    build.mergeStderr = true;
    build.timeoutMs = 600 * 1000;
    process::SpawnResult b = process::spawn(build);
    std::ofstream(dir / "build.log", std::ios::binary) << b.out;
    if (b.exitCode != 0 || b.timedOut) {
      r.stderrText = b.out;
      r.verdict = "build failed: " + (b.started ? cxx + " exited with " + std::to_string(b.exitCode) + " (see build.log)" : b.error);
      return;
    }
    if (useCache && runcache::publishCopy((dir / "main").string(), cached.string()))
      cache::trimCacheDir(cached.parent_path().string(), ".bin", cache::limitBytes(1024));
    clock.lap("host-build", useCache ? "compiled, prologue PCH: " + pch.note : "compiled, cache off");
  }

  r.phase = RunPhase::Execute;
  std::vector<std::pair<std::string, std::string>> env = {{"TT_ASTGEN_KERNEL_INCLUDE", kernelIncludePath(headers, profile)}};
  // The modelled chip follows the plan's arch.
  executeHost(dir, dir.string(), plan ? plan->arch : Arch::WormholeB0, std::move(env), options, r, clock);
}

}  // namespace

RunResult runProgramDir(const std::string& dirIn, const RunOptions& options) {
  RunResult r;
  runstats::PhaseClock clock(options.collectStats, r.stats);
  std::error_code ec;
  const fs::path dir = fs::absolute(dirIn, ec).lexically_normal();
  r.workDir = dir.string();
  buildAndRunDir(dir, options, r, clock);
  clock.total();
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
  runstats::PhaseClock clock(options.collectStats, r.stats);
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
    clock.lap("check");
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
  std::vector<std::string> flags = {"-std=c++20", "-O1", "-w"};
  for (std::string& flag : hostIncludeFlags(headers, profile)) flags.push_back(std::move(flag));
  std::vector<std::string> userDirs;
  for (const std::string& d : options.includeDirs) userDirs.push_back(fs::absolute(d, ec).lexically_normal().string());
  for (const std::string& d : userDirs) flags.push_back("-I" + d);
  for (const std::string& d : options.defines) flags.push_back("-D" + d);
  // Not cached: the host may include the user's headers (-I), which no key here covers. Its
  // include block up to the first of them comes from the precompiled prologue.
  const runcache::HostPch pch =
      runcache::cacheEnabled(options)
          ? runcache::hostPch(cxx, flags, readFile(hostAbs), hostAbs.string(), userDirs,
                              runcache::cacheRoot(options.kernelCacheDir))
          : runcache::HostPch{{}, "cache off"};
  std::vector<std::string> argv = {cxx};
  argv.insert(argv.end(), pch.flags.begin(), pch.flags.end());
  argv.insert(argv.end(), flags.begin(), flags.end());
  // Hand-written hosts print with fmt (the SDK's headers bring it in): link the system's.
  for (const std::string& a : {hostAbs.string(), std::string("-o"), (work / "main").string(), rt,
                               "-Wl,-rpath," + fs::path(rt).parent_path().string(), std::string("-lfmt")})
    argv.push_back(a);
  process::SpawnOptions build;
  build.argv = argv;
  build.mergeStderr = true;
  build.timeoutMs = 600 * 1000;
  process::SpawnResult b = process::spawn(build);
  std::ofstream(work / "build.log", std::ios::binary) << b.out;
  if (b.exitCode != 0 || b.timedOut) {
    r.stderrText = b.out;
    r.verdict = "build failed: " + (b.started ? cxx + " exited with " + std::to_string(b.exitCode) + " (see build.log)" : b.error);
    return r;
  }
  clock.lap("host-build", "compiled, prologue PCH: " + pch.note);
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
  executeHost(work, "", arch, std::move(env), options, r, clock);
  if (temp && r.passed() && !options.keepWorkDir) fs::remove_all(work, ec);
  clock.lap("cleanup");
  clock.total();
  return r;
}

RunResult runPlan(const Plan& plan, const RunOptions& options) {
  RunResult r;
  runstats::PhaseClock clock(options.collectStats, r.stats);
  const bool useCache = runcache::cacheEnabled(options);
  const std::string cacheRoot = runcache::cacheRoot(options.kernelCacheDir);
  r.phase = RunPhase::Generate;
  GenerateOptions generateOptions;
  generateOptions.embedKernels = options.embedKernels;
  // The program of an identical plan, generated by this very tool, comes from the cache.
  const std::string programKey = useCache ? runcache::programKey(plan, generateOptions) : std::string();
  std::optional<std::vector<GeneratedFile>> files;
  if (useCache) files = runcache::loadProgram(cacheRoot, programKey);
  if (files) {
    clock.lap("generate", "cache hit");
  } else {
    GenerateResult gen = generateProgram(plan, generateOptions);
    if (!gen.ok()) {
      r.stderrText = gen.error;
      r.verdict = "generate failed: " + firstLine(gen.error);
      return r;
    }
    if (useCache) runcache::storeProgram(cacheRoot, programKey, gen.files);
    files = std::move(gen.files);
    clock.lap("generate", useCache ? "generated" : "generated, cache off");
  }
  r.phase = RunPhase::Check;
  if (!options.skipCheck) {
    std::vector<SourceFile> sources;
    for (auto& f : *files)
      if (f.name.size() > 4 && f.name.compare(f.name.size() - 4, 4, ".cpp") == 0) sources.push_back({f.name, f.content});
    CheckOptions co;
    co.profile = plan.profile;
    co.arch = plan.arch;
    // Identical files checked clean by this tool before need no second look (only clean verdicts
    // are kept: a failing check runs again and prints its diagnostics).
    const std::string checkKey = useCache ? runcache::checkKey(sources, co) : std::string();
    if (useCache && runcache::checkedClean(cacheRoot, checkKey)) {
      clock.lap("check", "cache hit");
    } else {
      CheckReport rep = checkFiles(sources, co);
      if (rep.errorCount() > 0) {
        std::string text;
        for (auto& d : rep.diagnostics) text += d.format() + "\n";
        r.stderrText = text;
        r.verdict = "check failed: " + std::to_string(rep.errorCount()) + " error(s); refusing to run";
        return r;
      }
      if (useCache) runcache::recordCheckedClean(cacheRoot, checkKey);
      clock.lap("check", useCache ? "checked" : "checked, cache off");
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
  if (std::string e = writeFilesAtomically(*files, dir); !e.empty()) {
    r.verdict = "write failed: " + e;
    return r;
  }
  clock.lap("write");
  std::error_code ec;
  const fs::path work = fs::absolute(dir, ec).lexically_normal();
  r.workDir = work.string();
  buildAndRunDir(work, options, r, clock);
  if (temp && r.passed() && !options.keepWorkDir) {
    fs::remove_all(dir, ec);
    clock.lap("cleanup");
  }
  clock.total();
  return r;
}

}  // namespace tt_astgen
