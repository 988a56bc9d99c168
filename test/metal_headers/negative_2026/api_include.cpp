// Negative: a 2026 compute kernel (api/compute/ include) compiled against the classic tree.
#include "api/compute/eltwise_binary.h"

void kernel_main() { add_tiles_init(0, 1); }
