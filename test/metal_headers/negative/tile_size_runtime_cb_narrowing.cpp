// Negative: get_tile_size(cb) is a constant only for a constant CB id; with a runtime CB id the
// int32_t result narrows in the braced initializer (an error on device as well).
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t src_addr = get_arg_val<uint32_t>(0);
  const uint32_t cb = get_arg_val<uint32_t>(1);
  const InterleavedAddrGenFast<true> s = {
      .bank_base_address = src_addr, .page_size = get_tile_size(cb), .data_format = DataFormat::Float16_b};
  cb_reserve_back(cb, 1);
  noc_async_read_tile(0, s, get_write_ptr(cb));
  noc_async_read_barrier();
  cb_push_back(cb, 1);
}
