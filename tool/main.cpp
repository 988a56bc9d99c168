// tt-astgen: the command line over the library. Parses arguments, calls the library, maps
// results to exit codes: 0 success, 1 findings (check errors, failed verification), 2 bad input
// or usage.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli.h"

using namespace tt_astgen::cli;

static void printHelp() {
  fmt::print(
      "usage: tt-astgen <command> [options]\n\n"
      "Turns a plan (a JSON model of a TT-Metalium workload) into a host program and its kernels,\n"
      "built as Clang AST through Sema and type-checked against mock TT-Metalium headers.\n\n"
      "commands:\n");
  for (const Command& c : commands()) fmt::print("  {}\n      {}\n", c.synopsis, c.summary);
  fmt::print(
      "\n  -h, --help      this text (after a command: that command's)\n  --version       the version\n\n"
      "exit codes: 0 success, 1 findings (check errors, failed verification), 2 bad input or usage\n");
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usageError("no command");
  const std::string name = args[0];
  if (name == "-h" || name == "--help" || (name == "help" && args.size() == 1)) {
    printHelp();
    return kOk;
  }
  if (name == "--version") {
    fmt::print("tt-astgen {} (LLVM/Clang 19)\n", TT_ASTGEN_VERSION);
    return kOk;
  }
  // `tt-astgen help <command>`, `tt-astgen <command> --help`: that command's synopsis and summary.
  const bool helpFor = name == "help" && args.size() == 2;
  const std::string& wanted = helpFor ? args[1] : name;
  for (const Command& c : commands()) {
    if (wanted != c.name) continue;
    const bool asksHelp = helpFor || std::find_if(args.begin() + 1, args.end(), [](const std::string& a) {
                                       return a == "--help" || a == "-h";
                                     }) != args.end();
    if (asksHelp) {
      fmt::print("usage: tt-astgen {}\n\n      {}\n", c.synopsis, c.summary);
      return kOk;
    }
    return c.run({args.begin() + 1, args.end()});
  }
  return usageError("unknown command '" + wanted + "'");
}
