// Mirrors tt-metal eltwise_unary/rsqrt.h (rsqrt_tile_init / rsqrt_tile):
//   classic (compute_kernel_api/eltwise_unary/rsqrt.h, 2025): template <bool legacy_compat = false> on both;
//     the earlier 2025 compute_kernel_api.h declared them there with <bool fast_and_approx = true>: the
//     mock's compute_kernel_api.h includes this file, so both spellings compile (one bool template argument).
//   2026 (api/compute/eltwise_unary/rsqrt.h): rsqrt_tile<legacy_compat, FAST_APPROX, is_fp32_dest_acc_en>.
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
template <bool legacy_compat = false>
ALWI void rsqrt_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Rsqrt, 0, 0, legacy_compat);
}
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
template <bool legacy_compat = false, bool FAST_APPROX = false, bool is_fp32_dest_acc_en = DST_ACCUM_MODE>
#else
template <bool legacy_compat = false>
#endif
ALWI void rsqrt_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_sfpu_tile(tt_astgen_dryrun::ComputeOp::Rsqrt, idst, 0);
}
}  // namespace ckernel
