#include "check/checks/cb_capacity_check.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void CbCapacityCheck::registerHostMatchers(MatchFinder& finder) {
  finder.addMatcher(hostCallTo("CreateCircularBuffer", "create_cb"), this);
  finder.addMatcher(hostCallTo("CreateKernel", "create_kernel"), this);
}

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
  if (auto* call = nodes.getNodeAs<CallExpr>("create_cb")) {
    if (auto cb = readCreateCircularBuffer(call, ctx)) cbs_.push_back(std::move(*cb));
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("create_kernel")) {
    if (auto k = readCreateKernel(call, ctx)) kernels_.emplace(baseName(k->path), std::move(*k));
    return;
  }
  if (auto* call = nodes.getNodeAs<CallExpr>("demand")) {
    auto cb = evalInt(nodes.getNodeAs<Expr>("cb"), ctx);
    auto pages = evalInt(nodes.getNodeAs<Expr>("pages"), ctx);
    if (!cb || !pages) return;
    Demand& d = demands_[unit().baseName][*cb];
    if (*pages > d.pages) d = {*pages, nodes.getNodeAs<FunctionDecl>("fn")->getName().str(), locOf(call, ctx)};
  }
}

void CbCapacityCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, demands] : demands_) {
    auto k = kernels_.find(kernel);
    if (k == kernels_.end()) continue;
    for (const auto& [index, demand] : demands) {
      for (const HostCb& cb : cbs_) {
        auto entry = cb.config.indices.find(index);
        if (entry == cb.config.indices.end() || !cb.cores.overlaps(k->second.cores)) continue;
        if (!cb.config.totalSize || !entry->second.pageSize || *entry->second.pageSize <= 0) continue;
        int64_t capacity = *cb.config.totalSize / *entry->second.pageSize;
        if (demand.pages <= capacity) continue;
        out.push_back(error(demand.at, demand.function + " asks for " + std::to_string(demand.pages) +
                                           " pages of circular buffer " + cbName(index) + ", which holds only " +
                                           std::to_string(capacity) + " (" + std::to_string(*cb.config.totalSize) +
                                           " bytes / " + std::to_string(*entry->second.pageSize) +
                                           "-byte pages); on chip this never returns (a guaranteed hang)"));
        out.push_back(note(cb.at, "circular buffer " + cbName(index) + " is created here"));
        break;
      }
    }
  }
}

}  // namespace tt_astgen::checks
