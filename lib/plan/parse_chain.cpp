// Reader of a version-2 plan's "chain" (docs/plan-schema.md, "Version 2: chains"): the syntax of
// each step and the rules about which step may stand where. Checks against the buffers come
// later (chain.cpp), once the buffers are read.
#include "chain.h"
#include "spelling.h"

namespace tt_astgen::plan_detail {
namespace {

/// How many input buffers step 0 of this kind reads.
size_t inputCount(StepKind kind) {
  return kind == StepKind::Matmul || kind == StepKind::Binary ? 2 : 1;
}

bool onlyAtStepZero(StepKind kind) {
  return kind == StepKind::Matmul || kind == StepKind::Reduce || kind == StepKind::Transpose;
}

std::string inputsText(size_t n) { return std::to_string(n) + (n == 1 ? " input" : " inputs"); }

/// Step 0's "inputs": an array of buffer names, as many as the step reads.
bool readInputs(const Json& v, const std::string& path, const std::string& op, size_t want, StepDraft& s,
                Diagnostics& d) {
  if (!expectArray(v, path, d)) return false;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    const std::string p = childPath(path, i);
    if (auto name = readString(v[i], p, d)) {
      s.step->inputs.push_back(*name);
      s.inputPaths.push_back(p);
    } else {
      ok = false;
    }
  }
  if (v.size() != want) {
    d.error(path, op + " reads " + inputsText(want) + ", got " + inputsText(v.size()));
    ok = false;
  }
  return ok;
}

StepDraft readStep(const Json& v, const std::string& path, size_t index, Diagnostics& d) {
  StepDraft s;
  s.path = path;
  s.opPath = childPath(path, "op");
  ObjectReader r(v, path, d);
  if (!r.ok()) return s;
  const Json* op = r.required("op");
  const Json* inputs = r.optional("inputs");
  const Json* operand = r.optional("operand");
  const Json* broadcast = r.optional("broadcast");
  const Json* fn = r.optional("fn");
  const Json* dim = r.optional("dim");
  if (!op) return s;
  s.step = readEnum(*op, s.opPath, stepOpSpellings(), d);
  if (!s.step) return s;
  ChainStep& step = *s.step;
  const std::string name = stepOpName(step);
  bool ok = true;

  // Operands: step 0 reads input buffers, a later binary step one operand buffer.
  if (index == 0) {
    if (operand) {
      d.error(r.path("operand"), "step 0 names its operands in \"inputs\", not \"operand\"");
      ok = false;
    }
    const size_t want = inputCount(step.kind);
    if (!inputs) {
      d.error(r.path("inputs"), "missing required field (step 0 " + name + " reads " + inputsText(want) + ")");
      ok = false;
    } else if (!readInputs(*inputs, r.path("inputs"), name, want, s, d)) {
      ok = false;
    }
  } else {
    if (onlyAtStepZero(step.kind)) {
      // Its operands are beside the point: it cannot stand here at all.
      d.error(s.opPath, name + " may only be step 0 (it reads its operands from input buffers)");
      r.allow({"inputs", "operand", "broadcast", "fn", "dim"});
      s.step.reset();
      return s;
    }
    if (inputs) {
      d.error(r.path("inputs"), step.kind == StepKind::Binary
                                    ? "only step 0 names \"inputs\"; a later binary step names its one \"operand\""
                                    : "only step 0 names \"inputs\"; " + name +
                                          " works on the running result");
      ok = false;
    }
    if (step.kind == StepKind::Binary) {
      if (!operand) {
        d.error(r.path("operand"), "missing required field (the buffer " + name +
                                       " combines with the running result)");
        ok = false;
      } else if (auto b = readString(*operand, r.path("operand"), d)) {
        step.inputs.push_back(*b);
        s.inputPaths.push_back(r.path("operand"));
      } else {
        ok = false;
      }
    } else if (operand) {
      d.error(r.path("operand"), name + " takes no operand (only binary steps do)");
      ok = false;
    }
  }

  if (broadcast) {
    if (step.kind != StepKind::Binary) {
      d.error(r.path("broadcast"), name + " takes no \"broadcast\" (only binary steps do)");
      ok = false;
    } else if (auto b = readEnum(*broadcast, r.path("broadcast"), broadcastSpellings(), d)) {
      step.broadcast = *b;
    } else {
      ok = false;
    }
  }

  if (step.kind == StepKind::Reduce) {
    if (!fn) {
      d.error(r.path("fn"), "missing required field (\"sum\" or \"max\")");
      ok = false;
    } else if (auto f = readEnum(*fn, r.path("fn"), reduceFnSpellings(), d)) {
      step.reduceFn = *f;
    } else {
      ok = false;
    }
    if (!dim) {
      d.error(r.path("dim"), "missing required field (\"row\", \"col\" or \"both\")");
      ok = false;
    } else if (auto x = readEnum(*dim, r.path("dim"), reduceDimSpellings(), d)) {
      step.reduceDim = *x;
    } else {
      ok = false;
    }
  } else {
    for (const char* key : {"fn", "dim"}) {
      if (r.has(key)) {
        d.error(r.path(key), name + " takes no \"" + key + "\" (only reduce does)");
        ok = false;
      }
    }
  }
  if (!ok) s.step.reset();
  return s;
}

}  // namespace

void readChain(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  draft.chainPath = path;
  draft.opOk = false;
  if (!expectArray(v, path, d)) return;
  bool ok = true;
  if (v.empty()) {
    d.error(path, "expected at least 1 step, got an empty chain");
    return;
  }
  if (v.size() > kMaxChainSteps) {
    d.error(path, "expected at most " + std::to_string(kMaxChainSteps) + " steps, got " +
                      std::to_string(v.size()));
    ok = false;
  }
  std::vector<StepDraft> steps;
  for (size_t i = 0; i < v.size(); ++i) {
    steps.push_back(readStep(v[i], childPath(path, i), i, d));
    if (!steps.back().step) ok = false;
  }
  // After a reduce or a transpose only unary steps: the result is no longer the shape (nor, for
  // a reduce, the tile order) a binary operand streams in.
  if (steps[0].step && (steps[0].step->kind == StepKind::Reduce || steps[0].step->kind == StepKind::Transpose)) {
    for (size_t i = 1; i < steps.size(); ++i) {
      const auto& s = steps[i].step;
      if (s && s->kind == StepKind::Binary) {
        d.error(steps[i].opPath, std::string(stepOpName(*s)) + " cannot follow " + stepOpName(*steps[0].step) +
                                     " (only unary steps may follow a reduce or a transpose)");
        ok = false;
      }
    }
  }
  if (!ok) return;
  draft.chain = std::move(steps);
  draft.opOk = true;
}

}  // namespace tt_astgen::plan_detail
