// Mirrors tt-metal's tile transpose (B[w,h] = A[h,w] of a 32x32 tile, faces included):
//   classic (compute_kernel_api/transpose_wh.h, 2025): transpose_wh_init(icb, ocb),
//     transpose_wh_init_short(icb), transpose_wh_tile(icb, itile, idst).
//   2026 (api/compute/transpose.h): transpose_init(icb, call_line) after compute_kernel_hw_startup,
//     transpose_tile(icb, itile, idst), transpose_block(icb, start_itile, start_idst, ntiles);
//     api/compute/transpose_wh.h keeps the _wh names as [[deprecated]] shims
//     (tt_astgen/impl/compute/transpose_wh_deprecated.h).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void transpose_init(std::uint32_t icb, std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Transpose, icb, icb, 0);
}
ALWI void transpose_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  tt_astgen_dryrun::compute_transpose_tile(icb, itile, idst);
}
ALWI void transpose_block(std::uint32_t icb, std::uint32_t start_itile, std::uint32_t start_idst, std::uint32_t ntiles) {
  for (std::uint32_t i = 0; i < ntiles; ++i) transpose_tile(icb, start_itile + i, start_idst + i);
}
#else
ALWI void transpose_wh_init(std::uint32_t icb, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb, icb, ocb);
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Transpose, icb, icb, 0);
}
ALWI void transpose_wh_init_short(std::uint32_t icb) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Transpose, icb, icb, 0);
}
ALWI void transpose_wh_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  tt_astgen_dryrun::compute_transpose_tile(icb, itile, idst);
}
#endif
}  // namespace ckernel
