// Mirrors tt-metal bcast.h: element-wise add/sub/mul of a tile with a broadcast row, column or
// scalar of a second tile (add_tiles_bcast_rows/_cols/_scalar, ..., the templated any_tiles_bcast /
// add_tiles_bcast<BroadcastType> / sub_tiles_bcast / mul_tiles_bcast, init_bcast and the
// *_init_short helpers), and unary_bcast (a broadcast copy into DST).
//   classic (compute_kernel_api/bcast.h, 2025): bcast_row_idx on the row forms, no call_line;
//     no sub_tiles_bcast_rows / sub_bcast_rows_init_short (sub_tiles_bcast<ROW> does it).
//   2026 (api/compute/bcast.h): every init records the caller's line (call_line); adds
//     sub_tiles_bcast_rows and sub_bcast_rows_init_short.
// Semantics (C = A op B'): ROW: B' row r = row bcast_row_idx of B; COL: B' column c = column 0 of B;
// SCALAR: every element B[0][0].
#pragma once

#include "tt_astgen/generation.h"
#include "tt_astgen/impl/compute/common.h"

#if TT_ASTGEN_KERNEL_GENERATION >= 2026
#define TT_ASTGEN_BCAST_CALL_LINE , std::uint32_t call_line = __builtin_LINE()
#else
#define TT_ASTGEN_BCAST_CALL_LINE
#endif

namespace ckernel {
namespace tt_astgen_bcast {
constexpr tt_astgen_dryrun::ComputeOp op_of(EltwiseBinaryType op) {
  return op == ELWADD ? tt_astgen_dryrun::ComputeOp::Add
                      : (op == ELWSUB ? tt_astgen_dryrun::ComputeOp::Sub : tt_astgen_dryrun::ComputeOp::Mul);
}
}  // namespace tt_astgen_bcast

template <BroadcastType bcast_type>
ALWI void unary_bcast_init(std::uint32_t icb, std::uint32_t ocb TT_ASTGEN_BCAST_CALL_LINE) {
  tt_astgen_dryrun::compute_hw_init(icb, icb, ocb);
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::UnaryBcast, icb, icb, bcast_type);
}
template <BroadcastType bcast_type>
ALWI void unary_bcast(std::uint32_t icb, std::uint32_t in_tile_index, std::uint32_t dst_tile_index) {
  tt_astgen_dryrun::compute_unary_bcast(bcast_type, icb, in_tile_index, dst_tile_index);
}
template <BroadcastType bcast_type>
ALWI void unary_bcast_uninit(std::uint32_t icb) {
  (void)icb;
}
template <BroadcastType old_bcast_type, BroadcastType new_bcast_type>
void reconfigure_unary_bcast(std::uint32_t old_icb, std::uint32_t new_icb, std::uint32_t old_ocb, std::uint32_t new_ocb) {
  (void)old_icb; (void)old_ocb;
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::UnaryBcast, new_icb, new_ocb, new_bcast_type);
}

// init_bcast: the full init (unpacker, math and packer) of a broadcast op.
template <EltwiseBinaryType tBcastOp, BroadcastType tBcastDim>
void init_bcast(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb TT_ASTGEN_BCAST_CALL_LINE) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
  tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Bcast, icb0, icb1, tBcastDim);
}

// Internal helper of every broadcast op (public in the SDK header too).
template <EltwiseBinaryType tBcastOp, BroadcastType tBcastDim>
ALWI void any_tiles_bcast(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                          std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  tt_astgen_dryrun::compute_bcast_tiles(tt_astgen_bcast::op_of(tBcastOp), tBcastDim, icb0, icb1, itile0, itile1, idst,
                                        bcast_row_idx);
}
template <BroadcastType tBcastDim>
ALWI void add_tiles_bcast(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                          std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<EltwiseBinaryType::ELWADD, tBcastDim>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}
template <BroadcastType tBcastDim>
ALWI void sub_tiles_bcast(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                          std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<EltwiseBinaryType::ELWSUB, tBcastDim>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}
template <BroadcastType tBcastDim>
ALWI void mul_tiles_bcast(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                          std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<EltwiseBinaryType::ELWMUL, tBcastDim>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}

// The shorthand forms.
ALWI void add_tiles_bcast_rows(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<ELWADD, BroadcastType::ROW>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}
ALWI void add_tiles_bcast_cols(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst) {
  any_tiles_bcast<ELWADD, BroadcastType::COL>(icb0, icb1, itile0, itile1, idst);
}
ALWI void add_tiles_bcast_scalar(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                                 std::uint32_t idst) {
  any_tiles_bcast<ELWADD, BroadcastType::SCALAR>(icb0, icb1, itile0, itile1, idst);
}
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
ALWI void sub_tiles_bcast_rows(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<ELWSUB, BroadcastType::ROW>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}
#endif
ALWI void sub_tiles_bcast_cols(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst) {
  any_tiles_bcast<ELWSUB, BroadcastType::COL>(icb0, icb1, itile0, itile1, idst);
}
ALWI void sub_tiles_bcast_scalar(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                                 std::uint32_t idst) {
  any_tiles_bcast<ELWSUB, BroadcastType::SCALAR>(icb0, icb1, itile0, itile1, idst);
}
ALWI void mul_tiles_bcast_rows(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst, std::uint32_t bcast_row_idx = 0) {
  any_tiles_bcast<ELWMUL, BroadcastType::ROW>(icb0, icb1, itile0, itile1, idst, bcast_row_idx);
}
ALWI void mul_tiles_bcast_cols(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                               std::uint32_t idst) {
  any_tiles_bcast<ELWMUL, BroadcastType::COL>(icb0, icb1, itile0, itile1, idst);
}
ALWI void mul_tiles_bcast_scalar(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0, std::uint32_t itile1,
                                 std::uint32_t idst) {
  any_tiles_bcast<ELWMUL, BroadcastType::SCALAR>(icb0, icb1, itile0, itile1, idst);
}

// The short inits: switch the unpacker and math to a broadcast op after another op.
#define TT_ASTGEN_BCAST_INIT_SHORT(name, dim)                                                         \
  ALWI void name(std::uint32_t icb0, std::uint32_t icb1 TT_ASTGEN_BCAST_CALL_LINE) {                  \
    tt_astgen_dryrun::compute_op_init(tt_astgen_dryrun::ComputeOp::Bcast, icb0, icb1, BroadcastType::dim); \
  }
TT_ASTGEN_BCAST_INIT_SHORT(add_bcast_rows_init_short, ROW)
TT_ASTGEN_BCAST_INIT_SHORT(add_bcast_cols_init_short, COL)
TT_ASTGEN_BCAST_INIT_SHORT(add_bcast_scalar_init_short, SCALAR)
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
TT_ASTGEN_BCAST_INIT_SHORT(sub_bcast_rows_init_short, ROW)
#endif
TT_ASTGEN_BCAST_INIT_SHORT(sub_bcast_cols_init_short, COL)
TT_ASTGEN_BCAST_INIT_SHORT(sub_tiles_bcast_scalar_init_short, SCALAR)
TT_ASTGEN_BCAST_INIT_SHORT(mul_bcast_rows_init_short, ROW)
TT_ASTGEN_BCAST_INIT_SHORT(mul_bcast_cols_init_short, COL)
TT_ASTGEN_BCAST_INIT_SHORT(mul_tiles_bcast_scalar_init_short, SCALAR)
#undef TT_ASTGEN_BCAST_INIT_SHORT
}  // namespace ckernel

#undef TT_ASTGEN_BCAST_CALL_LINE
