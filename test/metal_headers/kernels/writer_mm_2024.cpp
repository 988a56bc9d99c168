// Sample (metal-2024 style): matmul_single_core writer with InterleavedAddrGenFast<is_dram>;
// the is_dram flag is compile-time arg 0.
#include <stdint.h>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t dst_addr = get_arg_val<uint32_t>(0);
  uint32_t Mt = get_arg_val<uint32_t>(2);
  uint32_t Nt = get_arg_val<uint32_t>(4);
  constexpr bool dst_is_dram = get_compile_time_arg_val(0) == 1;
  constexpr uint32_t cb_id_out0 = tt::CBIndex::c_16;
  const uint32_t tile_bytes = get_tile_size(cb_id_out0);
  const DataFormat data_format = get_dataformat(cb_id_out0);
  const InterleavedAddrGenFast<dst_is_dram> s = {
      .bank_base_address = dst_addr, .page_size = tile_bytes, .data_format = data_format};
  for (uint32_t m = 0; m < Mt; ++m) {
    for (uint32_t n = 0; n < Nt; ++n) {
      cb_wait_front(cb_id_out0, 1);
      noc_async_write_tile(m * Nt + n, s, get_read_ptr(cb_id_out0));
      noc_async_write_barrier();
      cb_pop_front(cb_id_out0, 1);
    }
  }
}
