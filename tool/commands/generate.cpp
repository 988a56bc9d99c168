// tt-astgen generate PLAN.json... -o DIR
// One plan: DIR holds the program. Several plans (batch mode): DIR/<plan name>/ each, generated
// in parallel on the machine's cores, with a progress line on a terminal and a summary.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/core.h>

#include "../cli.h"
#include "report.h"
#include "sweep.h"
#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/mock_headers.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::cli {
namespace {

/// Where the exported mock headers go, relative to the output folder, when --headers is not given.
constexpr const char* kLocalHeaders = ".tt-astgen/headers";

struct Outcome {
  int exitCode = kOk;
  std::optional<Plan> plan;           // the plan generated (for --check)
  double seconds = 0;
  std::vector<PlanError> planErrors;  // each names its plan file: printed as they are
  std::vector<std::string> messages;  // other errors, printed to stderr in order (after planErrors)
};

/// Generates one plan into `outDir` (atomically), with compile_commands.json and, unless
/// `headersDir` is given, a copy of the mock headers it points at.
Outcome generateOne(const std::string& planPath, const std::string& outDir, const std::string& headersDir,
                    std::optional<Profile> profile, const GenerateOptions& options) {
  Outcome outcome;
  PlanLoadResult loaded = loadPlanFile(planPath);
  if (!loaded.plan) {
    outcome.planErrors = std::move(loaded.errors);
    outcome.exitCode = kBadInput;
    return outcome;
  }
  if (profile) loaded.plan->profile = *profile;  // --profile picks the API generation
  GenerateResult generated = generateProgram(*loaded.plan, options);
  if (!generated.ok()) {
    outcome.messages.push_back("tt-astgen: error: generator: " + generated.error);
    outcome.exitCode = kBadInput;
    return outcome;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string absDir = fs::absolute(outDir, ec).lexically_normal().string();
  std::vector<GeneratedFile> files = generated.files;
  std::string headers = headersDir;
  if (headers.empty()) {
    headers = absDir + "/" + kLocalHeaders;
    for (const MockFile& f : mockFiles())
      files.push_back({std::string(kLocalHeaders) + "/" + std::string(f.path), std::string(f.content)});
  } else {
    headers = fs::absolute(headers, ec).lexically_normal().string();
  }
  files.push_back({"compile_commands.json", compileCommandsJson(generated.files, absDir, headers)});
  std::string error = writeFilesAtomically(files, outDir);
  if (!error.empty()) {
    outcome.messages.push_back("tt-astgen: error: " + error);
    outcome.exitCode = kBadInput;
  } else {
    outcome.plan = std::move(*loaded.plan);
  }
  return outcome;
}

/// --check: the generated programs are checked in this process (one set of prologue PCHs for
/// generation and checking), each as `tt-astgen check DIR` would with its tt.plan.json's profile and
/// arch; the checker's findings are added to each plan's summary line.
void checkGenerated(const std::vector<Outcome>& outcomes, const std::vector<std::string>& dirs, unsigned jobs,
                    sweep::Summary& summary) {
  std::vector<CheckTarget> targets;
  std::vector<size_t> which;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (!outcomes[i].plan) continue;
    CheckOptions options;
    options.profile = outcomes[i].plan->profile;
    options.arch = outcomes[i].plan->arch;
    targets.push_back({dirs[i], options});
    which.push_back(i);
  }
  const double start = sweep::wallClockSeconds();
  std::vector<CheckOutcome> checked = checkTargets(targets, jobs);
  const double perTarget = targets.empty() ? 0 : (sweep::wallClockSeconds() - start) / double(targets.size());
  size_t clean = 0;
  for (size_t t = 0; t < checked.size(); ++t) {
    sweep::InputOutcome& o = summary.inputs[which[t]];
    o.seconds += perTarget;
    if (!checked[t].error.empty()) {
      fmt::print(stderr, "tt-astgen: error: {}\n", checked[t].error);
      o.exitCode = std::max(o.exitCode, kBadInput);
      o.errors += 1;
      o.message = checked[t].error;
    } else {
      const CheckReport& report = checked[t].report;
      fmt::print(stderr, "{}", renderReport(report, ReportFormat::Text));
      o.errors += report.errorCount();
      o.warnings += report.warningCount();
      if (report.errorCount()) o.exitCode = std::max(o.exitCode, kFindings);
      clean += report.errorCount() == 0;
      fmt::print("checked {}: {} file compilation(s), {} error(s), {} warning(s)\n", dirs[which[t]],
                 report.units.size(), report.errorCount(), report.warningCount());
    }
    o.status = sweep::statusOf(o.exitCode);
  }
  fmt::print("{} program(s) checked: {} clean, {} with errors\n", checked.size(), clean, checked.size() - clean);
}

int runGenerate(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output", "--headers", "-j", "--jobs", "--profile", "--shard", "--summary"},
                                {"--embed-kernels", "--check"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  sweep::SweepOptions sweepOptions;
  if (std::string e = sweep::readSweepOptions(parsed, sweepOptions); !e.empty()) return usageError(e);
  if (parsed.positionals.empty()) return usageError("generate needs a plan file");
  const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output");
  if (!out) return usageError("generate needs -o DIR");
  std::string headers = parsed.option("--headers") ? *parsed.option("--headers") : "";
  std::optional<Profile> profile;
  if (const std::string* p = parsed.option("--profile")) {
    profile = parseProfile(*p);
    if (!profile) return usageError("unknown profile '" + *p + "' (expected " + profileChoices() + ")");
  }

  GenerateOptions options;
  options.embedKernels = parsed.has("--embed-kernels");

  const bool check = parsed.has("--check");
  if (parsed.positionals.size() == 1 && !sweepOptions.shard && sweepOptions.summaryPath.empty() && !check) {
    Outcome o = generateOne(parsed.positionals[0], *out, headers, profile, options);
    report::planErrors(o.planErrors);
    for (const std::string& m : o.messages) fmt::print(stderr, "{}\n", m);
    if (o.exitCode == kOk) fmt::print("wrote {}/{{main,reader,compute,writer}}.cpp, tt.plan.json, compile_commands.json\n", *out);
    return o.exitCode;
  }

  // Batch mode (several plans, or --shard): each plan into OUT/<file stem>; stems must be unique.
  // One plan without --shard keeps the single layout (OUT holds the program).
  const double wall0 = sweep::wallClockSeconds();
  const std::vector<std::string>& allPlans = parsed.positionals;
  const bool singleLayout = allPlans.size() == 1 && !sweepOptions.shard;
  std::vector<std::string> dirs;
  for (const std::string& p : allPlans) {
    if (singleLayout) {
      dirs.push_back(*out);
      break;
    }
    std::string stem = std::filesystem::path(p).stem().string();
    // The stem names a folder under OUT: it must be a plain name ("..json" has stem "..").
    if (stem.empty() || stem == "." || stem == ".." || stem.find('/') != std::string::npos)
      return usageError("plan file '" + p + "' does not name an output folder (its name without .json is '" + stem + "')");
    std::string dir = (std::filesystem::path(*out) / stem).string();
    if (std::find(dirs.begin(), dirs.end(), dir) != dirs.end())
      return usageError("two plans would both go to '" + dir + "'");
    dirs.push_back(dir);
  }
  // --shard K/N keeps this shard's plans (stems were checked over all of them: every shard agrees).
  std::vector<std::string> plans;
  {
    std::vector<std::string> kept;
    for (size_t i : sweep::selectShard(allPlans, sweepOptions.shard)) {
      plans.push_back(allPlans[i]);
      kept.push_back(dirs[i]);
    }
    dirs = std::move(kept);
  }
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (const std::string* j = parsed.option("-j") ? parsed.option("-j") : parsed.option("--jobs")) {
    try {
      jobs = unsigned(std::max(1, std::stoi(*j)));
    } catch (...) {
      return usageError("-j takes a number");
    }
  }
  const bool terminal = isatty(STDERR_FILENO);
  std::vector<Outcome> outcomes(plans.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex printMutex;
  auto worker = [&] {
    for (size_t i = next++; i < plans.size(); i = next++) {
      const double start = sweep::wallClockSeconds();
      outcomes[i] = generateOne(plans[i], dirs[i], headers, profile, options);
      outcomes[i].seconds = sweep::wallClockSeconds() - start;
      size_t finished = ++done;
      if (terminal) {
        std::lock_guard<std::mutex> lock(printMutex);
        fmt::print(stderr, "\r[{}/{}] {}\x1b[K", finished, plans.size(), plans[i]);
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::min<size_t>(jobs, plans.size()); ++t) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
  if (terminal) fmt::print(stderr, "\r\x1b[K");

  sweep::Summary summary;
  summary.command = "generate";
  summary.inputsGiven = allPlans.size();
  size_t failed = 0;
  for (size_t i = 0; i < plans.size(); ++i) {
    report::planErrors(outcomes[i].planErrors);
    for (const std::string& m : outcomes[i].messages) fmt::print(stderr, "{}: {}\n", plans[i], m);
    if (outcomes[i].exitCode != kOk) ++failed;
    else fmt::print("wrote {}\n", dirs[i]);
    sweep::InputOutcome o{plans[i], sweep::statusOf(outcomes[i].exitCode), outcomes[i].exitCode};
    o.errors = outcomes[i].planErrors.size() + outcomes[i].messages.size();
    o.seconds = outcomes[i].seconds;
    if (outcomes[i].exitCode == kOk) o.output = dirs[i];
    if (!outcomes[i].planErrors.empty()) o.message = outcomes[i].planErrors[0].format();
    else if (!outcomes[i].messages.empty()) o.message = outcomes[i].messages[0];
    summary.inputs.push_back(std::move(o));
  }
  const size_t skipped = allPlans.size() - plans.size();
  fmt::print("{} plan(s): {} generated, {} failed{}\n", plans.size(), plans.size() - failed, failed,
             sweepOptions.shard ? fmt::format(" (shard {}/{}; {} plan(s) in other shards)", sweepOptions.shard->index,
                                              sweepOptions.shard->count, skipped)
                                : "");
  if (check) checkGenerated(outcomes, dirs, jobs, summary);
  summary.wallSeconds = sweep::wallClockSeconds() - wall0;
  return sweep::finishSummary(sweepOptions, summary);
}

Registrar registrar({"generate", "generate PLAN.json... -o DIR [--profile metal-2025|metal-2024|metal-2026] [--headers HDIR] [-j N] [--embed-kernels]"
                                 " [--check] [--shard K/N] [--summary FILE.json]",
                     "write DIR/main.cpp, reader.cpp, compute.cpp, writer.cpp, tt.plan.json (the normalized\n"
                     "      plan) and compile_commands.json (for clang-tidy/clangd; its mock headers are copied to\n"
                     "      DIR/.tt-astgen/headers unless --headers names an export of 'tt-astgen headers');\n"
                     "      DIR is replaced atomically and left as it was on any error. With several plans:\n"
                     "      DIR/<plan>/ each, generated in parallel (-j N, default: all cores), then a summary.\n"
                     "      --embed-kernels: main.cpp carries each kernel as a raw string literal and creates it with\n"
                     "      CreateKernelFromString (one file holds the program; the kernel files are still written).\n"
                     "      --check: check each generated program in the same process (as `check DIR`), exit 1 on\n"
                     "      findings. --shard K/N (1-based): only the plans whose name hashes to shard K of N, always\n"
                     "      into DIR/<plan>/ (a sweep split across machines, docs/sweeps.md). --summary FILE.json:\n"
                     "      per-plan status, errors, warnings and seconds, written atomically",
                     10, runGenerate});

}  // namespace
}  // namespace tt_astgen::cli
