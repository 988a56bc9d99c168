// Negative: add_init is the 2026 name (api/compute/eltwise_binary.h); the classic
// compute_kernel_api/eltwise_binary.h has add_tiles_init only.
#include "compute_kernel_api/eltwise_binary.h"

namespace NAMESPACE {
void MAIN { add_init(0, 1); }
}  // namespace NAMESPACE
