// The registry of cross-file checks.
#pragma once
#include <memory>
#include <vector>

#include "check/checks/check_support.h"

namespace tt_astgen::checks {

/// One fresh instance of every check, in report order.
std::vector<std::unique_ptr<CrossFileCheck>> makeAllChecks();

}  // namespace tt_astgen::checks
