// Pieces shared by the kernel emitters: runtime arguments, CB constants, tensor accessors and
// the tile transfers through a circular buffer. One place builds each of them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ast/builder.h"
#include "emit/emitted_file.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

/// The local names a kernel has declared so far, by their plan names.
class KernelNames {
 public:
  void add(const std::string& name, clang::VarDecl* var) { vars_[name] = var; }
  clang::VarDecl* at(const std::string& name) const;
  bool has(const std::string& name) const { return vars_.count(name) > 0; }

 private:
  std::map<std::string, clang::VarDecl*> vars_;
};

/// The variable name of a CB constant: inputs "cb_in<i>", the output "cb_out0".
std::string cbVarName(const Plan& plan, const CbSpec& cb);
/// The CB that carries `buffer`.
const CbSpec& cbFor(const Plan& plan, const std::string& buffer);

/// `uint32_t <name> = get_arg_val<uint32_t>(<i>);` for each name of the kernel's layout.
Section runtimeArgsSection(Builder& b, const std::vector<std::string>& layout, KernelNames& names);
/// `constexpr uint32_t cb_in0 = tt::CBIndex::c_0;` for the CBs of `buffers`.
Section cbConstantsSection(Builder& b, const Plan& plan, const std::vector<const BufferSpec*>& buffers,
                           KernelNames& names);
/// `constexpr auto <buf>_args = TensorAccessorArgs<offset>();` and
/// `const auto <buf>_accessor = TensorAccessor(<buf>_args, <buf>_addr, get_tile_size(cb));`,
/// chaining compile-time offsets in the order of `buffers`.
Section accessorsSection(Builder& b, const Plan& plan, const std::vector<const BufferSpec*>& buffers,
                         KernelNames& names);

/// Reads tile `tileIndex` of `buffer` into its CB: reserve, read, barrier, push.
std::vector<clang::Stmt*> readTileIntoCb(Builder& b, const Plan& plan, const BufferSpec& buffer,
                                         clang::Expr* tileIndex, KernelNames& names);
/// Writes the front tile of `buffer`'s CB to tile `tileIndex`: wait, write, barrier, pop.
std::vector<clang::Stmt*> writeTileFromCb(Builder& b, const Plan& plan, const BufferSpec& buffer,
                                          clang::Expr* tileIndex, KernelNames& names);

/// A call statement: `fn(args);`.
clang::Stmt* callStmt(Builder& b, const std::string& fn, const std::vector<clang::Expr*>& args);

}  // namespace tt_astgen
