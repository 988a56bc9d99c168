// l1-budget: the circular buffers on each core fit the architecture's L1.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class L1BudgetCheck : public CrossFileCheck {
 public:
  L1BudgetCheck() : CrossFileCheck("l1-budget") {}
  void check(const clang::ast_matchers::MatchFinder::MatchResult&) override {}
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;
};

}  // namespace tt_astgen::checks
