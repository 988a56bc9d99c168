// What a host program says about its kernels: for each CreateKernel call with a literal path,
// the kernel's role, its RISC-V and its compile-time arguments (when they can be known).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <clang/AST/ASTContext.h>

#include "tt_astgen/mock_headers.h"

namespace tt_astgen {

struct KernelUsage {
  std::string path;                      // the path as written in CreateKernel
  FileRole role = FileRole::DataMovement;
  DmProcessor processor = DmProcessor::Ncrisc;
  std::optional<std::vector<uint32_t>> compileTimeArgs;  // unknown when not constant
  unsigned line = 0;
};

/// Finds the CreateKernel calls of a parsed host program.
std::vector<KernelUsage> findKernelUsages(clang::ASTContext& ctx);

}  // namespace tt_astgen
