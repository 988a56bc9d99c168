// Mirrors tt-metal tt_metal/include/compute_kernel_api/common_globals.h: ALWI, and the per-TRISC
// MAIN / MATH(x) / PACK(x) / UNPACK(x) macros. Adds a tt-astgen dry-run mode (-DTT_ASTGEN_DRYRUN):
// NAMESPACE defaults to chlkc_dryrun, MAIN is compute_main(), and MATH/PACK/UNPACK all keep their
// argument, so the CPU runtime can compile a compute kernel once as ordinary C++.
#pragma once

#include <cstdint>

#include "hostdevcommon/kernel_structs.h"
#include "tensix_types.h"
#include "tt_astgen/impl/compute/llk_defs.h"
#include "tt_astgen/dryrun_hooks.h"
#include "tt_astgen/kernel_args.h"

#ifndef ALWI
#define ALWI inline __attribute__((always_inline))
#endif

#if defined(TT_ASTGEN_DRYRUN)
#ifndef NAMESPACE
#define NAMESPACE chlkc_dryrun
#endif
#define MAIN compute_main()
#define MATH(x) x
#define PACK(x) x
#define UNPACK(x) x
#else
#ifdef TRISC_MATH
#define MATH(x) x
#define MAIN math_main()
#else
#define MATH(x)
#endif
#ifdef TRISC_PACK
#define PACK(x) x
#define MAIN pack_main()
#else
#define PACK(x)
#endif
#ifdef TRISC_UNPACK
#define UNPACK(x) x
#define MAIN unpack_main()
#else
#define UNPACK(x)
#endif
#endif

// The JIT generates these per compute kernel from its ComputeConfig (math_approx_mode,
// fp32_dest_acc_en); kernels pass them as template arguments (`exp_tile_init<APPROX>()`).
// The dry-run JIT defines them; type-checking gets the ComputeConfig defaults.
#ifndef APPROX
constexpr bool APPROX = false;
#endif
#ifndef DST_ACCUM_MODE
constexpr bool DST_ACCUM_MODE = false;
#endif


// The SDK's generated TRISC wrappers make ckernel names visible to `namespace NAMESPACE { void MAIN }`
// kernels; the mock does it with a using-directive so both `mm_init(...)` and `ckernel::mm_init(...)` work.
using namespace ckernel;
