#include "check/checks/runtime_args_check.h"

#include <clang/AST/ExprCXX.h>

#include "check/checks/model_support.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void RuntimeArgsCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(hasName("get_arg_val"))),
                             hasArgument(0, expr().bind("index")))
                        .bind("rt_read"),
                    this);
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(hasName("get_common_arg_val"))),
                             hasArgument(0, expr().bind("index")))
                        .bind("common_read"),
                    this);
  // get_compile_time_arg_val(i) is a macro over get_ct_arg<i>() (as the SDK's over a template).
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(hasName("get_ct_arg")).bind("ct_fn")))
                        .bind("ct_read"),
                    this);
}

void RuntimeArgsCheck::check(const MatchFinder::MatchResult& result) {
  const ASTContext& ctx = *result.Context;
  const auto& nodes = result.Nodes;
  auto record = [&](std::map<std::string, Read>& reads, int64_t index, Loc at) {
    Read& r = reads[unit().file];
    if (index > r.index) r = {index, at};
  };
  if (auto* call = nodes.getNodeAs<CallExpr>("rt_read")) {
    if (auto i = knownKernelInt(nodes.getNodeAs<Expr>("index"), ctx, unit())) record(runtimeReads_, *i, locOf(call, ctx));
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("common_read")) {
    if (auto i = knownKernelInt(nodes.getNodeAs<Expr>("index"), ctx, unit())) record(commonReads_, *i, locOf(call, ctx));
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("ct_read")) {
    auto* fn = nodes.getNodeAs<FunctionDecl>("ct_fn");
    const TemplateArgumentList* targs = fn->getTemplateSpecializationArgs();
    if (targs && targs->size() >= 1 && targs->get(0).getKind() == TemplateArgument::Integral)
      record(compileReads_, targs->get(0).getAsIntegral().getExtValue(), locOf(call, ctx));
  }
}

static std::string indexRange(size_t n) { return n ? " (indices 0.." + std::to_string(n - 1) + ")" : ""; }

/// Per core of the kernel: the first core whose known argument list is too short (or known absent).
void RuntimeArgsCheck::reportRuntime(const ProgramInfo& program, const std::string& kernel, const Read& read,
                                     std::vector<Diagnostic>& out) {
  for (const KernelOfHost& hk : hostKernelsOf(program, kernel)) {
    const model::HostKernel& k = *hk.kernel;
    if (!k.cores.known) continue;
    for (const model::Core& core : k.cores.cores) {
      bool absent = false;
      auto args = hk.host->runtimeArgsFor(k, core, &absent);
      if (!args || !args->lengthKnown) continue;
      if (absent) {
        const bool none = k.runtimeArgs.empty();
        out.push_back(error(read.at, baseName(kernel) + " reads runtime argument " + std::to_string(read.index) +
                                         (none ? " but the host never calls SetRuntimeArgs for it"
                                               : " but the host sets no runtime arguments for it on core " + coreLabel(core)) +
                                         "; on chip it reads stale L1"));
        out.push_back(note(modelLoc(k.at), "kernel '" + baseName(kernel) + "' is created here"));
        return;
      }
      if (read.index < int64_t(args->values.size())) continue;
      out.push_back(error(read.at, baseName(kernel) + " reads runtime argument " + std::to_string(read.index) +
                                       " but the host sets only " + std::to_string(args->values.size()) +
                                       " runtime argument(s) for it on core " + coreLabel(core) +
                                       indexRange(args->values.size()) + "; on chip it reads stale L1"));
      out.push_back(note(modelLoc(args->at), "fewest runtime arguments set here"));
      return;
    }
  }
}

void RuntimeArgsCheck::reportCommon(const ProgramInfo& program, const std::string& kernel, const Read& read,
                                    std::vector<Diagnostic>& out) {
  for (const KernelOfHost& hk : hostKernelsOf(program, kernel)) {
    const model::HostKernel& k = *hk.kernel;
    if (k.commonRuntimeArgs.empty()) {
      if (!hk.host->runtimeArgsComplete || !k.certain) continue;
      out.push_back(error(read.at, baseName(kernel) + " reads common runtime argument " + std::to_string(read.index) +
                                       " but the host never calls SetCommonRuntimeArgs for it; on chip it reads stale L1"));
      out.push_back(note(modelLoc(k.at), "kernel '" + baseName(kernel) + "' is created here"));
      return;
    }
    const model::ArgList& last = k.commonRuntimeArgs.back();  // the args the launch sees
    if (!last.lengthKnown || read.index < int64_t(last.values.size())) continue;
    out.push_back(error(read.at, baseName(kernel) + " reads common runtime argument " + std::to_string(read.index) +
                                     " but the host sets only " + std::to_string(last.values.size()) +
                                     " common runtime argument(s) for it" + indexRange(last.values.size()) +
                                     "; on chip it reads stale L1"));
    out.push_back(note(modelLoc(last.at), "common runtime arguments set here"));
    return;
  }
}

void RuntimeArgsCheck::reportCompile(const ProgramInfo& program, const std::string& kernel, const Read& read,
                                     std::vector<Diagnostic>& out) {
  for (const KernelOfHost& hk : hostKernelsOf(program, kernel)) {
    const model::ArgList& args = hk.kernel->compileArgs;
    if (!args.lengthKnown || read.index < int64_t(args.values.size())) continue;
    out.push_back(error(read.at, baseName(kernel) + " reads compile-time argument " + std::to_string(read.index) +
                                     " but the host passes only " + std::to_string(args.values.size()) +
                                     " compile_args to CreateKernel; the JIT build fails"));
    out.push_back(note(modelLoc(hk.kernel->at), "kernel '" + baseName(kernel) + "' is created here"));
    return;
  }
}

void RuntimeArgsCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, read] : runtimeReads_) reportRuntime(program, kernel, read, out);
  for (const auto& [kernel, read] : commonReads_) reportCommon(program, kernel, read, out);
  for (const auto& [kernel, read] : compileReads_) reportCompile(program, kernel, read, out);
}

}  // namespace tt_astgen::checks
