// tt-astgen summary merge A.json B.json... [-o MERGED.json]
// Merges the --summary files of a sweep's shards (docs/sweeps.md) into one.
#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include "../cli.h"
#include "sweep.h"

namespace tt_astgen::cli {
namespace {

int runSummary(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (parsed.positionals.empty() || parsed.positionals[0] != "merge")
    return usageError("summary takes 'merge' and the summary files of the shards");
  if (parsed.positionals.size() < 2) return usageError("summary merge needs at least one summary file");
  std::vector<std::pair<std::string, std::string>> texts;
  for (size_t i = 1; i < parsed.positionals.size(); ++i) {
    std::ifstream in(parsed.positionals[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) return inputError("cannot read '" + parsed.positionals[i] + "'");
    texts.emplace_back(parsed.positionals[i], ss.str());
  }
  std::string error;
  std::string merged = sweep::mergeSummaries(texts, error);
  if (!error.empty()) return inputError(error);
  const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output");
  if (!out) {
    fmt::print("{}", merged);
    return kOk;
  }
  if (std::string e = sweep::writeFileAtomically(*out, merged); !e.empty()) return inputError(e);
  return kOk;
}

Registrar registrar({"summary", "summary merge SUMMARY.json... [-o MERGED.json]",
                     "merge the --summary files of a sweep's shards: inputs concatenated, totals summed, the\n"
                     "      shards listed; \"complete\" says whether shards 1..N of one N are all there, each once\n"
                     "      (docs/sweeps.md). Prints the merged JSON, or writes it atomically with -o",
                     70, runSummary});

}  // namespace
}  // namespace tt_astgen::cli
