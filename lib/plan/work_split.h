// Per-core work: tt-metal's split_work_to_cores, and checks of explicit per-core tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "draft.h"

namespace tt_astgen::plan_detail {

/// split_work_to_cores(grid, units, row_wise = false): min(gx*gy, units) cores, enumerated
/// column-major (core i is (i / gy, i % gy)); the first units % n cores get one unit more; start
/// tiles are consecutive in that order. Cores without work are not listed.
std::vector<CoreWork> contiguousSplit(uint32_t gridX, uint32_t gridY, uint64_t units);

/// "tile 5 is" or "tiles 5..9 are" for [begin, end).
std::string tileRange(uint64_t begin, uint64_t end);

/// Checks explicit per-core entries: inside the grid, each core once, count > 0, and (when
/// totalTiles is known) every output tile in [0, totalTiles) assigned exactly once. Returns the
/// cores when every check passed.
std::optional<std::vector<CoreWork>> checkExplicitSplit(const std::vector<CoreDraft>& cores,
                                                        const std::string& coresPath,
                                                        uint32_t gridX, uint32_t gridY,
                                                        std::optional<uint64_t> totalTiles,
                                                        Diagnostics& d);

/// Checks that listed cores equal the contiguous split (used when a normalized plan is re-read).
void checkListedContiguousSplit(const std::vector<CoreDraft>& cores, const std::string& coresPath,
                                const std::vector<CoreWork>& expected, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
