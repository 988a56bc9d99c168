// Mirrors tt-metal eltwise_unary/sqrt.h: sqrt_tile_init(), template <bool FAST_APPROX = false>
// sqrt_tile(idst) (classic compute_kernel_api/eltwise_unary/sqrt.h 2025 and 2026 api/compute/).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void sqrt_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Sqrt, 0, 0, 0); }
template <bool FAST_APPROX = false>
ALWI void sqrt_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Sqrt, idst, 0);
}
}  // namespace ckernel
