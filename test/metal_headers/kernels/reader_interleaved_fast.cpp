// Sample: classic reader with InterleavedAddrGenFast<true> and get_noc_addr_from_bank_id.
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t src0_addr = get_arg_val<uint32_t>(0);
  uint32_t src1_addr = get_arg_val<uint32_t>(1);
  int32_t signed_arg = get_arg_val<int32_t>(2);
  float f = get_common_arg_val<float>(0);
  (void)signed_arg; (void)f;
  constexpr bool src0_is_dram = get_compile_time_arg_val(0) == 1;
  constexpr uint32_t cb_in0 = tt::CBIndex::c_0;
  constexpr uint32_t cb_in1 = tt::CBIndex::c_1;
  const uint32_t tile_bytes = get_tile_size(cb_in0);
  const DataFormat fmt = get_dataformat(cb_in0);
  const InterleavedAddrGenFast<src0_is_dram> s0 = {
      .bank_base_address = src0_addr, .page_size = tile_bytes, .data_format = fmt};
  const InterleavedAddrGenFast<true> s1 = {src1_addr, tile_bytes, get_dataformat(cb_in1)};
  cb_reserve_back(cb_in0, 1);
  noc_async_read_tile(0, s0, get_write_ptr(cb_in0));
  noc_async_read_barrier();
  cb_push_back(cb_in0, 1);
  cb_reserve_back(cb_in1, 1);
  uint64_t src1_noc_addr = get_noc_addr_from_bank_id<true>(0, src1_addr);
  noc_async_read(src1_noc_addr, get_write_ptr(cb_in1), tile_bytes);
  noc_async_read(get_noc_addr(0, s1), get_write_ptr(cb_in1), tile_bytes);
  noc_async_read(get_noc_addr(1, 1, src1_addr), get_write_ptr(cb_in1), tile_bytes, noc_index);
  noc_async_read_barrier();
  cb_push_back(cb_in1, 1);
  if (fmt == DataFormat::Float16_b && get_absolute_logical_x() == 0) {
    volatile tt_l1_ptr uint32_t* p = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(get_write_ptr(cb_in0));
    (void)p;
  }
}
