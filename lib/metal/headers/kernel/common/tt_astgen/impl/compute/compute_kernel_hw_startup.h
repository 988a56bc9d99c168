// Mirrors tt-metal compute_kernel_api/compute_kernel_hw_startup.h (2025): the one-time hardware
// set-up of unpacker, math and packer, before any *_init of an operation.
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"

namespace ckernel {
ALWI void compute_kernel_hw_startup(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb1, ocb);
}
// Unary form: srcA and srcB both from icb0.
ALWI void compute_kernel_hw_startup(std::uint32_t icb0, std::uint32_t ocb) {
  tt_astgen_dryrun::compute_hw_init(icb0, icb0, ocb);
}
}  // namespace ckernel
