// The chain as text for people (the `plan` summary and the plan picture).
#include "tt_astgen/plan.h"

namespace tt_astgen {

std::string stepText(const ChainStep& step, size_t index) {
  std::vector<std::string> args;
  if (index == 0 || step.kind == StepKind::Binary) args = step.inputs;
  if (step.kind == StepKind::Binary && step.broadcast != Broadcast::None) args.push_back(toString(step.broadcast));
  if (step.kind == StepKind::Reduce) {
    args.push_back(toString(step.reduceFn));
    args.push_back(toString(step.reduceDim));
  }
  std::string s = stepOpName(step);
  if (args.empty()) return s;
  s += "(";
  for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i];
  return s + ")";
}

std::string chainText(const Plan& plan, const std::string& arrow) {
  std::string s;
  for (size_t i = 0; i < plan.chain.size(); ++i) s += (i ? arrow : "") + stepText(plan.chain[i], i);
  return s;
}

}  // namespace tt_astgen
