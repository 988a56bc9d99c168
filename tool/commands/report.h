// Clang-style messages for the headers and plan commands: "file:line:col: error: message",
// "tt-astgen: error: message", notes; colored (clang's palette) only when the stream is a terminal
// and NO_COLOR is unset. Header-only so the command files stay self-contained.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/core.h>

#include "tt_astgen/plan.h"

namespace tt_astgen::cli::report {

inline bool colorsFor(FILE* stream) {
  const char* noColor = std::getenv("NO_COLOR");
  if (noColor && *noColor) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(fileno(stream)) != 0;
}

enum class Level { Error, Warning, Note };

/// Prints "<where>: <level>: <message>" to stderr; where is "file", "file:line:col" or "tt-astgen".
inline void print(Level level, const std::string& where, const std::string& message) {
  const bool color = colorsFor(stderr);
  const char* name = level == Level::Error ? "error" : level == Level::Warning ? "warning" : "note";
  // clang: bold location, bold red "error:", bold magenta "warning:", bold black "note:", bold message.
  const char* levelColor = level == Level::Error ? "\033[1;31m" : level == Level::Warning ? "\033[1;35m" : "\033[1;30m";
  // As clang: the message is bold for errors and warnings, plain for notes.
  if (color)
    fmt::print(stderr, "\033[1m{}: {}{}:\033[0m{} {}\033[0m\n", where, levelColor, name,
               level == Level::Note ? "" : "\033[1m", message);
  else
    fmt::print(stderr, "{}: {}: {}\n", where, name, message);
}

inline void error(const std::string& where, const std::string& message) { print(Level::Error, where, message); }
inline void note(const std::string& where, const std::string& message) { print(Level::Note, where, message); }

/// Plan errors, one line each, as every command that loads a plan reports them:
/// "plan.json:6:46: error: /buffers/0/shape/0: message" (PlanError::format, colored on a terminal).
inline void planErrors(const std::vector<PlanError>& errors) {
  for (const PlanError& e : errors) error(e.location(), e.detail());
}

}  // namespace tt_astgen::cli::report
