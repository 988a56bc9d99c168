// metal-2026: tt-metal's "api/compute/eltwise_unary/rsqrt.h".
// The mock is tt_astgen/impl/compute/eltwise_unary/rsqrt.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/eltwise_unary/rsqrt.h"
