#include "check/checks/l1_budget_check.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void L1BudgetCheck::registerHostMatchers(MatchFinder& finder) {
  finder.addMatcher(hostCallTo("CreateCircularBuffer", "create_cb"), this);
}

void L1BudgetCheck::check(const MatchFinder::MatchResult& result) {
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("create_cb"))
    if (auto cb = readCreateCircularBuffer(call, *result.Context)) cbs_[unit().file].push_back(std::move(*cb));
}

void L1BudgetCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (program.hostErrors) return;  // facts from a broken host mislead
  const uint64_t budget = archInfo(program.options.arch).l1Bytes;
  for (const auto& [host, cbs] : cbs_) {
    // Bytes per core; CBs on unknown cores count on every core.
    std::map<std::pair<int64_t, int64_t>, uint64_t> perCore;
    uint64_t everywhere = 0;
    for (const HostCb& cb : cbs) {
      if (!cb.config.totalSize || *cb.config.totalSize < 0) continue;
      const uint64_t bytes = uint64_t(*cb.config.totalSize);
      uint64_t worst = 0;
      std::pair<int64_t, int64_t> worstCore{0, 0};
      if (!cb.cores.known) {
        everywhere += bytes;
        worst = everywhere;
        for (const auto& [core, b] : perCore)
          if (b + everywhere > worst) worst = b + everywhere, worstCore = core;
      } else {
        for (const auto& core : cb.cores.cores) {
          uint64_t& b = perCore[core];
          b += bytes;
          if (b + everywhere > worst) worst = b + everywhere, worstCore = core;
        }
      }
      if (worst <= budget) continue;
      out.push_back(error(cb.at, "circular buffers on core (" + std::to_string(worstCore.first) + "," +
                                     std::to_string(worstCore.second) + ") reach " + std::to_string(worst) +
                                     " bytes with this one, over the " + std::to_string(budget) + " bytes of L1 a " +
                                     toString(program.options.arch) +
                                     " core has for circular buffers; program creation fails on chip"));
      break;  // one report per host
    }
  }
}

}  // namespace tt_astgen::checks
