// The compute chain of a version-2 plan (docs/plan-schema.md, "Version 2: chains"): reading its
// steps (parse_chain.cpp), checking them against the buffers and inferring shapes (chain.cpp),
// and the circular buffers only a chain needs (chain_cbs.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "draft.h"

namespace tt_astgen::plan_detail {

/// The longest chain accepted.
inline constexpr size_t kMaxChainSteps = 8;
/// The first id of the intermediate CBs (c_24, c_25, ...).
inline constexpr uint32_t kFirstIntermediateCb = 24;

/// Reads "chain" into draft.chain; reports syntax errors and the rules a step can break on its
/// own or with its neighbours (operand counts, which steps may follow which).
void readChain(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d);

/// A buffer of the draft with whether its own fields are sound (resolve.cpp checks them).
struct CheckedBuffer {
  const BufferDraft* draft = nullptr;
  bool shapeOk = false;
  bool complete = false;  // name, role, shape and dtype all sound
};

/// Checks the chain against the buffers: every name it reads is an input buffer, every input is
/// read, each step's operand shapes fit (broadcasts included) and the output has the chain's
/// result shape. On success stores the chain, op kinds and buffers (inputs in order of first use,
/// then the output) in draft.plan and returns true.
bool resolveChain(PlanDraft& draft, const std::vector<CheckedBuffer>& buffers, Diagnostics& d);

/// The shape of a step's result from the shape of what it reads: for step 0 the shapes of its
/// inputs, for later steps the running result (and a binary step's operand). nullopt when the
/// shapes do not fit; then `expected` is the shape the failing operand should have.
struct ShapeCheck {
  std::optional<std::vector<uint64_t>> result;
  std::vector<uint64_t> expected;  // when !result: the shape the operand should have
  std::string why;                 // when !result: the rule, e.g. "a row broadcast onto [64, 64]"
};
ShapeCheck binaryShape(const std::vector<uint64_t>& running, const std::vector<uint64_t>& operand,
                       Broadcast broadcast);
std::vector<uint64_t> unaryLikeShape(const ChainStep& step, const std::vector<uint64_t>& in);

/// The chain's own CBs after the buffers' CBs: a reduce's scaler (the next free id after the
/// input CBs) and one intermediate per binary step after step 0 (c_24, c_25, ..., skipping taken
/// ids). Reports at cbsPath when no id is free.
std::optional<std::vector<CbSpec>> deriveChainCbs(const Plan& plan, const std::vector<CbSpec>& bufferCbs,
                                                  const std::string& cbsPath, Diagnostics& d);

/// Checks CB entries that name an intermediate or scaler role (a normalized version-2 plan lists
/// them) against the derived ones.
void checkListedChainCbs(const std::vector<const CbDraft*>& listed, const std::vector<CbSpec>& derived,
                         const std::string& cbsPath, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
