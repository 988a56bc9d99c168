// Mirrors tt-metal eltwise_binary.h, classic (compute_kernel_api/) and 2026 (api/compute/):
// binary_op_init_common, add/sub/mul tiles.
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
// 2026: the caller's line is recorded for the compute-state sentinel.
ALWI void binary_op_init_common(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb,
                                std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
#else
ALWI void binary_op_init_common(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
#endif
ALWI void add_tiles_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Add, icb0, icb1, acc_to_dest);
}
ALWI void sub_tiles_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Sub, icb0, icb1, acc_to_dest);
}
ALWI void mul_tiles_init(std::uint32_t icb0, std::uint32_t icb1) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Mul, icb0, icb1, 0);
}
ALWI void add_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Add, icb0, icb1, itile0, itile1, idst);
}
ALWI void sub_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Sub, icb0, icb1, itile0, itile1, idst);
}
ALWI void mul_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Mul, icb0, icb1, itile0, itile1, idst);
}
}  // namespace ckernel
