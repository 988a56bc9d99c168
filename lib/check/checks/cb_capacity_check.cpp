#include "check/checks/cb_capacity_check.h"

#include "check/checks/model_support.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void CbCapacityCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(callExpr(isExpansionInMainFile(),
                             callee(functionDecl(hasAnyName("cb_reserve_back", "cb_wait_front")).bind("fn")),
                             hasArgument(0, expr().bind("cb")), hasArgument(1, expr().bind("pages")))
                        .bind("demand"),
                    this);
}

void CbCapacityCheck::check(const MatchFinder::MatchResult& result) {
  const ASTContext& ctx = *result.Context;
  const auto& nodes = result.Nodes;
  if (auto* call = nodes.getNodeAs<CallExpr>("demand")) {
    auto cb = knownKernelInt(nodes.getNodeAs<Expr>("cb"), ctx, unit());
    auto pages = knownKernelInt(nodes.getNodeAs<Expr>("pages"), ctx, unit());
    if (!cb || !pages) return;
    Demand& d = demands_[unit().file][*cb];
    if (*pages > d.pages) d = {*pages, nodes.getNodeAs<FunctionDecl>("fn")->getName().str(), locOf(call, ctx)};
  }
}

void CbCapacityCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, demands] : demands_) {
    for (const KernelOfHost& hk : hostKernelsOf(program, kernel)) {
      const model::HostKernel& k = *hk.kernel;
      if (!k.cores.known) continue;
      for (const auto& [index, demand] : demands) {
        // The first core whose (certain) circular buffer is known to be too small.
        for (const model::Core& core : k.cores.cores) {
          const model::HostCircularBuffer* cb = nullptr;
          if (hk.host->hasCircularBuffer(k.program, index, core, &cb) != model::Tri::Yes) continue;
          auto capacity = cb->pages(index);
          if (!capacity || demand.pages <= *capacity) continue;
          out.push_back(error(demand.at, demand.function + " asks for " + std::to_string(demand.pages) +
                                             " pages of circular buffer " + cbName(index) + ", which holds only " +
                                             std::to_string(*capacity) + " (" + std::to_string(*cb->totalSize) +
                                             " bytes / " + std::to_string(*cb->indices.at(index).pageSize) +
                                             "-byte pages) on core " + coreLabel(core) +
                                             "; on chip this never returns (a guaranteed hang)"));
          out.push_back(note(modelLoc(cb->at), "circular buffer " + cbName(index) + " is created here"));
          break;
        }
      }
    }
  }
}

}  // namespace tt_astgen::checks
