// Mirrors tt-metal compute_kernel_api/eltwise_unary/gelu.h (templated gelu_tile_init / gelu_tile).
// The dry-run computes the exact (erf) GELU whatever fast_and_approx says.
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
template <bool fast_and_approx = true>
ALWI void gelu_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Gelu, 0, 0, fast_and_approx);
}
template <bool fast_and_approx = true>
ALWI void gelu_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Gelu, idst, 0);
}
}  // namespace ckernel
