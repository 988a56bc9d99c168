// metal-2024/2025: tt-metal's "compute_kernel_api/reconfig_data_format.h".
// The mock is tt_astgen/impl/compute/reconfig_data_format.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/reconfig_data_format.h"
