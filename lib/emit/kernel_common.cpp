#include "emit/kernel_common.h"

#include "emit/kernel_profile.h"

namespace tt_astgen {

clang::VarDecl* KernelNames::at(const std::string& name) const {
  auto it = vars_.find(name);
  if (it == vars_.end()) throw GeneratorError("the kernel has no variable for '" + name + "'");
  return it->second;
}

std::string cbVarName(const Plan& plan, const CbSpec& cb) {
  // The CB's position among the plan's CBs of the same role: cb_in0, cb_in1, ..., cb_out0, a
  // chain's cb_mid0, cb_mid1, ... and a reduce's cb_scaler0.
  auto roleOf = [&](const CbSpec& c) {
    if (c.role == CbRole::Intermediate || c.role == CbRole::Scaler) return c.role;
    const BufferSpec* buffer = plan.findBuffer(c.buffer);
    return buffer && buffer->role == BufferRole::Output ? CbRole::Output : CbRole::Input;
  };
  const CbRole role = roleOf(cb);
  int index = 0;
  for (const CbSpec& other : plan.cbs) {
    if (other.id == cb.id) break;
    index += roleOf(other) == role;
  }
  const char* stem = role == CbRole::Output ? "cb_out" : role == CbRole::Intermediate ? "cb_mid" : role == CbRole::Scaler ? "cb_scaler" : "cb_in";
  return stem + std::to_string(index);
}

const CbSpec& cbFor(const Plan& plan, const std::string& buffer) {
  for (const CbSpec& cb : plan.cbs)
    if (cb.buffer == buffer) return cb;
  throw GeneratorError("the plan has no circular buffer for '" + buffer + "'");
}

clang::Stmt* callStmt(Builder& b, const std::string& fn, const std::vector<clang::Expr*>& args) {
  return b.exprStmt(b.call(fn, args));
}

Section runtimeArgsSection(Builder& b, const std::vector<std::string>& layout, KernelNames& names) {
  Section section{"Runtime arguments", {}};
  clang::QualType u32 = b.type("uint32_t");
  for (size_t i = 0; i < layout.size(); ++i) {
    clang::Expr* value = b.callTemplate("get_arg_val", {u32}, {b.intLit(int64_t(i))});
    clang::VarDecl* var = b.var(layout[i], u32, value);
    names.add(layout[i], var);
    section.statements.push_back(b.declStmt(var));
  }
  return section;
}

Section cbConstantsSection(Builder& b, const Plan& plan, const std::vector<const BufferSpec*>& buffers,
                           KernelNames& names) {
  Section section{"Circular buffers", {}};
  clang::QualType u32 = b.type("uint32_t");
  for (const BufferSpec* buffer : buffers) {
    const CbSpec& cb = cbFor(plan, buffer->name);
    std::string name = cbVarName(plan, cb);
    clang::Expr* index = b.ref("tt::CBIndex::c_" + std::to_string(cb.id));
    clang::VarDecl* var = b.var(name, u32, index, Builder::VarKind::Constexpr);
    names.add(name, var);
    section.statements.push_back(b.declStmt(var));
  }
  return section;
}

/// metal-2024: `const InterleavedAddrGenFast<true> <buf>_accessor = {.bank_base_address = ...};`
static Section addrGenSection(Builder& b, const Plan& plan, const std::vector<const BufferSpec*>& buffers,
                              KernelNames& names) {
  Section section{"Address generators of the interleaved buffers (one tile per page)", {}};
  for (const BufferSpec* buffer : buffers) {
    clang::Expr* cb = b.ref(names.at(cbVarName(plan, cbFor(plan, buffer->name))));
    clang::QualType type = b.templateType("InterleavedAddrGenFast", {b.boolLit(buffer->memory == MemoryKind::Dram)});
    clang::Expr* init = b.designatedList({{"bank_base_address", b.ref(names.at(buffer->name + "_addr"))},
                                          {"page_size", b.call("get_tile_size", {cb})},
                                          {"data_format", b.call("get_dataformat", {b.ref(names.at(cbVarName(plan, cbFor(plan, buffer->name))))})}});
    clang::VarDecl* var = b.var(buffer->name + "_accessor", type, init, Builder::VarKind::Const);
    names.add(buffer->name + "_accessor", var);
    section.statements.push_back(b.declStmt(var));
  }
  return section;
}

Section accessorsSection(Builder& b, const Plan& plan, const std::vector<const BufferSpec*>& buffers,
                         KernelNames& names) {
  if (kernelProfile(plan.profile).addressGenerators) return addrGenSection(b, plan, buffers, names);
  Section section{"Tensor accessors (compile-time arguments come from the host's TensorAccessorArgs)", {}};
  clang::VarDecl* previous = nullptr;
  for (const BufferSpec* buffer : buffers) {
    clang::Expr* offset = previous ? b.memberCall(b.ref(previous), "next_compile_time_args_offset", {})
                                   : b.intLit(0);
    clang::QualType argsType = b.templateType("TensorAccessorArgs", {offset});
    clang::VarDecl* args = b.var(buffer->name + "_args", b.autoType(), b.construct(argsType, {}),
                                 Builder::VarKind::Constexpr);
    section.statements.push_back(b.declStmt(args));
    const CbSpec& cb = cbFor(plan, buffer->name);
    clang::Expr* pageSize = b.call("get_tile_size", {b.ref(names.at(cbVarName(plan, cb)))});
    clang::Expr* accessor = b.constructDeduced(
        "TensorAccessor", {b.ref(args), b.ref(names.at(buffer->name + "_addr")), pageSize});
    clang::VarDecl* var = b.var(buffer->name + "_accessor", b.autoType(), accessor,
                                Builder::VarKind::Const);
    names.add(buffer->name + "_accessor", var);
    section.statements.push_back(b.declStmt(var));
    previous = args;
  }
  return section;
}

std::vector<clang::Stmt*> readTileIntoCb(Builder& b, const Plan& plan, const BufferSpec& buffer,
                                         clang::Expr* tileIndex, KernelNames& names) {
  std::string cbName = cbVarName(plan, cbFor(plan, buffer.name));
  clang::VarDecl* cb = names.at(cbName);
  std::vector<clang::Stmt*> out;
  out.push_back(callStmt(b, "cb_reserve_back", {b.ref(cb), b.intLit(1)}));
  clang::VarDecl* l1 = b.var("l1_write_addr_" + cbName.substr(3), b.type("uint32_t"),
                             b.call("get_write_ptr", {b.ref(cb)}));
  out.push_back(b.declStmt(l1));
  out.push_back(callStmt(b, "noc_async_read_tile",
                         {tileIndex, b.ref(names.at(buffer.name + "_accessor")), b.ref(l1)}));
  out.push_back(callStmt(b, "noc_async_read_barrier", {}));
  out.push_back(callStmt(b, "cb_push_back", {b.ref(cb), b.intLit(1)}));
  return out;
}

std::vector<clang::Stmt*> writeTileFromCb(Builder& b, const Plan& plan, const BufferSpec& buffer,
                                          clang::Expr* tileIndex, KernelNames& names) {
  std::string cbName = cbVarName(plan, cbFor(plan, buffer.name));
  clang::VarDecl* cb = names.at(cbName);
  std::vector<clang::Stmt*> out;
  out.push_back(callStmt(b, "cb_wait_front", {b.ref(cb), b.intLit(1)}));
  clang::VarDecl* l1 = b.var("l1_read_addr_" + cbName.substr(3), b.type("uint32_t"), b.call("get_read_ptr", {b.ref(cb)}));
  out.push_back(b.declStmt(l1));
  out.push_back(callStmt(b, "noc_async_write_tile",
                         {tileIndex, b.ref(names.at(buffer.name + "_accessor")), b.ref(l1)}));
  out.push_back(callStmt(b, "noc_async_write_barrier", {}));
  out.push_back(callStmt(b, "cb_pop_front", {b.ref(cb), b.intLit(1)}));
  return out;
}

}  // namespace tt_astgen
