// Negative: mm_init is gone from the 2026 api/compute/matmul.h (compute_kernel_hw_startup +
// matmul_init replace it).
#include "api/compute/matmul.h"

void kernel_main() { mm_init(0, 1, 16); }
