// Runtime-argument layouts: defaults, TileLang aliases, and checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "draft.h"

namespace tt_astgen::plan_detail {

enum class KernelRole { Reader, Compute, Writer };

/// The canonical name for a TileLang alias (tt_start_tile, start_id -> start_tile;
/// tt_tile_count, count -> num_tiles), or the name itself.
std::string canonicalArgName(const std::string& name);

/// The default layout for the op (docs/plan-schema.md, "Runtime arguments").
/// buffers are in resolved order.
RuntimeArgLayout defaultRuntimeArgs(OpKind op, const std::vector<BufferSpec>& buffers);

/// The names a kernel must receive.
std::vector<std::string> requiredArgs(KernelRole role, OpKind op,
                                      const std::vector<BufferSpec>& buffers);

/// Checks one kernel's list (known names, no duplicates, what the kernel needs, the length
/// limit) and returns it with aliases replaced by canonical names.
std::optional<std::vector<std::string>> checkKernelArgs(const KernelArgsDraft& draft,
                                                        KernelRole role, OpKind op,
                                                        const std::vector<BufferSpec>& buffers,
                                                        Diagnostics& d);

}  // namespace tt_astgen::plan_detail
