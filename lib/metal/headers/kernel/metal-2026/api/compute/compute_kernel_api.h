// metal-2026: tt-metal's "api/compute/compute_kernel_api.h".
// The mock is tt_astgen/impl/compute/sfpu_misc.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/sfpu_misc.h"
