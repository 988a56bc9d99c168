// Sample: the 2026 add_2_tiles compute kernel (add_2_integers_in_compute): api/compute/ includes,
// `void kernel_main()`, binary_op_init_common (with its defaulted call_line), add/sub/mul tiles.
#include <cstdint>
#include "api/compute/eltwise_binary.h"
#include "api/compute/tile_move_copy.h"

void kernel_main() {
    constexpr auto cb_in0 = tt::CBIndex::c_0;
    constexpr auto cb_in1 = tt::CBIndex::c_1;
    constexpr auto cb_out0 = tt::CBIndex::c_16;
    binary_op_init_common(cb_in0, cb_in1, cb_out0);
    add_tiles_init(cb_in0, cb_in1);
    cb_wait_front(cb_in0, 1);
    cb_wait_front(cb_in1, 1);
    tile_regs_acquire();
    add_tiles(cb_in0, cb_in1, 0, 0, 0);
    sub_tiles_init(cb_in0, cb_in1);
    sub_tiles(cb_in0, cb_in1, 0, 0, 0);
    mul_tiles_init(cb_in0, cb_in1);
    mul_tiles(cb_in0, cb_in1, 0, 0, 0);
    tile_regs_commit();
    tile_regs_wait();
    pack_tile(0, cb_out0);
    tile_regs_release();
    cb_pop_front(cb_in0, 1);
    cb_pop_front(cb_in1, 1);
    cb_push_back(cb_out0, 1);
}
