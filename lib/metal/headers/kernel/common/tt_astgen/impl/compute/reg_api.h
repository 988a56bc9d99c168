// Mirrors tt-metal compute_kernel_api/reg_api.h (DST register acquire/commit/wait/release).
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"

namespace ckernel {
ALWI void tile_regs_acquire() { tt_astgen_dryrun::tile_regs_acquire(); }
ALWI void tile_regs_commit() { tt_astgen_dryrun::tile_regs_commit(); }
ALWI void tile_regs_wait() { tt_astgen_dryrun::tile_regs_wait(); }
ALWI void tile_regs_release() { tt_astgen_dryrun::tile_regs_release(); }
// Older equivalents: acquire = acquire+(implicit) ; release = commit/wait/release done by the pair.
ALWI void acquire_dst() { tt_astgen_dryrun::tile_regs_acquire(); }
[[deprecated("use acquire_dst() without a DstMode")]] ALWI void acquire_dst(tt::DstMode) { acquire_dst(); }
ALWI void release_dst() {
  tt_astgen_dryrun::tile_regs_commit();
  tt_astgen_dryrun::tile_regs_wait();
  tt_astgen_dryrun::tile_regs_release();
}
[[deprecated("use release_dst() without a DstMode")]] ALWI void release_dst(tt::DstMode) { release_dst(); }
}  // namespace ckernel
