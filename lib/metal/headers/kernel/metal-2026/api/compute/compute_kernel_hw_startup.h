// metal-2026: tt-metal's "api/compute/compute_kernel_hw_startup.h".
// The mock is tt_astgen/impl/compute/compute_kernel_hw_startup.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/compute_kernel_hw_startup.h"
