// Mirrors the 2026 api/compute/transpose_wh.h: the _wh transpose names kept as [[deprecated]]
// shims over api/compute/transpose.h, with the SDK's own messages.
#pragma once

#include "tt_astgen/impl/compute/compute_kernel_hw_startup.h"
#include "tt_astgen/impl/compute/transpose.h"

namespace ckernel {
[[deprecated(
    "Use compute_kernel_hw_startup(icb, ocb) once at the top of the kernel, then transpose_init(icb). See "
    "api/compute/transpose.h.")]] ALWI void
transpose_wh_init(std::uint32_t icb, std::uint32_t ocb, std::uint32_t call_line = __builtin_LINE()) {
  compute_kernel_hw_startup(icb, ocb);
  transpose_init(icb, call_line);
}
[[deprecated("Use transpose_init(icb). See api/compute/transpose.h.")]] ALWI void transpose_wh_init_short(
    std::uint32_t icb, std::uint32_t call_line = __builtin_LINE()) {
  transpose_init(icb, call_line);
}
[[deprecated("Use transpose_tile(icb, itile, idst). See api/compute/transpose.h.")]] ALWI void transpose_wh_tile(
    std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  transpose_tile(icb, itile, idst);
}
}  // namespace ckernel
