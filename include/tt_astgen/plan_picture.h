// A picture of a plan as SVG: the title (op, shapes, dtype, arch), the reader -> compute -> writer
// pipeline with its circular buffers (ids, depths, page sizes), and the core grid with each core's
// output-tile range and load. No Clang; lives in tt_astgen_plan.
#pragma once

#include <string>

#include "tt_astgen/plan.h"

namespace tt_astgen {

/// The SVG document (UTF-8 text, trailing newline) for a resolved plan. Deterministic: the same
/// plan gives the same bytes (integer geometry, no time stamps, no locale-dependent formatting).
std::string planToSvg(const Plan& plan);

}  // namespace tt_astgen
