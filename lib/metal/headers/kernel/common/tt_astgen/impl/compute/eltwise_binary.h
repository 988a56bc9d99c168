// Mirrors tt-metal eltwise_binary.h, classic (compute_kernel_api/: binary_op_init_common,
// add/sub/mul_tiles_init) and 2026 (api/compute/: add/sub/mul_init after compute_kernel_hw_startup,
// the classic inits deprecated), add/sub/mul_tiles of both, and binary_dest_reuse_tiles.
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

namespace ckernel {
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
// 2026: compute_kernel_hw_startup once, then the per-op init add_init / sub_init / mul_init; the
// earlier names stay, deprecated (the JIT's -Wno-deprecated-declarations keeps them quiet). Every
// init records the caller's line for the compute-state sentinel (call_line).
ALWI void add_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false,
                   std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Add, icb0, icb1, acc_to_dest);
}
ALWI void sub_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false,
                   std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Sub, icb0, icb1, acc_to_dest);
}
// acc_to_dest defaults to true for Quasar; Wormhole and Blackhole ignore it.
ALWI void mul_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = true,
                   std::uint32_t call_line = __builtin_LINE()) {
  (void)acc_to_dest; (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Mul, icb0, icb1, 0);
}
[[deprecated("Use compute_kernel_hw_startup(icb0, icb1, ocb) once at kernel start, then add_init/sub_init/mul_init")]]
ALWI void binary_op_init_common(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb,
                                std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
[[deprecated("Renamed to add_init()")]] ALWI void add_tiles_init(std::uint32_t icb0, std::uint32_t icb1,
                                                                 bool acc_to_dest = false,
                                                                 std::uint32_t call_line = __builtin_LINE()) {
  add_init(icb0, icb1, acc_to_dest, call_line);
}
[[deprecated("Renamed to sub_init()")]] ALWI void sub_tiles_init(std::uint32_t icb0, std::uint32_t icb1,
                                                                 bool acc_to_dest = false,
                                                                 std::uint32_t call_line = __builtin_LINE()) {
  sub_init(icb0, icb1, acc_to_dest, call_line);
}
[[deprecated("Renamed to mul_init()")]] ALWI void mul_tiles_init(std::uint32_t icb0, std::uint32_t icb1,
                                                                 std::uint32_t call_line = __builtin_LINE()) {
  mul_init(icb0, icb1, true, call_line);
}
[[deprecated("Renamed to mul_init()")]] ALWI void mul_tiles_init(std::uint32_t icb0, std::uint32_t icb1,
                                                                 std::uint32_t acc_to_dest,
                                                                 std::uint32_t call_line = __builtin_LINE()) {
  mul_init(icb0, icb1, acc_to_dest != 0, call_line);
}
#else
ALWI void binary_op_init_common(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
ALWI void add_tiles_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Add, icb0, icb1, acc_to_dest);
}
ALWI void sub_tiles_init(std::uint32_t icb0, std::uint32_t icb1, bool acc_to_dest = false) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Sub, icb0, icb1, acc_to_dest);
}
ALWI void mul_tiles_init(std::uint32_t icb0, std::uint32_t icb1) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Mul, icb0, icb1, 0);
}
#endif
ALWI void add_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Add, icb0, icb1, itile0, itile1, idst);
}
ALWI void sub_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Sub, icb0, icb1, itile0, itile1, idst);
}
ALWI void mul_tiles(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                    std::uint32_t idst) {
  tt_astgen_dryrun::compute_binary_tiles(tt_astgen_dryrun::ComputeOp::Mul, icb0, icb1, itile0, itile1, idst);
}
// binary_dest_reuse_tiles: one operand is the tile already in DST[idst] (DEST_TO_SRCA: DST op CB,
// DEST_TO_SRCB: CB op DST), the other the CB tile; the result replaces DST[idst].
//   classic (2025): binary_dest_reuse_tiles_init<type, reuse>(icb0).
//   2026: binary_dest_reuse_tiles_init<type, reuse, src_b_bcast_type>(icb0, call_line).
namespace tt_astgen_dest_reuse {
constexpr tt_astgen_dryrun::ComputeOp op_of(EltwiseBinaryType op) {
  return op == ELWADD ? tt_astgen_dryrun::ComputeOp::Add
                      : (op == ELWSUB ? tt_astgen_dryrun::ComputeOp::Sub : tt_astgen_dryrun::ComputeOp::Mul);
}
}  // namespace tt_astgen_dest_reuse
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
template <EltwiseBinaryType eltwise_binary_type = EltwiseBinaryType::ELWADD,
          EltwiseBinaryReuseDestType binary_reuse_dest = EltwiseBinaryReuseDestType::NONE,
          BroadcastType src_b_bcast_type = BroadcastType::NONE>
ALWI void binary_dest_reuse_tiles_init(std::uint32_t icb0, std::uint32_t call_line = __builtin_LINE()) {
  (void)call_line;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::DestReuse, icb0, icb0,
                                    static_cast<std::uint32_t>(binary_reuse_dest));
}
template <EltwiseBinaryType eltwise_binary_type = EltwiseBinaryType::ELWADD,
          EltwiseBinaryReuseDestType binary_reuse_dest = EltwiseBinaryReuseDestType::NONE,
          BroadcastType src_b_bcast_type = BroadcastType::NONE>
#else
template <EltwiseBinaryType eltwise_binary_type = ELWADD,
          EltwiseBinaryReuseDestType binary_reuse_dest = EltwiseBinaryReuseDestType::NONE>
ALWI void binary_dest_reuse_tiles_init(std::uint32_t icb0) {
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::DestReuse, icb0, icb0,
                                    static_cast<std::uint32_t>(binary_reuse_dest));
}
template <EltwiseBinaryType eltwise_binary_type = ELWADD,
          EltwiseBinaryReuseDestType binary_reuse_dest = EltwiseBinaryReuseDestType::NONE>
#endif
ALWI void binary_dest_reuse_tiles(std::uint32_t in_cb_id, std::uint32_t in_tile_index, std::uint32_t dst_tile_index) {
  tt_astgen_dryrun::compute_dest_reuse_tiles(tt_astgen_dest_reuse::op_of(eltwise_binary_type),
                                             static_cast<std::uint32_t>(binary_reuse_dest), in_cb_id, in_tile_index,
                                             dst_tile_index);
}
}  // namespace ckernel
