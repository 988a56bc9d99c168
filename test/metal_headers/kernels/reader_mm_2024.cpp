// Sample (metal-2024 style): matmul_single_core reader with InterleavedAddrGenFast<is_dram>;
// is_dram flags are compile-time args 0 and 1 (KERNEL_COMPILE_TIME_ARGS=1,1).
#include <stdint.h>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t src0_addr = get_arg_val<uint32_t>(0);
  uint32_t src1_addr = get_arg_val<uint32_t>(1);
  uint32_t Mt = get_arg_val<uint32_t>(2);
  uint32_t Kt = get_arg_val<uint32_t>(3);
  uint32_t Nt = get_arg_val<uint32_t>(4);

  constexpr bool src0_is_dram = get_compile_time_arg_val(0) == 1;
  constexpr bool src1_is_dram = get_compile_time_arg_val(1) == 1;
  constexpr uint32_t cb_id_in0 = tt::CBIndex::c_0;
  constexpr uint32_t cb_id_in1 = tt::CBIndex::c_1;

  const InterleavedAddrGenFast<src0_is_dram> s0 = {
      .bank_base_address = src0_addr, .page_size = get_tile_size(cb_id_in0), .data_format = get_dataformat(cb_id_in0)};
  const InterleavedAddrGenFast<src1_is_dram> s1 = {
      .bank_base_address = src1_addr, .page_size = get_tile_size(cb_id_in1), .data_format = get_dataformat(cb_id_in1)};

  for (uint32_t mt = 0; mt < Mt; mt++) {
    for (uint32_t nt = 0; nt < Nt; nt++) {
      for (uint32_t kt = 0; kt < Kt; kt++) {
        cb_reserve_back(cb_id_in0, 1);
        noc_async_read_tile(mt * Kt + kt, s0, get_write_ptr(cb_id_in0));
        noc_async_read_barrier();
        cb_push_back(cb_id_in0, 1);
        cb_reserve_back(cb_id_in1, 1);
        noc_async_read_tile(kt * Nt + nt, s1, get_write_ptr(cb_id_in1));
        noc_async_read_barrier();
        cb_push_back(cb_id_in1, 1);
      }
    }
  }
}
