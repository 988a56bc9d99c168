// cb-index: every circular buffer a kernel uses is created by the host on that kernel's cores.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class CbIndexCheck : public CrossFileCheck {
 public:
  CbIndexCheck() : CrossFileCheck("cb-index") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  std::map<std::string, std::map<int64_t, Loc>> uses_;        // kernel file -> cb -> first use
  std::map<std::string, std::map<int64_t, std::pair<int64_t, Loc>>> formats_;  // stated formats
};

}  // namespace tt_astgen::checks
