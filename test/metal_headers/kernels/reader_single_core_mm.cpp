// Sample: matmul_single_core reader (TensorAccessorArgs / TensorAccessor), KERNEL_COMPILE_TIME_ARGS=1,1.
#include <stdint.h>
#include "dataflow_api.h"
#include "debug/dprint.h"

void kernel_main() {
  uint32_t src0_addr = get_arg_val<uint32_t>(0);
  uint32_t src1_addr = get_arg_val<uint32_t>(1);
  uint32_t Mt = get_arg_val<uint32_t>(2);
  uint32_t Kt = get_arg_val<uint32_t>(3);
  uint32_t Nt = get_arg_val<uint32_t>(4);

  constexpr uint32_t cb_id_in0 = tt::CBIndex::c_0;
  constexpr uint32_t cb_id_in1 = tt::CBIndex::c_1;
  const uint32_t in0_tile_bytes = get_tile_size(cb_id_in0);
  const uint32_t in1_tile_bytes = get_tile_size(cb_id_in1);

  constexpr auto s0_args = TensorAccessorArgs<0>();
  const auto s0 = TensorAccessor(s0_args, src0_addr, in0_tile_bytes);
  constexpr auto s1_args = TensorAccessorArgs<s0_args.next_compile_time_args_offset()>();
  const auto s1 = TensorAccessor(s1_args, src1_addr, in1_tile_bytes);
  static_assert(s1_args.next_compile_time_args_offset() == 2, "two accessors use two compile-time args");

  for (uint32_t mt = 0; mt < Mt; mt++) {
    for (uint32_t nt = 0; nt < Nt; nt++) {
      for (uint32_t kt = 0; kt < Kt; kt++) {
        {
          uint32_t a_tile_index = mt * Kt + kt;
          cb_reserve_back(cb_id_in0, 1);
          uint32_t l1_write_addr_in0 = get_write_ptr(cb_id_in0);
          noc_async_read_tile(a_tile_index, s0, l1_write_addr_in0);
          noc_async_read_barrier();
          cb_push_back(cb_id_in0, 1);
        }
        {
          uint32_t b_tile_index = kt * Nt + nt;
          cb_reserve_back(cb_id_in1, 1);
          uint32_t l1_write_addr_in1 = get_write_ptr(cb_id_in1);
          noc_async_read_page(b_tile_index, s1, l1_write_addr_in1);
          noc_async_read_barrier();
          cb_push_back(cb_id_in1, 1);
        }
      }
    }
  }
  DPRINT << "reader done " << Mt << ENDL();
}
