// Mirrors the SFPU functions tt-metal declares in compute_kernel_api.h (classic
// tt_metal/include/compute_kernel_api.h, 2025; 2026 tt_metal/hw/inc/api/compute/compute_kernel_api.h):
// sigmoid, log, tanh, abs, square (+ rsqrt in the classic header of early 2025, see rsqrt.h).
//   classic: sigmoid_tile_init<fast_and_approx = false>, sigmoid_tile<int vec_mode = VectorMode::RC,
//     fast_and_approx = false> (the SDK's VectorMode was then unscoped; the mock's is scoped, so the
//     default is written (int)VectorMode::RC); log, tanh, abs, square untemplated.
//   2026: sigmoid_tile<VectorMode vec_mode = VectorMode::RC, fast_and_approx = false>; log_tile_init,
//     log_tile, tanh_tile_init, tanh_tile templated on <bool fast_and_approx = false>; abs, square untemplated.
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"
#include "tt_astgen/impl/compute/eltwise_unary/eltwise_unary.h"
#if TT_ASTGEN_KERNEL_GENERATION < 2026
#include "tt_astgen/impl/compute/eltwise_unary/rsqrt.h"
#endif

namespace ckernel {
template <bool fast_and_approx = false>
ALWI void sigmoid_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Sigmoid, 0, 0, fast_and_approx);
}
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
template <VectorMode vec_mode = VectorMode::RC, bool fast_and_approx = false>
#else
template <int vec_mode = (int)VectorMode::RC, bool fast_and_approx = false>
#endif
ALWI void sigmoid_tile(std::uint32_t idst) {
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Sigmoid, idst, 0);
}

#if TT_ASTGEN_KERNEL_GENERATION >= 2026
#define TT_ASTGEN_SFPU_APPROX_TEMPLATE template <bool fast_and_approx = false>
#else
#define TT_ASTGEN_SFPU_APPROX_TEMPLATE
#endif
TT_ASTGEN_SFPU_APPROX_TEMPLATE
ALWI void log_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Log, 0, 0, 0); }
TT_ASTGEN_SFPU_APPROX_TEMPLATE
ALWI void log_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Log, idst, 0); }
TT_ASTGEN_SFPU_APPROX_TEMPLATE
ALWI void tanh_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Tanh, 0, 0, 0); }
TT_ASTGEN_SFPU_APPROX_TEMPLATE
ALWI void tanh_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Tanh, idst, 0); }
#undef TT_ASTGEN_SFPU_APPROX_TEMPLATE

ALWI void abs_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Abs, 0, 0, 0); }
ALWI void abs_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Abs, idst, 0); }
ALWI void square_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Square, 0, 0, 0); }
ALWI void square_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_sfpu_tile(tt_astgen_dryrun::ComputeOp::Square, idst, 0); }
}  // namespace ckernel
