// Negative: the classic six-argument matmul_tiles (with transpose) under metal-2026, where
// matmul_tiles takes five and transpose belongs to matmul_init.
#include "api/compute/matmul.h"

void kernel_main() {
    compute_kernel_hw_startup(0, 1, 16);
    matmul_init(0, 1);
    matmul_tiles(0, 1, 0, 0, 0, false);
}
