// tt-astgen plan PLAN.json [--svg FILE]
//
// Loads and validates a plan and summarizes it; with --svg, draws it (plan_picture.h): the core
// grid with each core's tiles and load, the reader -> compute -> writer pipeline with its CBs.
// Plan errors are reported clang-style: "PLAN.json:line:col: error: /pointer: message".
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "../cli.h"
#include "report.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/plan_picture.h"

namespace tt_astgen::cli {
namespace {

namespace fs = std::filesystem;

/// Writes `content` to `path` atomically (temporary sibling, then rename). Returns an error.
std::string writeFileAtomically(const std::string& path, const std::string& content) {
  std::error_code ec;
  const fs::path target = fs::absolute(fs::path(path), ec).lexically_normal();
  if (ec) return "cannot resolve '" + path + "': " + ec.message();
  if (fs::is_directory(target)) return "'" + path + "' is a directory";
  if (!target.parent_path().empty() && !fs::is_directory(target.parent_path()))
    return "cannot write '" + path + "': no folder '" + target.parent_path().string() + "'";
  std::random_device rd;
  const fs::path tmp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));
  {
    std::ofstream out(tmp, std::ios::binary);
    out << content;
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      return "cannot write '" + path + "'";
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    return "cannot write '" + path + "': " + ec.message();
  }
  return {};
}

void printSummary(const Plan& plan) {
  // A version-2 plan names its chain ("matmul(a, w) -> add(bias, row) -> relu"), version 1 its op.
  const std::string what = plan.version == "2" ? "chain " + chainText(plan) : std::string(toString(plan.op));
  fmt::print("plan {}: {} on {}x{} cores ({}), profile {}, arch {}\n", plan.name, what, plan.gridX,
             plan.gridY, plan.split == SplitKind::Contiguous ? "contiguous split" : "explicit split",
             toString(plan.profile), toString(plan.arch));
  for (const BufferSpec& b : plan.buffers)
    fmt::print("  buffer {:<12} {:<6} {}x{} {} ({} tiles)\n", b.name, b.role == BufferRole::Input ? "input" : "output",
               b.rows(), b.cols(), toString(b.dtype), b.numTiles());
  for (const CbSpec& c : plan.cbs) {
    const std::string carries = c.role == CbRole::Intermediate ? "(intermediate)"
                                : c.role == CbRole::Scaler     ? "(scaler)"
                                                               : c.buffer;
    fmt::print("  cb c_{:<2} {:<12} {} x {} B ({})\n", c.id, carries, c.numPages, c.pageSize, toString(c.dtype));
  }
  uint32_t lo = UINT32_MAX, hi = 0;
  for (const CoreWork& w : plan.cores) {
    lo = std::min(lo, w.count);
    hi = std::max(hi, w.count);
  }
  fmt::print("  {} output tiles on {} core(s), {}..{} per core\n", plan.numOutputTiles(), plan.cores.size(),
             plan.cores.empty() ? 0 : lo, hi);
}

int runPlanCommand(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"--svg"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("plan takes one plan file");
  const std::string& file = parsed.positionals[0];

  PlanLoadResult loaded = loadPlanFile(file);
  if (!loaded.plan) {
    report::planErrors(loaded.errors);
    return kBadInput;
  }
  const std::string* svgPath = parsed.option("--svg");
  if (!svgPath) {
    printSummary(*loaded.plan);
    return kOk;
  }
  if (svgPath->empty()) return usageError("--svg needs a file name");
  const std::string svg = planToSvg(*loaded.plan);
  if (*svgPath == "-") {
    fmt::print("{}", svg);
    return kOk;
  }
  const std::string error = writeFileAtomically(*svgPath, svg);
  if (!error.empty()) {
    report::error("tt-astgen", error);
    return kBadInput;
  }
  fmt::print("wrote {}\n", *svgPath);
  return kOk;
}

Registrar registrar({"plan", "plan PLAN.json [--svg FILE]",
                     "validate a plan and summarize it; --svg draws it (core grid with tiles and load per core,\n"
                     "      reader -> compute -> writer pipeline with CB ids, depths, page sizes); '-' for stdout",
                     50, runPlanCommand});

}  // namespace
}  // namespace tt_astgen::cli
