#include "check/kernel_usage.h"

#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>

#include <algorithm>
#include <map>
#include <set>

namespace tt_astgen {
namespace {

const clang::Expr* strip(const clang::Expr* e) {
  while (true) {
    e = e->IgnoreParenImpCasts();
    // Converting constructors (std::string from a literal, std::variant from a config): look
    // through to the one argument that was written; the rest are default arguments.
    if (auto* c = llvm::dyn_cast<clang::CXXConstructExpr>(e); c && c->getNumArgs() >= 1 &&
                                                              !llvm::isa<clang::CXXTemporaryObjectExpr>(c) &&
                                                              std::all_of(c->arg_begin() + 1, c->arg_end(), [](const clang::Expr* a) {
                                                                return llvm::isa<clang::CXXDefaultArgExpr>(a);
                                                              })) {
      e = c->getArg(0);
      continue;
    }
    if (auto* m = llvm::dyn_cast<clang::MaterializeTemporaryExpr>(e)) { e = m->getSubExpr(); continue; }
    if (auto* b = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(e)) { e = b->getSubExpr(); continue; }
    if (auto* f = llvm::dyn_cast<clang::CXXFunctionalCastExpr>(e)) { e = f->getSubExpr(); continue; }
    if (auto* w = llvm::dyn_cast<clang::ExprWithCleanups>(e)) { e = w->getSubExpr(); continue; }
    return e;
  }
}

/// The InitListExpr (designated or not) that initializes a config object, if visible.
const clang::InitListExpr* configList(const clang::Expr* e) {
  e = strip(e);
  if (auto* list = llvm::dyn_cast<clang::InitListExpr>(e)) return list->isSemanticForm() ? list : list->getSemanticForm();
  return nullptr;
}

const clang::Expr* fieldInit(const clang::InitListExpr* list, const clang::RecordDecl* record, llvm::StringRef field) {
  if (!list || !record) return nullptr;
  unsigned i = 0;
  for (const clang::FieldDecl* f : record->fields()) {
    if (f->getName() == field) return i < list->getNumInits() ? list->getInit(i) : nullptr;
    ++i;
  }
  return nullptr;
}

std::optional<std::vector<uint32_t>> constantList(const clang::Expr* e, clang::ASTContext& ctx) {
  e = strip(e);
  if (llvm::isa<clang::ImplicitValueInitExpr>(e)) return std::vector<uint32_t>{};
  if (auto* c = llvm::dyn_cast<clang::CXXConstructExpr>(e); c && c->getNumArgs() == 0) return std::vector<uint32_t>{};
  auto* list = llvm::dyn_cast<clang::InitListExpr>(e);
  if (auto* init = llvm::dyn_cast_or_null<clang::CXXStdInitializerListExpr>(e)) list = llvm::dyn_cast<clang::InitListExpr>(strip(init->getSubExpr()));
  if (!list) return std::nullopt;
  std::vector<uint32_t> values;
  for (const clang::Expr* init : list->inits()) {
    clang::Expr::EvalResult r;
    if (!init->EvaluateAsInt(r, ctx)) return std::nullopt;
    values.push_back(uint32_t(r.Val.getInt().getZExtValue()));
  }
  return values;
}

class Finder : public clang::RecursiveASTVisitor<Finder> {
 public:
  explicit Finder(clang::ASTContext& ctx) : ctx_(ctx) {}

  bool VisitCXXMemberCallExpr(clang::CXXMemberCallExpr* call) {
    // TensorAccessorArgs(buffer).append_to(vec) appends one argument (1: the mock's DRAM flag).
    const clang::CXXMethodDecl* m = call->getMethodDecl();
    if (!m || !m->getIdentifier() || call->getNumArgs() != 1) return true;
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(call->getArg(0)))) {
      if (m->getName() == "append_to") appended_[ref->getDecl()].push_back(1);
    }
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(call->getImplicitObjectArgument()))) {
      if (m->getName() == "push_back" || m->getName() == "emplace_back") {
        clang::Expr::EvalResult r;
        if (call->getArg(0)->EvaluateAsInt(r, ctx_)) appended_[ref->getDecl()].push_back(uint32_t(r.Val.getInt().getZExtValue()));
        else unknown_.insert(ref->getDecl());
      }
    }
    return true;
  }

  bool VisitCallExpr(clang::CallExpr* call) {
    const clang::FunctionDecl* fn = call->getDirectCallee();
    if (!fn || !fn->getIdentifier() || fn->getName() != "CreateKernel" || call->getNumArgs() < 4) return true;
    auto* path = llvm::dyn_cast<clang::StringLiteral>(strip(call->getArg(1)));
    if (!path) return true;
    KernelUsage usage;
    usage.path = path->getString().str();
    usage.line = ctx_.getSourceManager().getPresumedLineNumber(call->getBeginLoc());
    const clang::Expr* config = strip(call->getArg(3));
    std::string typeName = config->getType().getUnqualifiedType().getAsString();
    const clang::RecordDecl* record = config->getType()->getAsRecordDecl();
    const clang::InitListExpr* list = configList(config);
    if (typeName.find("ComputeConfig") != std::string::npos) usage.role = FileRole::Compute;
    if (typeName.find("WriterDataMovementConfig") != std::string::npos) usage.processor = DmProcessor::Brisc;
    if (const clang::Expr* proc = fieldInit(list, record, "processor")) {
      clang::Expr::EvalResult r;
      if (proc->EvaluateAsInt(r, ctx_)) usage.processor = r.Val.getInt().getZExtValue() == 0 ? DmProcessor::Brisc : DmProcessor::Ncrisc;
    }
    if (const clang::Expr* args = fieldInit(list, record, "compile_args")) {
      usage.compileTimeArgs = constantList(args, ctx_);
      if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(args))) pendingVars_.push_back({usages_.size(), ref->getDecl()});
    } else if (list) {
      usage.compileTimeArgs = std::vector<uint32_t>{};
    }
    usages_.push_back(usage);
    return true;
  }

  std::vector<KernelUsage> result() {
    for (const auto& [index, var] : pendingVars_) {
      if (unknown_.count(var)) continue;
      std::vector<uint32_t> values;
      if (auto* vd = llvm::dyn_cast<clang::VarDecl>(var); vd && vd->hasInit()) {
        if (auto init = constantList(vd->getInit(), ctx_)) values = *init;
      }
      auto it = appended_.find(var);
      if (it != appended_.end()) values.insert(values.end(), it->second.begin(), it->second.end());
      usages_[index].compileTimeArgs = values;
    }
    return usages_;
  }

 private:
  clang::ASTContext& ctx_;
  std::vector<KernelUsage> usages_;
  std::vector<std::pair<size_t, const clang::ValueDecl*>> pendingVars_;
  std::map<const clang::ValueDecl*, std::vector<uint32_t>> appended_;
  std::set<const clang::ValueDecl*> unknown_;
};

}  // namespace

std::vector<KernelUsage> findKernelUsages(clang::ASTContext& ctx) {
  Finder finder(ctx);
  for (clang::Decl* d : ctx.getTranslationUnitDecl()->noload_decls()) {
    if (!ctx.getSourceManager().isInMainFile(d->getLocation())) continue;
    finder.TraverseDecl(d);
  }
  return finder.result();
}

}  // namespace tt_astgen
