// batch_bench: a sweep's generate + check in one tt-astgen process against generate + clang++.
// The plans: the fixture plans of fixtures/plans/ in name order, cycled, each with its own seed and
// file name (so N distinct plans). After one untimed warm-up (the prologue PCH cache is filled):
//   ours     = `tt-astgen generate P1 ... PN -o OURS --check` (one process: generate in parallel,
//              then check every program with the same prologue PCHs)
//   baseline = `tt-astgen generate P1 ... PN -o BASE` (one batch process) + clang++-19
//              -fsyntax-only of every emitted unit (host, reader, writer, compute for
//              TRISC_UNPACK/MATH/PACK) with the flags of its compile_commands.json, one after the
//              other (as issue 14 measured clang).
// Prints wall and CPU of each side and the peak RSS of ours (wait4's ru_maxrss); the headline is
// the wall-time ratio. Usage: batch_bench [--plans N] (default 100)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Measured {
  double wall = 0;
  double cpu = 0;     // user + system of the child(ren)
  long maxRssKb = 0;  // the largest child's peak resident set
  int exitCode = 0;   // the worst; 99 when a child could not start or was killed
};

double monotonicSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

/// Runs one command (stdout and stderr to /dev/null) and waits for it; wait4 gives its resources.
Measured spawnAndWait(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Measured m;
  const double start = monotonicSeconds();
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    m.exitCode = 99;
    return m;
  }
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  m.wall = monotonicSeconds() - start;
  m.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
  m.maxRssKb = ru.ru_maxrss;
  m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
  return m;
}

void add(Measured& sum, const Measured& m) {
  sum.wall += m.wall;
  sum.cpu += m.cpu;
  sum.maxRssKb = std::max(sum.maxRssKb, m.maxRssKb);
  sum.exitCode = std::max(sum.exitCode, m.exitCode);
}

/// The clang++ -fsyntax-only commands of a generated folder's compile_commands.json, the compute
/// kernel once per TRISC stage (its stage defines replaced).
std::vector<std::vector<std::string>> clangUnits(const fs::path& dir) {
  std::ifstream in(dir / "compile_commands.json");
  nlohmann::json db = nlohmann::json::parse(in, nullptr, false);
  std::vector<std::vector<std::string>> units;
  if (!db.is_array()) return units;
  const std::vector<std::vector<std::string>> stages = {
      {"-DUCK_CHLKC_UNPACK", "-DNAMESPACE=chlkc_unpack", "-DCOMPILE_FOR_TRISC=0", "-DTRISC_UNPACK"},
      {"-DUCK_CHLKC_MATH", "-DNAMESPACE=chlkc_math", "-DCOMPILE_FOR_TRISC=1", "-DTRISC_MATH"},
      {"-DUCK_CHLKC_PACK", "-DNAMESPACE=chlkc_pack", "-DCOMPILE_FOR_TRISC=2", "-DTRISC_PACK"}};
  auto isStageDefine = [](const std::string& a) {
    return a.starts_with("-DUCK_CHLKC_") || a.starts_with("-DNAMESPACE=") || a.starts_with("-DCOMPILE_FOR_TRISC=") ||
           a.starts_with("-DTRISC_");
  };
  for (const auto& entry : db) {
    std::vector<std::string> args;
    for (const auto& a : entry["arguments"]) args.push_back(a.get<std::string>());
    if (args.size() < 3 || args[args.size() - 2] != "-c") return {};
    const std::string file = entry["file"].get<std::string>();
    args.resize(args.size() - 2);  // drop "-c FILE"
    args[0] = TT_ASTGEN_CLANG_BIN;
    const bool compute = std::find(args.begin(), args.end(), "-DTRISC_MATH") != args.end();
    if (!compute) {
      args.insert(args.end(), {"-fsyntax-only", file});
      units.push_back(args);
      continue;
    }
    for (const auto& stage : stages) {
      std::vector<std::string> unit;
      for (const std::string& a : args)
        if (!isStageDefine(a)) unit.push_back(a);
      unit.insert(unit.end(), stage.begin(), stage.end());
      unit.insert(unit.end(), {"-fsyntax-only", file});
      units.push_back(unit);
    }
  }
  return units;
}

/// Writes `count` distinct plans into `dir`: the fixture plans in name order, cycled, each with
/// its own seed and file name. Returns their paths.
std::vector<std::string> writePlans(const fs::path& dir, size_t count) {
  std::vector<fs::path> fixtures;
  for (const auto& e : fs::directory_iterator(fs::path(TT_ASTGEN_SOURCE_DIR) / "fixtures/plans"))
    if (e.path().extension() == ".json") fixtures.push_back(e.path());
  std::sort(fixtures.begin(), fixtures.end());
  std::vector<std::string> plans;
  for (size_t i = 0; i < count && !fixtures.empty(); ++i) {
    const fs::path& from = fixtures[i % fixtures.size()];
    std::ifstream in(from);
    nlohmann::ordered_json plan = nlohmann::ordered_json::parse(in, nullptr, false);
    if (plan.is_discarded()) continue;
    plan["seed"] = 1000 + i;
    const fs::path to = dir / (from.stem().string() + "_" + std::to_string(i) + ".json");
    std::ofstream(to) << plan.dump(2) << "\n";
    plans.push_back(to.string());
  }
  return plans;
}

std::vector<std::string> generateCommand(const std::vector<std::string>& plans, const fs::path& out) {
  std::vector<std::string> argv = {TT_ASTGEN_BINARY, "generate"};
  argv.insert(argv.end(), plans.begin(), plans.end());
  argv.insert(argv.end(), {"-o", out.string()});
  return argv;
}

}  // namespace

int main(int argc, char** argv) {
  size_t count = 100;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--plans" && i + 1 < argc) {
      count = size_t(std::max(1, std::atoi(argv[++i])));
    } else {
      std::fprintf(stderr, "usage: batch_bench [--plans N]\n");
      return 2;
    }
  }
  char tmpl[] = "/tmp/tt-astgen-batch-bench-XXXXXX";
  if (!mkdtemp(tmpl)) {
    std::perror("mkdtemp");
    return 2;
  }
  const fs::path work(tmpl);
  fs::create_directories(work / "plans");
  const std::vector<std::string> plans = writePlans(work / "plans", count);
  if (plans.size() != count) {
    std::fprintf(stderr, "batch_bench: could not prepare %zu plans from fixtures/plans\n", count);
    return 2;
  }
  auto cleanup = [&] {
    std::error_code ec;
    fs::remove_all(work, ec);
  };

  // Warm-up (untimed): fills the prologue PCH cache both sides use.
  std::vector<std::string> warm = generateCommand({plans.begin(), plans.begin() + std::min<size_t>(plans.size(), 4)},
                                                  work / "warm");
  warm.push_back("--check");
  spawnAndWait(warm);

  std::vector<std::string> oursCommand = generateCommand(plans, work / "ours");
  oursCommand.push_back("--check");
  const Measured ours = spawnAndWait(oursCommand);
  if (ours.exitCode != 0) {
    std::fprintf(stderr, "batch_bench: `tt-astgen generate ... --check` exited %d\n", ours.exitCode);
    cleanup();
    return 1;
  }

  Measured baseline;
  const Measured generate = spawnAndWait(generateCommand(plans, work / "base"));
  add(baseline, generate);
  Measured clang;
  size_t units = 0;
  for (const std::string& p : plans) {
    const fs::path dir = work / "base" / fs::path(p).stem();
    const auto commands = clangUnits(dir);
    if (commands.empty()) {
      std::fprintf(stderr, "batch_bench: no compile_commands.json in %s\n", dir.c_str());
      cleanup();
      return 1;
    }
    for (const auto& c : commands) add(clang, spawnAndWait(c));
    units += commands.size();
  }
  add(baseline, clang);
  if (generate.exitCode != 0 || clang.exitCode != 0) {
    std::fprintf(stderr, "batch_bench: the baseline failed (generate exit %d, clang++ worst exit %d)\n",
                 generate.exitCode, clang.exitCode);
    cleanup();
    return 1;
  }
  cleanup();

  const double ratio = ours.wall / baseline.wall;
  const double cpuRatio = ours.cpu / baseline.cpu;
  std::printf("%zu plans, %zu clang++ units\n", plans.size(), units);
  std::printf("  ours: tt-astgen generate ... --check: %.2f s wall, %.2f s CPU (%.1f ms CPU per plan), peak RSS %.0f MiB\n",
              ours.wall, ours.cpu, 1000 * ours.cpu / double(plans.size()), double(ours.maxRssKb) / 1024);
  std::printf("  baseline: tt-astgen generate %.2f s wall (%.2f s CPU) + clang++ -fsyntax-only %.2f s wall (%.2f s CPU)\n",
              generate.wall, generate.cpu, clang.wall, clang.cpu);
  std::printf("  CPU ratio %.3fx; baseline generate peak RSS %.0f MiB\n", cpuRatio, double(generate.maxRssKb) / 1024);
  std::printf("bench: batch/(generate+clang) = %.3fx (limit 0.30x) %s\n", ratio, ratio <= 0.30 ? "PASS" : "OVER");
  return 0;
}
