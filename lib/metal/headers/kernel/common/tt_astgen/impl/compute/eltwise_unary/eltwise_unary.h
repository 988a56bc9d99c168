// Mirrors tt-metal eltwise_unary/eltwise_unary.h (unary_op_init_common, init_sfpu); in 2026
// (api/compute/eltwise_unary/) unary_op_init_common records the caller's line (call_line).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void unary_op_init_common(std::uint32_t icb, std::uint32_t ocb, std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_hw_init(icb, icb, ocb);
}
#else
ALWI void unary_op_init_common(std::uint32_t icb, std::uint32_t ocb) { tt_astgen_dryrun::compute_hw_init(icb, icb, ocb); }
#endif
ALWI void init_sfpu(std::uint32_t icb, std::uint32_t ocb) { unary_op_init_common(icb, ocb); }
}  // namespace ckernel
