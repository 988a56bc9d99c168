// Circular buffers: the derived default and checks of explicit tables.
#pragma once

#include <optional>
#include <vector>

#include "draft.h"

namespace tt_astgen::plan_detail {

inline constexpr uint32_t kDefaultCbPages = 2;
inline constexpr uint32_t kFirstOutputCb = 16;  // tt::CBIndex::c_16, tt-metal's c_out0

/// Input i -> c_i, the output -> c_16; the buffer's dtype; one tile per page; 2 pages.
/// buffers are in resolved order (inputs, then the output).
std::vector<CbSpec> deriveCbs(const std::vector<BufferSpec>& buffers);

/// True for an entry with role "intermediate" or "scaler" (version 2): derived from the chain,
/// not from a buffer.
bool isChainCb(const CbDraft& cb);

/// Reports CB ids used by more than one entry.
void checkCbIdsUnique(const std::vector<CbDraft>& cbs, Diagnostics& d);

/// Checks explicit CBs against the resolved buffers and fills their defaults. The result is in
/// buffer order. Entries of the chain's own CBs (isChainCb) are skipped. Returns nullopt after reporting errors.
std::optional<std::vector<CbSpec>> checkExplicitCbs(const std::vector<CbDraft>& cbs,
                                                    const std::string& cbsPath,
                                                    const std::vector<BufferSpec>& buffers,
                                                    Diagnostics& d);

/// Reports at cbsPath when the CBs need more L1 per core than the arch has.
void checkCbCapacity(const std::vector<CbSpec>& cbs, const std::string& cbsPath, Arch arch,
                     Diagnostics& d);

/// Reports at buffersPath when the buffers in L1 do not fit: interleaved L1 buffers are spread
/// over the L1 banks of all of the arch's compute cores, next to the CBs of each core.
void checkL1Buffers(const std::vector<BufferSpec>& buffers, const std::vector<CbSpec>& cbs,
                    const std::string& buffersPath, Arch arch, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
