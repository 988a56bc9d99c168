// metal-2024/2025: tt-metal's "compute_kernel_api/eltwise_unary/rsqrt.h".
// The mock is tt_astgen/impl/compute/eltwise_unary/rsqrt.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/eltwise_unary/rsqrt.h"
