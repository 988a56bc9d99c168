// The 2025 matmul compute kernel's spelling: compute_kernel_hw_startup, then matmul_init and
// matmul_tile (transpose defaulted); Mt, Kt compile-time args, Nt a runtime arg.
#include <cstdint>

#include "compute_kernel_api/compute_kernel_hw_startup.h"
#include "compute_kernel_api/matmul.h"
#include "compute_kernel_api/tile_move_copy.h"

namespace NAMESPACE {
void MAIN {
    const uint32_t Mt = get_compile_time_arg_val(0);
    const uint32_t Kt = get_compile_time_arg_val(1);
    const uint32_t Nt = get_arg_val<uint32_t>(0);
    constexpr tt::CBIndex in0 = tt::CBIndex::c_0;
    constexpr tt::CBIndex in1 = tt::CBIndex::c_1;
    constexpr tt::CBIndex out = tt::CBIndex::c_16;
    compute_kernel_hw_startup(in0, in1, out);
    matmul_init(in0, in1);
    for (uint32_t m = 0; m < Mt; ++m) {
        for (uint32_t n = 0; n < Nt; ++n) {
            tile_regs_acquire();
            for (uint32_t k = 0; k < Kt; ++k) {
                cb_wait_front(in0, 1);
                cb_wait_front(in1, 1);
                matmul_tile(in0, in1, 0, 0, 0);
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
}  // namespace NAMESPACE
