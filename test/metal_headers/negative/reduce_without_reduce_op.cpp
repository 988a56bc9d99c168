// Negative: reduce.h's template defaults are the REDUCE_OP / REDUCE_DIM macros; a kernel that
// includes it without defining them does not compile on the device (even with explicit arguments).
#include <cstdint>
#include "compute_kernel_api/reduce.h"
namespace NAMESPACE {
void MAIN { reduce_tile<PoolType::SUM, ReduceDim::REDUCE_ROW>(0, 2, 0, 0, 0); }
}  // namespace NAMESPACE
