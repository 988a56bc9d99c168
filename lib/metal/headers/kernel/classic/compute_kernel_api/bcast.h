// metal-2024/2025: tt-metal's "compute_kernel_api/bcast.h".
// The mock is tt_astgen/impl/compute/bcast.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/bcast.h"
