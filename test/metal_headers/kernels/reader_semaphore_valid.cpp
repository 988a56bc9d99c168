// Sample: a multicast receiver's handshake with the semaphore states VALID / INVALID, which
// dataflow_api.h brings in (hostdevcommon/common_values.hpp), as contributed/multicast's
// inbound kernel uses them. KERNEL_COMPILE_TIME_ARGS=1,1.
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t sender_x = get_arg_val<uint32_t>(0);
  const uint32_t sender_y = get_arg_val<uint32_t>(1);
  const uint32_t sender_sem = get_semaphore(get_arg_val<uint32_t>(2));
  const uint32_t receiver_sem = get_semaphore(get_arg_val<uint32_t>(3));
  volatile tt_l1_ptr uint32_t* receiver_ptr = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(receiver_sem);
  noc_semaphore_set(receiver_ptr, INVALID);
  noc_semaphore_inc(get_noc_addr(sender_x, sender_y, sender_sem), 1);
  noc_semaphore_wait(receiver_ptr, VALID);
  static_assert(VALID == 1 && INVALID == 0);
}
