#include "check/checks/kernel_path_check.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void KernelPathCheck::registerHostMatchers(MatchFinder& finder) {
  finder.addMatcher(hostCallTo("CreateKernel", "create_kernel"), this);
}

void KernelPathCheck::check(const MatchFinder::MatchResult& result) {
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("create_kernel"))
    if (auto k = readCreateKernel(call, *result.Context)) kernels_.push_back(std::move(*k));
}

void KernelPathCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  std::set<std::string> names;
  std::string listed;
  for (const std::string& f : program.files) {
    names.insert(baseName(f));
    listed += (listed.empty() ? "" : ", ") + baseName(f);
  }
  for (const HostKernel& k : kernels_) {
    if (names.count(baseName(k.path))) continue;
    out.push_back(error(k.at, "CreateKernel names '" + k.path + "', but no file '" + baseName(k.path) +
                                  "' is in the checked folder (it holds " + listed +
                                  "); the JIT build fails when the program is first enqueued"));
  }
}

}  // namespace tt_astgen::checks
