// libFuzzer target over loading, generation and checking. Slow (~1-2 s per accepted plan), so the
// generator runs only for plans the loader accepts and that are small (smallEnoughToGenerate);
// everything else gets the loader's properties only.
// Properties: no crash, leak or UB; every accepted plan generates files that pass checkFiles with
// zero errors (generate_properties.h).
#include <cstdio>
#include <cstdlib>

#include "generate_properties.h"
#include "plan_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  tt_astgen::PlanLoadResult result;
  std::string problem = tt_astgen::robustness::checkLoaderProperties(text, result);
  if (problem.empty() && result.plan && tt_astgen::robustness::smallEnoughToGenerate(*result.plan))
    problem = tt_astgen::robustness::checkGenerateProperties(*result.plan);
  if (!problem.empty()) {
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
