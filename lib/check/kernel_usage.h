// What a host program says about its kernels: for each CreateKernel call, the path it names
// (a literal, macros and adjacent literals joined by the preprocessor; a std::string variable's
// initializer; literals joined with +), the kernel's role, its RISC-V, its compile-time arguments
// and defines (when they can be known).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <clang/AST/ASTContext.h>

#include "tt_astgen/mock_headers.h"

namespace tt_astgen {

struct KernelUsage {
  std::string path;                      // the path as written in CreateKernel ("" if not known)
  bool pathKnown = false;
  FileRole role = FileRole::DataMovement;
  DmProcessor processor = DmProcessor::Ncrisc;
  std::optional<std::vector<uint32_t>> compileTimeArgs;  // unknown when not constant
  /// The config's defines as NAME=VALUE (the JIT passes them as -D); unknown when not constant.
  std::optional<std::vector<std::string>> defines;
  unsigned line = 0;          // of the call
  unsigned pathLine = 0;      // of the path argument (where it is written, through macros)
  unsigned pathColumn = 0;
};

/// Finds the CreateKernel calls of a parsed host program.
std::vector<KernelUsage> findKernelUsages(clang::ASTContext& ctx);

}  // namespace tt_astgen
