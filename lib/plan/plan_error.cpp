// PlanError's clang-style spelling: "plan.json:6:46: error: /buffers/0/shape/0: message".
#include "tt_astgen/plan.h"

namespace tt_astgen {

std::string PlanError::location() const {
  std::string where = file.empty() ? "<plan>" : file;
  if (line != 0) where += ":" + std::to_string(line) + ":" + std::to_string(column);
  return where;
}

std::string PlanError::detail() const { return path.empty() ? message : path + ": " + message; }

std::string PlanError::format() const { return location() + ": error: " + detail(); }

}  // namespace tt_astgen
