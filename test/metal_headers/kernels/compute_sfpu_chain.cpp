// Sample: an SFPU chain on one DST tile with the classic headers: sqrt, rsqrt, recip, square,
// sigmoid, log, tanh, abs, relu (compute_kernel_api.h and eltwise_unary/*.h, templates as the 2025
// SDK has them), then a DST-reuse multiply (binary_dest_reuse_tiles) and a pack.
#include <cstdint>
#include "compute_kernel_api.h"
#include "compute_kernel_api/common.h"
#include "compute_kernel_api/eltwise_binary.h"
#include "compute_kernel_api/tile_move_copy.h"
#include "compute_kernel_api/eltwise_unary/eltwise_unary.h"
#include "compute_kernel_api/eltwise_unary/sqrt.h"
#include "compute_kernel_api/eltwise_unary/rsqrt.h"
#include "compute_kernel_api/eltwise_unary/recip.h"
#include "compute_kernel_api/eltwise_unary/relu.h"
namespace NAMESPACE {
void MAIN {
  constexpr uint32_t cb_in = tt::CBIndex::c_0, cb_other = tt::CBIndex::c_1, cb_out = tt::CBIndex::c_16;
  init_sfpu(cb_in, cb_out);
  cb_wait_front(cb_in, 1);
  cb_wait_front(cb_other, 1);
  tile_regs_acquire();
  copy_tile_init(cb_in);
  copy_tile(cb_in, 0, 0);
  sqrt_tile_init(); sqrt_tile(0); sqrt_tile<true>(0);
  rsqrt_tile_init(); rsqrt_tile(0); rsqrt_tile<true>(0);
  recip_tile_init(); recip_tile(0); recip_tile<false>(0, (int)VectorMode::RC);
  square_tile_init(); square_tile(0);
  sigmoid_tile_init(); sigmoid_tile(0); sigmoid_tile<(int)VectorMode::RC, true>(0);
  log_tile_init(); log_tile(0);
  tanh_tile_init(); tanh_tile(0);
  abs_tile_init(); abs_tile(0);
  relu_tile_init(); relu_tile(0);
  binary_dest_reuse_tiles_init<ELWMUL, EltwiseBinaryReuseDestType::DEST_TO_SRCA>(cb_other);
  binary_dest_reuse_tiles<ELWMUL, EltwiseBinaryReuseDestType::DEST_TO_SRCA>(cb_other, 0, 0);
  tile_regs_commit();
  tile_regs_wait();
  cb_reserve_back(cb_out, 1);
  pack_tile(0, cb_out);
  cb_push_back(cb_out, 1);
  tile_regs_release();
  cb_pop_front(cb_in, 1);
  cb_pop_front(cb_other, 1);
}
}  // namespace NAMESPACE
