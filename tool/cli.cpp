#include "cli.h"

#include <algorithm>
#include <cstdio>
#include <optional>

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

namespace {

/// The joined spellings of a valued option, as compilers and make take them: `-j4`, `-Iinc`,
/// `-DN=3` for a one-letter option, `--jobs=4` for a long one.
std::optional<std::pair<std::string, std::string>> joinedValue(const std::vector<std::string>& valued,
                                                               const std::string& a) {
  for (const std::string& v : valued) {
    const bool isShort = v.size() == 2 && v[0] == '-' && v[1] != '-';
    if (isShort && a.size() > 2 && a.compare(0, 2, v) == 0) return std::make_pair(v, a.substr(2));
    if (!isShort && a.size() > v.size() + 1 && a.compare(0, v.size(), v) == 0 && a[v.size()] == '=')
      return std::make_pair(v, a.substr(v.size() + 1));
  }
  return std::nullopt;
}

}  // namespace

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
    } else if (auto joined = joinedValue(valued, a)) {
      parsed.options.push_back(std::move(*joined));
    } else if (a.size() > 1 && a[0] == '-') {
      parsed.error = "unknown option '" + a + "'";
      return parsed;
    } else {
      parsed.positionals.push_back(a);
    }
  }
  return parsed;
}

std::optional<unsigned> parseJobCount(const std::string& value) {
  if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int n = std::stoi(value);
  if (n < 1) return std::nullopt;
  return unsigned(n);
}

}  // namespace tt_astgen::cli
