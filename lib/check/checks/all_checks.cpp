// The registry of cross-file checks, in report order. The files of lib/check/checks/ are built
// as one translation unit (lib/CMakeLists.txt: UNITY_BUILD, group "checks"): each includes the
// heavy ASTMatchers headers, and one TU instead of ten keeps a 2-core build short.
#include "check/checks/all_checks.h"

#include "check/checks/api_profile_check.h"
#include "check/checks/cb_balance_check.h"
#include "check/checks/cb_capacity_check.h"
#include "check/checks/cb_index_check.h"
#include "check/checks/entry_point_check.h"
#include "check/checks/input_upload_check.h"
#include "check/checks/kernel_path_check.h"
#include "check/checks/l1_budget_check.h"
#include "check/checks/runtime_args_check.h"

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
