// The compute kernel of a version-2 chain: step 0 into DST register 0, later unary steps in place
// on DST, later binary steps through their intermediate CB, the final pack into the output CB.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "emit/emitted_file.h"
#include "emit/kernel_common.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

/// True when the plan needs the chain emitters: a version-2 plan, or a step the version-1 code does
/// not know (a broadcast, div, reduce, transpose, the newer SFPU functions).
bool isChainPlan(const Plan& plan);

/// The compute API headers of the chain's steps, quoted for #include, in the profile's spelling.
std::vector<std::string> chainComputeIncludes(const Plan& plan);

/// Builds the chain's configuration and per-tile loop into `fn` (the runtime-argument and CB
/// constant sections are already there, with every CB of the plan in `names`).
void buildChainCompute(const Plan& plan, Builder& b, KernelNames& names, EmittedFunction& fn);

/// The defines the compute kernel is built with (its ComputeConfig's, and the emitter's parse):
/// a reduce's REDUCE_OP and REDUCE_DIM, the defaults of reduce.h's template arguments in the SDK.
std::vector<std::pair<std::string, std::string>> computeDefines(const Plan& plan);

/// The SDK's SFPU function stem of a unary op: "exp" for exp_tile_init / exp_tile, "negative" for
/// neg; "" for copy (no SFPU call).
std::string sfpuStem(UnaryOpKind op);

}  // namespace tt_astgen
