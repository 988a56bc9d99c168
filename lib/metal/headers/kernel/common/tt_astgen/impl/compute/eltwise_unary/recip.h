// Mirrors tt-metal compute_kernel_api/eltwise_unary/recip.h (recip_tile_init / recip_tile).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void recip_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Recip, 0, 0, 0); }
ALWI void recip_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Recip, idst, 0);
}
}  // namespace ckernel
