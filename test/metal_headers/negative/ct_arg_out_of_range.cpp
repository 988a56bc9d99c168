// NEGATIVE (KERNEL_COMPILE_TIME_ARGS=1,1): index 5 is out of range.
#include "dataflow_api.h"
void kernel_main() {
  constexpr uint32_t x = get_compile_time_arg_val(5);
  (void)x;
}
