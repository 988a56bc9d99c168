// Sample: the 2026 matmul compute kernel: api/compute/ includes, `void kernel_main()`,
// compute_kernel_hw_startup then matmul_init, matmul_tiles without a transpose argument (and the
// early-2026 matmul_tile beside it). Mt, Kt, Nt compile-time args.
#include <cstdint>

#include "api/compute/compute_kernel_hw_startup.h"
#include "api/compute/matmul.h"
#include "api/compute/tile_move_copy.h"

void kernel_main() {
    constexpr uint32_t Mt = get_compile_time_arg_val(0);
    constexpr uint32_t Kt = get_compile_time_arg_val(1);
    constexpr uint32_t Nt = get_compile_time_arg_val(2);
    constexpr auto in0 = tt::CBIndex::c_0;
    constexpr auto in1 = tt::CBIndex::c_1;
    constexpr auto out = tt::CBIndex::c_16;
    compute_kernel_hw_startup(in0, in1, out);
    matmul_init(in0, in1);
    for (uint32_t m = 0; m < Mt; ++m) {
        for (uint32_t n = 0; n < Nt; ++n) {
            tile_regs_acquire();
            for (uint32_t k = 0; k < Kt; ++k) {
                cb_wait_front(in0, 1);
                cb_wait_front(in1, 1);
                if (k % 2 == 0) {
                    matmul_tiles(in0, in1, 0, 0, 0);
                } else {
                    matmul_tile(in0, in1, 0, 0, 0, false);
                }
                cb_pop_front(in0, 1);
                cb_pop_front(in1, 1);
            }
            tile_regs_commit();
            tile_regs_wait();
            cb_reserve_back(out, 1);
            pack_tile(0, out);
            cb_push_back(out, 1);
            tile_regs_release();
        }
    }
}
