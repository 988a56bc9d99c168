// Mirrors tt-metal reconfig_data_format.h (classic compute_kernel_api/, 2026 api/compute/): switch
// the unpacker's source formats to another CB's (mixed formats per CB). The dry-run unpacks every
// tile in its own CB's format, so these only record the call.
// template <bool to_from_int8 = false> in both generations; some revisions add
// is_tile_dim_reconfig_en (accepted as a second bool).
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"

namespace ckernel {
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format(const std::uint32_t srca_new_operand, const std::uint32_t srcb_new_operand) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::ReconfigDataFormat, srca_new_operand,
                                    srcb_new_operand, 0);
}
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format(const std::uint32_t srca_old_operand, const std::uint32_t srca_new_operand,
                               const std::uint32_t srcb_old_operand, const std::uint32_t srcb_new_operand) {
  (void)srca_old_operand; (void)srcb_old_operand;
  reconfig_data_format(srca_new_operand, srcb_new_operand);
}
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format_srca(const std::uint32_t srca_new_operand) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::ReconfigDataFormat, srca_new_operand,
                                    srca_new_operand, 0);
}
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format_srca(const std::uint32_t srca_old_operand, const std::uint32_t srca_new_operand) {
  (void)srca_old_operand;
  reconfig_data_format_srca(srca_new_operand);
}
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format_srcb(const std::uint32_t srcb_new_operand) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::ReconfigDataFormat, srcb_new_operand,
                                    srcb_new_operand, 0);
}
template <bool to_from_int8 = false, bool is_tile_dim_reconfig_en = false>
ALWI void reconfig_data_format_srcb(const std::uint32_t srcb_old_operand, const std::uint32_t srcb_new_operand) {
  (void)srcb_old_operand;
  reconfig_data_format_srcb(srcb_new_operand);
}
}  // namespace ckernel
