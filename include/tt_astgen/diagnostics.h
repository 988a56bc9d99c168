// Diagnostics in clang's style: "file:line:col: error: message [check]".
#pragma once

#include <string>
#include <vector>

namespace tt_astgen {

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  std::string file;      // as the user named it (or the emitted file's name)
  unsigned line = 0;     // 1-based; 0 when the finding has no position
  unsigned column = 0;   // 1-based
  Severity severity = Severity::Error;
  std::string message;
  std::string check;     // "clang" for compiler diagnostics, else the cross-file check's name
  std::string context;   // how the file was compiled, e.g. "compute (TRISC_MATH)"

  /// "file:line:col: error: message" (+ " [check]" for tt-astgen checks).
  std::string format() const;
};

const char* toString(Severity);
size_t countErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace tt_astgen
