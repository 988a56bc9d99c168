// Mirrors tt-metal's sfpu_split_includes.h (compute_kernel_api/eltwise_unary/ in the classic
// layout, api/compute/eltwise_unary/ in 2026): the host's defines (SFPU_OP_EXP_INCLUDE=1, ...) pick
// the SFPU headers a kernel gets. The mock has the families below; an undefined macro is 0 in #if,
// as on device.
#pragma once

#if SFPU_OP_EXP_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/exp.h"
#endif
#if SFPU_OP_GELU_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/gelu.h"
#endif
#if SFPU_OP_SQRT_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/sqrt.h"
#endif
#if SFPU_OP_RSQRT_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/rsqrt.h"
#endif
#if SFPU_OP_RECIP_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/recip.h"
#endif
#if SFPU_OP_RELU_FAMILY_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/relu.h"
#endif
#if SFPU_OP_NEG_INCLUDE
#include "tt_astgen/impl/compute/eltwise_unary/negative.h"
#endif
#if SFPU_OP_COMPUTE_KERNEL_API_INCLUDE
#include "tt_astgen/impl/compute/sfpu_misc.h"
#endif
