// Parsing a translation unit in memory against the embedded mock headers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/ASTUnit.h>

#include "tt_astgen/diagnostics.h"
#include "tt_astgen/mock_headers.h"

namespace tt_astgen {

/// Collects clang diagnostics as tt_astgen::Diagnostic values, with presumed file:line:col.
class DiagnosticCollector : public clang::DiagnosticConsumer {
 public:
  explicit DiagnosticCollector(std::string context = {}) : context_(std::move(context)) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic& info) override;
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }
  bool hasErrors() const;
  void clear() {
    diagnostics_.clear();
    relocate_ = npos;
  }

 private:
  static constexpr size_t npos = size_t(-1);
  std::string context_;
  std::vector<Diagnostic> diagnostics_;
  size_t relocate_ = npos;  // an error in a header still waiting for its place in the main file
};

/// Parses `code` as `fileName` with the flags of `flavor`; the mock headers are mapped into an
/// in-memory file system. Diagnostics go to `collector`, which must outlive the ASTUnit.
/// Returns null only when clang could not even start (the collector says why).
std::unique_ptr<clang::ASTUnit> parseInMemory(const std::string& code, const std::string& fileName,
                                              const CompileFlavor& flavor,
                                              DiagnosticCollector& collector);

/// Like parseInMemory, but the file's leading block of #include lines is served from a
/// precompiled header built once for (flags, include block, mock headers) and kept in an
/// on-disk cache (TT_ASTGEN_CACHE_DIR, else $XDG_CACHE_HOME/tt-astgen, else ~/.cache/tt-astgen),
/// so the mock and standard headers are not re-parsed per file or per run. Falls back to
/// parseInMemory when the block is empty, the PCH cannot be built, or TT_ASTGEN_NO_PCH is set.
/// `prologueLines` limits the block to its first lines (the rest is parsed with the file).
std::unique_ptr<clang::ASTUnit> parseWithProloguePch(const std::string& code, const std::string& fileName,
                                                     const CompileFlavor& flavor,
                                                     DiagnosticCollector& collector,
                                                     size_t prologueLines = size_t(-1));

/// The leading #include lines of a file (comments and blank lines skipped), at most `maxLines`
/// of them; "" when none.
std::string includePrologue(const std::string& code, size_t maxLines = size_t(-1));

}  // namespace tt_astgen
