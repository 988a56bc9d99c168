// Sample: a 2026 SFPU chain: sqrt, rsqrt (<legacy_compat, FAST_APPROX>), recip (RECIP_LEGACY_COMPAT
// default), square, sigmoid<VectorMode, fast_and_approx>, log / tanh <fast_and_approx>, abs,
// negative, gelu, relu, exp with InputClamping, then binary_dest_reuse_tiles (init with call_line).
#include <cstdint>
#include "api/compute/common.h"
#include "api/compute/compute_kernel_api.h"
#include "api/compute/eltwise_binary.h"
#include "api/compute/tile_move_copy.h"
#include "api/compute/eltwise_unary/eltwise_unary.h"
#include "api/compute/eltwise_unary/sqrt.h"
#include "api/compute/eltwise_unary/rsqrt.h"
#include "api/compute/eltwise_unary/recip.h"
#include "api/compute/eltwise_unary/negative.h"
#include "api/compute/eltwise_unary/exp.h"
#include "api/compute/eltwise_unary/gelu.h"
#include "api/compute/eltwise_unary/relu.h"

void kernel_main() {
    constexpr uint32_t cb_in = tt::CBIndex::c_0, cb_other = tt::CBIndex::c_1, cb_out = tt::CBIndex::c_16;
    compute_kernel_hw_startup(cb_in, cb_out);
    copy_init(cb_in);
    cb_wait_front(cb_in, 1);
    cb_wait_front(cb_other, 1);
    tile_regs_acquire();
    copy_tile(cb_in, 0, 0);
    sqrt_tile_init(); sqrt_tile(0); sqrt_tile<true>(0);
    rsqrt_tile_init(); rsqrt_tile(0); rsqrt_tile<false, true>(0);
    recip_tile_init(); recip_tile(0); recip_tile<true>(0, (int)VectorMode::RC);
    square_tile_init(); square_tile(0);
    sigmoid_tile_init(); sigmoid_tile(0); sigmoid_tile<VectorMode::RC, true>(0);
    log_tile_init(); log_tile(0); log_tile<true>(0);
    tanh_tile_init<false>(); tanh_tile(0);
    abs_tile_init(); abs_tile(0);
    negative_tile_init(); negative_tile(0);
    gelu_tile_init<APPROX>(); gelu_tile<APPROX>(0);
    relu_tile_init(); relu_tile(0);
    exp_tile_init<false, 0x3F800000, InputClamping::None>(); exp_tile<true, false, InputClamping::None>(0, VectorMode::RC);
    binary_dest_reuse_tiles_init<EltwiseBinaryType::ELWSUB, EltwiseBinaryReuseDestType::DEST_TO_SRCB>(cb_other);
    binary_dest_reuse_tiles<EltwiseBinaryType::ELWSUB, EltwiseBinaryReuseDestType::DEST_TO_SRCB>(cb_other, 0, 0);
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(cb_out, 1);
    pack_tile(0, cb_out);
    cb_push_back(cb_out, 1);
    tile_regs_release();
    cb_pop_front(cb_in, 1);
    cb_pop_front(cb_other, 1);
}
