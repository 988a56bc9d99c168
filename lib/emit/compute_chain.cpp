// compute.cpp of a version-2 chain. Per output tile: step 0 computes into DST register 0 from
// its input CBs; a later unary step runs in place on DST (`<op>_tile_init(); <op>_tile(0);`); a
// later binary step packs the running result into its intermediate CB and combines it with its
// operand (div: with the operand's reciprocal, computed on the SFPU and packed through the same
// CB, as the SDK's binary kernel does it); the last step's DST is packed into the output CB.
// Every step calls its own init before it runs (the previous step reconfigured unpack and math),
// and unpack/pack are reconfigured when a step's CBs change data format.
#include "emit/compute_chain.h"

#include "emit/kernel_profile.h"

namespace tt_astgen {

bool isChainPlan(const Plan& plan) {
  if (plan.version == "2" || plan.chain.size() > 1) return true;
  if (plan.chain.empty()) return false;
  const ChainStep& s = plan.chain.front();
  switch (s.kind) {
    case StepKind::Matmul: return false;
    case StepKind::Binary: return s.broadcast != Broadcast::None || s.binary == BinaryOpKind::Div;
    case StepKind::Unary:
      return s.unary != UnaryOpKind::Copy && s.unary != UnaryOpKind::Relu && s.unary != UnaryOpKind::Exp;
    case StepKind::Reduce:
    case StepKind::Transpose: return true;
  }
  return true;
}

std::string sfpuStem(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Copy: return "";
    case UnaryOpKind::Relu: return "relu";
    case UnaryOpKind::Exp: return "exp";
    case UnaryOpKind::Sqrt: return "sqrt";
    case UnaryOpKind::Rsqrt: return "rsqrt";
    case UnaryOpKind::Recip: return "recip";
    case UnaryOpKind::Log: return "log";
    case UnaryOpKind::Abs: return "abs";
    case UnaryOpKind::Neg: return "negative";
    case UnaryOpKind::Square: return "square";
    case UnaryOpKind::Sigmoid: return "sigmoid";
    case UnaryOpKind::Tanh: return "tanh";
    case UnaryOpKind::Gelu: return "gelu";
  }
  return "";
}

namespace {

/// The header of an SFPU function: its own eltwise_unary/<stem>.h, or compute_kernel_api.h for
/// the functions the SDK declares there (log, tanh, abs, square, sigmoid).
std::string sfpuHeader(UnaryOpKind op, const KernelProfile& k) {
  switch (op) {
    case UnaryOpKind::Log:
    case UnaryOpKind::Tanh:
    case UnaryOpKind::Abs:
    case UnaryOpKind::Square:
    case UnaryOpKind::Sigmoid: return k.sfpuMiscHeader;
    default: return k.computeHeader("eltwise_unary/" + sfpuStem(op) + ".h");
  }
}

const char* binaryStem(BinaryOpKind op) {
  switch (op) {
    case BinaryOpKind::Add: return "add";
    case BinaryOpKind::Sub: return "sub";
    case BinaryOpKind::Mul:
    case BinaryOpKind::Div: return "mul";  // div multiplies by the reciprocal
  }
  return "add";
}

const char* eltwiseType(BinaryOpKind op) {
  switch (op) {
    case BinaryOpKind::Add: return "ELWADD";
    case BinaryOpKind::Sub: return "ELWSUB";
    case BinaryOpKind::Mul:
    case BinaryOpKind::Div: return "ELWMUL";
  }
  return "ELWADD";
}

const char* broadcastType(Broadcast b) {
  switch (b) {
    case Broadcast::Row: return "BroadcastType::ROW";
    case Broadcast::Col: return "BroadcastType::COL";
    case Broadcast::Scalar: return "BroadcastType::SCALAR";
    case Broadcast::None: break;
  }
  return "BroadcastType::NONE";
}

const char* poolType(ReduceFn fn) { return fn == ReduceFn::Sum ? "PoolType::SUM" : "PoolType::MAX"; }

const char* reduceDim(ReduceDim dim) {
  switch (dim) {
    case ReduceDim::Row: return "ReduceDim::REDUCE_ROW";
    case ReduceDim::Col: return "ReduceDim::REDUCE_COL";
    case ReduceDim::Both: return "ReduceDim::REDUCE_SCALAR";
  }
  return "ReduceDim::REDUCE_ROW";
}

/// The emitter's state while it builds one tile's steps: the CBs by role, what unpack and pack
/// are configured for, and the statements so far.
class ChainBuilder {
 public:
  ChainBuilder(const Plan& plan, Builder& b, KernelNames& names)
      : plan_(plan), b_(b), names_(names), k_(kernelProfile(plan.profile)) {}

  std::vector<clang::Stmt*> startup();
  std::vector<clang::Stmt*> tileBody();

 private:
  const Plan& plan_;
  Builder& b_;
  KernelNames& names_;
  const KernelProfile& k_;
  std::vector<clang::Stmt*> body_;
  const CbSpec* srcA_ = nullptr;  // what unpack is configured for
  const CbSpec* srcB_ = nullptr;
  const CbSpec* packed_ = nullptr;  // what pack is configured for
  size_t nextIntermediate_ = 0;

  const CbSpec& inputCb(const std::string& buffer) const { return cbFor(plan_, buffer); }
  const CbSpec& outputCb() const { return cbFor(plan_, plan_.output().name); }
  const CbSpec* roleCb(CbRole role, size_t index) const {
    size_t seen = 0;
    for (const CbSpec& cb : plan_.cbs)
      if (cb.role == role && seen++ == index) return &cb;
    return nullptr;
  }
  const CbSpec& intermediateCb() {
    const CbSpec* cb = roleCb(CbRole::Intermediate, nextIntermediate_++);
    if (!cb) throw GeneratorError("the plan has no intermediate circular buffer for binary step " +
                                  std::to_string(nextIntermediate_));
    return *cb;
  }
  const CbSpec& scalerCb() const {
    const CbSpec* cb = roleCb(CbRole::Scaler, 0);
    if (!cb) throw GeneratorError("the plan has no scaler circular buffer for its reduce");
    return *cb;
  }
  clang::Expr* ref(const CbSpec& cb) { return b_.ref(names_.at(cbVarName(plan_, cb))); }
  void call(const std::string& fn, const std::vector<clang::Expr*>& args) {
    body_.push_back(callStmt(b_, "ckernel::" + fn, args));
  }
  void callTemplate(const std::string& fn, const std::vector<TemplateArg>& targs, const std::vector<clang::Expr*>& args) {
    body_.push_back(b_.exprStmt(b_.callTemplate("ckernel::" + fn, targs, args)));
  }
  clang::Expr* constant(const std::string& name) { return b_.ref("ckernel::" + name); }

  /// reconfig_data_format(a, b) when the formats unpack reads change.
  void unpackFrom(const CbSpec& a, const CbSpec& bcb) {
    if (srcA_ && srcB_ && (srcA_->dtype != a.dtype || srcB_->dtype != bcb.dtype)) call("reconfig_data_format", {ref(a), ref(bcb)});
    srcA_ = &a;
    srcB_ = &bcb;
  }
  /// Packs DST register 0 into `cb` (one page), reconfiguring the packer when its format changes.
  void packInto(const CbSpec& cb) {
    call("tile_regs_commit", {});
    call("tile_regs_wait", {});
    if (packed_ && packed_->dtype != cb.dtype) call("pack_reconfig_data_format", {ref(cb)});
    packed_ = &cb;
    call("cb_reserve_back", {ref(cb), b_.intLit(1)});
    call("pack_tile", {b_.intLit(0), ref(cb)});
    call("cb_push_back", {ref(cb), b_.intLit(1)});
    call("tile_regs_release", {});
  }
  void wait(const CbSpec& cb, int pages = 1) { call("cb_wait_front", {ref(cb), b_.intLit(pages)}); }
  void pop(const CbSpec& cb, int pages = 1) { call("cb_pop_front", {ref(cb), b_.intLit(pages)}); }

  void firstStep(const ChainStep& s);
  void unaryStep(UnaryOpKind op);
  void binaryOp(const ChainStep& s, const CbSpec& x, const CbSpec& y);
  void laterBinaryStep(const ChainStep& s);
  /// DST 0 = x * (1 / y): the reciprocal of y packed into page 2 of `mid` (x is on page 1).
  void divide(const CbSpec& mid, const CbSpec& y);
};

std::vector<clang::Stmt*> ChainBuilder::startup() {
  const ChainStep& s = plan_.chain.front();
  const CbSpec& out = outputCb();
  std::vector<clang::Expr*> cbs;
  for (const std::string& in : s.inputs) cbs.push_back(ref(inputCb(in)));
  if (s.kind == StepKind::Reduce) cbs.push_back(ref(scalerCb()));
  cbs.push_back(ref(out));
  srcA_ = &inputCb(s.inputs.at(0));
  srcB_ = s.inputs.size() > 1 ? &inputCb(s.inputs[1]) : s.kind == StepKind::Reduce ? &scalerCb() : srcA_;
  packed_ = &out;
  if (k_.hwStartup) return {callStmt(b_, "ckernel::compute_kernel_hw_startup", cbs)};
  // Classic kernels start with the combined init of their first op.
  switch (s.kind) {
    case StepKind::Matmul: return {callStmt(b_, "ckernel::mm_init", cbs)};
    case StepKind::Binary:
      if (s.broadcast != Broadcast::None)
        return {b_.exprStmt(b_.callTemplate("ckernel::init_bcast", {constant(eltwiseType(s.binary)), b_.ref("ckernel::" + std::string(broadcastType(s.broadcast)))}, cbs))};
      return {callStmt(b_, "ckernel::binary_op_init_common", cbs)};
    case StepKind::Unary: return {callStmt(b_, "ckernel::init_sfpu", cbs)};
    case StepKind::Transpose: return {callStmt(b_, "ckernel::transpose_wh_init", cbs)};
    case StepKind::Reduce:
      return {b_.exprStmt(b_.callTemplate("ckernel::reduce_init", {b_.ref("ckernel::" + std::string(poolType(s.reduceFn))), b_.ref("ckernel::" + std::string(reduceDim(s.reduceDim)))}, cbs))};
  }
  return {};
}

void ChainBuilder::binaryOp(const ChainStep& s, const CbSpec& x, const CbSpec& y) {
  const std::string stem = binaryStem(s.binary);
  unpackFrom(x, y);
  if (s.broadcast == Broadcast::None) {
    call(stem + k_.binaryInitSuffix, {ref(x), ref(y)});
    call(stem + "_tiles", {ref(x), ref(y), b_.intLit(0), b_.intLit(0), b_.intLit(0)});
    return;
  }
  clang::Expr* dim = b_.ref("ckernel::" + std::string(broadcastType(s.broadcast)));
  callTemplate("init_bcast", {constant(eltwiseType(s.binary)), dim}, {ref(x), ref(y), ref(outputCb())});
  callTemplate(stem + "_tiles_bcast", {b_.ref("ckernel::" + std::string(broadcastType(s.broadcast)))},
               {ref(x), ref(y), b_.intLit(0), b_.intLit(0), b_.intLit(0)});
}

void ChainBuilder::unaryStep(UnaryOpKind op) {
  const std::string stem = sfpuStem(op);
  if (stem.empty()) return;
  call(stem + "_tile_init", {});
  call(stem + "_tile", {b_.intLit(0)});
}

void ChainBuilder::divide(const CbSpec& mid, const CbSpec& y) {
  // The reciprocal of the operand: copy it into DST, recip on the SFPU, pack it behind x.
  call("tile_regs_acquire", {});
  wait(y);
  unpackFrom(y, y);
  call(k_.copyInit, {ref(y)});
  call("copy_tile", {ref(y), b_.intLit(0), b_.intLit(0)});
  pop(y);
  unaryStep(UnaryOpKind::Recip);
  packInto(mid);
  // x * (1 / y) from the two pages of the intermediate CB.
  call("tile_regs_acquire", {});
  wait(mid, 2);
  unpackFrom(mid, mid);
  call(std::string("mul") + k_.binaryInitSuffix, {ref(mid), ref(mid)});
  call("mul_tiles", {ref(mid), ref(mid), b_.intLit(0), b_.intLit(1), b_.intLit(0)});
  pop(mid, 2);
}

void ChainBuilder::firstStep(const ChainStep& s) {
  switch (s.kind) {
    case StepKind::Matmul: {
      const CbSpec& a = inputCb(s.inputs.at(0));
      const CbSpec& w = inputCb(s.inputs.at(1));
      call("tile_regs_acquire", {});
      unpackFrom(a, w);
      call(k_.hwStartup ? k_.matmulInit : k_.matmulInitShort, {ref(a), ref(w)});
      clang::VarDecl* kt = b_.loopBegin("kt", b_.type("uint32_t"), b_.intLit(0));
      std::vector<clang::Stmt*> outer = std::move(body_);
      body_.clear();
      wait(a);
      wait(w);
      call(k_.matmulTile, {ref(a), ref(w), b_.intLit(0), b_.intLit(0), b_.intLit(0), b_.boolLit(false)});
      pop(a);
      pop(w);
      clang::Stmt* loop = b_.loopEnd(kt, b_.ref(names_.at("Kt")), body_);
      body_ = std::move(outer);
      body_.push_back(loop);
      return;
    }
    case StepKind::Binary: {
      const CbSpec& x = inputCb(s.inputs.at(0));
      const CbSpec& y = inputCb(s.inputs.at(1));
      if (s.binary == BinaryOpKind::Div) {
        // The reciprocal of y in DST, then DST * x with DST moved to source A (the SDK's
        // binary_dest_reuse_tiles): no intermediate CB at step 0.
        call("tile_regs_acquire", {});
        wait(y);
        unpackFrom(y, y);
        call(k_.copyInit, {ref(y)});
        call("copy_tile", {ref(y), b_.intLit(0), b_.intLit(0)});
        pop(y);
        unaryStep(UnaryOpKind::Recip);
        wait(x);
        unpackFrom(x, x);
        auto targs = [&]() -> std::vector<TemplateArg> {
          return {constant("ELWMUL"), b_.ref("ckernel::EltwiseBinaryReuseDestType::DEST_TO_SRCA")};
        };
        callTemplate("binary_dest_reuse_tiles_init", targs(), {ref(x)});
        callTemplate("binary_dest_reuse_tiles", targs(), {ref(x), b_.intLit(0), b_.intLit(0)});
        pop(x);
        return;
      }
      call("tile_regs_acquire", {});
      wait(x);
      wait(y);
      binaryOp(s, x, y);
      pop(x);
      pop(y);
      return;
    }
    case StepKind::Unary: {
      const CbSpec& x = inputCb(s.inputs.at(0));
      call("tile_regs_acquire", {});
      wait(x);
      unpackFrom(x, x);
      call(k_.copyInit, {ref(x)});
      call("copy_tile", {ref(x), b_.intLit(0), b_.intLit(0)});
      pop(x);
      unaryStep(s.unary);
      return;
    }
    case StepKind::Transpose: {
      const CbSpec& x = inputCb(s.inputs.at(0));
      call("tile_regs_acquire", {});
      wait(x);
      unpackFrom(x, x);
      call(k_.transposeInit, {ref(x)});
      call(k_.transposeTile, {ref(x), b_.intLit(0), b_.intLit(0)});
      pop(x);
      return;
    }
    case StepKind::Reduce: {
      // The reduced tiles of this output tile accumulate in DST 0, each scaled by the scaler (1.0).
      const CbSpec& x = inputCb(s.inputs.at(0));
      const CbSpec& scaler = scalerCb();
      auto targs = [&]() -> std::vector<TemplateArg> {
        return {b_.ref("ckernel::" + std::string(poolType(s.reduceFn))), b_.ref("ckernel::" + std::string(reduceDim(s.reduceDim)))};
      };
      call("tile_regs_acquire", {});
      unpackFrom(x, scaler);
      callTemplate("reduce_init", targs(), {ref(x), ref(scaler), ref(outputCb())});
      clang::VarDecl* t = b_.loopBegin("t", b_.type("uint32_t"), b_.intLit(0));
      std::vector<clang::Stmt*> outer = std::move(body_);
      body_.clear();
      wait(x);
      callTemplate("reduce_tile", targs(), {ref(x), ref(scaler), b_.intLit(0), b_.intLit(0), b_.intLit(0)});
      pop(x);
      clang::Stmt* loop = b_.loopEnd(t, b_.ref(names_.at("reduced_tiles")), body_);
      body_ = std::move(outer);
      body_.push_back(loop);
      call("reduce_uninit", {});
      return;
    }
  }
}

void ChainBuilder::laterBinaryStep(const ChainStep& s) {
  const CbSpec& mid = intermediateCb();
  const CbSpec& y = inputCb(s.inputs.at(0));
  packInto(mid);  // the running result leaves DST for the intermediate CB
  if (s.binary == BinaryOpKind::Div) {
    divide(mid, y);
    return;
  }
  call("tile_regs_acquire", {});
  wait(mid);
  wait(y);
  binaryOp(s, mid, y);
  pop(mid);
  pop(y);
}

std::vector<clang::Stmt*> ChainBuilder::tileBody() {
  body_.clear();
  firstStep(plan_.chain.front());
  for (size_t k = 1; k < plan_.chain.size(); ++k) {
    const ChainStep& s = plan_.chain[k];
    if (s.kind == StepKind::Unary) unaryStep(s.unary);
    if (s.kind == StepKind::Binary) laterBinaryStep(s);
  }
  packInto(outputCb());
  return std::move(body_);
}

}  // namespace

std::vector<std::pair<std::string, std::string>> computeDefines(const Plan& plan) {
  if (plan.chain.empty() || plan.chain.front().kind != StepKind::Reduce) return {};
  const ChainStep& s = plan.chain.front();
  return {{"REDUCE_OP", poolType(s.reduceFn)}, {"REDUCE_DIM", reduceDim(s.reduceDim)}};
}

std::vector<std::string> chainComputeIncludes(const Plan& plan) {
  const KernelProfile& k = kernelProfile(plan.profile);
  std::vector<std::string> inc{"<cstdint>", k.computeHeader("common.h")};
  if (k.hwStartup) inc.push_back(k.computeHeader("compute_kernel_hw_startup.h"));
  auto add = [&](const std::string& h) {
    if (std::find(inc.begin(), inc.end(), h) == inc.end()) inc.push_back(h);
  };
  add(k.computeHeader("tile_move_copy.h"));
  add(k.computeHeader("pack.h"));
  add(k.computeHeader("reconfig_data_format.h"));
  for (const ChainStep& s : plan.chain) {
    switch (s.kind) {
      case StepKind::Matmul: add(k.computeHeader("matmul.h")); break;
      case StepKind::Binary:
        add(k.computeHeader(s.broadcast == Broadcast::None ? "eltwise_binary.h" : "bcast.h"));
        if (s.binary == BinaryOpKind::Div) {
          add(k.computeHeader("eltwise_binary.h"));
          add(k.computeHeader("eltwise_unary/eltwise_unary.h"));
          add(k.computeHeader("eltwise_unary/recip.h"));
        }
        break;
      case StepKind::Unary:
        add(k.computeHeader("eltwise_unary/eltwise_unary.h"));
        if (s.unary != UnaryOpKind::Copy) add(sfpuHeader(s.unary, k));
        break;
      case StepKind::Reduce: add(k.computeHeader("reduce.h")); break;
      case StepKind::Transpose: add(k.computeHeader(k.transposeHeader)); break;
    }
  }
  return inc;
}

void buildChainCompute(const Plan& plan, Builder& b, KernelNames& names, EmittedFunction& fn) {
  ChainBuilder chain(plan, b, names);
  fn.sections.push_back({"Configure unpack, math and pack for the chain's first step", chain.startup()});
  // A reduce's scaler tile: waited for once, used by every reduce_tile, released at the end.
  const CbSpec* scaler = nullptr;
  for (const CbSpec& cb : plan.cbs)
    if (cb.role == CbRole::Scaler) scaler = &cb;
  auto scalerCall = [&](const char* fnName) {
    return callStmt(b, std::string("ckernel::") + fnName, {b.ref(names.at(cbVarName(plan, *scaler))), b.intLit(1)});
  };
  if (scaler) fn.sections.push_back({"Wait for the reduce's scaler tile (the reader fills it once)", {scalerCall("cb_wait_front")}});
  clang::VarDecl* i = b.loopBegin("i", b.type("uint32_t"), b.intLit(0));
  std::vector<clang::Stmt*> body = chain.tileBody();
  clang::Stmt* loop = b.loopEnd(i, b.ref(names.at("num_tiles")), body);
  fn.sections.push_back({"Each output tile: the chain's steps on DST register 0, then pack it", {loop}});
  if (scaler) fn.sections.push_back({"Release the scaler tile", {scalerCall("cb_pop_front")}});
}

}  // namespace tt_astgen
