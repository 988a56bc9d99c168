// Sample: data-movement API surface used by 2025 SDK kernels beyond the tile readers: generic
// address generators (InterleavedAddrGen, get_interleaved_addr_gen's Pow2 variants), get_noc_addr /
// noc_async_read_page over any of them, templated noc_async_read, constexpr get_tile_size /
// get_dataformat, common runtime args, core coordinates, semaphores, DPRINT and raw L1 pointers.
#include <stdint.h>

#include "dataflow_api.h"
#include "debug/dprint.h"

void kernel_main() {
  const uint32_t src_addr = get_arg_val<uint32_t>(0);
  const uint32_t stick_size = get_arg_val<uint32_t>(1);
  const uint32_t num_sticks = get_common_arg_val<uint32_t>(0);
  const uint32_t peer_x = get_arg_val<uint32_t>(2);
  const uint32_t peer_y = get_arg_val<uint32_t>(3);
  const uint32_t sem_id = get_arg_val<uint32_t>(4);

  constexpr uint32_t cb_id = get_compile_time_arg_val(0);
  constexpr bool src_is_dram = get_compile_time_arg_val(1) == 1;
  constexpr uint32_t tile_bytes = get_tile_size(cb_id);
  constexpr DataFormat format = get_dataformat(cb_id);
  static_assert(tile_bytes > 0, "a configured CB has pages");

  const InterleavedAddrGen<src_is_dram> sticks = {.bank_base_address = src_addr, .page_size = stick_size};
  const auto tiles = get_interleaved_addr_gen<src_is_dram, tile_bytes>(src_addr);
  const InterleavedAddrGenFast<src_is_dram> fast = {
      .bank_base_address = src_addr, .page_size = get_tile_size(cb_id), .data_format = format};

  DPRINT << "core " << static_cast<uint32_t>(get_absolute_logical_x()) << "," << U32(get_absolute_logical_y())
         << HEX() << SETW(8) << src_addr << DEC() << ENDL();

  for (uint32_t i = 0; i < num_sticks; ++i) {
    cb_reserve_back(cb_id, 1);
    const uint32_t l1_addr = get_write_ptr(cb_id);
    noc_async_read(get_noc_addr(i, sticks), l1_addr, stick_size);
    noc_async_read<NOC_MAX_BURST_SIZE>(get_noc_addr(i, fast, 0), l1_addr, stick_size);
    noc_async_read_page(i, tiles, l1_addr);
    noc_async_read_tile(i, sticks, l1_addr);
    noc_async_read_barrier();
    uint32_t* words = (uint32_t*)l1_addr;
    DPRINT_DATA1(DPRINT << (uint16_t)words[0] << ENDL());
    cb_push_back(cb_id, 1);
  }

  const uint32_t sem_addr = get_semaphore<ProgrammableCoreType::TENSIX>(sem_id);
  volatile tt_l1_ptr uint32_t* sem = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(sem_addr);
  noc_semaphore_inc<true>(get_noc_addr(peer_x, peer_y, sem_addr), 1);
  noc_async_atomic_barrier();
  noc_semaphore_wait_min(sem, 1);
  noc_inline_dw_write(get_noc_addr(peer_x, peer_y, sem_addr), 0);
  noc_semaphore_set(sem, 0);
  noc_async_write_barrier();
}
