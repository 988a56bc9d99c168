// Sample: matmul_single_core compute kernel (classic NAMESPACE/MAIN form), compile args Mt,Kt,Nt.
#include <cstdint>
#include "compute_kernel_api/matmul.h"
#include "compute_kernel_api/tile_move_copy.h"
#include "hostdevcommon/kernel_structs.h"

namespace NAMESPACE {
void MAIN {
  const uint32_t Mt = get_compile_time_arg_val(0);
  const uint32_t Kt = get_compile_time_arg_val(1);
  const uint32_t Nt = get_compile_time_arg_val(2);
  constexpr tt::CBIndex cb_in0 = tt::CBIndex::c_0;
  constexpr tt::CBIndex cb_in1 = tt::CBIndex::c_1;
  constexpr tt::CBIndex cb_out = tt::CBIndex::c_16;
  mm_init(cb_in0, cb_in1, cb_out);
  for (uint32_t mt = 0; mt < Mt; ++mt) {
    for (uint32_t nt = 0; nt < Nt; ++nt) {
      tile_regs_acquire();
      for (uint32_t kt = 0; kt < Kt; kt++) {
        cb_wait_front(cb_in0, 1);
        cb_wait_front(cb_in1, 1);
        matmul_tiles(cb_in0, cb_in1, 0, 0, 0, false);
        cb_pop_front(cb_in0, 1);
        cb_pop_front(cb_in1, 1);
      }
      tile_regs_commit();
      tile_regs_wait();
      cb_reserve_back(cb_out, 1);
      pack_tile(0, cb_out);
      cb_push_back(cb_out, 1);
      tile_regs_release();
    }
  }
  // Older spellings, qualified calls and the per-TRISC macros.
  ckernel::mm_init_short(cb_in0, cb_in1);
  acquire_dst();
  ckernel::matmul_tiles(cb_in0, cb_in1, 0, 0, 0, 0);
  ckernel::pack_tile<false>(0, cb_out, 0);
  release_dst();
  MATH(uint32_t math_only = get_arg_val<uint32_t>(0); (void)math_only;)
  PACK((void)0);
  UNPACK((void)0);
}
}  // namespace NAMESPACE
