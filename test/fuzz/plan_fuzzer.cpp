// libFuzzer target over the plan loader alone (fast: thousands of executions per second).
// Properties: no crash, leak or UB (ASan + UBSan), and checkLoaderProperties (plan_properties.h).
// Build and run with scripts/fuzz.sh; see docs/robustness.md.
#include <cstdio>
#include <cstdlib>

#include "plan_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  tt_astgen::PlanLoadResult result;
  const std::string problem = tt_astgen::robustness::checkLoaderProperties(text, result);
  if (!problem.empty()) {
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
