// Sample: a 2026 SFPU compute kernel: init_sfpu / unary_op_init_common, copy_init (and the
// deprecated copy_tile_init), copy_tile, copy_block, relu, exp and
// the SFPU functions of api/compute/compute_kernel_api.h, `void kernel_main()`; n_tiles a runtime arg.
#include <cstdint>
#include "api/compute/common.h"
#include "api/compute/compute_kernel_api.h"
#include "api/compute/eltwise_unary/eltwise_unary.h"
#include "api/compute/eltwise_unary/exp.h"
#include "api/compute/eltwise_unary/relu.h"
#include "api/compute/tile_move_copy.h"
#include "api/debug/dprint.h"

void kernel_main() {
    const uint32_t n_tiles = get_arg_val<uint32_t>(0);
    constexpr uint32_t cb_in = tt::CBIndex::c_0;
    constexpr uint32_t cb_out = tt::CBIndex::c_16;
    init_sfpu(cb_in, cb_out);
    unary_op_init_common(cb_in, cb_out);
    for (uint32_t i = 0; i < n_tiles; i++) {
        cb_wait_front(cb_in, 1);
        tile_regs_acquire();
        copy_init(cb_in);
        copy_tile(cb_in, 0, 0);
        copy_tile_init(cb_in);
        copy_block(cb_in, 0, 0, 1);
        relu_tile_init();
        relu_tile(0);
        exp_tile_init<APPROX>();
        exp_tile<APPROX>(0);
        sigmoid_tile_init();
        sigmoid_tile(0);
        tile_regs_commit();
        tile_regs_wait();
        cb_reserve_back(cb_out, 1);
        pack_tile(0, cb_out);
        cb_push_back(cb_out, 1);
        tile_regs_release();
        cb_pop_front(cb_in, 1);
    }
    DPRINT_MATH(DPRINT << "tiles " << n_tiles << ENDL());
}
