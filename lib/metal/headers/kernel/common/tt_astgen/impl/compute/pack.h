// Mirrors tt-metal compute_kernel_api/pack.h (pack_tile and pack data-format reconfig).
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"

namespace ckernel {
template <bool out_of_order_output = false>
ALWI void pack_tile(std::uint32_t ifrom_dst, std::uint32_t icb, std::uint32_t output_tile_index = 0) {
  tt_astgen_dryrun::compute_pack_tile(ifrom_dst, icb, output_tile_index, out_of_order_output);
}
// template <bool is_tile_dim_reconfig_en = false> in the revisions that have it; plain calls work on all.
template <bool is_tile_dim_reconfig_en = false>
ALWI void pack_reconfig_data_format(const std::uint32_t new_cb_id) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::PackReconfigDataFormat, new_cb_id, new_cb_id, 0);
}
template <bool is_tile_dim_reconfig_en = false>
ALWI void pack_reconfig_data_format(const std::uint32_t /*old_cb_id*/, const std::uint32_t new_cb_id) {
  pack_reconfig_data_format(new_cb_id);
}
}  // namespace ckernel
