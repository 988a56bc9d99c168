// NEGATIVE: noc_async_read_tile needs an address generator / accessor, not a raw address.
#include "dataflow_api.h"
void kernel_main() {
  uint32_t src_addr = get_arg_val<uint32_t>(0);
  noc_async_read_tile(0, src_addr, get_write_ptr(tt::CBIndex::c_0));
}
