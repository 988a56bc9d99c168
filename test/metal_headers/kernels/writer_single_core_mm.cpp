// Sample: matmul_single_core writer (TensorAccessor), KERNEL_COMPILE_TIME_ARGS=1,1.
#include <stdint.h>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t dst_addr = get_arg_val<uint32_t>(0);
  uint32_t Mt = get_arg_val<uint32_t>(1);
  uint32_t Nt = get_arg_val<uint32_t>(2);
  constexpr uint32_t cb_id_out0 = tt::CBIndex::c_16;
  const uint32_t tile_bytes = get_tile_size(cb_id_out0);
  constexpr auto s_args = TensorAccessorArgs<0>();
  const auto s = TensorAccessor(s_args, dst_addr, tile_bytes);
  constexpr uint32_t flag = get_compile_time_arg_val(1);
  static_assert(flag == 1);
  for (uint32_t m = 0; m < Mt; ++m) {
    for (uint32_t n = 0; n < Nt; ++n) {
      cb_wait_front(cb_id_out0, 1);
      uint32_t l1_read_addr = get_read_ptr(cb_id_out0);
      noc_async_write_tile(m * Nt + n, s, l1_read_addr);
      noc_async_write_barrier();
      cb_pop_front(cb_id_out0, 1);
    }
  }
  uint64_t noc = s.get_noc_addr(0);
  noc_async_write(get_read_ptr(cb_id_out0), noc, tile_bytes);
  noc_async_write_page(0, s, get_read_ptr(cb_id_out0));
}
