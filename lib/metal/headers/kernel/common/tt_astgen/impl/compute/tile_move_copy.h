// Mirrors tt-metal compute_kernel_api/tile_move_copy.h (copy a CB tile into DST).
#pragma once

#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
ALWI void copy_tile_to_dst_init_short(std::uint32_t cbid, std::uint32_t transpose = 0,
                                      std::uint32_t transpose_within_16x16_face = false) {
  (void)transpose_within_16x16_face;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Copy, cbid, cbid, transpose);
}
ALWI void copy_tile_init(std::uint32_t cbid) { copy_tile_to_dst_init_short(cbid); }
ALWI void copy_tile_to_dst_init_short_with_dt(std::uint32_t old_cbid, std::uint32_t new_cbid,
                                              std::uint32_t transpose = 0) {
  (void)old_cbid;
  copy_tile_to_dst_init_short(new_cbid, transpose);
}
ALWI void copy_tile(std::uint32_t in_cb_id, std::uint32_t in_tile_index, std::uint32_t dst_tile_index) {
  tt_astgen_dryrun::compute_copy_tile(in_cb_id, in_tile_index, dst_tile_index);
}
}  // namespace ckernel
