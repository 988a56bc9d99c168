// metal-2024/2025: tt-metal's "compute_kernel_api/matmul.h".
// The mock is tt_astgen/impl/compute/matmul.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/matmul.h"
