// metal-2026: tt-metal's "api/compute/eltwise_unary/sfpu_split_includes.h".
// The mock is tt_astgen/impl/compute/eltwise_unary/sfpu_split_includes.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/eltwise_unary/sfpu_split_includes.h"
