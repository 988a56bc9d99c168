// AstSession: one parsed translation unit of mock Metal declarations, with the Sema that
// builds new code against it. One session per emitted file; never shared across files.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include <clang/AST/ASTContext.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Sema/Scope.h>
#include <clang/Sema/Sema.h>

#include "ast/parse.h"

namespace tt_astgen {

/// A generator bug or an API mismatch found while building: Sema rejected what we built.
class GeneratorError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class AstSession {
 public:
  /// Parses `prologue` (the emitted file's #include lines) with the flags of `flavor`.
  /// Throws GeneratorError when the prologue does not parse cleanly.
  AstSession(const CompileFlavor& flavor, const std::string& prologue,
             const std::string& fileName);
  ~AstSession();
  AstSession(const AstSession&) = delete;
  AstSession& operator=(const AstSession&) = delete;

  clang::ASTContext& ctx() { return unit_->getASTContext(); }
  clang::Sema& sema() { return unit_->getSema(); }
  /// A valid location in a synthetic file: every synthesized node carries it.
  clang::SourceLocation loc() const { return loc_; }
  /// The innermost scope (translation unit, then function and block scopes).
  clang::Scope* scope() { return scope_; }
  const clang::PrintingPolicy& printingPolicy() const { return policy_; }

  /// Enters a new function `returnType name()` in the translation unit: Sema's context, a
  /// function scope and a block scope. Pair with endFunction().
  clang::FunctionDecl* beginFunction(const std::string& name, clang::QualType returnType);
  /// Attaches `body` and leaves the function.
  void endFunction(clang::Stmt* body);

  void pushBlockScope();
  void popBlockScope();

  /// Remembers to show `e` with type `written` when printed (see restoreWrittenTypes).
  void printWithType(clang::Expr* e, clang::QualType written) { writtenTypes_.emplace_back(e, written); }
  /// Before printing: expressions whose type Sema deduced (class template argument deduction)
  /// get back the type as written, so `TensorAccessor(args, ...)` does not print its deduced
  /// template arguments. Semantic analysis is complete by then; only the printed form changes.
  void restoreWrittenTypes();

  /// Remembers to print `s` as a raw string literal (clang's printer escapes every literal).
  void printRaw(const clang::StringLiteral* s) { rawStrings_.push_back(s); }
  const std::vector<const clang::StringLiteral*>& rawStrings() const { return rawStrings_; }

  /// Throws GeneratorError, naming `what`, if Sema reported an error since the last call.
  void checkNoErrors(const std::string& what);

 private:
  DiagnosticCollector collector_;
  std::unique_ptr<clang::ASTUnit> unit_;
  clang::SourceLocation loc_;
  clang::PrintingPolicy policy_;
  clang::Scope* scope_ = nullptr;
  clang::FunctionDecl* function_ = nullptr;
  std::unique_ptr<clang::Sema::ContextRAII> functionContext_;
  std::vector<std::pair<clang::Expr*, clang::QualType>> writtenTypes_;
  std::vector<const clang::StringLiteral*> rawStrings_;
};

}  // namespace tt_astgen
