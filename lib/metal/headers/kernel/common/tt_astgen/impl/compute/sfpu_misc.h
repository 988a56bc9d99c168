// Mirrors tt-metal tt_metal/include/compute_kernel_api.h (a few common SFPU unary ops declared there:
// sigmoid, log, tanh, abs). relu/exp/sqrt/... live in compute_kernel_api/eltwise_unary/*.h.
#pragma once

#include "tt_astgen/impl/compute/common.h"
#include "tt_astgen/impl/compute/eltwise_unary/eltwise_unary.h"

namespace ckernel {
#define TT_ASTGEN_MOCK_UNARY(name, op)                                                                   \
  ALWI void name##_tile_init() { tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::op, 0, 0, 0); } \
  ALWI void name##_tile(std::uint32_t idst) { tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::op, idst, 0); }
TT_ASTGEN_MOCK_UNARY(sigmoid, Sigmoid)
TT_ASTGEN_MOCK_UNARY(log, Log)
TT_ASTGEN_MOCK_UNARY(tanh, Tanh)
TT_ASTGEN_MOCK_UNARY(abs, Abs)
#undef TT_ASTGEN_MOCK_UNARY
}  // namespace ckernel
