// Sample: unary relu then exp compute kernel.
#include <cstdint>
#include "compute_kernel_api.h"
#include "compute_kernel_api/common.h"
#include "compute_kernel_api/eltwise_unary/eltwise_unary.h"
#include "compute_kernel_api/eltwise_unary/exp.h"
#include "compute_kernel_api/eltwise_unary/relu.h"
#include "compute_kernel_api/tile_move_copy.h"

namespace NAMESPACE {
void MAIN {
  uint32_t n_tiles = get_arg_val<uint32_t>(0);
  constexpr uint32_t cb_in = tt::CBIndex::c_0;
  constexpr uint32_t cb_out = tt::CBIndex::c_16;
  init_sfpu(cb_in, cb_out);
  unary_op_init_common(cb_in, cb_out);
  for (uint32_t i = 0; i < n_tiles; i++) {
    cb_wait_front(cb_in, 1);
    tile_regs_acquire();
    copy_tile_init(cb_in);
    copy_tile_to_dst_init_short(cb_in);
    copy_tile(cb_in, 0, 0);
    relu_tile_init();
    relu_tile(0);
    exp_tile_init();
    exp_tile(0);
    ckernel::exp_tile_init<true>();
    ckernel::exp_tile<true>(0);
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
}
}  // namespace NAMESPACE
