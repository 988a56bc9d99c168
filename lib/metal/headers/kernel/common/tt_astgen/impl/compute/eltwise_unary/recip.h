// Mirrors tt-metal eltwise_unary/recip.h (recip_tile_init / recip_tile):
//   classic (compute_kernel_api/eltwise_unary/recip.h, 2025): template <bool legacy_compat = true>,
//     recip_tile(idst, int vector_mode = (int)VectorMode::RC).
//   2026 (api/compute/eltwise_unary/recip.h): the default is RECIP_LEGACY_COMPAT (false unless defined).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
#ifndef RECIP_LEGACY_COMPAT
#define RECIP_LEGACY_COMPAT false
#endif
#define TT_ASTGEN_RECIP_LEGACY_DEFAULT RECIP_LEGACY_COMPAT
#else
#define TT_ASTGEN_RECIP_LEGACY_DEFAULT true
#endif
template <bool legacy_compat = TT_ASTGEN_RECIP_LEGACY_DEFAULT>
ALWI void recip_tile_init() {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Recip, 0, 0, legacy_compat);
}
template <bool legacy_compat = TT_ASTGEN_RECIP_LEGACY_DEFAULT>
ALWI void recip_tile(std::uint32_t idst, int vector_mode = (int)VectorMode::RC) {
  (void)vector_mode;
  tt_astgen_dryrun::compute_unary_tile(tt_astgen_dryrun::ComputeOp::Recip, idst, 0);
}
#undef TT_ASTGEN_RECIP_LEGACY_DEFAULT
}  // namespace ckernel
