// Mirrors tt-metal compute_kernel_api/cb_api.h (compute-side circular-buffer sync).
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"

namespace ckernel {
ALWI void cb_wait_front(std::uint32_t cbid, std::uint32_t ntiles) {
  tt_astgen_dryrun::cb_wait_front(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
ALWI void cb_pop_front(std::uint32_t cbid, std::uint32_t ntiles) {
  tt_astgen_dryrun::cb_pop_front(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
ALWI void cb_reserve_back(std::uint32_t cbid, std::uint32_t ntiles) {
  tt_astgen_dryrun::cb_reserve_back(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
ALWI void cb_push_back(std::uint32_t cbid, std::uint32_t ntiles) {
  tt_astgen_dryrun::cb_push_back(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
ALWI bool cb_pages_reservable_at_back(std::uint32_t cbid, std::uint32_t ntiles) {
  return tt_astgen_dryrun::cb_pages_reservable_at_back(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
ALWI bool cb_pages_available_at_front(std::uint32_t cbid, std::uint32_t ntiles) {
  return tt_astgen_dryrun::cb_pages_available_at_front(static_cast<std::int32_t>(cbid), static_cast<std::int32_t>(ntiles));
}
}  // namespace ckernel
