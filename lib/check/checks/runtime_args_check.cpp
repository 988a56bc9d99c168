#include "check/checks/runtime_args_check.h"

#include <clang/AST/ExprCXX.h>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void RuntimeArgsCheck::registerHostMatchers(MatchFinder& finder) {
  finder.addMatcher(hostCallTo("SetRuntimeArgs", "set_args"), this);
  finder.addMatcher(hostCallTo("CreateKernel", "create_kernel"), this);
  // A vector that grows after its initializer has no size we can know.
  finder.addMatcher(cxxMemberCallExpr(isExpansionInMainFile(),
                                      callee(cxxMethodDecl(hasAnyName("push_back", "emplace_back", "insert", "resize",
                                                                      "assign", "append_to"))),
                                      on(declRefExpr(to(varDecl().bind("grown_var")))))
                        .bind("grow"),
                    this);
  finder.addMatcher(cxxMemberCallExpr(isExpansionInMainFile(), callee(cxxMethodDecl(hasName("append_to"))),
                                      hasArgument(0, declRefExpr(to(varDecl().bind("grown_var")))))
                        .bind("grow"),
                    this);
}

void RuntimeArgsCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(hasName("get_arg_val"))),
                             hasArgument(0, expr().bind("index")))
                        .bind("rt_read"),
                    this);
  // get_compile_time_arg_val(i) is a macro over get_ct_arg<i>() (as the SDK's over a template).
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(hasName("get_ct_arg")).bind("ct_fn")))
                        .bind("ct_read"),
                    this);
}


void RuntimeArgsCheck::check(const MatchFinder::MatchResult& result) {
  const ASTContext& ctx = *result.Context;
  const auto& nodes = result.Nodes;
  if (auto* call = nodes.getNodeAs<CallExpr>("set_args")) {
    if (call->getNumArgs() < 4) return;
    auto path = kernelPathOfHandle(call->getArg(1));
    if (!path) return;
    pending_.push_back({baseName(*path), call->getArg(3), &ctx, locOf(call, ctx)});
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("create_kernel")) {
    if (auto k = readCreateKernel(call, ctx)) created_.emplace(baseName(k->path), k->at);
    return;
  }
  if (auto* var = nodes.getNodeAs<VarDecl>("grown_var")) {
    grown_.insert(var);
    return;
  }
  auto record = [&](std::map<std::string, Read>& reads, int64_t index, Loc at) {
    Read& r = reads[unit().baseName];
    if (index > r.index) r = {index, at};
  };
  if (auto* call = nodes.getNodeAs<CallExpr>("rt_read")) {
    if (auto i = evalInt(nodes.getNodeAs<Expr>("index"), ctx)) record(runtimeReads_, *i, locOf(call, ctx));
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("ct_read")) {
    auto* fn = nodes.getNodeAs<FunctionDecl>("ct_fn");
    const TemplateArgumentList* targs = fn->getTemplateSpecializationArgs();
    if (targs && targs->size() >= 1 && targs->get(0).getKind() == TemplateArgument::Integral)
      record(compileReads_, targs->get(0).getAsIntegral().getExtValue(), locOf(call, ctx));
  }
}

/// The number of values of a braced list or of a vector variable initialized by one.
static std::optional<int64_t> listSize(const Expr* e, const std::set<const VarDecl*>& grown) {
  for (int depth = 0; e && depth < 4; ++depth) {
    e = strip(e);
    if (auto* list = dyn_cast<InitListExpr>(e)) {
      const InitListExpr* semantic = list->isSemanticForm() ? list : list->getSemanticForm();
      return semantic ? int64_t(semantic->getNumInits()) : int64_t(list->getNumInits());
    }
    if (auto* c = dyn_cast<CXXConstructExpr>(e); c && c->getNumArgs() == 0) return 0;
    const VarDecl* v = referencedVar(e);
    if (!v || !v->hasInit() || grown.count(v)) return std::nullopt;
    e = v->getInit();
  }
  return std::nullopt;
}

void RuntimeArgsCheck::endUnit() {
  for (const SetArgs& s : pending_) {
    auto size = listSize(s.args, grown_);
    Count& c = counts_[s.kernel];
    if (!size) {
      c.unknown = true;
      continue;
    }
    if (!c.size || *size < *c.size) {
      c.size = size;
      c.at = s.at;
    }
  }
  pending_.clear();
  grown_.clear();
}

void RuntimeArgsCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, read] : runtimeReads_) {
    auto created = created_.find(kernel);
    if (created == created_.end()) continue;
    auto count = counts_.find(kernel);
    if (count == counts_.end()) {
      out.push_back(error(read.at, kernel + " reads runtime argument " + std::to_string(read.index) +
                                       " but the host never calls SetRuntimeArgs for it; on chip it reads stale L1"));
      out.push_back(note(created->second, "kernel '" + kernel + "' is created here"));
      continue;
    }
    if (count->second.unknown || !count->second.size) continue;
    if (read.index >= *count->second.size) {
      out.push_back(error(read.at, kernel + " reads runtime argument " + std::to_string(read.index) +
                                       " but the host sets only " + std::to_string(*count->second.size) +
                                       " runtime argument(s) for it (indices 0.." +
                                       std::to_string(*count->second.size - 1) + "); on chip it reads stale L1"));
      out.push_back(note(count->second.at, "fewest runtime arguments set here"));
    }
  }
  for (const auto& [kernel, read] : compileReads_) {
    auto created = created_.find(kernel);
    if (created == created_.end()) continue;
    for (const KernelUsage& u : program.usages) {
      if (baseName(u.path) != kernel || !u.compileTimeArgs) continue;
      if (read.index < int64_t(u.compileTimeArgs->size())) break;
      out.push_back(error(read.at, kernel + " reads compile-time argument " + std::to_string(read.index) +
                                       " but the host passes only " + std::to_string(u.compileTimeArgs->size()) +
                                       " compile_args to CreateKernel; the JIT build fails"));
      out.push_back(note(created->second, "kernel '" + kernel + "' is created here"));
      break;
    }
  }
}

}  // namespace tt_astgen::checks
