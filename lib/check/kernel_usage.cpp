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
  // The count is what the kernel's get_compile_time_arg_val indices need; a value that does not
  // fold is taken as 1 (as the permissive default: a DRAM flag, a count of one).
  for (const clang::Expr* init : list->inits()) {
    clang::Expr::EvalResult r;
    values.push_back(init->EvaluateAsInt(r, ctx) ? uint32_t(r.Val.getInt().getZExtValue()) : 1u);
  }
  return values;
}

/// The string an expression denotes, when it is made of literals: a literal, a std::string
/// built from one, a variable initialized with one, `a + b` of such.
std::optional<std::string> stringValue(const clang::Expr* e, int depth = 0) {
  if (!e || depth > 16) return std::nullopt;
  e = strip(e);
  if (auto* lit = llvm::dyn_cast<clang::StringLiteral>(e)) return lit->getString().str();
  if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(e)) {
    auto* var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
    if (var && var->hasInit() && !var->getType()->isReferenceType()) return stringValue(var->getInit(), depth + 1);
    return std::nullopt;
  }
  if (auto* op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(e); op && op->getOperator() == clang::OO_Plus && op->getNumArgs() == 2) {
    auto lhs = stringValue(op->getArg(0), depth + 1);
    auto rhs = lhs ? stringValue(op->getArg(1), depth + 1) : std::nullopt;
    if (lhs && rhs) return *lhs + *rhs;
  }
  return std::nullopt;
}

/// The NAME=VALUE list of a std::map<std::string, std::string> initializer of string pairs.
std::optional<std::vector<std::string>> defineList(const clang::Expr* e) {
  e = strip(e);
  if (llvm::isa<clang::ImplicitValueInitExpr>(e)) return std::vector<std::string>{};
  auto* construct = llvm::dyn_cast<clang::CXXConstructExpr>(e);
  if (construct && construct->getNumArgs() == 0) return std::vector<std::string>{};
  const clang::InitListExpr* list = llvm::dyn_cast<clang::InitListExpr>(e);
  if (construct && !list)
    for (const clang::Expr* arg : construct->arguments())
      if (auto* init = llvm::dyn_cast<clang::CXXStdInitializerListExpr>(strip(arg)))
        list = llvm::dyn_cast<clang::InitListExpr>(strip(init->getSubExpr()));
  if (!list) return std::nullopt;
  std::vector<std::string> out;
  for (const clang::Expr* item : list->inits()) {
    item = strip(item);
    const clang::Expr* parts[2] = {nullptr, nullptr};
    if (auto* pair = llvm::dyn_cast<clang::CXXConstructExpr>(item); pair && pair->getNumArgs() >= 2) {
      parts[0] = pair->getArg(0);
      parts[1] = pair->getArg(1);
    } else if (auto* pairList = llvm::dyn_cast<clang::InitListExpr>(item); pairList && pairList->getNumInits() == 2) {
      parts[0] = pairList->getInit(0);
      parts[1] = pairList->getInit(1);
    }
    auto name = stringValue(parts[0]);
    auto value = name ? stringValue(parts[1]) : std::nullopt;
    if (!name || !value) return std::nullopt;
    out.push_back(*name + "=" + *value);
  }
  return out;
}

/// The expression that makes a CreateKernel config (a DataMovementConfig/ComputeConfig braced
/// list, a Reader/WriterDataMovementConfig(...) constructor call), through the std::variant
/// parameter, temporaries and a variable's initializer; stops at the first config-typed one.
const clang::Expr* configExpr(const clang::Expr* e, const clang::ValueDecl** via) {
  for (int depth = 0; e && depth < 16; ++depth) {
    e = e->IgnoreParenImpCasts();
    if (auto* m = llvm::dyn_cast<clang::MaterializeTemporaryExpr>(e)) { e = m->getSubExpr(); continue; }
    if (auto* b = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(e)) { e = b->getSubExpr(); continue; }
    if (auto* w = llvm::dyn_cast<clang::ExprWithCleanups>(e)) { e = w->getSubExpr(); continue; }
    const std::string type = e->getType().getUnqualifiedType().getAsString();
    const bool isConfig = type.find("Config") != std::string::npos && type.find("variant") == std::string::npos;
    if (auto* f = llvm::dyn_cast<clang::CXXFunctionalCastExpr>(e); f && !isConfig) { e = f->getSubExpr(); continue; }
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(e)) {
      auto* var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
      if (var && var->hasInit() && !var->getType()->isReferenceType()) {
        *via = var;
        e = var->getInit();
        continue;
      }
      return e;
    }
    if (auto* c = llvm::dyn_cast<clang::CXXConstructExpr>(e); c && !isConfig && c->getNumArgs() >= 1) {
      e = c->getArg(0);  // the variant (or a copy) of a config
      continue;
    }
    if (auto* f = llvm::dyn_cast<clang::CXXFunctionalCastExpr>(e)) {
      // Reader/WriterDataMovementConfig(args): the constructor call under the cast.
      const clang::Expr* sub = f->getSubExpr()->IgnoreParenImpCasts();
      if (auto* b = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(sub)) sub = b->getSubExpr();
      return sub;
    }
    return e;
  }
  return e;
}

class Finder : public clang::RecursiveASTVisitor<Finder> {
 public:
  explicit Finder(clang::ASTContext& ctx) : ctx_(ctx) {}

  // Loops: what a push_back in a loop appends is not counted (the trip count is not known here).
  bool TraverseForStmt(clang::ForStmt* s) { return inLoop([&] { return Base::TraverseForStmt(s); }); }
  bool TraverseWhileStmt(clang::WhileStmt* s) { return inLoop([&] { return Base::TraverseWhileStmt(s); }); }
  bool TraverseDoStmt(clang::DoStmt* s) { return inLoop([&] { return Base::TraverseDoStmt(s); }); }
  bool TraverseCXXForRangeStmt(clang::CXXForRangeStmt* s) { return inLoop([&] { return Base::TraverseCXXForRangeStmt(s); }); }

  bool VisitMemberExpr(clang::MemberExpr* member) {
    // A config variable whose members are touched after its initializer: its initializer is not
    // the whole story.
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(member->getBase()->IgnoreParenImpCasts())) touched_.insert(ref->getDecl());
    return true;
  }

  bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr* call) {
    // `args = ...` replaces a compile-args vector.
    if (call->getOperator() == clang::OO_Equal && call->getNumArgs() == 2)
      if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(call->getArg(0)->IgnoreParenImpCasts())) unknown_.insert(ref->getDecl());
    return true;
  }

  bool VisitCXXMemberCallExpr(clang::CXXMemberCallExpr* call) {
    // TensorAccessorArgs(buffer).append_to(vec) appends one argument (1: the mock's DRAM flag).
    const clang::CXXMethodDecl* m = call->getMethodDecl();
    if (!m || !m->getIdentifier()) return true;
    // Other changes of a vector's length (insert, resize, clear, ...): its arguments are unknown.
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(call->getImplicitObjectArgument()))) {
      static const std::set<std::string> keepsCount = {"push_back", "emplace_back", "reserve", "begin", "end",
                                                       "data", "at", "front", "back", "size", "empty", "capacity"};
      if (!m->isConst() && !keepsCount.count(m->getName().str())) unknown_.insert(ref->getDecl());
    }
    if (call->getNumArgs() != 1) return true;
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(call->getArg(0)))) {
      if (m->getName() == "append_to") {
        if (loops_) unknown_.insert(ref->getDecl());
        else appended_[ref->getDecl()].push_back(1);
      }
    }
    if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(call->getImplicitObjectArgument()))) {
      if (m->getName() == "push_back" || m->getName() == "emplace_back") {
        clang::Expr::EvalResult r;
        if (!loops_ && call->getArg(0)->EvaluateAsInt(r, ctx_)) appended_[ref->getDecl()].push_back(uint32_t(r.Val.getInt().getZExtValue()));
        else unknown_.insert(ref->getDecl());
      }
    }
    return true;
  }

  bool VisitCallExpr(clang::CallExpr* call) {
    const clang::FunctionDecl* fn = call->getDirectCallee();
    if (!fn || !fn->getIdentifier() || fn->getName() != "CreateKernel" || call->getNumArgs() < 4) return true;
    KernelUsage usage;
    if (auto path = stringValue(call->getArg(1))) {
      usage.path = *path;
      usage.pathKnown = true;
    }
    const clang::SourceManager& sm = ctx_.getSourceManager();
    usage.line = sm.getPresumedLineNumber(sm.getExpansionLoc(call->getBeginLoc()));
    clang::PresumedLoc at = sm.getPresumedLoc(sm.getExpansionLoc(call->getArg(1)->getBeginLoc()));
    if (at.isValid()) {
      usage.pathLine = at.getLine();
      usage.pathColumn = at.getColumn();
    }
    const clang::ValueDecl* configVar = nullptr;
    const clang::Expr* config = configExpr(call->getArg(3), &configVar);
    if (configVar) configVars_.push_back({usages_.size(), configVar});
    std::string typeName = config->getType().getUnqualifiedType().getAsString();
    const clang::RecordDecl* record = config->getType()->getAsRecordDecl();
    const clang::InitListExpr* list = configList(config);
    // Reader/WriterDataMovementConfig(compile_args, defines, ...): constructor arguments.
    const clang::Expr* ctorArgs = nullptr;
    const clang::Expr* ctorDefines = nullptr;
    bool isCtor = false;
    if (auto* c = llvm::dyn_cast<clang::CXXConstructExpr>(config); c && !list && typeName.find("DataMovementConfig") != std::string::npos &&
                                                                  (typeName.find("Reader") != std::string::npos ||
                                                                   typeName.find("Writer") != std::string::npos)) {
      isCtor = true;
      if (c->getNumArgs() >= 1 && !llvm::isa<clang::CXXDefaultArgExpr>(c->getArg(0))) ctorArgs = c->getArg(0);
      if (c->getNumArgs() >= 2 && !llvm::isa<clang::CXXDefaultArgExpr>(c->getArg(1))) ctorDefines = c->getArg(1);
    }
    if (typeName.find("ComputeConfig") != std::string::npos) usage.role = FileRole::Compute;
    if (typeName.find("WriterDataMovementConfig") != std::string::npos) usage.processor = DmProcessor::Brisc;
    if (const clang::Expr* proc = fieldInit(list, record, "processor")) {
      clang::Expr::EvalResult r;
      if (proc->EvaluateAsInt(r, ctx_)) usage.processor = r.Val.getInt().getZExtValue() == 0 ? DmProcessor::Brisc : DmProcessor::Ncrisc;
    }
    if (const clang::Expr* args = isCtor ? ctorArgs : fieldInit(list, record, "compile_args")) {
      usage.compileTimeArgs = constantList(args, ctx_);
      if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(strip(args))) pendingVars_.push_back({usages_.size(), ref->getDecl()});
    } else if (list || isCtor) {
      usage.compileTimeArgs = std::vector<uint32_t>{};
    }
    if (const clang::Expr* defines = isCtor ? ctorDefines : fieldInit(list, record, "defines")) usage.defines = defineList(defines);
    else if (list || isCtor) usage.defines = std::vector<std::string>{};
    usages_.push_back(usage);
    return true;
  }

  std::vector<KernelUsage> result() {
    for (const auto& [index, var] : pendingVars_) {
      if (unknown_.count(var) || llvm::isa<clang::ParmVarDecl>(var)) continue;
      std::vector<uint32_t> values;
      if (auto* vd = llvm::dyn_cast<clang::VarDecl>(var); vd && vd->hasInit()) {
        auto init = constantList(vd->getInit(), ctx_);
        if (!init) continue;  // initialized from something else (a copy, a call): unknown
        values = *init;
      }
      auto it = appended_.find(var);
      if (it != appended_.end()) values.insert(values.end(), it->second.begin(), it->second.end());
      usages_[index].compileTimeArgs = values;
    }
    // Last: a config variable changed after its initializer says nothing for sure.
    for (const auto& [index, var] : configVars_)
      if (touched_.count(var)) {
        usages_[index].compileTimeArgs.reset();
        usages_[index].defines.reset();
      }
    return usages_;
  }

 private:
  clang::ASTContext& ctx_;
  std::vector<KernelUsage> usages_;
  std::vector<std::pair<size_t, const clang::ValueDecl*>> pendingVars_;
  std::map<const clang::ValueDecl*, std::vector<uint32_t>> appended_;
  std::set<const clang::ValueDecl*> unknown_;
  std::set<const clang::ValueDecl*> touched_;
  std::vector<std::pair<size_t, const clang::ValueDecl*>> configVars_;
  int loops_ = 0;

  using Base = clang::RecursiveASTVisitor<Finder>;
  template <typename F>
  bool inLoop(F traverse) {
    ++loops_;
    bool ok = traverse();
    --loops_;
    return ok;
  }
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
