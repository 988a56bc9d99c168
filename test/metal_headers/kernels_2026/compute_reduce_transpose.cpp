// Sample: 2026 reduce (REDUCE_OP / REDUCE_DIM defined before the include, reduce_init with
// call_line, reduce_uninit<false>(icb)), the new transpose API (transpose_init / transpose_tile /
// transpose_block after compute_kernel_hw_startup) and the deprecated transpose_wh_* shims, mixed
// formats (reconfig_data_format*, pack_reconfig_data_format).
#include <cstdint>
#define REDUCE_OP PoolType::MAX
#define REDUCE_DIM ReduceDim::REDUCE_COL
#include "api/compute/reduce.h"
#include "api/compute/transpose.h"
#include "api/compute/transpose_wh.h"
#include "api/compute/reconfig_data_format.h"
#include "api/compute/pack.h"

void kernel_main() {
    constexpr uint32_t cb_in = tt::CBIndex::c_0, cb_scaler = tt::CBIndex::c_2, cb_mid = tt::CBIndex::c_24;
    constexpr uint32_t cb_out = tt::CBIndex::c_16;
    const uint32_t ht = get_arg_val<uint32_t>(0);
    compute_kernel_hw_startup(cb_in, cb_scaler, cb_mid);
    reduce_init<PoolType::SUM, ReduceDim::REDUCE_SCALAR>(cb_in, cb_scaler, cb_mid);
    reduce_init(cb_in, cb_scaler, cb_mid);
    cb_wait_front(cb_scaler, 1);
    tile_regs_acquire();
    for (uint32_t h = 0; h < ht; ++h) {
        cb_wait_front(cb_in, 1);
        reduce_tile(cb_in, cb_scaler, 0, 0, 0);
        reduce_tile<PoolType::SUM, ReduceDim::REDUCE_ROW, true>(cb_in, cb_scaler, 0, 0, 1);
        cb_pop_front(cb_in, 1);
    }
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(cb_mid, 1);
    pack_tile(0, cb_mid);
    cb_push_back(cb_mid, 1);
    tile_regs_release();
    reduce_uninit<false>(cb_in);
    reduce_uninit();

    transpose_init(cb_mid);
    reconfig_data_format_srca(cb_in, cb_mid);
    reconfig_data_format<false>(cb_mid, cb_mid);
    pack_reconfig_data_format(cb_mid, cb_out);
    cb_wait_front(cb_mid, 1);
    tile_regs_acquire();
    transpose_tile(cb_mid, 0, 0);
    transpose_block(cb_mid, 0, 1, 1);
    transpose_wh_init_short(cb_mid);
    transpose_wh_tile(cb_mid, 0, 2);
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(cb_out, 1);
    pack_tile(0, cb_out);
    cb_push_back(cb_out, 1);
    tile_regs_release();
    cb_pop_front(cb_mid, 1);
}
