// Negative: add_tiles_bcast_cols takes (icb0, icb1, itile0, itile1, idst): the DST index is required.
#include <cstdint>
#include "compute_kernel_api/bcast.h"
namespace NAMESPACE {
void MAIN { add_tiles_bcast_cols(0, 1, 0, 0); }
}  // namespace NAMESPACE
