// Mirrors tt-metal compute_kernel_api/eltwise_unary/exp.h (templated exp_tile_init / exp_tile).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
template <bool approx = false, bool fast_and_approx = true, std::uint32_t scale = 0x3F800000>
ALWI void exp_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Exp, 0, 0, approx);
}
template <bool approx = false, bool fast_and_approx = true, bool scale_en = false, bool skip_positive_check = false,
          int iterations = 8>
ALWI void exp_tile(std::uint32_t idst, int vector_mode = (int)VectorMode::RC, std::uint16_t scale = 0x3F80) {
  (void)vector_mode;
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Exp, idst, scale_en ? scale : 0x3F80u);
}
}  // namespace ckernel
