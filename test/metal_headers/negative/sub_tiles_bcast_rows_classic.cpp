// Negative: sub_tiles_bcast_rows is a 2026 addition; the classic bcast.h has only the templated
// sub_tiles_bcast<BroadcastType::ROW>.
#include <cstdint>
#include "compute_kernel_api/bcast.h"
namespace NAMESPACE {
void MAIN { sub_tiles_bcast_rows(0, 1, 0, 0, 0); }
}  // namespace NAMESPACE
