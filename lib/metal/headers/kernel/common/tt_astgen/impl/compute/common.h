// Mirrors tt-metal compute_kernel_api/common.h: common globals, reg/pack/cb APIs, get_arg_val,
// get_common_arg_val, get_compile_time_arg_val, and the data-format reconfig helpers
// (reconfig_data_format.h, which the SDK's common.h includes too).
#pragma once

#include "tt_astgen/impl/compute/cb_api.h"
#include "tt_astgen/impl/compute/common_globals.h"
#include "tt_astgen/impl/compute/pack.h"
#include "tt_astgen/impl/compute/reconfig_data_format.h"
#include "tt_astgen/impl/compute/reg_api.h"
#include "tt_astgen/kernel_args.h"
#include "tt_astgen/generation.h"
#if TT_ASTGEN_KERNEL_GENERATION >= 2026
// 2026's api/compute/common.h brings the hardware start-up with it.
#include "tt_astgen/impl/compute/compute_kernel_hw_startup.h"
#endif
