// Mirrors tt-metal tile_move_copy.h (copy a CB tile into DST): classic (compute_kernel_api/:
// copy_tile_init, copy_tile_to_dst_init_short) and 2026 (api/compute/: copy_init after
// compute_kernel_hw_startup, copy_block; the classic inits deprecated, with call_line).
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void copy_init(std::uint32_t cbid, std::uint32_t transpose = 0, std::uint32_t transpose_within_16x16_face = false,
                    std::uint32_t call_line = __builtin_LINE()) {
  (void)transpose_within_16x16_face; (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Copy, cbid, cbid, transpose);
}
[[deprecated("Renamed to copy_init()")]] ALWI void copy_tile_init(std::uint32_t cbid,
                                                                  std::uint32_t call_line = __builtin_LINE()) {
  copy_init(cbid, 0, false, call_line);
}
[[deprecated("Renamed to copy_init()")]] ALWI void copy_tile_to_dst_init_short(
    std::uint32_t cbid, std::uint32_t transpose = 0, std::uint32_t transpose_within_16x16_face = false,
    std::uint32_t call_line = __builtin_LINE()) {
  copy_init(cbid, transpose, transpose_within_16x16_face, call_line);
}
[[deprecated("Call reconfig_data_format_srca(old, new) then copy_init(new, transpose)")]]
ALWI void copy_tile_to_dst_init_short_with_dt(std::uint32_t old_cbid, std::uint32_t new_cbid,
                                              std::uint32_t transpose = 0) {
  (void)old_cbid;
  copy_init(new_cbid, transpose);
}
#else
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
#endif
ALWI void copy_tile(std::uint32_t in_cb_id, std::uint32_t in_tile_index, std::uint32_t dst_tile_index) {
  tt_astgen_dryrun::compute_copy_tile(in_cb_id, in_tile_index, dst_tile_index);
}
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
// ntiles consecutive tiles into consecutive DST slots (the 2026 block entry point of the copy op).
ALWI void copy_block(std::uint32_t in_cb_id, std::uint32_t start_in_tile_index, std::uint32_t start_dst_tile_index,
                     std::uint32_t ntiles) {
  for (std::uint32_t i = 0; i < ntiles; ++i) copy_tile(in_cb_id, start_in_tile_index + i, start_dst_tile_index + i);
}
#endif
}  // namespace ckernel
