// Sample: the legacy compute entry `namespace NAMESPACE { void MAIN }` over the 2026 api/compute/
// headers. The 2026 JIT still builds it (its common_globals.h keeps NAMESPACE/MAIN); the checker
// warns about it under metal-2026 (api-profile), but the headers must accept it.
#include <cstdint>
#include "api/compute/eltwise_binary.h"

namespace NAMESPACE {
void MAIN {
    binary_op_init_common(tt::CBIndex::c_0, tt::CBIndex::c_1, tt::CBIndex::c_16);
    add_tiles_init(tt::CBIndex::c_0, tt::CBIndex::c_1);
}
}  // namespace NAMESPACE
