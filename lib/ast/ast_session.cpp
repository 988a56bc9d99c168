#include "ast/ast_session.h"

#include <clang/AST/Decl.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Sema/ScopeInfo.h>
#include <llvm/Support/MemoryBuffer.h>

namespace tt_astgen {

static std::string describeErrors(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags)
    if (d.severity == Severity::Error) out += "\n  " + d.format();
  return out;
}

AstSession::AstSession(const CompileFlavor& flavor, const std::string& prologue,
                       const std::string& fileName)
    : collector_(flavor.describe()), policy_(clang::LangOptions()) {
  // The prologue's headers come from a precompiled header (built once per flags and include block,
  // kept in the on-disk cache, templates instantiated at its build): parsing a file costs a few
  // milliseconds instead of re-reading the mock and standard headers each time.
  unit_ = parseWithProloguePch(prologue, fileName, flavor, collector_);
  if (!unit_ || collector_.hasErrors())
    throw GeneratorError("the mock headers do not parse for " + flavor.describe() + ":" +
                         describeErrors(collector_.diagnostics()));
  collector_.clear();

  // Sema diagnostics raised from now on must reach our collector, not a printer.
  unit_->getDiagnostics().setClient(&collector_, /*ShouldOwnClient=*/false);

  // A synthetic file gives every synthesized node a valid location (the printer relies on
  // valid locations for designators and explicit template arguments).
  clang::SourceManager& sm = unit_->getSourceManager();
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(std::string(256, ' '), "<tt-astgen>");
  clang::FileID fid = sm.createFileID(std::move(buffer));
  loc_ = sm.getLocForStartOfFile(fid).getLocWithOffset(1);

  policy_ = ctx().getPrintingPolicy();
  policy_.Bool = true;
  policy_.SuppressImplicitBase = true;
  policy_.PrintCanonicalTypes = false;
  policy_.SplitTemplateClosers = false;
  policy_.SuppressScope = false;
  policy_.PolishForDeclaration = false;
  policy_.FullyQualifiedName = false;

  scope_ = new clang::Scope(nullptr, clang::Scope::DeclScope, unit_->getDiagnostics());
  scope_->setEntity(ctx().getTranslationUnitDecl());
  sema().TUScope = scope_;
}

AstSession::~AstSession() {
  while (scope_) {
    clang::Scope* parent = scope_->getParent();
    delete scope_;
    scope_ = parent;
  }
  if (unit_) sema().TUScope = nullptr;
}

clang::FunctionDecl* AstSession::beginFunction(const std::string& name,
                                               clang::QualType returnType) {
  clang::ASTContext& c = ctx();
  clang::FunctionProtoType::ExtProtoInfo info;
  clang::QualType type = c.getFunctionType(returnType, {}, info);
  function_ = clang::FunctionDecl::Create(c, c.getTranslationUnitDecl(), loc_, loc_,
                                          clang::DeclarationName(&c.Idents.get(name)), type,
                                          c.getTrivialTypeSourceInfo(type, loc_),
                                          clang::SC_None);
  c.getTranslationUnitDecl()->addDecl(function_);
  sema().PushFunctionScope();
  functionContext_ = std::make_unique<clang::Sema::ContextRAII>(sema(), function_);
  scope_ = new clang::Scope(scope_, clang::Scope::FnScope | clang::Scope::DeclScope,
                            unit_->getDiagnostics());
  scope_->setEntity(function_);
  pushBlockScope();
  return function_;
}

void AstSession::endFunction(clang::Stmt* body) {
  popBlockScope();
  function_->setBody(body);
  clang::Scope* parent = scope_->getParent();
  delete scope_;
  scope_ = parent;
  functionContext_.reset();
  sema().PopFunctionScopeInfo();
  function_ = nullptr;
}

void AstSession::pushBlockScope() {
  scope_ = new clang::Scope(scope_,
                            clang::Scope::DeclScope | clang::Scope::CompoundStmtScope,
                            unit_->getDiagnostics());
}

void AstSession::popBlockScope() {
  clang::Scope* parent = scope_->getParent();
  delete scope_;
  scope_ = parent;
}

void AstSession::restoreWrittenTypes() {
  for (auto& [expr, type] : writtenTypes_) expr->setType(type);
  writtenTypes_.clear();
}

void AstSession::checkNoErrors(const std::string& what) {
  if (!collector_.hasErrors()) {
    collector_.clear();
    return;
  }
  std::string message = "Sema rejected " + what + ":" + describeErrors(collector_.diagnostics());
  collector_.clear();
  throw GeneratorError(message);
}

}  // namespace tt_astgen
