// Sample: 2026 binary compute: api/compute/ includes, `void kernel_main()`, the newest
// compute_kernel_hw_startup + add_init/sub_init/mul_init, and the deprecated
// binary_op_init_common / *_tiles_init of the early-2026 add_2_tiles.cpp, all with call_line.
#include <cstdint>
#include "api/compute/eltwise_binary.h"
#include "api/compute/tile_move_copy.h"

void kernel_main() {
    constexpr auto cb_in0 = tt::CBIndex::c_0;
    constexpr auto cb_in1 = tt::CBIndex::c_1;
    constexpr auto cb_out0 = tt::CBIndex::c_16;
    compute_kernel_hw_startup(cb_in0, cb_in1, cb_out0);
    add_init(cb_in0, cb_in1);
    cb_wait_front(cb_in0, 1);
    cb_wait_front(cb_in1, 1);
    tile_regs_acquire();
    add_tiles(cb_in0, cb_in1, 0, 0, 0);
    sub_init(cb_in0, cb_in1, true);
    sub_tiles(cb_in0, cb_in1, 0, 0, 0);
    mul_init(cb_in0, cb_in1);
    mul_tiles(cb_in0, cb_in1, 0, 0, 0);
    binary_op_init_common(cb_in0, cb_in1, cb_out0);
    add_tiles_init(cb_in0, cb_in1);
    sub_tiles_init(cb_in0, cb_in1);
    mul_tiles_init(cb_in0, cb_in1);
    tile_regs_commit();
    tile_regs_wait();
    pack_tile(0, cb_out0);
    tile_regs_release();
    cb_pop_front(cb_in0, 1);
    cb_pop_front(cb_in1, 1);
    cb_push_back(cb_out0, 1);
}
