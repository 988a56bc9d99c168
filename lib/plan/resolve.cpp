// From a draft to a resolved, validated Plan: cross-field checks and defaults.
#include <algorithm>
#include <limits>
#include <map>

#include "cbs.h"
#include "chain.h"
#include "draft.h"
#include "runtime_args.h"
#include "work_split.h"

namespace tt_astgen::plan_detail {
namespace {

using Checked = CheckedBuffer;

std::string label(const BufferDraft& b) {
  return b.name ? "\"" + *b.name + "\"" : (b.path.empty() ? std::string("?") : b.path);
}

std::string shapeText(const std::vector<uint64_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

/// a * b, or nullopt on 64-bit overflow.
std::optional<uint64_t> checkedMul(uint64_t a, uint64_t b) {
  if (a != 0 && b > std::numeric_limits<uint64_t>::max() / a) return std::nullopt;
  return a * b;
}

/// Rank, tile alignment and size of one buffer.
bool checkShape(const BufferDraft& b, Diagnostics& d) {
  if (!b.shape) return false;
  const auto& shape = *b.shape;
  if (shape.size() != 2) {
    d.error(b.shapePath, "expected rank 2 ([rows, cols]), got rank " + std::to_string(shape.size()));
    return false;
  }
  bool ok = true;
  const char* what[2] = {"tile height", "tile width"};
  const uint64_t tile[2] = {kTileHeight, kTileWidth};
  for (size_t i = 0; i < 2; ++i) {
    const std::string p = childPath(b.shapePath, i);
    if (shape[i] == 0) {
      d.error(p, "expected a positive multiple of " + std::to_string(tile[i]) + " (" + what[i] + "), got 0");
      ok = false;
    } else if (shape[i] % tile[i] != 0) {
      d.error(p, "expected a multiple of " + std::to_string(tile[i]) + " (" + what[i] + "), got " +
                     std::to_string(shape[i]));
      ok = false;
    }
  }
  if (!ok || !b.dtype) return ok;
  auto tiles = checkedMul(shape[0] / kTileHeight, shape[1] / kTileWidth);
  auto bytes = tiles ? checkedMul(*tiles, tileBytes(*b.dtype)) : std::nullopt;
  constexpr uint64_t kMaxBytes = uint64_t(1) << 32;
  if (!bytes) {
    d.error(b.shapePath, "buffer " + label(b) + " of shape " + shapeText(shape) +
                             " is larger than 2^64 bytes");
    return false;
  }
  if (*bytes > kMaxBytes) {
    d.error(b.shapePath, "buffer " + label(b) + " needs " + std::to_string(*bytes) +
                             " bytes, more than 2^32 (addresses and sizes are 32-bit runtime arguments)");
    return false;
  }
  return true;
}

const char* plural(size_t n, const char* one, const char* many) { return n == 1 ? one : many; }

/// Operand counts; returns true when they match the op.
bool checkOperandCounts(const PlanDraft& draft, const std::vector<Checked>& bufs, Diagnostics& d) {
  size_t inputs = 0, outputs = 0;
  for (const auto& c : bufs) {
    if (!c.draft->role) return false;  // reported already
    (*c.draft->role == BufferRole::Input ? inputs : outputs)++;
  }
  const size_t wantInputs = draft.plan.op == OpKind::EltwiseUnary ? 1 : 2;
  if (inputs == wantInputs && outputs == 1) return true;
  d.error(draft.buffersPath, std::string(toString(draft.plan.op)) + " expects " +
                                 std::to_string(wantInputs) + plural(wantInputs, " input", " inputs") +
                                 " and 1 output, got " + std::to_string(inputs) +
                                 plural(inputs, " input", " inputs") + " and " + std::to_string(outputs) +
                                 plural(outputs, " output", " outputs"));
  return false;
}

void checkShapeAgreement(OpKind op, const BufferDraft& in0, const BufferDraft* in1,
                         const BufferDraft& out, Diagnostics& d) {
  const auto& a = *in0.shape;
  const auto& o = *out.shape;
  if (op == OpKind::Matmul) {
    const auto& b = *in1->shape;
    if (b[0] != a[1])
      d.error(childPath(in1->shapePath, 0), "expected " + std::to_string(a[1]) + " (K: the columns of " +
                                                label(in0) + "), got " + std::to_string(b[0]));
    if (o[0] != a[0])
      d.error(childPath(out.shapePath, 0), "expected " + std::to_string(a[0]) + " (M: the rows of " +
                                               label(in0) + "), got " + std::to_string(o[0]));
    if (o[1] != b[1])
      d.error(childPath(out.shapePath, 1), "expected " + std::to_string(b[1]) + " (N: the columns of " +
                                               label(*in1) + "), got " + std::to_string(o[1]));
    return;
  }
  for (const BufferDraft* other : {in1, &out}) {
    if (other && *other->shape != a)
      d.error(other->shapePath, "expected " + shapeText(a) + " (the shape of " + label(in0) +
                                    "; element-wise operands have equal shapes), got " +
                                    shapeText(*other->shape));
  }
}

/// Checks the grid against the arch; on success stores it in the plan and returns true.
bool resolveGrid(PlanDraft& draft, Diagnostics& d) {
  if (!draft.gridX || !draft.gridY || !draft.archOk) return false;
  const ArchInfo info = archInfo(draft.plan.arch);
  auto check = [&](uint64_t v, uint32_t max, const std::string& path) {
    if (v >= 1 && v <= max) return true;
    d.error(path, "expected 1.." + std::to_string(max) + " for " + toString(draft.plan.arch) +
                      ", got " + std::to_string(v));
    return false;
  };
  const bool xOk = check(*draft.gridX, info.gridX, draft.gridXPath);
  const bool yOk = check(*draft.gridY, info.gridY, draft.gridYPath);
  if (!xOk || !yOk) return false;
  draft.plan.gridX = static_cast<uint32_t>(*draft.gridX);
  draft.plan.gridY = static_cast<uint32_t>(*draft.gridY);
  return true;
}

/// Checks the buffers against each other and the op (a version-2 plan: the chain); on success
/// stores them in plan order (inputs, then the output) and returns true.
bool resolveBuffers(PlanDraft& draft, Diagnostics& d) {
  if (!draft.buffers) return false;
  Plan& plan = draft.plan;
  std::vector<Checked> bufs;
  std::map<std::string, const BufferDraft*> byName;
  bool allComplete = true;
  for (const auto& b : *draft.buffers) {
    Checked c;
    c.draft = &b;
    c.shapeOk = checkShape(b, d);
    c.complete = b.name && b.role && c.shapeOk && b.dtype;
    if (b.name) {
      auto [it, inserted] = byName.emplace(*b.name, &b);
      if (!inserted) {
        d.error(b.namePath, "duplicate buffer name \"" + *b.name + "\" (first at " + it->second->path + ")");
        c.complete = false;
      }
    }
    allComplete = allComplete && c.complete;
    bufs.push_back(c);
  }
  if (draft.plan.version == "2") return draft.opOk && resolveChain(draft, bufs, d);
  if (!draft.opOk || !checkOperandCounts(draft, bufs, d)) return false;

  std::vector<const BufferDraft*> inputs;
  const BufferDraft* output = nullptr;
  for (const auto& c : bufs) {
    if (*c.draft->role == BufferRole::Input)
      inputs.push_back(c.draft);
    else
      output = c.draft;
  }
  const size_t errorsBefore = d.size();
  const bool shapesOk = std::all_of(bufs.begin(), bufs.end(), [](const Checked& c) { return c.shapeOk; });
  if (shapesOk) checkShapeAgreement(plan.op, *inputs[0], inputs.size() > 1 ? inputs[1] : nullptr, *output, d);
  if (const BufferDraft& ref = *inputs[0]; ref.dtype) {
    for (const auto& c : bufs) {
      const BufferDraft& b = *c.draft;
      if (&b != &ref && b.dtype && *b.dtype != *ref.dtype)
        d.error(b.dtypePath, std::string("expected \"") + toString(*ref.dtype) + "\" like buffer " + label(ref) +
                                 " (mixed dtypes within one op are not supported yet), got \"" +
                                 toString(*b.dtype) + "\"");
    }
  }
  if (!allComplete || d.size() != errorsBefore) return false;
  for (const BufferDraft* b : inputs)
    plan.buffers.push_back(BufferSpec{*b->name, BufferRole::Input, *b->shape, *b->dtype, b->memory});
  plan.buffers.push_back(BufferSpec{*output->name, BufferRole::Output, *output->shape, *output->dtype, output->memory});
  return true;
}

/// The one-step chain of a version-1 (or TileLang) plan: its op on all of its inputs.
ChainStep stepOfOp(const Plan& plan) {
  ChainStep step;
  switch (plan.op) {
    case OpKind::Matmul: step.kind = StepKind::Matmul; break;
    case OpKind::EltwiseBinary: step.kind = StepKind::Binary; break;
    case OpKind::EltwiseUnary: step.kind = StepKind::Unary; break;
    case OpKind::Reduce: step.kind = StepKind::Reduce; break;
    case OpKind::Transpose: step.kind = StepKind::Transpose; break;
  }
  step.binary = plan.binaryOp;
  step.unary = plan.unaryOp;
  for (const BufferSpec* in : plan.inputs()) step.inputs.push_back(in->name);
  return step;
}

}  // namespace

std::optional<Plan> resolvePlan(PlanDraft& draft, Diagnostics& d) {
  Plan& plan = draft.plan;

  // --- buffers -------------------------------------------------------------------------------
  const bool buffersOk = resolveBuffers(draft, d);  // every buffer sound and consistent with the op
  if (buffersOk && plan.chain.empty()) plan.chain = {stepOfOp(plan)};
  std::optional<uint64_t> totalTiles;
  if (buffersOk) totalTiles = plan.numOutputTiles();

  // --- claims of the source about the tile count (TileLang) ---------------------------------
  if (totalTiles) {
    for (const auto& claim : draft.tileCountClaims)
      if (claim.value != *totalTiles)
        d.error(claim.path, "expected " + std::to_string(*totalTiles) + " (the output's Mt*Nt = " +
                                std::to_string(plan.mt()) + "*" + std::to_string(plan.nt()) +
                                " tiles), got " + std::to_string(claim.value));
  }

  // --- grid and work split -------------------------------------------------------------------
  if (resolveGrid(draft, d) && draft.splitOk) {
    plan.split = draft.split;
    if (draft.split == SplitKind::Contiguous) {
      if (totalTiles) {
        plan.cores = contiguousSplit(plan.gridX, plan.gridY, *totalTiles);
        if (draft.cores && draft.coresSyntaxOk)
          checkListedContiguousSplit(*draft.cores, draft.coresPath, plan.cores, d);
      }
    } else if (draft.cores) {
      if (auto cores = checkExplicitSplit(*draft.cores, draft.coresPath, plan.gridX, plan.gridY,
                                          totalTiles, d))
        plan.cores = std::move(*cores);
    }
  }

  // --- circular buffers ----------------------------------------------------------------------
  if (buffersOk && draft.cbsOk) {
    if (draft.cbsDerived) {
      plan.cbs = deriveCbs(plan.buffers);
    } else if (auto cbs = checkExplicitCbs(draft.cbs, draft.cbsPath, plan.buffers, d)) {
      plan.cbs = std::move(*cbs);
    }
    if (!plan.cbs.empty()) {
      if (auto chainCbs = deriveChainCbs(plan, plan.cbs, draft.cbsPath, d)) {
        std::vector<const CbDraft*> listed;
        for (const CbDraft& cb : draft.cbs)
          if (isChainCb(cb)) listed.push_back(&cb);
        checkListedChainCbs(listed, *chainCbs, draft.cbsPath, d);
        plan.cbs.insert(plan.cbs.end(), chainCbs->begin(), chainCbs->end());
      }
    }
    if (draft.archOk) {
      checkCbCapacity(plan.cbs, draft.cbsPath, plan.arch, d);
      checkL1Buffers(plan.buffers, plan.cbs, draft.buffersPath, plan.arch, d);
    }
  } else if (draft.cbsOk && !draft.cbsDerived) {
    checkCbIdsUnique(draft.cbs, d);  // the one CB check that does not need the buffers
  }

  // --- runtime arguments ---------------------------------------------------------------------
  if (buffersOk) {
    plan.runtimeArgs = defaultRuntimeArgs(plan.op, plan.buffers);
    auto apply = [&](const std::optional<KernelArgsDraft>& k, KernelRole role, std::vector<std::string>& out) {
      if (!k) return;
      if (auto names = checkKernelArgs(*k, role, plan.op, plan.buffers, d)) out = std::move(*names);
    };
    apply(draft.readerArgs, KernelRole::Reader, plan.runtimeArgs.reader);
    apply(draft.computeArgs, KernelRole::Compute, plan.runtimeArgs.compute);
    apply(draft.writerArgs, KernelRole::Writer, plan.runtimeArgs.writer);
  }

  // --- tolerance -----------------------------------------------------------------------------
  // Version 1: the per-dtype defaults; version 2: derived from the chain (lib/plan/tolerance.cpp).
  if (buffersOk) plan.tolerance = draft.tolerance.value_or(defaultTolerance(plan));

  if (!d.empty()) return std::nullopt;
  return plan;
}

}  // namespace tt_astgen::plan_detail
