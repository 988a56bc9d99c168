// Negative: noc_async_read_page needs an address generator; a raw DRAM address is not one.
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t src_addr = get_arg_val<uint32_t>(0);
  cb_reserve_back(0, 1);
  noc_async_read_page(0, src_addr, get_write_ptr(0));
  noc_async_read_barrier();
  cb_push_back(0, 1);
}
