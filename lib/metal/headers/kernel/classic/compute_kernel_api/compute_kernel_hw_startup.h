// metal-2024/2025: tt-metal's "compute_kernel_api/compute_kernel_hw_startup.h".
// The mock is tt_astgen/impl/compute/compute_kernel_hw_startup.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/compute_kernel_hw_startup.h"
