// metal-2024/2025: tt-metal's "compute_kernel_api/eltwise_unary/eltwise_unary.h".
// The mock is tt_astgen/impl/compute/eltwise_unary/eltwise_unary.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/eltwise_unary/eltwise_unary.h"
