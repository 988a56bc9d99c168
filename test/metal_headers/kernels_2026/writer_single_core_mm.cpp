// Sample (metal-2026 include layout): a writer through a TensorAccessor and a raw bank address
// (get_noc_addr_from_bank_id + noc_async_write). KERNEL_COMPILE_TIME_ARGS=1,1.
#include <cstdint>
#include "api/dataflow/dataflow_api.h"

void kernel_main() {
    const uint32_t dst_addr = get_arg_val<uint32_t>(0);
    const uint32_t n_tiles = get_arg_val<uint32_t>(1);
    constexpr uint32_t cb_out = tt::CBIndex::c_16;
    const uint32_t tile_bytes = get_tile_size(cb_out);
    constexpr auto args = TensorAccessorArgs<0>();
    const auto dst = TensorAccessor(args, dst_addr, tile_bytes);
    for (uint32_t i = 0; i + 1 < n_tiles; ++i) {
        cb_wait_front(cb_out, 1);
        noc_async_write_page(i, dst, get_read_ptr(cb_out));
        noc_async_write_barrier();
        cb_pop_front(cb_out, 1);
    }
    cb_wait_front(cb_out, 1);
    noc_async_write(get_read_ptr(cb_out), get_noc_addr_from_bank_id<true>(0, dst_addr), tile_bytes);
    noc_async_write_barrier();
    cb_pop_front(cb_out, 1);
}
