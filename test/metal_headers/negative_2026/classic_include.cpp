// Negative: a 2025 compute kernel (classic include path) compiled against the metal-2026 tree.
#include "compute_kernel_api/eltwise_binary.h"

void kernel_main() { add_tiles_init(0, 1); }
