// The dry-run's Chrome trace (TT_ASTGEN_DRYRUN_TRACE, RunOptions::tracePath; docs/dryrun.md):
// a small matmul's trace has one track per (core, kernel) with ordered running / blocked spans and
// CB fill counters that add up to what the kernels moved; a deadlock's report points at the trace
// and the trace ends with the blocked spans.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace fs = std::filesystem;
using namespace tt_astgen;
using nlohmann::json;

namespace {

const std::string kSource = TT_ASTGEN_SOURCE_DIR;

struct TraceEnv {
  TraceEnv() { ::setenv("TT_ASTGEN_CACHE", (std::string(TT_ASTGEN_TEST_CACHE) + "/kernels").c_str(), 1); }
};
const TraceEnv env;

fs::path freshDir(const std::string& name) {
  fs::path d = fs::path(TT_ASTGEN_TEST_WORK) / name;
  std::error_code ec;
  fs::remove_all(d, ec);
  fs::create_directories(d, ec);
  return d;
}
std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string describe(const RunResult& r) { return "verdict: " + r.verdict + "\nstderr:\n" + r.stderrText; }

// Tile counts of the traced matmul: a [Mt x Kt] * b [Kt x Nt] tiles, on one core.
constexpr int kMt = 2, kKt = 3, kNt = 2;
Plan smallMatmul() {
  const std::string json_text =
      "{\"version\":\"1\",\"name\":\"trace_matmul\",\"op\":{\"kind\":\"matmul\"},\"buffers\":["
      "{\"name\":\"a\",\"role\":\"input\",\"shape\":[" + std::to_string(32 * kMt) + "," + std::to_string(32 * kKt) + "]},"
      "{\"name\":\"b\",\"role\":\"input\",\"shape\":[" + std::to_string(32 * kKt) + "," + std::to_string(32 * kNt) + "]},"
      "{\"name\":\"c\",\"role\":\"output\",\"shape\":[" + std::to_string(32 * kMt) + "," + std::to_string(32 * kNt) + "]}],"
      "\"grid\":{\"x\":1,\"y\":1},\"work_split\":{\"kind\":\"contiguous\"}}";
  PlanLoadResult r = parsePlan(json_text);
  EXPECT_TRUE(r.plan.has_value()) << (r.errors.empty() ? "" : r.errors[0].message);
  return r.plan.value_or(Plan{});
}

struct Span {
  double ts = 0, dur = 0;
  std::string name, cat;
  bool deadlock = false;
};
struct ParsedTrace {
  std::map<int, std::string> track_names;            // tid -> thread_name
  std::map<int, std::vector<Span>> spans;            // tid -> X events in file order
  std::map<std::string, std::vector<int>> counters;  // counter name -> pages, in time order
};
ParsedTrace parse(const fs::path& file) {
  ParsedTrace t;
  const json j = json::parse(readFile(file));  // throws (fails the test) on malformed JSON
  std::map<std::string, std::vector<std::pair<double, int>>> counters;  // the kernels of a core record them
  for (const json& e : j.at("traceEvents")) {
    const std::string ph = e.at("ph");
    if (ph == "M" && e.at("name") == "thread_name") t.track_names[e.at("tid")] = e.at("args").at("name");
    if (ph == "X") {
      Span s{e.at("ts"), e.at("dur"), e.at("name"), e.at("cat"), false};
      if (e.contains("args") && e["args"].contains("deadlock")) s.deadlock = e["args"]["deadlock"];
      t.spans[e.at("tid")].push_back(s);
    }
    if (ph == "C") counters[e.at("name")].emplace_back(e.at("ts"), e.at("args").at("pages"));
  }
  for (auto& [name, values] : counters) {
    std::stable_sort(values.begin(), values.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& v : values) t.counters[name].push_back(v.second);
  }
  return t;
}

TEST(DryRunTrace, MatmulTraceHasTracksSpansAndConsistentCounters) {
  const fs::path work = freshDir("trace-matmul");
  const fs::path trace = work / "trace.json";
  RunOptions o;
  o.outDir = (work / "program").string();
  o.tracePath = trace.string();
  RunResult r = runPlan(smallMatmul(), o);
  ASSERT_TRUE(r.passed()) << describe(r);
  ASSERT_TRUE(fs::exists(trace)) << describe(r);
  const ParsedTrace t = parse(trace);

  // One named track per kernel of the one core.
  std::set<std::string> names;
  for (const auto& [tid, name] : t.track_names) names.insert(name);
  EXPECT_EQ(names, (std::set<std::string>{"core (0,0) reader.cpp [NCRISC]", "core (0,0) compute.cpp [compute]",
                                          "core (0,0) writer.cpp [BRISC]"}));
  // Spans: each track starts running, alternates running / blocked, never overlaps itself; blocked
  // spans are named by the call and the CB.
  const std::regex blocked_name(R"((cb_wait_front|cb_reserve_back)\(c_[0-9]+, [0-9]+\))");
  std::size_t blocked = 0;
  for (const auto& [tid, spans] : t.spans) {
    ASSERT_TRUE(t.track_names.count(tid)) << tid;
    ASSERT_FALSE(spans.empty());
    EXPECT_EQ(spans.front().name, "running") << t.track_names.at(tid);
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const Span& s = spans[i];
      EXPECT_GE(s.dur, 0.0);
      EXPECT_FALSE(s.deadlock);
      if (s.cat == "blocked") {
        ++blocked;
        EXPECT_TRUE(std::regex_match(s.name, blocked_name)) << s.name;
      } else {
        EXPECT_EQ(s.name, "running");
      }
      if (i > 0) {
        EXPECT_NE(s.cat, spans[i - 1].cat) << t.track_names.at(tid) << " span " << i;
        EXPECT_GE(s.ts + 1e-3, spans[i - 1].ts + spans[i - 1].dur) << t.track_names.at(tid) << " span " << i;
      }
    }
  }
  EXPECT_EQ(t.spans.size(), 3u);
  EXPECT_GT(blocked, 0u);  // single-core matmul with small CBs: somebody waits
  // Counters: per CB, the fill level after each push and pop; it never exceeds the CB, ends
  // empty, and the pages pushed into the output CB are the output tiles.
  for (const char* cb : {"core (0,0) c_0", "core (0,0) c_1", "core (0,0) c_16"})
    ASSERT_TRUE(t.counters.count(cb)) << cb;
  for (const auto& [name, values] : t.counters) {
    int prev = 0, pushed = 0;
    for (int v : values) {
      EXPECT_GE(v, 0) << name;
      EXPECT_LE(v, 64) << name;
      EXPECT_NE(v, prev) << name;
      if (v > prev) pushed += v - prev;
      prev = v;
    }
    EXPECT_EQ(prev, 0) << name << " does not end empty";
    if (name == "core (0,0) c_16") EXPECT_EQ(pushed, kMt * kNt);
    if (name == "core (0,0) c_0") EXPECT_EQ(pushed % kKt, 0);  // whole rows of A's Kt tiles
  }
}

TEST(DryRunTrace, DeadlockReportPointsAtTheTraceAndItsLastEvents) {
  const fs::path work = freshDir("trace-deadlock");
  const fs::path dir = work / "program";
  const fs::path trace = work / "trace.json";
  PlanLoadResult loaded = loadPlanFile(kSource + "/fixtures/plans/matmul_single_core.json");
  ASSERT_TRUE(loaded.plan.has_value());
  GenerateResult g = generateProgram(*loaded.plan);
  ASSERT_TRUE(g.ok()) << g.error;
  ASSERT_EQ(writeFilesAtomically(g.files, dir.string()), "");
  std::string compute = readFile(dir / "compute.cpp");
  const std::string from = "cb_wait_front(cb_in1, 1);";
  const auto pos = compute.find(from);
  ASSERT_NE(pos, std::string::npos) << compute;
  compute.replace(pos, from.size(), "cb_wait_front(cb_out0, 1);");  // compute waits for its own output
  std::ofstream(dir / "compute.cpp") << compute;
  RunOptions o;
  o.watchdogMs = 500;
  o.timeoutSeconds = 60;
  o.tracePath = trace.string();
  RunResult r = runProgramDir(dir.string(), o);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("trace: " + trace.string()), std::string::npos) << describe(r);
  EXPECT_NE(r.stderrText.find("compute.cpp [compute]: "), std::string::npos) << describe(r);
  EXPECT_NE(r.stderrText.find("blocked in cb_wait_front(c_16, 1)"), std::string::npos) << describe(r);
  EXPECT_NE(r.stderrText.find("blocked in cb_reserve_back(c_0, 1)"), std::string::npos) << describe(r);
  ASSERT_TRUE(fs::exists(trace)) << describe(r);
  const ParsedTrace t = parse(trace);
  // Every kernel ends in the span it was blocked in when the watchdog fired.
  ASSERT_EQ(t.spans.size(), 3u);
  for (const auto& [tid, spans] : t.spans) {
    ASSERT_FALSE(spans.empty());
    EXPECT_TRUE(spans.back().deadlock) << t.track_names.at(tid);
    EXPECT_EQ(spans.back().cat, "blocked") << t.track_names.at(tid);
  }
}

}  // namespace
