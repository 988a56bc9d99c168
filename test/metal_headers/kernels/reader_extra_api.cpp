// Sample: more data-movement API shapes (semaphores, multicast, InterleavedAddrGen, page reads).
#include <cstdint>
#include "dataflow_api.h"
#include "debug/dprint.h"

void kernel_main() {
  uint32_t addr = get_arg_val<uint32_t>(0);
  uint32_t sem_id = get_arg_val<uint32_t>(1);
  uint32_t sem_addr = get_semaphore(sem_id);
  volatile tt_l1_ptr uint32_t* sem = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(sem_addr);
  noc_semaphore_set(sem, 0);
  noc_semaphore_wait(sem, 1);
  noc_semaphore_inc(get_noc_addr(1, 1, sem_addr), 1);
  constexpr uint32_t cb = tt::CBIndex::c_2;
  const InterleavedAddrGen<true> g = {.bank_base_address = addr, .page_size = 64};
  cb_reserve_back(cb, 1);
  noc_async_read_page(3, g, get_write_ptr(cb));
  noc_async_read(get_noc_addr(3, g), get_write_ptr(cb), 64);
  noc_async_read_barrier();
  uint64_t mcast = get_noc_multicast_addr(1, 1, 4, 4, get_write_ptr(cb));
  noc_async_write_multicast(get_write_ptr(cb), mcast, 64, 16);
  noc_semaphore_set_multicast(sem_addr, mcast, 16);
  noc_async_writes_flushed();
  noc_async_write_barrier();
  cb_push_back(cb, 1);
  constexpr auto a0 = TensorAccessorArgs<1>();
  const auto t = TensorAccessor(a0, addr, 64);
  const TensorAccessor<decltype(a0)> t2(a0, addr);
  (void)t2;
  (void)t;
  DPRINT << "x=" << get_absolute_logical_x() << " y=" << get_relative_logical_y() << ENDL();
}
