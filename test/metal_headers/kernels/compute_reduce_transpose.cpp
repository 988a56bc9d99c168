// Sample: the classic reduce API with the REDUCE_OP / REDUCE_DIM defines the SDK's defaults need
// (reduce_init, reduce_tile into an accumulating DST, reduce_uninit), then transpose_wh of the
// result (transpose_wh_init / _init_short / transpose_wh_tile), mixed formats reconfigured
// (reconfig_data_format*, pack_reconfig_data_format).
#include <cstdint>
#define REDUCE_OP PoolType::SUM
#define REDUCE_DIM ReduceDim::REDUCE_ROW
#include "compute_kernel_api/reduce.h"
#include "compute_kernel_api/transpose_wh.h"
#include "compute_kernel_api/reconfig_data_format.h"
#include "compute_kernel_api/pack.h"
namespace NAMESPACE {
void MAIN {
  constexpr uint32_t cb_in = tt::CBIndex::c_0, cb_scaler = tt::CBIndex::c_2, cb_mid = tt::CBIndex::c_24;
  constexpr uint32_t cb_out = tt::CBIndex::c_16;
  const uint32_t wt = get_arg_val<uint32_t>(0);
  reduce_init<REDUCE_OP, REDUCE_DIM>(cb_in, cb_scaler, cb_mid);
  cb_wait_front(cb_scaler, 1);
  tile_regs_acquire();
  for (uint32_t w = 0; w < wt; ++w) {
    cb_wait_front(cb_in, 1);
    reduce_tile(cb_in, cb_scaler, 0, 0, 0);
    reduce_tile<PoolType::MAX, ReduceDim::REDUCE_COL>(cb_in, cb_scaler, 0, 0, 1);
    cb_pop_front(cb_in, 1);
  }
  tile_regs_commit();
  tile_regs_wait();
  cb_reserve_back(cb_mid, 1);
  pack_tile(0, cb_mid);
  cb_push_back(cb_mid, 1);
  tile_regs_release();
  reduce_uninit();

  transpose_wh_init(cb_mid, cb_out);
  transpose_wh_init_short(cb_mid);
  reconfig_data_format_srca(cb_mid);
  reconfig_data_format(cb_in, cb_mid, cb_scaler, cb_mid);
  pack_reconfig_data_format(cb_out);
  cb_wait_front(cb_mid, 1);
  tile_regs_acquire();
  transpose_wh_tile(cb_mid, 0, 0);
  tile_regs_commit();
  tile_regs_wait();
  cb_reserve_back(cb_out, 1);
  pack_tile(0, cb_out);
  cb_push_back(cb_out, 1);
  tile_regs_release();
  cb_pop_front(cb_mid, 1);
}
}  // namespace NAMESPACE
