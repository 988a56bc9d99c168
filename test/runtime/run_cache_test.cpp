// The run pipeline's caches (docs/dryrun.md, "Caches"), --stats and --trace: a second run of the
// same plan starts no compiler and does no Clang work, an edited main.cpp misses only the host
// build, --no-cache bypasses every cache, concurrent runs and writers are safe.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run/program_cache.h"
#include "run/run_cache.h"
#include "run/run_stats.h"
#include "support/process.h"
#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace fs = std::filesystem;
using namespace tt_astgen;

namespace {

const std::string kSource = TT_ASTGEN_SOURCE_DIR;

struct Env {
  Env() { ::setenv("TT_ASTGEN_CACHE", (std::string(TT_ASTGEN_TEST_CACHE) + "/kernels").c_str(), 1); }
};
const Env env;

fs::path freshDir(const std::string& name) {
  fs::path d = fs::path(TT_ASTGEN_TEST_WORK) / name;
  std::error_code ec;
  fs::remove_all(d, ec);
  fs::create_directories(d, ec);
  return d;
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// A compiler that logs every invocation (one line of arguments) to `log` and then runs the
/// real one; with $TT_ASTGEN_TEST_FAIL_KERNELS set it fails kernel builds (-shared) at once.
/// Its path is fixed, so its cache entries are shared by the tests and by reruns.
std::string loggingCompiler(const fs::path& log) {
  const fs::path script = fs::path(TT_ASTGEN_TEST_WORK) / "logging-cxx.sh";
  const char* cxx = std::getenv("CXX");
  std::string text = "#!/bin/sh\necho \"$*\" >> \"$TT_ASTGEN_TEST_COMPILER_LOG\"\n"
                     "case \" $* \" in *\" -shared \"*) [ -n \"$TT_ASTGEN_TEST_FAIL_KERNELS\" ] && exit 1;; esac\n"
                     "exec " + std::string(cxx && *cxx ? cxx : "c++") + " \"$@\"\n";
  fs::create_directories(script.parent_path());
  if (readFile(script) != text) {  // rewritten only when it changes: its mtime is in the host key
    const fs::path tmp = script.string() + ".tmp" + std::to_string(::getpid());
    std::ofstream(tmp) << text;
    fs::permissions(tmp, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    fs::rename(tmp, script);
  }
  ::setenv("TT_ASTGEN_TEST_COMPILER_LOG", log.c_str(), 1);
  return script.string();
}

Plan loadPlan(const std::string& name) {
  PlanLoadResult r = loadPlanFile(kSource + "/fixtures/plans/" + name + ".json");
  EXPECT_TRUE(r.plan.has_value()) << name;
  return r.plan.value_or(Plan{});
}

const RunPhaseStat* stat(const RunResult& r, const std::string& phase) {
  for (const RunPhaseStat& s : r.stats)
    if (s.phase == phase) return &s;
  return nullptr;
}

std::string note(const RunResult& r, const std::string& phase) {
  const RunPhaseStat* s = stat(r, phase);
  return s ? s->note : "<no " + phase + " phase>";
}

/// Files under `dir` (recursively); 0 when it does not exist.
size_t countFiles(const fs::path& dir) {
  size_t n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) n += it->is_regular_file();
  return n;
}

}  // namespace

TEST(RunCache, SecondRunStartsNoCompilerAndDoesNoClangWork) {
  const fs::path work = freshDir("cache-second-run");
  RunOptions options;
  options.compiler = loggingCompiler(work / "compiler.log");
  options.collectStats = true;
  const Plan plan = loadPlan("eltwise_add");
  RunResult first = runPlan(plan, options);
  ASSERT_TRUE(first.passed()) << first.verdict << "\n" << first.stderrText;

  fs::remove(work / "compiler.log");
  RunResult second = runPlan(plan, options);
  ASSERT_TRUE(second.passed()) << second.verdict << "\n" << second.stderrText;
  EXPECT_FALSE(fs::exists(work / "compiler.log")) << "a compiler was started:\n" << readFile(work / "compiler.log");
  EXPECT_EQ(note(second, "generate"), "cache hit");
  EXPECT_EQ(note(second, "check"), "cache hit");
  EXPECT_EQ(note(second, "host-build"), "cache hit");
  size_t kernels = 0;
  for (const RunPhaseStat& s : second.stats)
    if (s.phase.rfind("kernel-jit:", 0) == 0) {
      ++kernels;
      EXPECT_EQ(s.note, "cache hit") << s.phase;
    }
  EXPECT_EQ(kernels, 3u) << formatRunStats(second);
  // The phases in their documented order, each once, ending with the total.
  std::vector<std::string> order;
  for (const RunPhaseStat& s : second.stats)
    if (s.phase.rfind("kernel-jit:", 0) != 0) order.push_back(s.phase);
  EXPECT_EQ(order, (std::vector<std::string>{"generate", "check", "write", "host-build", "execute", "runtime-execute",
                                             "host-other", "verify", "cleanup", "total"}))
      << formatRunStats(second);
  // The runtime's own stats lines were taken out of the host's stderr.
  EXPECT_EQ(second.stderrText.find("stats:"), std::string::npos) << second.stderrText;
}

TEST(RunCache, EditedMainMissesOnlyTheHostBuildAndConcurrentRunsAreSafe) {
  const fs::path work = freshDir("cache-edited-main");
  RunOptions options;
  options.compiler = loggingCompiler(work / "compiler.log");
  options.outDir = (work / "a").string();
  RunResult generated = runPlan(loadPlan("eltwise_add"), options);
  ASSERT_TRUE(generated.passed()) << generated.verdict << "\n" << generated.stderrText;
  fs::copy(work / "a", work / "b", fs::copy_options::recursive);
  // A comment no earlier run has seen: the host cache cannot hold this main.cpp yet.
  std::random_device random;
  const std::string nonce = "// cache test " + std::to_string(random()) + std::to_string(random()) + "\n";
  for (const char* copy : {"a", "b"}) std::ofstream(work / copy / "main.cpp", std::ios::app) << nonce;

  fs::remove(work / "compiler.log");
  const fs::path hostCache = fs::path(runcache::cacheRoot()) / "host";
  RunResult a, b;
  options.collectStats = true;
  std::thread other([&] { b = runProgramDir((work / "b").string(), options); });
  a = runProgramDir((work / "a").string(), options);
  other.join();
  ASSERT_TRUE(a.passed()) << a.verdict << "\n" << a.stderrText;
  ASSERT_TRUE(b.passed()) << b.verdict << "\n" << b.stderrText;
  std::vector<std::string> compiles;  // the host compiles (not the include block's PCH, if built now)
  for (const std::string& c : lines(readFile(work / "compiler.log")))
    if (c.find("-x c++-header") == std::string::npos) compiles.push_back(c);
  ASSERT_GE(compiles.size(), 1u);
  ASSERT_LE(compiles.size(), 2u);  // both may miss at once; each publishes the same binary
  for (const std::string& c : compiles) {
    EXPECT_NE(c.find("main.cpp"), std::string::npos) << c;
    EXPECT_EQ(c.find("-shared"), std::string::npos) << "a kernel was rebuilt: " << c;
  }
  // No temporary file of this process is left (other tests may be publishing at the same time).
  const std::string ours = ".tmp." + std::to_string(::getpid()) + ".";
  for (const fs::directory_entry& e : fs::directory_iterator(hostCache))
    EXPECT_EQ(e.path().filename().string().find(ours), std::string::npos) << "left behind: " << e.path();

  fs::remove(work / "compiler.log");
  RunResult again = runProgramDir((work / "a").string(), options);
  ASSERT_TRUE(again.passed()) << again.verdict;
  EXPECT_EQ(note(again, "host-build"), "cache hit");
  EXPECT_FALSE(fs::exists(work / "compiler.log")) << readFile(work / "compiler.log");
}

// A host compile that misses the binary cache starts from the include block precompiled once
// (host-pch/<key>.h.gch): built by the first such compile, only used by the next.
TEST(RunCache, HostCompileStartsFromThePrecompiledIncludeBlock) {
  const fs::path work = freshDir("cache-host-pch");
  RunOptions options;
  options.compiler = loggingCompiler(work / "compiler.log");
  options.outDir = (work / "a").string();
  options.collectStats = true;
  ASSERT_TRUE(runPlan(loadPlan("unary_relu"), options).passed());
  // A comment no run has seen: no binary is cached for this main.cpp. An include block is
  // precompiled the second time it is compiled: by the third compile at the latest it is found.
  std::random_device random;
  RunResult r;
  for (int round = 0; round < 3; ++round) {
    std::ofstream(work / "a" / "main.cpp", std::ios::app)
        << "// host pch test " + std::to_string(random()) + std::to_string(random()) + "\n";
    fs::remove(work / "compiler.log");
    r = runProgramDir((work / "a").string(), options);
  }
  ASSERT_TRUE(r.passed()) << r.verdict << "\n" << r.stderrText;
  EXPECT_EQ(note(r, "host-build"), "compiled, prologue PCH: cache hit") << formatRunStats(r);
  const std::vector<std::string> compiles = lines(readFile(work / "compiler.log"));
  ASSERT_EQ(compiles.size(), 1u) << readFile(work / "compiler.log");
  EXPECT_NE(compiles[0].find("-include " + (fs::path(runcache::cacheRoot()) / "host-pch").string() + "/"),
            std::string::npos)
      << compiles[0];
  EXPECT_NE(compiles[0].find("main.cpp"), std::string::npos) << compiles[0];
}

TEST(RunCache, NoCacheBypassesEveryCache) {
  const fs::path work = freshDir("cache-bypass");
  RunOptions options;
  options.compiler = loggingCompiler(work / "compiler.log");
  options.collectStats = true;
  // A plan of this test alone (the fixture tests run eltwise_add itself, maybe at the same time):
  // its cache entries change only here.
  Plan plan = loadPlan("eltwise_add");
  plan.name = "run_cache_bypass";
  ASSERT_TRUE(runPlan(plan, options).passed());  // everything is cached now

  const std::string root = runcache::cacheRoot();
  const std::optional<std::vector<GeneratedFile>> files = runcache::loadProgram(root, runcache::programKey(plan, {}));
  ASSERT_TRUE(files.has_value());
  std::vector<SourceFile> sources;
  for (const GeneratedFile& f : *files)
    if (f.name.ends_with(".cpp")) sources.push_back({f.name, f.content});
  CheckOptions co;
  co.profile = plan.profile;
  co.arch = plan.arch;
  const fs::path program = fs::path(root) / "programs" / (runcache::programKey(plan, {}) + ".program");
  const fs::path verdict = fs::path(root) / "checks" / (runcache::checkKey(sources, co) + ".clean");
  ASSERT_TRUE(fs::exists(program));
  ASSERT_TRUE(fs::exists(verdict));
  auto identity = [](const fs::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
  };
  const std::string programBefore = identity(program), verdictBefore = identity(verdict);

  fs::remove(work / "compiler.log");
  options.useCache = false;
  ::setenv("TT_ASTGEN_TEST_FAIL_KERNELS", "1", 1);  // kernel builds fail at once: no need to finish them
  RunResult r = runPlan(plan, options);
  ::unsetenv("TT_ASTGEN_TEST_FAIL_KERNELS");
  EXPECT_FALSE(r.passed());
  EXPECT_NE(r.stderrText.find("kernel compilation failed"), std::string::npos) << r.verdict << "\n" << r.stderrText;
  EXPECT_EQ(note(r, "generate"), "generated, cache off");
  EXPECT_EQ(note(r, "check"), "checked, cache off");
  EXPECT_EQ(note(r, "host-build"), "compiled, cache off");
  bool hostBuilt = false, kernelBuilt = false;
  for (const std::string& c : lines(readFile(work / "compiler.log"))) {
    hostBuilt = hostBuilt || c.find("main.cpp") != std::string::npos;
    kernelBuilt = kernelBuilt || c.find("-shared") != std::string::npos;
  }
  EXPECT_TRUE(hostBuilt) << "the cached host binary was used";
  EXPECT_TRUE(kernelBuilt) << "the cached kernel .so's were used";
  // Nothing was written back: the entries are the same files as before.
  EXPECT_EQ(identity(program), programBefore);
  EXPECT_EQ(identity(verdict), verdictBefore);
}

TEST(RunCache, ConcurrentWritersNeverExposeAPartialEntry) {
  const fs::path work = freshDir("cache-publish");
  const std::string entry = (work / "entry").string();
  constexpr size_t kSize = 256 * 1024;
  std::atomic<bool> done{false};
  std::atomic<int> partial{0}, reads{0};
  std::vector<std::thread> threads;
  for (char letter : {'a', 'b', 'c'})
    threads.emplace_back([&, letter] {
      for (int i = 0; i < 20; ++i) EXPECT_TRUE(runcache::publish(entry, std::string(kSize, letter)));
    });
  std::thread reader([&] {
    while (!done) {
      std::optional<std::string> text = runcache::readWhole(entry);
      if (!text) continue;
      ++reads;
      if (text->size() != kSize || text->find_first_not_of(text->front()) != std::string::npos) ++partial;
    }
  });
  for (std::thread& t : threads) t.join();
  done = true;
  reader.join();
  EXPECT_EQ(partial, 0) << "of " << reads << " reads";
  EXPECT_EQ(countFiles(work), 1u) << "temporary files left behind";
}

TEST(RunCache, KeysSeparateTheirFields) {
  EXPECT_NE(runcache::Key().add("ab").add("c").hex(), runcache::Key().add("a").add("bc").hex());
  EXPECT_EQ(runcache::Key().add("ab").add("c").hex(), runcache::Key().add("ab").add("c").hex());
  EXPECT_EQ(runcache::Key().hex().size(), 32u);
}

TEST(RunStats, RuntimeLinesBecomePhasesAndLeaveStderr) {
  std::string err =
      "warning: something\n"
      "tt-astgen dry-run: stats: kernel reader.cpp: cache hit, 0.400 ms\n"
      "tt-astgen dry-run: stats: kernel compute.cpp: compiled, 812.500 ms\n"
      "tt-astgen dry-run: stats: program 1: 64 cores, 192 kernel threads, execute 140.250 ms\n";
  std::vector<RunPhaseStat> stats;
  runstats::takeRuntimeStats(err, 1000.0, stats);
  EXPECT_EQ(err, "warning: something\n");
  ASSERT_EQ(stats.size(), 4u);
  EXPECT_EQ(stats[0].phase, "kernel-jit:reader.cpp");
  EXPECT_EQ(stats[0].note, "cache hit");
  EXPECT_DOUBLE_EQ(stats[0].ms, 0.4);
  EXPECT_EQ(stats[1].phase, "kernel-jit:compute.cpp");
  EXPECT_EQ(stats[1].note, "compiled");
  EXPECT_EQ(stats[2].phase, "runtime-execute");
  EXPECT_EQ(stats[2].note, "program 1: 64 cores, 192 kernel threads");
  EXPECT_DOUBLE_EQ(stats[2].ms, 140.25);
  EXPECT_EQ(stats[3].phase, "host-other");
  EXPECT_DOUBLE_EQ(stats[3].ms, 1000.0 - 140.25 - 812.5);
  RunResult r;
  r.stats = {{"generate", 1.25, "cache hit"}, {"total", 12.0}};
  EXPECT_EQ(formatRunStats(r), "stats: generate 1.2 ms (cache hit)\nstats: total 12.0 ms\n");
}

TEST(RunCli, StatsPrintsOnePhasePerLine) {
  process::SpawnOptions cli;
  cli.argv = {TT_ASTGEN_BINARY, "run", kSource + "/fixtures/plans/eltwise_add.json", "--stats"};
  process::SpawnResult r = process::spawn(cli);
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  std::vector<std::string> phases;
  for (const std::string& line : lines(r.out)) {
    if (line.rfind("stats: ", 0) != 0) continue;
    std::istringstream fields(line.substr(7));
    std::string phase, ms, unit;
    fields >> phase >> ms >> unit;
    EXPECT_EQ(unit, "ms") << line;
    EXPECT_NO_THROW((void)std::stod(ms)) << line;
    phases.push_back(phase);
  }
  ASSERT_FALSE(phases.empty()) << r.out;
  EXPECT_EQ(phases.front(), "generate");
  EXPECT_EQ(phases.back(), "total");
}

TEST(RunCli, TraceWritesAChromeTrace) {
  const fs::path work = freshDir("cli-trace");
  const fs::path trace = work / "trace.json";
  process::SpawnOptions cli;
  cli.argv = {TT_ASTGEN_BINARY, "run", kSource + "/fixtures/plans/eltwise_add.json", "--trace", trace.string()};
  process::SpawnResult r = process::spawn(cli);
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  if (!fs::exists(trace)) {
    EXPECT_NE(r.err.find("no trace written"), std::string::npos) << r.err;
    GTEST_SKIP() << "the runtime wrote no trace: TT_ASTGEN_DRYRUN_TRACE is not implemented by lib/runtime yet";
  }
  EXPECT_NE(r.out.find("trace: " + trace.string()), std::string::npos) << r.out;
  const std::string text = readFile(trace);
  const size_t first = text.find_first_not_of(" \n\t");
  ASSERT_NE(first, std::string::npos) << "empty trace";
  EXPECT_EQ(text[first], '{') << text.substr(0, 200);
  EXPECT_NE(text.find("\"traceEvents\""), std::string::npos) << text.substr(0, 200);
}

TEST(RunProcess, CapturesOutputExitCodeAndTimesOut) {
  process::SpawnOptions ok;
  ok.argv = {"/bin/sh", "-c", "echo out; echo err >&2; exit 3"};
  process::SpawnResult r = process::spawn(ok);
  EXPECT_TRUE(r.started);
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
  process::SpawnOptions slow;
  slow.argv = {"/bin/sh", "-c", "sleep 5"};
  slow.timeoutMs = 100;
  slow.ownProcessGroup = true;
  process::SpawnResult t = process::spawn(slow);
  EXPECT_TRUE(t.timedOut);
  EXPECT_LT(t.wallMs, 3000);
  process::SpawnOptions missing;
  missing.argv = {"/nonexistent/tt-astgen-no-such-program"};
  process::SpawnResult m = process::spawn(missing);
  EXPECT_FALSE(m.started);
  EXPECT_FALSE(m.error.empty());
}
