#include "tt_astgen/diagnostics.h"

namespace tt_astgen {

std::string Diagnostic::format() const {
  std::string out = file.empty() ? std::string("<unknown>") : file;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  out += std::string(": ") + toString(severity) + ": " + message;
  if (!check.empty() && check != "clang") out += " [" + check + "]";
  return out;
}

const char* toString(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

size_t countErrors(const std::vector<Diagnostic>& diagnostics) {
  size_t n = 0;
  for (const auto& d : diagnostics) n += d.severity == Severity::Error;
  return n;
}

}  // namespace tt_astgen
