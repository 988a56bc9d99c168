// Mirrors tt-metal reduce.h: reduce_init / reduce_tile / reduce_tile_math / reduce_uninit with the
// PoolType and ReduceDim template arguments. Their defaults are the REDUCE_OP and REDUCE_DIM macros,
// as in the SDK: a kernel defines them before the include (or the host passes them as compute
// defines), even when it names both template arguments; without them the header does not compile,
// on the device as here.
//   classic (compute_kernel_api/reduce.h, 2025): reduce_init(icb, icb_scaler, ocb), reduce_uninit();
//     a later revision adds enforce_fp32_accumulation and reduce_uninit(icb = 0): the mock accepts both.
//   2026 (api/compute/reduce.h): reduce_init takes call_line; reduce_uninit<enforce_fp32>(icb = 0).
// Dry-run semantics (lib/runtime/compute_ops.cpp): reduce_tile accumulates into DST[idst], scaled by
// element (0,0) of the scaler tile: REDUCE_ROW into column 0 of each row, REDUCE_COL into row 0,
// REDUCE_SCALAR into (0,0) (scaled twice, once per reduced dimension, as the hardware does).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
template <PoolType reduce_type = REDUCE_OP, ReduceDim reduce_dim = REDUCE_DIM, bool enforce_fp32_accumulation = false>
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void reduce_init(std::uint32_t icb, std::uint32_t icb_scaler, std::uint32_t ocb,
                      std::uint32_t call_line = __builtin_LINE()) {
#else
ALWI void reduce_init(std::uint32_t icb, std::uint32_t icb_scaler, std::uint32_t ocb) {
#endif
  (void)ocb;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Reduce, icb, icb_scaler,
                                    static_cast<std::uint32_t>(reduce_type) * 4 + reduce_dim);
}

template <bool enforce_fp32_accumulation = false>
ALWI void reduce_uninit(std::uint32_t icb = 0) {
  (void)icb;
}

template <PoolType reduce_type = REDUCE_OP, ReduceDim reduce_dim = REDUCE_DIM, bool enforce_fp32_accumulation = false>
ALWI void reduce_tile(std::uint32_t icb, std::uint32_t icb_scaler, std::uint32_t itile, std::uint32_t itile_scaler,
                      std::uint32_t idst) {
  tt_astgen_dryrun::compute_reduce_tile(reduce_type, reduce_dim, icb, icb_scaler, itile, itile_scaler, idst);
}
}  // namespace ckernel
