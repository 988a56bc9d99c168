// The kernel API generation of this include tree: metal-2026 (api/dataflow/..., api/compute/...,
// api/debug/...). The shared mocks (tt_astgen/impl/) read it where the generations differ.
#pragma once

#define TT_ASTGEN_KERNEL_GENERATION 2026
