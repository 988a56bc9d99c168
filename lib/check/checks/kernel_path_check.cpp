#include "check/checks/kernel_path_check.h"

namespace tt_astgen::checks {

void KernelPathCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  for (const KernelLookup& lookup : program.kernelLookups) {
    if (!lookup.resolved.empty()) continue;
    std::string tried;
    for (const std::string& candidate : lookup.tried) tried += (tried.empty() ? "'" : ", '") + candidate + "'";
    out.push_back(error({lookup.host, lookup.line, lookup.column},
                        "CreateKernel names kernel '" + lookup.path + "', which does not exist (looked for " + tried +
                            "); the JIT build fails when the program is first enqueued"));
  }
}

}  // namespace tt_astgen::checks
