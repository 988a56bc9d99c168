// Mirrors tt-metal compute_kernel_api/eltwise_unary/sfpu_split_includes.h: the host's defines
// (SFPU_OP_EXP_INCLUDE=1, ...) pick the SFPU headers a kernel gets. The mock has the families below;
// an undefined macro is 0 in #if, as on device.
#pragma once

#if SFPU_OP_EXP_INCLUDE
#include "compute_kernel_api/eltwise_unary/exp.h"
#endif
#if SFPU_OP_GELU_INCLUDE
#include "compute_kernel_api/eltwise_unary/gelu.h"
#endif
#if SFPU_OP_SQRT_INCLUDE
#include "compute_kernel_api/eltwise_unary/sqrt.h"
#endif
#if SFPU_OP_RECIP_INCLUDE
#include "compute_kernel_api/eltwise_unary/recip.h"
#endif
#if SFPU_OP_RELU_FAMILY_INCLUDE
#include "compute_kernel_api/eltwise_unary/relu.h"
#endif
#if SFPU_OP_NEG_INCLUDE
#include "compute_kernel_api/eltwise_unary/negative.h"
#endif
#if SFPU_OP_COMPUTE_KERNEL_API_INCLUDE
#include "compute_kernel_api.h"
#endif
