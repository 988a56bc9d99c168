// metal-2024/2025: tt-metal's "compute_kernel_api/transpose_wh.h".
// The mock is tt_astgen/impl/compute/transpose.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/transpose.h"
