// Negative: the classic "dataflow_api.h" include in a metal-2026 data-movement kernel.
#include "dataflow_api.h"

void kernel_main() { cb_reserve_back(0, 1); }
