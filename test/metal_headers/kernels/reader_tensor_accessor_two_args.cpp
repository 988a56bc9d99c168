// Sample: TensorAccessor built from (args, address) alone: class template argument deduction of the
// 2-argument form, the page size taken from the args' AlignedPageSize (the host's buffer page size),
// as contributed/vecadd's interleaved_tile_read.cpp does. KERNEL_COMPILE_TIME_ARGS=1,1.
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t a_addr = get_arg_val<uint32_t>(0);
  uint32_t b_addr = get_arg_val<uint32_t>(1);
  uint32_t n_tiles = get_arg_val<uint32_t>(2);
  constexpr uint32_t cb_a = tt::CBIndex::c_0;
  constexpr uint32_t cb_b = tt::CBIndex::c_1;
  constexpr auto a_args = TensorAccessorArgs<0>();
  const auto a = TensorAccessor(a_args, a_addr);
  constexpr auto b_args = TensorAccessorArgs<a_args.next_compile_time_args_offset()>();
  const auto b = TensorAccessor(b_args, b_addr);
  static_assert(decltype(a_args)::AlignedPageSize == 0 && decltype(a)::is_dram);
  const uint32_t page = a.get_aligned_page_size();
  for (uint32_t i = 0; i < n_tiles; i++) {
    cb_reserve_back(cb_a, 1);
    cb_reserve_back(cb_b, 1);
    noc_async_read_tile(i, a, get_write_ptr(cb_a));
    noc_async_read_page(i, b, get_write_ptr(cb_b));
    noc_async_read_barrier();
    cb_push_back(cb_a, 1);
    cb_push_back(cb_b, 1);
  }
  (void)page;
}
