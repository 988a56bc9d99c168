// Sample: the SFPU unary family (sqrt, recip, gelu, negative, exp with APPROX), sfpu_split_includes.h and
// DPRINT_MATH / DPRINT_PACK with a tile slice, in the classic NAMESPACE / MAIN form.
#include <cstdint>
#include "compute_kernel_api/common.h"
#include "compute_kernel_api/tile_move_copy.h"
#include "compute_kernel_api/eltwise_unary/eltwise_unary.h"
#include "compute_kernel_api/eltwise_unary/sfpu_split_includes.h"
#include "compute_kernel_api/eltwise_unary/sqrt.h"
#include "compute_kernel_api/eltwise_unary/recip.h"
#include "compute_kernel_api/eltwise_unary/gelu.h"
#include "compute_kernel_api/eltwise_unary/negative.h"
#include "compute_kernel_api/eltwise_unary/exp.h"
#include "debug/dprint.h"
namespace NAMESPACE {
void MAIN {
  uint32_t n = get_arg_val<uint32_t>(0);
  init_sfpu(tt::CBIndex::c_0, tt::CBIndex::c_16);
  for (uint32_t i = 0; i < n; ++i) {
    tile_regs_acquire();
    cb_wait_front(tt::CBIndex::c_0, 1);
    copy_tile_init(tt::CBIndex::c_0);
    copy_tile(tt::CBIndex::c_0, 0, 0);
    sqrt_tile_init(); sqrt_tile(0);
    recip_tile_init(); recip_tile(0);
    gelu_tile_init<APPROX>(); gelu_tile<APPROX>(0);
    negative_tile_init(); negative_tile(0);
    exp_tile_init<APPROX>(); exp_tile<APPROX>(0);
    DPRINT_MATH(DPRINT << "i=" << i << ENDL());
    DPRINT_PACK(DPRINT << TSLICE(tt::CBIndex::c_16, 0, SliceRange::hw0_32_16()) << ENDL());
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(tt::CBIndex::c_16, 1);
    pack_tile(0, tt::CBIndex::c_16);
    cb_pop_front(tt::CBIndex::c_0, 1);
    tile_regs_release();
    cb_push_back(tt::CBIndex::c_16, 1);
  }
}
}
