// check_bench: checking one emitted program in-process (tt-astgen's checker: host + reader +
// writer + compute x3) vs clang++-19 -fsyntax-only over the same translation units with the same
// flags, the mock headers exported to a temp dir with their virtual layout. Prints both and the
// ratio. Usage: check_bench [PLAN.json] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/mock_headers.h"

namespace fs = std::filesystem;
using namespace tt_astgen;

static double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

static double cpu(int who) {
  rusage r{};
  getrusage(who, &r);
  return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

static double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

static std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int main(int argc, char** argv) {
  std::string plan = std::string(TT_ASTGEN_SOURCE_DIR) + "/fixtures/plans/matmul_single_core.json";
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else plan = a;
  }
  PlanLoadResult loaded = loadPlanFile(plan);
  if (!loaded.plan) {
    std::fprintf(stderr, "cannot load %s\n", plan.c_str());
    return 2;
  }
  GenerateResult generated = generateProgram(*loaded.plan);
  if (!generated.ok()) {
    std::fprintf(stderr, "generate failed: %s\n", generated.error.c_str());
    return 2;
  }
  fs::path root = fs::temp_directory_path() / ("tt-astgen-bench-" + std::to_string(::getpid()));
  fs::create_directories(root / "program");
  std::vector<SourceFile> files;
  for (const auto& f : generated.files) {
    if (!f.name.ends_with(".cpp")) continue;
    fs::path p = root / "program" / f.name;
    std::ofstream(p, std::ios::binary) << f.content;
    files.push_back({p.string(), f.content});
  }
  // The mock headers with their virtual layout: kMockRoot/<rel> -> root/mock/<rel>.
  const std::string mockRoot = (root / "mock").string();
  for (const MockFile& m : mockFiles()) {
    fs::path p = root / "mock" / std::string(m.path);
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << m.content;
  }

  // In-process: the first run pays one-time costs (clang's statics, caches); then `runs` runs.
  double t0 = now();
  CheckReport first = checkFiles(files, {});
  double cold = now() - t0;
  if (first.errorCount()) {
    std::fprintf(stderr, "the emitted program does not check clean:\n%s", renderReport(first, ReportFormat::Text).c_str());
    return 1;
  }
  std::vector<double> inProcess;
  CheckReport report;
  const double cpuIn0 = cpu(RUSAGE_SELF);
  for (int r = 0; r < runs; ++r) {
    double s = now();
    report = checkFiles(files, {});
    inProcess.push_back(now() - s);
  }

  const double cpuIn = (cpu(RUSAGE_SELF) - cpuIn0) / runs;
  // clang++ -fsyntax-only, one process per translation unit, same flags.
  std::vector<std::string> commands;
  for (const CheckedUnit& u : report.units) {
    std::string cmd = quote(TT_ASTGEN_CLANG_BIN);
    for (std::string a : u.args) {
      size_t at = a.find(std::string(kMockRoot));
      if (at != std::string::npos) a.replace(at, kMockRoot.size(), mockRoot);
      cmd += " " + quote(a);
    }
    cmd += " " + quote(u.file);
    commands.push_back(cmd);
  }
  for (const std::string& c : commands)
    if (std::system(c.c_str()) != 0) {
      std::fprintf(stderr, "clang++ failed: %s\n", c.c_str());
      return 1;
    }
  std::vector<double> external;
  const double cpuExt0 = cpu(RUSAGE_CHILDREN);
  std::vector<std::vector<double>> perUnit(commands.size());
  for (int r = 0; r < runs; ++r) {
    double s = now();
    for (size_t i = 0; i < commands.size(); ++i) {
      double u = now();
      std::system(commands[i].c_str());
      perUnit[i].push_back(now() - u);
    }
    external.push_back(now() - s);
  }

  const double cpuExt = (cpu(RUSAGE_CHILDREN) - cpuExt0) / runs;
  std::printf("program: %s (%zu translation units)\n", plan.c_str(), report.units.size());
  std::printf("%-44s %12s %12s\n", "unit", "in-process", "clang++");
  for (size_t i = 0; i < report.units.size(); ++i)
    std::printf("%-44s %10.1fms %10.1fms\n",
                (fs::path(report.units[i].file).filename().string() + " " + report.units[i].flavor).c_str(),
                report.units[i].seconds * 1e3, median(perUnit[i]) * 1e3);
  const double in = median(inProcess), ext = median(external);
  std::printf("in-process check (median of %d, after a cold run of %.1f ms): %.1f ms\n", runs, cold * 1e3, in * 1e3);
  std::printf("clang++-19 -fsyntax-only, same units and flags (median of %d): %.1f ms\n", runs, ext * 1e3);
  std::printf("ratio in-process / clang++ (wall): %.2fx (cold run: %.2fx)\n", in / ext, cold / ext);
  std::printf("CPU time per program: in-process %.1f ms, clang++ %.1f ms, ratio %.2fx\n", cpuIn * 1e3, cpuExt * 1e3,
              cpuIn / cpuExt);
  fs::remove_all(root);
  return 0;
}
