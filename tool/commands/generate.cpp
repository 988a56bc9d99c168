// tt-astgen generate PLAN.json -o DIR
#include <fmt/core.h>

#include "../cli.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::cli {
namespace {

int runGenerate(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.size() != 1) return usageError("generate takes one plan file");
  const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output");
  if (!out) return usageError("generate needs -o DIR");

  PlanLoadResult loaded = loadPlanFile(parsed.positionals[0]);
  if (!loaded.plan) {
    for (const PlanError& e : loaded.errors) fmt::print(stderr, "{}\n", e.format());
    return kBadInput;
  }
  GenerateResult generated = generateProgram(*loaded.plan);
  if (!generated.ok()) return inputError("generator: " + generated.error);
  std::string error = writeFilesAtomically(generated.files, *out);
  if (!error.empty()) return inputError(error);
  for (const GeneratedFile& f : generated.files) fmt::print("wrote {}/{}\n", *out, f.name);
  return kOk;
}

Registrar registrar({"generate", "generate PLAN.json -o DIR",
                     "write DIR/main.cpp, reader.cpp, compute.cpp, writer.cpp and tt.plan.json (the normalized\n"
                     "      plan); DIR is replaced atomically, and left as it was on any error",
                     10, runGenerate});

}  // namespace
}  // namespace tt_astgen::cli
