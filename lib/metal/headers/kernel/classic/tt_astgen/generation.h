// The kernel API generation of this include tree: the classic layout of metal-2024 and metal-2025
// (dataflow_api.h, compute_kernel_api/...). The shared mocks (tt_astgen/impl/) read it where the
// generations differ. The metal-2026 tree has its own copy saying 2026.
#pragma once

#define TT_ASTGEN_KERNEL_GENERATION 2025
