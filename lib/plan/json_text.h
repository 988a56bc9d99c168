// Turning plan text into a JSON document, within limits.
#pragma once

#include <optional>
#include <string>

#include "json_reader.h"

namespace tt_astgen::plan_detail {

/// Parses text as JSON. Rejects, with one error at path "": text longer than kMaxPlanBytes,
/// nesting deeper than kMaxPlanDepth (found by a pre-scan, before the parser runs) and invalid
/// JSON (with nlohmann's line and column). Duplicate object keys are reported at their path (the
/// document is still returned, so later checks run too).
std::optional<Json> parseJsonText(const std::string& text, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
