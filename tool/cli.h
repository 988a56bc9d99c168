// The CLI's shared pieces: exit codes, error reporting and the command registry. Each command
// lives in tool/commands/<name>.cpp and registers itself; the CLI holds no generation logic.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tt_astgen::cli {

constexpr int kOk = 0;
constexpr int kFindings = 1;  // check found errors, a run's verification failed
constexpr int kBadInput = 2;  // bad input or usage

struct Command {
  const char* name;
  const char* synopsis;  // "generate PLAN.json -o DIR"
  const char* summary;   // what it does, wrapped help lines
  int order;             // position in --help
  int (*run)(const std::vector<std::string>& args);
};

/// Adds a command to the registry (call through a static Registrar in the command's file).
void registerCommand(const Command& command);
const std::vector<Command>& commands();

struct Registrar {
  explicit Registrar(const Command& command) { registerCommand(command); }
};

/// Prints "tt-astgen: error: <message>" and a usage hint; returns kBadInput.
int usageError(const std::string& message);
/// Prints "tt-astgen: error: <message>"; returns kBadInput.
int inputError(const std::string& message);

/// Arguments parsed the common way: positionals and `--flag value` / `-f value` options.
struct ParsedArgs {
  std::vector<std::string> positionals;
  std::vector<std::pair<std::string, std::string>> options;  // name -> value ("" for switches)
  std::string error;                                          // set when parsing failed
  const std::string* option(const std::string& name) const;
  bool has(const std::string& name) const { return option(name) != nullptr; }
};
/// `valued` lists the options that take a value (e.g. {"-o", "--output"}), each also joined to
/// its value (`-j4`, `-Iinc`, `--jobs=4`); `switches` the ones that do not; anything else
/// starting with '-' is an error.
ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<std::string>& valued,
                     const std::vector<std::string>& switches);

/// The value of a -j option: a count of 1 to 9999 in decimal digits; nullopt for anything else.
std::optional<unsigned> parseJobCount(const std::string& value);

}  // namespace tt_astgen::cli
