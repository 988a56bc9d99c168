// Builds the HostModel (host_model.h) of a parsed host program by interpreting its code: main()
// (or every function of the file when there is no main), following calls into functions whose
// bodies the translation unit has (not the mock SDK's), lambdas, loops with known bounds (per
// iteration), branches with known conditions, structured bindings of split_work_to_cores.
#pragma once

#include <functional>
#include <string>

#include <clang/AST/ASTContext.h>

#include "check/host_model.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::model {

struct InterpretOptions {
  Arch arch = Arch::WormholeB0;  // compute_with_storage_grid_size() of the checked arch
  /// Maps a CreateKernel path (as the host wrote it) to the checked file it names, "" if none.
  std::function<std::string(const std::string& path)> resolveKernel;
  /// Interpretation budget (statements executed); past it, what is left is unknown.
  size_t stepBudget = 1'000'000;
};

HostModel buildHostModel(clang::ASTContext& ctx, const std::string& file, const InterpretOptions& options);

}  // namespace tt_astgen::model
