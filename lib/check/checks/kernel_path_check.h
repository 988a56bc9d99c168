// kernel-path: every CreateKernel path names a file of the checked folder.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class KernelPathCheck : public CrossFileCheck {
 public:
  KernelPathCheck() : CrossFileCheck("kernel-path") {}
  void registerHostMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  std::vector<HostKernel> kernels_;
};

}  // namespace tt_astgen::checks
