// Negative: get_semaphore's template argument is a ProgrammableCoreType, not an integer.
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t sem_addr = get_semaphore<0>(get_arg_val<uint32_t>(0));
  noc_semaphore_set(reinterpret_cast<volatile tt_l1_ptr uint32_t*>(sem_addr), 0);
}
