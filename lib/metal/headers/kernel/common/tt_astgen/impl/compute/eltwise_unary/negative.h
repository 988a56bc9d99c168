// Mirrors tt-metal compute_kernel_api/eltwise_unary/negative.h (negative_tile_init / negative_tile).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void negative_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Negative, 0, 0, 0); }
ALWI void negative_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Negative, idst, 0);
}
}  // namespace ckernel
