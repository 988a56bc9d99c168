// What the cross-file checks share about the host model (lib/check/host_model.h): finding the
// host kernels a kernel file is, and turning the model's locations into the checks' Loc.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/checks/check_support.h"

namespace tt_astgen::checks {

struct KernelOfHost {
  const model::HostModel* host = nullptr;
  const model::HostKernel* kernel = nullptr;
};

/// Every CreateKernel (of every host) that resolved to `file` (the kernel unit's reported name).
inline std::vector<KernelOfHost> hostKernelsOf(const ProgramInfo& program, const std::string& file) {
  std::vector<KernelOfHost> out;
  for (const model::HostModel& host : program.hosts)
    for (const model::HostKernel& k : host.kernels)
      if (!k.resolvedFile.empty() && k.resolvedFile == file) out.push_back({&host, &k});
  return out;
}

inline Loc modelLoc(const model::SrcLoc& at) { return Loc{at.file, at.line, at.column}; }

inline std::string coreLabel(const model::Core& c) {
  return "(" + std::to_string(c.first) + "," + std::to_string(c.second) + ")";
}

}  // namespace tt_astgen::checks

namespace tt_astgen::checks {

/// Whether `e` (through the initializers of the variables it names) reads a compile-time
/// argument: such a value is unknown when the unit was compiled with guessed compile args.
inline bool readsCompileArgs(const clang::Stmt* s, int depth = 0) {
  if (!s || depth > 8) return false;
  if (auto* call = llvm::dyn_cast<clang::CallExpr>(s))
    if (const clang::FunctionDecl* fn = call->getDirectCallee(); fn && fn->getIdentifier() && fn->getName() == "get_ct_arg")
      return true;
  if (auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(s))
    if (auto* var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()); var && var->hasInit())
      return readsCompileArgs(var->getInit(), depth + 1);
  for (const clang::Stmt* child : s->children())
    if (readsCompileArgs(child, depth)) return true;
  return false;
}

/// The value of a kernel expression the checks may rely on: folded, and not from guessed
/// compile-time args.
inline std::optional<int64_t> knownKernelInt(const clang::Expr* e, const clang::ASTContext& ctx, const UnitInfo& unit) {
  if (unit.guessedCompileArgs && readsCompileArgs(e)) return std::nullopt;
  return evalInt(e, ctx);
}

}  // namespace tt_astgen::checks
