// Finds where a JSON pointer ("/buffers/1/shape/0") points in JSON text, so that plan errors carry
// a line and column ("plan.json:6:46: error: /buffers/0/shape/0: ..."). A tolerant scanner, not a
// validator: on malformed text or a pointer that names nothing (a missing field) it returns the
// deepest value it did reach.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tt_astgen/plan.h"

namespace tt_astgen::plan_detail {

struct TextPosition {
  unsigned line = 1;    // 1-based
  unsigned column = 1;  // 1-based, in bytes
};

/// The position of the value `pointer` names in `text` (or of the deepest existing ancestor);
/// with `atKey`, of the member's key when the last step is an object member (for "unknown field").
/// nullopt for the root pointer or text that is not a JSON object/array at the top.
std::optional<TextPosition> locateJsonPointer(std::string_view text, const std::string& pointer, bool atKey = false);

/// Sets line and column of each error whose position is not known yet from its pointer in `text`
/// ("unknown field" at the key). Bounded: on huge texts with many errors only the first ones are
/// located (each look-up scans the text).
void locatePlanErrors(std::vector<PlanError>& errors, std::string_view text);

}  // namespace tt_astgen::plan_detail
