// Agreement of the cb-balance proof with the dry-run: the emitted fixture programs and text
// mutants of them (loop bounds, CB page counts, runtime-arg values, per-core work) are both
// proved (checkFiles, as `tt-astgen check --verbose`) and run on the CPU runtime (its
// watchdog reports a deadlock with the blocked CBs). Wherever the proof decides, its verdict --
// hang or not, and on which CB -- must be the dry-run's. Undecided variants are counted and the
// decided fraction printed.
//
// ctest runs a seeded subset (kSubset variants). Every variant:
//   TT_ASTGEN_CB_BALANCE_FULL=1 ./build/test/cb_balance_tests --gtest_filter='CbBalanceProperty*'
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <regex>
#include <set>

#include "../test_support.h"
#include "tt_astgen/check.h"
#include "tt_astgen/run.h"

namespace tt_astgen::testing {
namespace {

using Files = std::map<std::string, std::string>;  // name -> content

struct Variant {
  std::string plan;
  std::string what;  // "original", "compute.cpp: cb_pop_front(cb_in0, 2)", ...
  Files files;
};

/// Every CB a failure names: blocked calls of a deadlock report, a CB call the runtime refused.
std::set<int64_t> cbsNamed(const std::string& text) {
  std::set<int64_t> out;
  static const std::regex call(R"(cb_(?:reserve_back|push_back|wait_front|pop_front)\(cb=(\d+))");
  static const std::regex tile(R"(of CB (\d+))");
  for (const std::regex* re : {&call, &tile})
    for (auto it = std::sregex_iterator(text.begin(), text.end(), *re); it != std::sregex_iterator(); ++it)
      out.insert(std::stoll((*it)[1]));
  return out;
}

struct Verdict {
  bool decided = true;
  bool hang = false;
  std::set<int64_t> cbs;
  std::string detail;
};

/// The proof, as `tt-astgen check --verbose` runs it: checkFiles, then the cb-balance findings
/// (an error is a hang on the CB it names) and its "proved N of M" note (all decided or not).
Verdict prove(const Files& files) {
  Verdict v;
  std::vector<SourceFile> sources;
  for (const auto& [name, code] : files) sources.push_back({name, code});
  CheckOptions options;
  options.verbose = true;
  CheckReport report = checkFiles(sources, options);
  static const std::regex cbRe(R"((?:of |\()c_(\d+))");
  static const std::regex provedRe(R"(cb-balance: proved (\d+) of (\d+))");
  bool summary = false, all = false;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.check != "cb-balance") continue;
    std::smatch m;
    if (d.severity == Severity::Note && std::regex_search(d.message, m, provedRe)) {
      summary = true;
      all = m[1] == m[2];
      if (!all) v.detail = "undecided: " + d.message;
    }
    if (d.severity != Severity::Error) continue;
    v.hang = true;
    if (std::regex_search(d.message, m, cbRe)) v.cbs.insert(std::stoll(m[1]));
    if (v.detail.empty() || !v.detail.rfind("undecided", 0)) v.detail = d.format();
  }
  v.decided = v.hang || (summary && all);
  if (!summary && !v.hang) v.detail = "no cb-balance summary (host errors?): " + renderReport(report, ReportFormat::Text);
  return v;
}

/// The dry-run: build the host against the CPU runtime, run it; a deadlock or a CB call the
/// runtime refuses is a hang (the program cannot finish on a chip either).
Verdict dryRun(const Files& files, const std::string& plan) {
  TempDir dir;
  for (const auto& [name, code] : files) writeFile(dir.path() / name, code);
  writeFile(dir.path() / "tt.plan.json", readFile(fixture("expected/" + plan + "/tt.plan.json")));
  RunOptions options;
  options.watchdogMs = 2500;  // a loaded CI machine must not look deadlocked
  options.timeoutSeconds = 120;
  options.skipCheck = true;
  RunResult r = runProgramDir(dir.path().string(), options);
  Verdict v;
  v.detail = r.verdict;
  if (r.phase != RunPhase::Done && r.phase != RunPhase::Execute) {
    v.decided = false;  // did not build: no verdict to compare
    v.detail = std::string(toString(r.phase)) + ": " + r.verdict + "\n" + r.stderrText.substr(0, 2000);
    return v;
  }
  std::set<int64_t> cbs = cbsNamed(r.stderrText);
  v.hang = r.stderrText.find("deadlock") != std::string::npos || (!r.passed() && !cbs.empty());
  if (v.hang) v.cbs = cbs;
  return v;
}

// ---- mutants ---------------------------------------------------------------------------------

std::vector<Variant> variantsOf(const std::string& plan) {
  Files base;
  for (const char* name : {"main.cpp", "reader.cpp", "compute.cpp", "writer.cpp"})
    base[name] = readFile(fixture("expected/" + plan + "/" + name));
  std::vector<Variant> out;
  out.push_back({plan, "original", base});
  auto add = [&](const std::string& file, size_t pos, size_t len, const std::string& with, const std::string& what) {
    Variant v{plan, file + ": " + what, base};
    v.files[file].replace(pos, len, with);
    out.push_back(std::move(v));
  };
  for (const char* file : {"reader.cpp", "compute.cpp", "writer.cpp"}) {
    const std::string& text = base[file];
    // Loop bounds: `i < bound;` -> bound + 1, bound - 1.
    static const std::regex loop(R"(for \([^;]*; \w+ < ([^;]+);)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), loop); it != std::sregex_iterator(); ++it) {
      const size_t end = size_t(it->position(1) + it->length(1));
      for (const char* delta : {" + 1", " - 1"})
        add(file, end, 0, delta, "loop bound " + (*it)[1].str() + delta);
    }
    // Page counts: one call, and a reserve/push or wait/pop pair, from 1 to 2.
    static const std::regex call(R"(cb_(reserve_back|push_back|wait_front|pop_front)\((\w+), 1\))");
    std::map<std::string, std::vector<std::pair<size_t, std::string>>> byCb;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it) {
      const size_t one = size_t(it->position(0) + it->length(0) - 2);
      add(file, one, 1, "2", it->str(0) + " -> 2");
      byCb[(*it)[2].str() + ((*it)[1] == "reserve_back" || (*it)[1] == "push_back" ? "/produce" : "/consume")]
          .push_back({one, it->str(0)});
    }
    for (const auto& [key, calls] : byCb) {
      if (calls.size() != 2) continue;
      Variant v{plan, std::string(file) + ": " + calls[0].second + " and " + calls[1].second + " -> 2", base};
      v.files[file].replace(calls[1].first, 1, "2");
      v.files[file].replace(calls[0].first, 1, "2");
      out.push_back(std::move(v));
    }
  }
  // Reader: all of c_1 after all of c_0 in each iteration of the enclosing loop (the loop split
  // in two): the totals stay balanced, the order deadlocks when a CB holds fewer pages than one
  // iteration pushes.
  {
    const std::string& r = base["reader.cpp"];
    const size_t push0 = r.find("cb_push_back(cb_in0, 1);\n"), reserve0 = r.find("cb_reserve_back(cb_in0, 1);");
    const size_t reserve1 = r.find("cb_reserve_back(cb_in1, 1);");
    if (push0 != std::string::npos && reserve0 != std::string::npos && reserve1 != std::string::npos && reserve1 > push0) {
      const size_t header = r.rfind("for (", reserve0);
      const size_t lineStart = r.rfind('\n', header) + 1, lineEnd = r.find('\n', header) + 1;
      const std::string indent = r.substr(lineStart, header - lineStart);
      const std::string prologue = r.substr(lineEnd, r.rfind('\n', reserve0) + 1 - lineEnd);
      Variant v{plan, "reader.cpp: all of c_1 after all of c_0 (loop split in two)", base};
      v.files["reader.cpp"].insert(r.find('\n', push0) + 1, indent + "}\n" + r.substr(lineStart, lineEnd - lineStart) + prologue);
      out.push_back(std::move(v));
    }
  }
  // Host: count-like runtime args one more or one less for one kernel.
  const std::string& host = base["main.cpp"];
  static const std::regex set(R"(SetRuntimeArgs\(program, (\w+), core, \{([^}]*)\}\))");
  for (auto it = std::sregex_iterator(host.begin(), host.end(), set); it != std::sregex_iterator(); ++it) {
    const std::string argsText = (*it)[2].str();
    size_t offset = size_t(it->position(2));
    size_t start = 0;
    while (start <= argsText.size()) {
      size_t comma = argsText.find(',', start);
      if (comma == std::string::npos) comma = argsText.size();
      std::string arg = argsText.substr(start, comma - start);
      arg.erase(0, arg.find_first_not_of(' '));
      const size_t end = offset + comma;
      if (arg.find("addr") == std::string::npos && arg.find("start") == std::string::npos)
        for (const char* delta : {" + 1", " - 1"})
          add("main.cpp", end, 0, delta, (*it)[1].str() + " gets " + arg + delta);
      start = comma + 1;
    }
  }
  // Host: one core's share of the work one tile smaller (every kernel agrees: balanced).
  static const std::regex work(R"(\{(\d+), (\d+), (\d+), (\d+)\})");
  std::vector<std::smatch> entries;
  for (auto it = std::sregex_iterator(host.begin(), host.end(), work); it != std::sregex_iterator(); ++it)
    entries.push_back(*it);
  if (!entries.empty()) {
    const std::smatch& m = entries[entries.size() / 2];
    if (std::stoll(m[4]) > 1)
      add("main.cpp", size_t(m.position(4)), size_t(m.length(4)), std::to_string(std::stoll(m[4]) - 1),
          "core (" + m[1].str() + "," + m[2].str() + ") does one tile less");
  }
  return out;
}

constexpr size_t kSubset = 40;

TEST(CbBalanceProperty, ProofAgreesWithTheDryRun) {
  const bool full = std::getenv("TT_ASTGEN_CB_BALANCE_FULL") != nullptr;
  std::vector<std::string> plans = {"eltwise_add", "unary_relu", "matmul_grid_4x2"};
  if (full)
    for (const char* p : {"matmul_multi_core", "eltwise_mul_explicit_cbs", "unary_exp", "eltwise_sub"}) plans.push_back(p);
  std::vector<Variant> originals, mutants;
  for (const auto& plan : plans)
    for (Variant& v : variantsOf(plan)) (v.what == "original" ? originals : mutants).push_back(std::move(v));
  std::mt19937 rng(11);  // seeded: the same subset every run
  std::shuffle(mutants.begin(), mutants.end(), rng);
  // The order-deadlock variants (balanced totals) are always in the subset.
  std::stable_partition(mutants.begin(), mutants.end(),
                        [](const Variant& v) { return v.what.find("loop split") != std::string::npos; });
  if (!full && mutants.size() > kSubset - 2) mutants.resize(kSubset - 2);
  if (!full) originals.resize(std::min<size_t>(originals.size(), 2));
  std::cout << "cb-balance property: " << originals.size() << " emitted programs, " << mutants.size()
            << " mutants" << (full ? " (full set)" : " (seeded subset; TT_ASTGEN_CB_BALANCE_FULL=1 for all)") << "\n";

  size_t decided = 0, decidedOriginals = 0, hangs = 0, compared = 0;
  const auto start = std::chrono::steady_clock::now();
  auto runOne = [&](const Variant& v, bool original) {
    SCOPED_TRACE(v.plan + " / " + v.what);
    Verdict proof = prove(v.files);
    Verdict run = dryRun(v.files, v.plan);
    if (!run.decided) {
      ADD_FAILURE() << "the dry-run did not get to run: " << run.detail;
      return;
    }
    ++compared;
    if (!proof.decided) {
      std::cout << "  undecided: " << v.plan << " / " << v.what << ": " << proof.detail << "\n";
      return;
    }
    ++decided;
    decidedOriginals += original;
    hangs += run.hang;
    EXPECT_EQ(proof.hang, run.hang) << "proof: " << proof.detail << "\ndry-run: " << run.detail;
    if (proof.hang && run.hang) {
      bool common = false;
      for (int64_t cb : proof.cbs) common |= run.cbs.count(cb) > 0;
      std::string runCbs;
      for (int64_t cb : run.cbs) runCbs += " c_" + std::to_string(cb);
      EXPECT_TRUE(common) << "proof: " << proof.detail << "\ndry-run blocked on:" << runCbs;
    }
  };
  for (const Variant& v : originals) {
    runOne(v, true);
  }
  for (const Variant& v : mutants) runOne(v, false);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const size_t decidedMutants = decided - decidedOriginals;
  std::cout << "cb-balance property: decided " << decidedOriginals << "/" << originals.size()
            << " emitted programs and " << decidedMutants << "/" << mutants.size() << " mutants ("
            << (mutants.empty() ? 0.0 : 100.0 * double(decidedMutants) / double(mutants.size())) << "%); " << hangs
            << " hang in the dry-run; " << compared << " compared in " << seconds << " s\n";
  EXPECT_EQ(decidedOriginals, originals.size());
  EXPECT_GE(double(decidedMutants), 0.9 * double(mutants.size()));
}

}  // namespace
}  // namespace tt_astgen::testing
