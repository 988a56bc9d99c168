// Mirrors tt-metal compute_kernel_api/eltwise_unary/eltwise_unary.h (unary_op_init_common, init_sfpu).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void unary_op_init_common(std::uint32_t icb, std::uint32_t ocb) { tt_astgen_dryrun::compute_hw_init(icb, icb, ocb); }
ALWI void init_sfpu(std::uint32_t icb, std::uint32_t ocb) { unary_op_init_common(icb, ocb); }
}  // namespace ckernel
