// Mirrors tt-metal tt-metalium/work_split.hpp: split_work_to_cores, num_cores_to_corerangeset
// (declared; defined by the dry-run runtime).
#pragma once

#include <cstdint>
#include <tuple>

#include <tt-metalium/core_coord.hpp>

namespace tt::tt_metal {

CoreRangeSet num_cores_to_corerangeset(std::uint32_t target_num_cores, const CoreCoord grid_size, bool row_wise = false);

// Returns {num_cores, all_cores, core_group_1, core_group_2, units_per_core_group_1, units_per_core_group_2}.
std::tuple<std::uint32_t, CoreRangeSet, CoreRangeSet, CoreRangeSet, std::uint32_t, std::uint32_t> split_work_to_cores(
    const CoreCoord grid_size, const std::uint32_t units_to_divide, const bool row_wise = false);

std::tuple<std::uint32_t, CoreRangeSet, CoreRangeSet, CoreRangeSet, std::uint32_t, std::uint32_t> split_work_to_cores(
    const CoreRangeSet& core_grid, const std::uint32_t units_to_divide, const bool row_wise = false);

}  // namespace tt::tt_metal
