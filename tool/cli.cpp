#include "cli.h"

#include <algorithm>
#include <cstdio>

#include <fmt/core.h>

namespace tt_astgen::cli {

static std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}

void registerCommand(const Command& command) {
  registry().push_back(command);
  std::sort(registry().begin(), registry().end(), [](const Command& a, const Command& b) { return a.order < b.order; });
}

const std::vector<Command>& commands() { return registry(); }

int usageError(const std::string& message) {
  fmt::print(stderr, "tt-astgen: error: {} (see 'tt-astgen --help')\n", message);
  return kBadInput;
}

int inputError(const std::string& message) {
  fmt::print(stderr, "tt-astgen: error: {}\n", message);
  return kBadInput;
}

const std::string* ParsedArgs::option(const std::string& name) const {
  for (const auto& [n, v] : options)
    if (n == name) return &v;
  return nullptr;
}

ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<std::string>& valued,
                     const std::vector<std::string>& switches) {
  ParsedArgs parsed;
  auto in = [](const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (in(valued, a)) {
      if (i + 1 >= args.size()) {
        parsed.error = a + " needs a value";
        return parsed;
      }
      parsed.options.emplace_back(a, args[++i]);
    } else if (in(switches, a)) {
      parsed.options.emplace_back(a, "");
    } else if (a.size() > 1 && a[0] == '-') {
      parsed.error = "unknown option '" + a + "'";
      return parsed;
    } else {
      parsed.positionals.push_back(a);
    }
  }
  return parsed;
}

}  // namespace tt_astgen::cli
