// run_bench: `tt-astgen run PLAN --stats` as a subprocess, the way a sweep calls it. Warm: one
// untimed warm-up (fills the caches), then the median of N runs by wall time, its phase breakdown
// printed as detail lines. Cold: one run with an empty cache folder (generate, check, host build
// and every kernel compile). Wall and CPU (the tool and every process it waited for) of each.
// Usage: run_bench [PLAN.json] [--runs N]
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.h"

namespace fs = std::filesystem;
using tt_astgen::process::SpawnOptions;
using tt_astgen::process::SpawnResult;

namespace {

constexpr double kWarmLimitSeconds = 0.5;

/// One `run --stats` with the caches under `cacheDir`; exits 2 when the run does not pass.
SpawnResult runOnce(const std::string& plan, const fs::path& cacheDir) {
  SpawnOptions run;
  run.argv = {TT_ASTGEN_BINARY, "run", plan, "--stats"};
  // Every cache of the run in `cacheDir`, the checker's preamble cache (lib/ast) too.
  run.env = {{"TT_ASTGEN_CACHE", (cacheDir / "kernels").string()}, {"TT_ASTGEN_CACHE_DIR", (cacheDir / "clang").string()}};
  run.unsetEnv = {"TT_ASTGEN_NO_CACHE"};
  SpawnResult r = tt_astgen::process::spawn(run);
  if (r.exitCode != 0) {
    std::fprintf(stderr, "run_bench: `tt-astgen run %s --stats` failed (exit %d): %s\n%s%s\n", plan.c_str(), r.exitCode,
                 r.error.c_str(), r.out.c_str(), r.err.c_str());
    std::exit(2);
  }
  return r;
}

/// The "stats: ..." lines of a run's output.
std::string statsLines(const std::string& out) {
  std::istringstream in(out);
  std::string lines;
  for (std::string line; std::getline(in, line);)
    if (line.rfind("stats: ", 0) == 0) lines += "  " + line + "\n";
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  std::string plan = std::string(TT_ASTGEN_SOURCE_DIR) + "/fixtures/plans/matmul_multi_core.json";
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a.rfind("-", 0) != 0) {
      plan = a;
    } else {
      std::fprintf(stderr, "usage: run_bench [PLAN.json] [--runs N]\n");
      return 2;
    }
  }
  std::string tmpl = (fs::temp_directory_path() / "tt-astgen-run-bench-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) {
    std::fprintf(stderr, "run_bench: cannot create a temporary folder\n");
    return 2;
  }
  const fs::path scratch = tmpl;
  std::printf("run_bench: %s, %d warm runs after one warm-up (tool: %s)\n", plan.c_str(), runs, TT_ASTGEN_BINARY);

  // Cold first: nothing cached (its own empty folder), then the same folder is warm.
  const SpawnResult cold = runOnce(plan, scratch / "cache");
  std::printf("cold: %.3f s wall, %.3f s CPU\n%s", cold.wallMs / 1e3, cold.cpuMs / 1e3, statsLines(cold.out).c_str());

  runOnce(plan, scratch / "cache");  // warm-up
  std::vector<SpawnResult> warm;
  for (int i = 0; i < runs; ++i) warm.push_back(runOnce(plan, scratch / "cache"));
  std::sort(warm.begin(), warm.end(), [](const SpawnResult& a, const SpawnResult& b) { return a.wallMs < b.wallMs; });
  const SpawnResult& median = warm[warm.size() / 2];
  std::vector<double> cpu;
  for (const SpawnResult& r : warm) cpu.push_back(r.cpuMs);
  std::sort(cpu.begin(), cpu.end());
  std::printf("warm: median %.3f s wall (min %.3f, max %.3f), median %.3f s CPU; the median run's phases:\n%s",
              median.wallMs / 1e3, warm.front().wallMs / 1e3, warm.back().wallMs / 1e3, cpu[cpu.size() / 2] / 1e3,
              statsLines(median.out).c_str());

  std::error_code ec;
  fs::remove_all(scratch, ec);
  const double warmSeconds = median.wallMs / 1e3;
  std::printf("bench: run-warm = %.3fs (limit %.2fs) %s\n", warmSeconds, kWarmLimitSeconds,
              warmSeconds <= kWarmLimitSeconds ? "PASS" : "OVER");
  std::printf("bench: run-cold = %.3fs (limit none) PASS\n", cold.wallMs / 1e3);
  return 0;
}
