// The cross-file checks, compiled as one translation unit on purpose: each check includes the
// heavy ASTMatchers headers, and one TU instead of nine keeps a 2-core build short. Each check
// keeps its helpers in its class or a distinct namespace, so they combine cleanly; lib/CMakeLists
// compiles lib/check/*.cpp only, so the files under checks/ are built through this one.
#include "check/checks/check_support.cpp"
#include "check/checks/api_profile_check.cpp"
#include "check/checks/cb_capacity_check.cpp"
#include "check/checks/cb_index_check.cpp"
#include "check/checks/entry_point_check.cpp"
#include "check/checks/input_upload_check.cpp"
#include "check/checks/kernel_path_check.cpp"
#include "check/checks/l1_budget_check.cpp"
#include "check/checks/runtime_args_check.cpp"
#include "check/checks/cb_balance_check.cpp"

#include "check/checks/all_checks.h"

namespace tt_astgen::checks {

std::vector<std::unique_ptr<CrossFileCheck>> makeAllChecks() {
  std::vector<std::unique_ptr<CrossFileCheck>> all;
  all.push_back(std::make_unique<KernelPathCheck>());
  all.push_back(std::make_unique<ApiProfileCheck>());
  all.push_back(std::make_unique<EntryPointCheck>());
  all.push_back(std::make_unique<CbIndexCheck>());
  all.push_back(std::make_unique<CbCapacityCheck>());
  all.push_back(std::make_unique<L1BudgetCheck>());
  all.push_back(std::make_unique<RuntimeArgsCheck>());
  all.push_back(std::make_unique<InputUploadCheck>());
  all.push_back(std::make_unique<CbBalanceCheck>());
  return all;
}

}  // namespace tt_astgen::checks
