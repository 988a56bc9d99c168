// Mirrors tt-metal eltwise_unary/exp.h (templated exp_tile_init / exp_tile):
//   classic (compute_kernel_api/eltwise_unary/exp.h): <approx, fast_and_approx, scale> on the init,
//     <approx, fast_and_approx, scale_en, skip_positive_check, iterations> on exp_tile(idst, int vector_mode, scale).
//   2026 (api/compute/eltwise_unary/exp.h rev. 16b81a9a): enum class InputClamping; the init is
//     <approx, scale, input_clamping>, exp_tile <approx, scale_en, input_clamping, iterations>(idst,
//     VectorMode vector_mode, uint16_t scale).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
enum class InputClamping : std::uint8_t {
  ClampToNegative = 1,
  None = 0,
};
template <bool approx = false, std::uint32_t scale = 0x3F800000,
          InputClamping input_clamping = InputClamping::ClampToNegative>
ALWI void exp_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Exp, 0, 0, approx);
}
template <bool approx = false, bool scale_en = false, InputClamping input_clamping = InputClamping::ClampToNegative,
          int iterations = 8>
ALWI void exp_tile(std::uint32_t idst, VectorMode vector_mode = VectorMode::RC, std::uint16_t scale = 0x3F80) {
  (void)vector_mode;
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Exp, idst, scale_en ? scale : 0x3F80u);
}
#else
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
#endif
}  // namespace ckernel
