// A version-2 chain against its buffers: names, use of every input, shape inference step by step
// (docs/plan-schema.md, "Version 2: chains").
#include "chain.h"

#include <algorithm>
#include <map>

#include "suggest.h"

namespace tt_astgen::plan_detail {
namespace {

std::string shapeText(const std::vector<uint64_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

OpKind opKindOf(StepKind kind) {
  switch (kind) {
    case StepKind::Matmul: return OpKind::Matmul;
    case StepKind::Binary: return OpKind::EltwiseBinary;
    case StepKind::Unary: return OpKind::EltwiseUnary;
    case StepKind::Reduce: return OpKind::Reduce;
    case StepKind::Transpose: return OpKind::Transpose;
  }
  return OpKind::EltwiseUnary;
}

}  // namespace

ShapeCheck binaryShape(const std::vector<uint64_t>& running, const std::vector<uint64_t>& operand,
                       Broadcast broadcast) {
  ShapeCheck c;
  const uint64_t rows = running[0], cols = running[1];
  switch (broadcast) {
    case Broadcast::None:
      c.expected = running;
      c.why = "element-wise operands have equal shapes";
      break;
    case Broadcast::Row:
      c.expected = {kTileHeight, cols};
      c.why = "a row broadcast onto " + shapeText(running) + " reads one row of tiles";
      break;
    case Broadcast::Col:
      c.expected = {rows, kTileWidth};
      c.why = "a col broadcast onto " + shapeText(running) + " reads one column of tiles";
      break;
    case Broadcast::Scalar:
      c.expected = {kTileHeight, kTileWidth};
      c.why = "a scalar broadcast reads one tile";
      break;
  }
  if (operand == c.expected) c.result = running;
  return c;
}

std::vector<uint64_t> unaryLikeShape(const ChainStep& step, const std::vector<uint64_t>& in) {
  if (step.kind == StepKind::Transpose) return {in[1], in[0]};
  if (step.kind != StepKind::Reduce) return in;
  switch (step.reduceDim) {
    case ReduceDim::Row: return {in[0], kTileWidth};
    case ReduceDim::Col: return {kTileHeight, in[1]};
    case ReduceDim::Both: return {kTileHeight, kTileWidth};
  }
  return in;
}

bool resolveChain(PlanDraft& draft, const std::vector<CheckedBuffer>& buffers, Diagnostics& d) {
  if (!draft.chain) return false;
  Plan& plan = draft.plan;
  const std::vector<StepDraft>& steps = *draft.chain;

  // Roles: one output; the inputs are whatever the chain reads.
  std::vector<const CheckedBuffer*> outputs;
  bool rolesKnown = true, namesKnown = true;
  for (const auto& b : buffers) {
    if (!b.draft->role) rolesKnown = false;
    else if (*b.draft->role == BufferRole::Output) outputs.push_back(&b);
    if (!b.draft->name) namesKnown = false;
  }
  if (!rolesKnown || !namesKnown) return false;  // reported already
  bool ok = true;
  if (outputs.size() != 1) {
    d.error(draft.buffersPath, "a chain writes 1 output buffer, got " + std::to_string(outputs.size()) +
                                   (outputs.size() == 1 ? " output" : " outputs"));
    ok = false;
  }

  // Every name the chain reads is an input buffer; every input buffer is read.
  std::map<std::string, const CheckedBuffer*> byName;
  std::vector<std::string> inputNames;
  for (const auto& b : buffers) {
    byName.emplace(*b.draft->name, &b);
    if (*b.draft->role == BufferRole::Input) inputNames.push_back(*b.draft->name);
  }
  std::vector<const CheckedBuffer*> firstUse;  // inputs in order of first use
  std::vector<std::vector<const CheckedBuffer*>> stepOperands(steps.size());
  for (size_t i = 0; i < steps.size(); ++i) {
    const StepDraft& s = steps[i];
    for (size_t k = 0; k < s.step->inputs.size(); ++k) {
      const std::string& name = s.step->inputs[k];
      auto it = byName.find(name);
      if (it == byName.end()) {
        d.error(s.inputPaths[k], "unknown buffer " + describe(Json(name)) + didYouMean(name, inputNames));
        ok = false;
        continue;
      }
      if (*it->second->draft->role != BufferRole::Input) {
        d.error(s.inputPaths[k], "buffer " + quoted(name) + " is the output; a chain reads input buffers only");
        ok = false;
        continue;
      }
      stepOperands[i].push_back(it->second);
      if (std::find(firstUse.begin(), firstUse.end(), it->second) == firstUse.end())
        firstUse.push_back(it->second);
    }
  }
  if (!ok) return false;
  for (const auto& b : buffers) {
    if (*b.draft->role == BufferRole::Input &&
        std::find(firstUse.begin(), firstUse.end(), &b) == firstUse.end()) {
      d.error(b.draft->namePath, "input buffer " + quoted(*b.draft->name) + " is not used by the chain");
      ok = false;
    }
  }
  if (!ok) return false;
  const CheckedBuffer& output = *outputs[0];
  const bool shapesOk = std::all_of(buffers.begin(), buffers.end(), [](const CheckedBuffer& b) { return b.shapeOk; });
  if (!shapesOk) return false;

  // Shapes, step by step.
  auto shapeOf = [](const CheckedBuffer* b) -> const std::vector<uint64_t>& { return *b->draft->shape; };
  std::vector<uint64_t> running;
  for (size_t i = 0; i < steps.size() && ok; ++i) {
    const ChainStep& step = *steps[i].step;
    const auto& operands = stepOperands[i];
    if (i == 0 && step.kind == StepKind::Matmul) {
      const auto& a = shapeOf(operands[0]);
      const auto& b = shapeOf(operands[1]);
      if (b[0] != a[1]) {
        d.error(steps[i].inputPaths[1], "expected a buffer of " + std::to_string(a[1]) + " rows (K: the columns of " +
                                            quoted(*operands[0]->draft->name) + "), got " +
                                            quoted(*operands[1]->draft->name) + " of shape " + shapeText(b));
        ok = false;
      }
      running = {a[0], b[1]};
      continue;
    }
    if (step.kind == StepKind::Binary) {
      const size_t operandIndex = i == 0 ? 1 : 0;
      if (i == 0) running = shapeOf(operands[0]);
      const CheckedBuffer* operand = operands[operandIndex];
      ShapeCheck c = binaryShape(running, shapeOf(operand), step.broadcast);
      if (!c.result) {
        d.error(steps[i].inputPaths[operandIndex], "expected a buffer of shape " + shapeText(c.expected) + " (" +
                                                       c.why + "), got " + quoted(*operand->draft->name) +
                                                       " of shape " + shapeText(shapeOf(operand)));
        ok = false;
      }
      continue;
    }
    if (i == 0) running = shapeOf(operands[0]);
    running = unaryLikeShape(step, running);
  }
  if (!ok) return false;
  if (shapeOf(&output) != running) {
    d.error(output.draft->shapePath, "expected " + shapeText(running) + " (the shape of the chain's result), got " +
                                         shapeText(shapeOf(&output)));
    return false;
  }
  if (!std::all_of(buffers.begin(), buffers.end(), [](const CheckedBuffer& b) { return b.complete; })) return false;

  for (const CheckedBuffer* b : firstUse) {
    const BufferDraft& x = *b->draft;
    plan.buffers.push_back(BufferSpec{*x.name, BufferRole::Input, *x.shape, *x.dtype, x.memory});
  }
  const BufferDraft& o = *output.draft;
  plan.buffers.push_back(BufferSpec{*o.name, BufferRole::Output, *o.shape, *o.dtype, o.memory});
  for (const auto& s : steps) plan.chain.push_back(*s.step);
  plan.op = opKindOf(plan.chain[0].kind);
  plan.binaryOp = plan.chain[0].binary;
  plan.unaryOp = plan.chain[0].unary;
  return true;
}

}  // namespace tt_astgen::plan_detail
