// The library contract of docs/library.md that the install test does not cover: generateProgram
// and checkFiles from several threads give the same results as sequential calls.
#include <gtest/gtest.h>

#include <thread>

#include "../test_support.h"
#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

Plan load(const std::string& name) {
  PlanLoadResult r = loadPlanFile((testing::fixture("plans") / (name + ".json")).string());
  EXPECT_TRUE(r.plan) << name;
  return r.plan ? *r.plan : Plan{};
}

std::vector<SourceFile> sources(const GenerateResult& g) {
  std::vector<SourceFile> out;
  for (const GeneratedFile& f : g.files)
    if (f.name.size() > 4 && f.name.substr(f.name.size() - 4) == ".cpp") out.push_back({f.name, f.content});
  return out;
}

TEST(Library, GenerateAndCheckFromTwoThreadsMatchSequentialCalls) {
  const std::vector<Plan> plans = {load("eltwise_add"), load("matmul_multi_core")};
  std::vector<GenerateResult> sequential;
  for (const Plan& p : plans) sequential.push_back(generateProgram(p));

  std::vector<GenerateResult> parallel(plans.size());
  std::vector<CheckReport> reports(plans.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < plans.size(); ++i)
    threads.emplace_back([&, i] {
      parallel[i] = generateProgram(plans[i]);
      reports[i] = checkFiles(sources(parallel[i]), {.profile = plans[i].profile, .arch = plans[i].arch});
    });
  for (std::thread& t : threads) t.join();

  for (size_t i = 0; i < plans.size(); ++i) {
    SCOPED_TRACE(plans[i].name);
    ASSERT_TRUE(sequential[i].ok()) << sequential[i].error;
    ASSERT_TRUE(parallel[i].ok()) << parallel[i].error;
    ASSERT_EQ(parallel[i].files.size(), sequential[i].files.size());
    for (size_t f = 0; f < parallel[i].files.size(); ++f) {
      EXPECT_EQ(parallel[i].files[f].name, sequential[i].files[f].name);
      EXPECT_EQ(parallel[i].files[f].content, sequential[i].files[f].content) << parallel[i].files[f].name;
    }
    EXPECT_EQ(reports[i].errorCount(), 0u) << renderReport(reports[i], ReportFormat::Text);
  }
}

}  // namespace
}  // namespace tt_astgen
