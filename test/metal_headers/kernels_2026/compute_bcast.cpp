// Sample: the 2026 broadcast API (api/compute/bcast.h): compute_kernel_hw_startup, init_bcast and
// the *_init_short helpers (with call_line), the row/col/scalar forms incl. the 2026-only
// sub_tiles_bcast_rows, the templated add/sub/mul_tiles_bcast<BroadcastType> with bcast_row_idx.
#include <cstdint>
#include "api/compute/bcast.h"
#include "api/compute/eltwise_binary.h"

void kernel_main() {
    constexpr uint32_t cb_a = tt::CBIndex::c_0, cb_b = tt::CBIndex::c_1, cb_out = tt::CBIndex::c_16;
    const uint32_t n = get_arg_val<uint32_t>(0);
    compute_kernel_hw_startup(cb_a, cb_b, cb_out);
    init_bcast<EltwiseBinaryType::ELWADD, BroadcastType::ROW>(cb_a, cb_b, cb_out);
    for (uint32_t i = 0; i < n; ++i) {
        cb_wait_front(cb_a, 1);
        cb_wait_front(cb_b, 1);
        tile_regs_acquire();
        add_bcast_rows_init_short(cb_a, cb_b);
        add_tiles_bcast_rows(cb_a, cb_b, 0, 0, 0);
        add_tiles_bcast<BroadcastType::ROW>(cb_a, cb_b, 0, 0, 1, 0);
        sub_bcast_rows_init_short(cb_a, cb_b);
        sub_tiles_bcast_rows(cb_a, cb_b, 0, 0, 2);
        sub_bcast_cols_init_short(cb_a, cb_b);
        sub_tiles_bcast_cols(cb_a, cb_b, 0, 0, 3);
        mul_bcast_rows_init_short(cb_a, cb_b);
        mul_tiles_bcast_rows(cb_a, cb_b, 0, 0, 4, 0);
        mul_tiles_bcast_scalar_init_short(cb_a, cb_b);
        mul_tiles_bcast_scalar(cb_a, cb_b, 0, 0, 5);
        add_bcast_scalar_init_short(cb_a, cb_b);
        add_tiles_bcast_scalar(cb_a, cb_b, 0, 0, 6);
        mul_tiles_bcast<BroadcastType::COL>(cb_a, cb_b, 0, 0, 7);
        sub_tiles_bcast<BroadcastType::SCALAR>(cb_a, cb_b, 0, 0, 8);
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
