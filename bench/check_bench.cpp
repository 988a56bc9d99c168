// check_bench: the whole `tt-astgen check DIR` process, warm, against clang++-19 -fsyntax-only over
// the same six translation units (host, reader, writer, compute for TRISC_UNPACK/MATH/PACK) with
// the flags of the emitted compile_commands.json, one unit after the other (the sum over the units,
// as issue 14 measured it). Then a batch: `tt-astgen check D1 ... D20` in one process against 20
// separate `tt-astgen check Di` processes, one after the other, with the peak RSS of each side.
// Every side is measured in the same run: a warm-up, then the median of --runs runs (wall time
// decides, CPU time is printed next to it: the machine is shared).
// Usage: check_bench [PLAN.json] [--runs N] [--batch N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Timed {
  double wall = 0;
  double cpu = 0;       // user + system of the child
  long maxRssKb = 0;    // the child's peak resident set
  int exitCode = -1;
};

double now() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

/// Runs argv (output to /dev/null) and waits for it; wait4 gives that one child's resources.
Timed run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Timed t;
  const double start = now();
  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    posix_spawn_file_actions_destroy(&actions);
    return t;
  }
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  t.wall = now() - start;
  t.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
  t.maxRssKb = ru.ru_maxrss;
  t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return t;
}

/// Several commands one after the other: wall and CPU summed, the largest peak RSS.
Timed runAll(const std::vector<std::vector<std::string>>& commands) {
  Timed sum;
  sum.exitCode = 0;
  for (const auto& c : commands) {
    Timed t = run(c);
    sum.wall += t.wall;
    sum.cpu += t.cpu;
    sum.maxRssKb = std::max(sum.maxRssKb, t.maxRssKb);
    sum.exitCode = std::max(sum.exitCode, t.exitCode == -1 ? 99 : t.exitCode);
  }
  return sum;
}

/// The median (by wall time) of `runs` timings after one untimed warm-up.
Timed median(int runs, const std::function<Timed()>& once) {
  once();
  std::vector<Timed> all;
  for (int r = 0; r < runs; ++r) all.push_back(once());
  std::sort(all.begin(), all.end(), [](const Timed& a, const Timed& b) { return a.wall < b.wall; });
  return all[all.size() / 2];
}

std::string verdict(double value, double limit) { return value <= limit ? "PASS" : "OVER"; }

/// The clang++ commands of compile_commands.json, -fsyntax-only, the compute kernel once per TRISC.
std::vector<std::vector<std::string>> clangUnits(const fs::path& dir) {
  std::ifstream in(dir / "compile_commands.json");
  nlohmann::json db = nlohmann::json::parse(in, nullptr, false);
  std::vector<std::vector<std::string>> out;
  if (!db.is_array()) return out;
  const char* stages[][4] = {{"-DUCK_CHLKC_UNPACK", "-DNAMESPACE=chlkc_unpack", "-DCOMPILE_FOR_TRISC=0", "-DTRISC_UNPACK"},
                             {"-DUCK_CHLKC_MATH", "-DNAMESPACE=chlkc_math", "-DCOMPILE_FOR_TRISC=1", "-DTRISC_MATH"},
                             {"-DUCK_CHLKC_PACK", "-DNAMESPACE=chlkc_pack", "-DCOMPILE_FOR_TRISC=2", "-DTRISC_PACK"}};
  for (const auto& entry : db) {
    std::vector<std::string> args;
    for (const auto& a : entry["arguments"]) args.push_back(a.get<std::string>());
    // "-c FILE" -> "-fsyntax-only DIR/FILE"; the compiler is the one this build found.
    if (args.size() < 3 || args[args.size() - 2] != "-c") return {};
    const std::string file = entry["file"].get<std::string>();
    args.resize(args.size() - 2);
    args[0] = TT_ASTGEN_CLANG_BIN;
    const bool compute = std::find(args.begin(), args.end(), "-DTRISC_MATH") != args.end();
    if (!compute) {
      args.insert(args.end(), {"-fsyntax-only", file});
      out.push_back(args);
      continue;
    }
    for (const auto& stage : stages) {
      std::vector<std::string> unit;
      for (const std::string& a : args)
        if (a.rfind("-DUCK_CHLKC_", 0) && a.rfind("-DNAMESPACE=", 0) && a.rfind("-DCOMPILE_FOR_TRISC=", 0) &&
            a.rfind("-DTRISC_", 0))
          unit.push_back(a);
      unit.insert(unit.end(), std::begin(stage), std::end(stage));
      unit.insert(unit.end(), {"-fsyntax-only", file});
      out.push_back(unit);
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string plan = std::string(TT_ASTGEN_SOURCE_DIR) + "/fixtures/plans/matmul_multi_core.json";
  int runs = 5;
  size_t batch = 20;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--batch" && i + 1 < argc) batch = size_t(std::max(2, std::atoi(argv[++i])));
    else plan = a;
  }
  const std::string tool = TT_ASTGEN_BINARY;
  const fs::path root = fs::temp_directory_path() / ("tt-astgen-check-bench-" + std::to_string(::getpid()));
  fs::create_directories(root);
  auto fail = [&](const std::string& why) {
    std::fprintf(stderr, "check_bench: %s\n", why.c_str());
    fs::remove_all(root);
    return 2;
  };
  const fs::path program = root / "program";
  if (run({tool, "generate", plan, "-o", program.string()}).exitCode != 0) return fail("cannot generate " + plan);
  const std::vector<std::vector<std::string>> units = clangUnits(program);
  if (units.size() != 6) return fail("expected 6 units in compile_commands.json, found " + std::to_string(units.size()));
  for (const auto& u : units)
    if (run(u).exitCode != 0) return fail("clang++ rejects " + u.back());
  if (run({tool, "check", program.string()}).exitCode != 0) return fail("the emitted program does not check clean");

  // One program: the whole check process against the six clang++ processes.
  const Timed check = median(runs, [&] { return run({tool, "check", program.string()}); });
  const Timed checkOneThread = median(runs, [&] { return run({tool, "check", "-j", "1", program.string()}); });
  const Timed clang = median(runs, [&] { return runAll(units); });
  const Timed start = median(runs, [&] { return run({tool, "--help"}); });

  // A batch of programs: the fixture plans spread over their sorted list.
  std::vector<std::string> plans;
  for (const auto& e : fs::directory_iterator(std::string(TT_ASTGEN_SOURCE_DIR) + "/fixtures/plans"))
    if (e.path().extension() == ".json") plans.push_back(e.path().string());
  std::sort(plans.begin(), plans.end());
  if (plans.empty()) return fail("no fixture plans");
  std::vector<std::string> dirs;
  for (size_t i = 0; i < batch; ++i) {
    const std::string dir = (root / ("batch" + std::to_string(i))).string();
    const std::string p = plans[(i * plans.size() / batch) % plans.size()];
    if (run({tool, "generate", p, "-o", dir}).exitCode != 0) return fail("cannot generate " + p);
    dirs.push_back(dir);
  }
  std::vector<std::string> batchCommand = {tool, "check"};
  batchCommand.insert(batchCommand.end(), dirs.begin(), dirs.end());
  std::vector<std::vector<std::string>> separateCommands;
  for (const std::string& d : dirs) separateCommands.push_back({tool, "check", d});
  const int batchRuns = std::max(1, runs / 2);
  const Timed together = median(batchRuns, [&] { return run(batchCommand); });
  const Timed separate = median(batchRuns, [&] { return runAll(separateCommands); });
  if (together.exitCode != separate.exitCode) return fail("the batch and the separate checks disagree on the exit code");

  const double ratio = check.wall / clang.wall;
  const double batchRatio = together.wall / separate.wall;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf("program: %s, %zu translation units, %u cores, median of %d warm runs\n", plan.c_str(), units.size(),
              cores, runs);
  std::printf("  tt-astgen check DIR:            %7.1f ms wall, %7.1f ms CPU, peak RSS %ld MB\n", check.wall * 1e3,
              check.cpu * 1e3, check.maxRssKb / 1024);
  std::printf("  tt-astgen check -j 1 DIR:       %7.1f ms wall, %7.1f ms CPU\n", checkOneThread.wall * 1e3,
              checkOneThread.cpu * 1e3);
  std::printf("  tt-astgen --help (process start): %5.1f ms wall, %7.1f ms CPU\n", start.wall * 1e3, start.cpu * 1e3);
  std::printf("  clang++-19 -fsyntax-only x%zu:    %7.1f ms wall, %7.1f ms CPU (one after the other)\n", units.size(),
              clang.wall * 1e3, clang.cpu * 1e3);
  std::printf("  check/clang CPU: %.3fx\n", check.cpu / clang.cpu);
  std::printf("batch: %zu programs (fixture plans), median of %d warm runs\n", batch, batchRuns);
  std::printf("  one process:   %7.1f ms wall, %7.1f ms CPU, peak RSS %ld MB\n", together.wall * 1e3,
              together.cpu * 1e3, together.maxRssKb / 1024);
  std::printf("  %zu processes: %7.1f ms wall, %7.1f ms CPU, peak RSS %ld MB (largest one)\n", batch,
              separate.wall * 1e3, separate.cpu * 1e3, separate.maxRssKb / 1024);
  std::printf("  check-batch/separate CPU: %.3fx\n", together.cpu / separate.cpu);
  std::printf("bench: check/clang = %.3fx (limit 0.10x) %s\n", ratio, verdict(ratio, 0.10).c_str());
  std::printf("bench: check-batch/separate = %.3fx (limit 0.60x) %s\n", batchRatio, verdict(batchRatio, 0.60).c_str());
  fs::remove_all(root);
  return 0;
}
