// NEGATIVE: matmul_tiles has no default for transpose; 5 arguments must not compile.
#include "compute_kernel_api/matmul.h"
namespace NAMESPACE {
void MAIN { matmul_tiles(0, 1, 0, 0, 0); }
}  // namespace NAMESPACE
