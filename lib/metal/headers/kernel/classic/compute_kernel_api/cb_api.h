// metal-2024/2025: tt-metal's "compute_kernel_api/cb_api.h".
// The mock is tt_astgen/impl/compute/cb_api.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/cb_api.h"
