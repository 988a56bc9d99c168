#include "check/checks/l1_budget_check.h"

#include "check/checks/model_support.h"

namespace tt_astgen::checks {

void L1BudgetCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (program.hostErrors) return;  // facts from a broken host mislead
  const uint64_t budget = archInfo(program.options.arch).l1Bytes;
  for (const model::HostModel& host : program.hosts) {
    // Bytes per (program, core), counting only circular buffers known to exist there with a
    // known size: an unknown one could be anywhere, so it proves nothing.
    std::map<std::pair<size_t, model::Core>, uint64_t> perCore;
    for (const model::HostCircularBuffer& cb : host.circularBuffers) {
      if (!cb.certain || !cb.cores.known || !cb.totalSize || *cb.totalSize < 0 || cb.globallyAllocated) continue;
      const uint64_t bytes = uint64_t(*cb.totalSize);
      std::optional<model::Core> over;
      uint64_t worst = 0;
      for (const model::Core& core : cb.cores.cores) {
        uint64_t& b = perCore[{cb.program, core}];
        b += bytes;
        if (b > budget && b > worst) worst = b, over = core;
      }
      if (!over) continue;
      out.push_back(error(modelLoc(cb.at), "circular buffers on core " + coreLabel(*over) + " reach " + std::to_string(worst) +
                                            " bytes with this one, over the " + std::to_string(budget) + " bytes of L1 a " +
                                            toString(program.options.arch) +
                                            " core has for circular buffers; program creation fails on chip"));
      break;  // one report per host
    }
  }
}

}  // namespace tt_astgen::checks
