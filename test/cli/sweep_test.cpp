// Sweeps: --shard K/N selection (complete, disjoint, order-independent), --summary content, the
// merge of shard summaries, and bad --shard values (exit 2, nothing written).
#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../../tool/commands/sweep.h"
#include "../test_support.h"

namespace tt_astgen {
namespace {

using ::testing::HasSubstr;
using namespace cli::sweep;

std::vector<std::string> manyInputs() {
  std::vector<std::string> inputs;
  for (int i = 0; i < 500; ++i) inputs.push_back("sweep/plan_" + std::to_string(i * 7919 % 1000) + ".json");
  return inputs;
}

std::string readText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SweepShard, ParsesOneBasedKOverN) {
  std::string error;
  auto s = parseShard("2/8", error);
  ASSERT_TRUE(s) << error;
  EXPECT_EQ(s->index, 2u);
  EXPECT_EQ(s->count, 8u);
  EXPECT_TRUE(parseShard("1/1", error));
  EXPECT_TRUE(parseShard("8/8", error));
}

TEST(SweepShard, RejectsBadValuesWithAPreciseMessage) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"0/3", "between 1 and 3"}, {"4/3", "between 1 and 3"}, {"x/y", "expected K/N"}, {"3", "expected K/N"},
      {"1/0", "at least 1"},      {"/3", "expected K/N"},     {"1/3/5", "expected K/N"}, {"1 /3", "expected K/N"},
      {"", "expected K/N"},       {"99999999999/2", "expected K/N"}};
  for (const auto& [text, why] : bad) {
    std::string error;
    EXPECT_FALSE(parseShard(text, error)) << text;
    EXPECT_THAT(error, HasSubstr("'" + text + "'")) << text;
    EXPECT_THAT(error, HasSubstr(why)) << text;
  }
}

TEST(SweepShard, EveryInputLandsInExactlyOneShard) {
  const std::vector<std::string> inputs = manyInputs();
  for (unsigned n : {1u, 2u, 3u, 7u}) {
    std::multiset<std::string> seen;
    for (unsigned k = 1; k <= n; ++k)
      for (size_t i : selectShard(inputs, Shard{k, n})) seen.insert(inputs[i]);
    EXPECT_EQ(seen, std::multiset<std::string>(inputs.begin(), inputs.end())) << "N=" << n;
  }
}

TEST(SweepShard, ShardsAreBalancedEnoughForASweep) {
  const std::vector<std::string> inputs = manyInputs();
  for (unsigned k = 1; k <= 4; ++k) {
    const size_t size = selectShard(inputs, Shard{k, 4}).size();
    EXPECT_GT(size, 90u) << k;  // 125 expected each
    EXPECT_LT(size, 160u) << k;
  }
}

TEST(SweepShard, ShuffledOrMovedInputsStayInTheirShard) {
  std::vector<std::string> inputs = manyInputs();
  auto picked = [](const std::vector<std::string>& in, Shard s) {
    std::set<std::string> names;
    for (size_t i : selectShard(in, s)) names.insert(inputName(in[i]));
    return names;
  };
  const std::set<std::string> before = picked(inputs, Shard{2, 5});
  std::mt19937 rng(7);
  std::shuffle(inputs.begin(), inputs.end(), rng);
  EXPECT_EQ(picked(inputs, Shard{2, 5}), before);
  // Another folder, or the generated output folder of the same plan: the same name, the same shard.
  for (std::string& in : inputs) in = "/elsewhere/out/" + inputName(in) + "/";
  EXPECT_EQ(picked(inputs, Shard{2, 5}), before);
  // A subset of the inputs keeps each one's shard.
  inputs.resize(100);
  for (const std::string& name : picked(inputs, Shard{2, 5})) EXPECT_TRUE(before.count(name)) << name;
}

TEST(SweepShard, NameIsTheLastComponentWithoutJson) {
  EXPECT_EQ(inputName("a/b/mm_64.json"), "mm_64");
  EXPECT_EQ(inputName("out/mm_64/"), "mm_64");
  EXPECT_EQ(inputName("out/mm_64"), "mm_64");
  EXPECT_EQ(inputName("host.cpp"), "host.cpp");
  // FNV-1a 64 (its published test vectors): the split must not change between builds or hosts.
  EXPECT_EQ(nameHash(""), 14695981039346656037ull);
  EXPECT_EQ(nameHash("a"), 0xaf63dc4c8601ec8cull);
}

/// Four fixture plans copied into `dir` (so the test controls their names).
std::vector<std::string> fourPlans(const std::filesystem::path& dir) {
  std::vector<std::string> plans;
  for (const char* name : {"eltwise_add", "unary_copy", "eltwise_mul", "eltwise_sub"}) {
    std::filesystem::path to = dir / (std::string(name) + ".json");
    std::filesystem::copy_file(testing::fixture("plans") / (std::string(name) + ".json"), to);
    plans.push_back(to.string());
  }
  return plans;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += " " + p;
  return out;
}

TEST(SweepCli, GenerateShardsSplitThePlansAndSummariesMerge) {
  testing::TempDir tmp;
  const std::vector<std::string> plans = fourPlans(tmp.path());
  const auto out = tmp.path() / "out";
  std::set<std::string> generated;
  std::string summaries;
  for (int k = 1; k <= 2; ++k) {
    const auto summary = tmp.path() / ("s" + std::to_string(k) + ".json");
    auto r = testing::runCli("generate" + joined(plans) + " -o " + out.string() + " --shard " + std::to_string(k) +
                             "/2 --summary " + summary.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    nlohmann::json s = nlohmann::json::parse(readText(summary));
    EXPECT_EQ(s["command"], "generate");
    EXPECT_EQ(s["shard"]["index"], k);
    EXPECT_EQ(s["shard"]["count"], 2);
    EXPECT_EQ(s["inputs_given"], 4);
    for (const auto& i : s["inputs"]) {
      EXPECT_EQ(i["status"], "ok");
      EXPECT_EQ(i["exit_code"], 0);
      EXPECT_EQ(i["errors"], 0);
      EXPECT_EQ(shardOf(i["input"].get<std::string>(), 2), unsigned(k));
      EXPECT_TRUE(std::filesystem::exists(out / i["name"].get<std::string>() / "main.cpp"));
      EXPECT_TRUE(generated.insert(i["name"].get<std::string>()).second) << "in two shards: " << i["name"];
    }
    EXPECT_EQ(s["totals"]["inputs"], s["inputs"].size());
    summaries += " " + summary.string();
  }
  EXPECT_EQ(generated, (std::set<std::string>{"eltwise_add", "unary_copy", "eltwise_mul", "eltwise_sub"}));
  auto merged = testing::runCli("summary merge" + summaries);
  ASSERT_EQ(merged.exitCode, 0) << merged.output;
  nlohmann::json m = nlohmann::json::parse(merged.output);
  EXPECT_EQ(m["complete"], true);
  EXPECT_EQ(m["totals"]["inputs"], 4);
  EXPECT_EQ(m["totals"]["ok"], 4);
  // One shard alone is not the whole sweep.
  auto partial = testing::runCli("summary merge " + (tmp.path() / "s1.json").string());
  nlohmann::json p = nlohmann::json::parse(partial.output);
  EXPECT_EQ(p["complete"], false);
  EXPECT_EQ(p["missing_shards"], nlohmann::json::array({2}));
}

TEST(SweepCli, SummaryCountsBadPlansAndCheckedPrograms) {
  testing::TempDir tmp;
  std::vector<std::string> plans = fourPlans(tmp.path());
  const auto bad = tmp.path() / "broken.json";
  testing::writeFile(bad, "{ \"name\": ");
  plans.push_back(bad.string());
  const auto summary = tmp.path() / "s.json";
  auto r = testing::runCli("generate" + joined(plans) + " -o " + (tmp.path() / "out").string() + " --check --summary " +
                           summary.string());
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_THAT(r.output, HasSubstr("4 program(s) checked: 4 clean, 0 with errors"));
  nlohmann::json s = nlohmann::json::parse(readText(summary));
  EXPECT_EQ(s["exit_code"], 2);
  EXPECT_EQ(s["totals"]["ok"], 4);
  EXPECT_EQ(s["totals"]["error"], 1);
  const auto& last = s["inputs"][4];
  EXPECT_EQ(last["name"], "broken");
  EXPECT_EQ(last["status"], "error");
  EXPECT_GE(last["errors"].get<int>(), 1);
  EXPECT_THAT(last["message"].get<std::string>(), HasSubstr("invalid JSON"));

  // check with a shard of the generated folders: the same split as the plans'.
  const auto checkSummary = tmp.path() / "c.json";
  std::string dirs;
  for (const char* n : {"eltwise_add", "unary_copy", "eltwise_mul", "eltwise_sub"})
    dirs += " " + (tmp.path() / "out" / n).string();
  auto c = testing::runCli("check" + dirs + " --shard 1/2 --summary " + checkSummary.string());
  EXPECT_EQ(c.exitCode, 0) << c.output;
  nlohmann::json cs = nlohmann::json::parse(readText(checkSummary));
  for (const auto& i : cs["inputs"]) EXPECT_EQ(shardOf(i["name"].get<std::string>(), 2), 1u);
}

// run -j 2 over four plans (one of them broken): the same reports, in input order, and the same
// summary statuses as -j 1.
TEST(SweepCli, RunSeveralPlansAtOnceReportsInInputOrder) {
  testing::TempDir tmp;
  std::vector<std::string> plans = fourPlans(tmp.path());
  const auto broken = tmp.path() / "broken.json";
  std::ofstream(broken) << "{ not json";
  plans.insert(plans.begin() + 2, broken.string());
  std::vector<std::string> reports[2];
  for (int jobs : {1, 2}) {
    const auto summary = tmp.path() / ("s" + std::to_string(jobs) + ".json");
    auto r = testing::runCli("run" + joined(plans) + " -j " + std::to_string(jobs) + " -o " +
                             (tmp.path() / ("out" + std::to_string(jobs))).string() + " --summary " + summary.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;  // the broken plan
    std::istringstream lines(r.output);
    for (std::string line; std::getline(lines, line);)
      if (line.rfind("run: ", 0) == 0 || line.find("error:") != std::string::npos)
        reports[jobs - 1].push_back(line.substr(0, line.find(" (in ")));
    EXPECT_THAT(r.output, HasSubstr("5 plan(s) run: 4 passed, 1 failed"));
    nlohmann::json s = nlohmann::json::parse(readText(summary));
    std::vector<std::string> statuses;
    for (const auto& i : s["inputs"]) statuses.push_back(i["name"].get<std::string>() + " " + i["status"].get<std::string>());
    EXPECT_THAT(statuses, ::testing::ElementsAre("eltwise_add ok", "unary_copy ok", "broken error", "eltwise_mul ok",
                                                 "eltwise_sub ok"));
  }
  ASSERT_EQ(reports[0].size(), 5u) << ::testing::PrintToString(reports[0]);
  EXPECT_THAT(reports[0][0], HasSubstr("eltwise_add"));
  EXPECT_THAT(reports[0][2], HasSubstr("broken.json"));
  EXPECT_THAT(reports[0][4], HasSubstr("eltwise_sub"));
  EXPECT_EQ(reports[0], reports[1]);
}

TEST(SweepCli, BadShardExitsTwoAndWritesNothing) {
  testing::TempDir tmp;
  const std::vector<std::string> plans = fourPlans(tmp.path());
  const auto out = tmp.path() / "out";
  const auto summary = tmp.path() / "s.json";
  for (const char* command : {"generate", "check", "run"})
    for (const char* shard : {"0/3", "4/3", "x/y"}) {
      std::string args = std::string(command) + joined(plans) + " --shard " + shard + " --summary " + summary.string();
      if (std::string(command) != "check") args += " -o " + out.string();
      auto r = testing::runCli(args);
      EXPECT_EQ(r.exitCode, 2) << args << "\n" << r.output;
      EXPECT_THAT(r.output, HasSubstr("--shard '" + std::string(shard) + "'")) << args;
      EXPECT_FALSE(std::filesystem::exists(out)) << args;
      EXPECT_FALSE(std::filesystem::exists(summary)) << args;
    }
  auto notSummary = testing::runCli("summary merge " + plans[0]);
  EXPECT_EQ(notSummary.exitCode, 2);
  EXPECT_THAT(notSummary.output, HasSubstr("is not a tt-astgen summary"));
}

}  // namespace
}  // namespace tt_astgen
