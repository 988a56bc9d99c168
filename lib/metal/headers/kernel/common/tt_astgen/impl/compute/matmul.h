// Mirrors tt-metal's matmul.h of both kernel generations (the include tree's tt_astgen/generation.h
// says which): classic compute_kernel_api/matmul.h (mm_init / matmul_tiles with a transpose
// argument / matmul_block) and the 2026 api/compute/matmul.h (no mm_init: compute_kernel_hw_startup
// then matmul_init; matmul_tiles without transpose; call_line on the inits). Sources:
// docs/metal-2026-sources.md.
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void matmul_init(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, const std::uint32_t transpose = 0,
                      std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::MatMul, in0_cb_id, in1_cb_id, transpose);
}
// 2026: transpose is configured by matmul_init only.
ALWI void matmul_tiles(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                       std::uint32_t in1_tile_index, std::uint32_t idst) {
  tt_astgen_dryrun::compute_matmul_tiles(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, 0);
}
// The single-tile name of the early-2026 examples (mm.cpp), beside matmul_tiles.
ALWI void matmul_tile(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                      std::uint32_t in1_tile_index, std::uint32_t idst, const std::uint32_t transpose = 0) {
  tt_astgen_dryrun::compute_matmul_tiles(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, transpose);
}
ALWI void matmul_block_init(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, const std::uint32_t transpose = 0,
                            std::uint32_t ct_dim = 1, std::uint32_t rt_dim = 1, std::uint32_t kt_dim = 1,
                            std::uint32_t call_line = __builtin_LINE()) {
  (void)ct_dim; (void)rt_dim; (void)kt_dim; (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::MatMul, in0_cb_id, in1_cb_id, transpose);
}
ALWI void matmul_block(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                       std::uint32_t in1_tile_index, std::uint32_t idst, const std::uint32_t transpose,
                       std::uint32_t ct_dim, std::uint32_t rt_dim, std::uint32_t kt_dim,
                       std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_matmul_block(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, transpose,
                                         ct_dim, rt_dim, kt_dim);
}
#else
ALWI void mm_init(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t out_cb_id,
                  const std::uint32_t transpose = 0) {
  tt_astgen_dryrun::compute_hw_init(in0_cb_id, in1_cb_id, out_cb_id);
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::MatMul, in0_cb_id, in1_cb_id, transpose);
}
// NOTE: transpose has no default, as in the SDK.
ALWI void matmul_tiles(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                       std::uint32_t in1_tile_index, std::uint32_t idst, const std::uint32_t transpose) {
  tt_astgen_dryrun::compute_matmul_tiles(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, transpose);
}
// The 2025 single-tile names used after compute_kernel_hw_startup (matmul_single_core's mm.cpp).
ALWI void matmul_init(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, const std::uint32_t transpose = 0) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::MatMul, in0_cb_id, in1_cb_id, transpose);
}
ALWI void matmul_tile(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                      std::uint32_t in1_tile_index, std::uint32_t idst, const std::uint32_t transpose = 0) {
  tt_astgen_dryrun::compute_matmul_tiles(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, transpose);
}
ALWI void mm_init_short(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, const std::uint32_t transpose = 0) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::MatMul, in0_cb_id, in1_cb_id, transpose);
}
ALWI void mm_init_short_with_dt(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t c_in_old_srca,
                                const std::uint32_t transpose = 0) {
  (void)c_in_old_srca;
  mm_init_short(in0_cb_id, in1_cb_id, transpose);
}
ALWI void mm_block_init(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t out_cb_id,
                        const std::uint32_t transpose = 0, std::uint32_t ct_dim = 1, std::uint32_t rt_dim = 1,
                        std::uint32_t kt_dim = 1) {
  (void)ct_dim; (void)rt_dim; (void)kt_dim;
  mm_init(in0_cb_id, in1_cb_id, out_cb_id, transpose);
}
ALWI void mm_block_init_short(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, const std::uint32_t transpose = 0,
                              std::uint32_t ct_dim = 1, std::uint32_t rt_dim = 1, std::uint32_t kt_dim = 1) {
  (void)ct_dim; (void)rt_dim; (void)kt_dim;
  mm_init_short(in0_cb_id, in1_cb_id, transpose);
}
ALWI void matmul_block(std::uint32_t in0_cb_id, std::uint32_t in1_cb_id, std::uint32_t in0_tile_index,
                       std::uint32_t in1_tile_index, std::uint32_t idst, const std::uint32_t transpose,
                       std::uint32_t ct_dim, std::uint32_t rt_dim, std::uint32_t kt_dim) {
  tt_astgen_dryrun::compute_matmul_block(in0_cb_id, in1_cb_id, in0_tile_index, in1_tile_index, idst, transpose,
                                         ct_dim, rt_dim, kt_dim);
}
#endif
}  // namespace ckernel
