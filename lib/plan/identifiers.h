// Names that end up as C++ identifiers in generated code.
#pragma once

#include <optional>
#include <string>

#include "json_reader.h"

namespace tt_astgen::plan_detail {

/// Why s is not a safe identifier (without the length limit), or nullopt when it is.
std::optional<std::string> identifierProblem(const std::string& s);

/// Reports at path why name cannot be a plan or buffer name: identifierProblem, a trailing '_'
/// (generated names append "_addr", "_accessor", ...; "a_" would give the reserved "a__addr"),
/// or more than kMaxNameLength characters. Returns true when the name is acceptable.
bool checkName(const std::string& name, const std::string& path, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
