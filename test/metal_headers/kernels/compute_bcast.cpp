// Sample: the classic broadcast API (compute_kernel_api/bcast.h, 2025): init_bcast, the shorthand
// row/col/scalar forms, the templated add/sub/mul_tiles_bcast<BroadcastType>, the *_init_short
// helpers and unary_bcast, as ttnn's bcast kernels write them (BCAST_LLKOP / BCAST_DIM defines).
#include <cstdint>
#define BCAST_LLKOP EltwiseBinaryType::ELWADD
#define BCAST_DIM BroadcastType::ROW
#include "compute_kernel_api/bcast.h"
#include "compute_kernel_api/eltwise_binary.h"
namespace NAMESPACE {
void MAIN {
  constexpr uint32_t cb_a = tt::CBIndex::c_0, cb_b = tt::CBIndex::c_1, cb_out = tt::CBIndex::c_16;
  const uint32_t n = get_arg_val<uint32_t>(0);
  init_bcast<BCAST_LLKOP, BCAST_DIM>(cb_a, cb_b, cb_out);
  for (uint32_t i = 0; i < n; ++i) {
    cb_wait_front(cb_a, 1);
    cb_wait_front(cb_b, 1);
    tile_regs_acquire();
    add_tiles_bcast_rows(cb_a, cb_b, 0, 0, 0);
    add_tiles_bcast<BroadcastType::ROW>(cb_a, cb_b, 0, 0, 1, 0);
    add_bcast_cols_init_short(cb_a, cb_b);
    add_tiles_bcast_cols(cb_a, cb_b, 0, 0, 2);
    add_bcast_scalar_init_short(cb_a, cb_b);
    add_tiles_bcast_scalar(cb_a, cb_b, 0, 0, 3);
    sub_bcast_cols_init_short(cb_a, cb_b);
    sub_tiles_bcast_cols(cb_a, cb_b, 0, 0, 4);
    sub_tiles_bcast<BroadcastType::ROW>(cb_a, cb_b, 0, 0, 5);
    sub_tiles_bcast_scalar_init_short(cb_a, cb_b);
    sub_tiles_bcast_scalar(cb_a, cb_b, 0, 0, 6);
    mul_bcast_rows_init_short(cb_a, cb_b);
    mul_tiles_bcast_rows(cb_a, cb_b, 0, 0, 7);
    mul_bcast_cols_init_short(cb_a, cb_b);
    mul_tiles_bcast_cols(cb_a, cb_b, 0, 0, 8);
    mul_tiles_bcast_scalar_init_short(cb_a, cb_b);
    mul_tiles_bcast_scalar(cb_a, cb_b, 0, 0, 9);
    mul_tiles_bcast<BroadcastType::COL>(cb_a, cb_b, 0, 0, 10);
    any_tiles_bcast<ELWSUB, BroadcastType::SCALAR>(cb_a, cb_b, 0, 0, 11);
    unary_bcast_init<BroadcastType::ROW>(cb_b, cb_out);
    unary_bcast<BroadcastType::ROW>(cb_b, 0, 12);
    unary_bcast_uninit<BroadcastType::ROW>(cb_b);
    reconfigure_unary_bcast<BroadcastType::ROW, BroadcastType::COL>(cb_b, cb_b, cb_out, cb_out);
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(cb_out, 1);
    pack_tile(0, cb_out);
    cb_push_back(cb_out, 1);
    tile_regs_release();
    cb_pop_front(cb_a, 1);
    cb_pop_front(cb_b, 1);
  }
}
}  // namespace NAMESPACE
