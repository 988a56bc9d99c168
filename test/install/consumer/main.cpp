// consumer PLAN.json: loads a plan, generates its program in memory, prints the file names.
#include <cstdio>

#include <tt_astgen/generate.h>
#include <tt_astgen/plan.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: consumer PLAN.json\n");
    return 2;
  }
  tt_astgen::PlanLoadResult loaded = tt_astgen::loadPlanFile(argv[1]);
  if (!loaded.plan) {
    for (const tt_astgen::PlanError& e : loaded.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    return 2;
  }
  tt_astgen::GenerateResult generated = tt_astgen::generateProgram(*loaded.plan);
  if (!generated.ok()) {
    std::fprintf(stderr, "generator error: %s\n", generated.error.c_str());
    return 1;
  }
  for (const tt_astgen::GeneratedFile& f : generated.files) std::printf("%s %zu\n", f.name.c_str(), f.content.size());
  return 0;
}
