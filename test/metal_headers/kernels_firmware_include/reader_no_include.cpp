// Sample: a data-movement kernel written as the 2025 SDK examples do (eltwise_binary read_tiles.cpp,
// loopback): no #include "dataflow_api.h", because the firmware translation unit (brisck.cc /
// ncrisck.cc) includes it before the kernel. Type-checked with -include dataflow_api.h.
#include <cstdint>

void kernel_main() {
  const uint32_t src_addr = get_arg_val<uint32_t>(0);
  const uint32_t n_tiles = get_arg_val<uint32_t>(1);
  constexpr uint32_t cb_in = tt::CBIndex::c_0;
  const InterleavedAddrGenFast<true> src = {
      .bank_base_address = src_addr, .page_size = get_tile_size(cb_in), .data_format = DataFormat::Float16_b};
  for (uint32_t i = 0; i < n_tiles; ++i) {
    cb_reserve_back(cb_in, 1);
    noc_async_read_tile(i, src, get_write_ptr(cb_in));
    noc_async_read_barrier();
    DPRINT_DATA1(DPRINT << "tile " << i << ENDL());
    cb_push_back(cb_in, 1);
  }
}
