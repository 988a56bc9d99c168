// cb-capacity: a kernel never reserves or waits for more pages than its circular buffer holds.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class CbCapacityCheck : public CrossFileCheck {
 public:
  CbCapacityCheck() : CrossFileCheck("cb-capacity") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  struct Demand {
    int64_t pages = 0;
    std::string function;
    Loc at;
  };
  std::map<std::string, std::map<int64_t, Demand>> demands_;  // kernel file -> cb -> largest demand
};

}  // namespace tt_astgen::checks
