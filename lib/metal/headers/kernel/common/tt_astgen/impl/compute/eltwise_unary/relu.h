// Mirrors tt-metal compute_kernel_api/eltwise_unary/relu.h (relu_tile_init / relu_tile).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void relu_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Relu, 0, 0, 0); }
ALWI void relu_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Relu, idst, 0); }
}  // namespace ckernel
