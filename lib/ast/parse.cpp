#include "ast/parse.h"

#include <clang/Basic/SourceManager.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>

namespace tt_astgen {

void DiagnosticCollector::HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                                           const clang::Diagnostic& info) {
  clang::DiagnosticConsumer::HandleDiagnostic(level, info);
  if (level == clang::DiagnosticsEngine::Ignored) return;
  Diagnostic d;
  d.check = "clang";
  d.context = context_;
  switch (level) {
    case clang::DiagnosticsEngine::Note:
    case clang::DiagnosticsEngine::Remark: d.severity = Severity::Note; break;
    case clang::DiagnosticsEngine::Warning: d.severity = Severity::Warning; break;
    default: d.severity = Severity::Error; break;
  }
  llvm::SmallString<256> message;
  info.FormatDiagnostic(message);
  d.message = message.str().str();
  bool inMainFile = false;
  if (info.hasSourceManager() && info.getLocation().isValid()) {
    const clang::SourceManager& sm = info.getSourceManager();
    clang::SourceLocation loc = sm.getFileLoc(info.getLocation());
    inMainFile = sm.isInMainFile(loc);
    clang::PresumedLoc ploc = sm.getPresumedLoc(loc);
    if (ploc.isValid()) {
      d.file = ploc.getFilename();
      d.line = ploc.getLine();
      d.column = ploc.getColumn();
    }
  }
  // An error inside a (mock) header is the checked file's fault: point it at the first place in
  // the checked file that the following notes name ("in instantiation of ... requested here").
  if (d.severity == Severity::Error) {
    relocate_ = inMainFile ? npos : diagnostics_.size();
  } else if (d.severity == Severity::Note && relocate_ != npos && inMainFile) {
    Diagnostic& error = diagnostics_[relocate_];
    error.message += " (in " + error.file + ":" + std::to_string(error.line) + ")";
    error.file = d.file;
    error.line = d.line;
    error.column = d.column;
    relocate_ = npos;
  } else if (d.severity != Severity::Note) {
    relocate_ = npos;
  }
  diagnostics_.push_back(std::move(d));
}

bool DiagnosticCollector::hasErrors() const { return countErrors(diagnostics_) > 0; }

std::unique_ptr<clang::ASTUnit> parseInMemory(const std::string& code, const std::string& fileName,
                                              const CompileFlavor& flavor,
                                              DiagnosticCollector& collector) {
  clang::tooling::FileContentMappings mapped;
  for (const MockFile& f : mockFiles())
    mapped.emplace_back(mockPath(f.path), std::string(f.content));
  return clang::tooling::buildASTFromCodeWithArgs(
      code, compileArgs(flavor), fileName, "tt-astgen",
      std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), mapped, &collector);
}

}  // namespace tt_astgen
