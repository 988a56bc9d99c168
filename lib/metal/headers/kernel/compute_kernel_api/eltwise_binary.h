// Mirrors tt-metal compute_kernel_api/eltwise_binary.h (binary_op_init_common, add/sub/mul tiles).
#pragma once

#include "compute_kernel_api/common.h"

namespace ckernel {
ALWI void binary_op_init_common(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
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
