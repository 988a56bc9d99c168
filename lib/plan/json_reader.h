// Typed, error-collecting access to a parsed JSON document.
//
// Every accessor reports problems into a Diagnostics sink (JSON pointer + message) and returns
// an empty optional instead of throwing, so one pass over a plan finds all of its errors.
// ObjectReader remembers which fields were asked for; finish() reports the others as unknown,
// with a "did you mean" hint.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tt_astgen/plan.h"

namespace tt_astgen::plan_detail {

/// Insertion-ordered JSON, so that errors can be reported in document order.
using Json = nlohmann::ordered_json;

/// Collects PlanErrors.
class Diagnostics {
 public:
  void error(std::string path, std::string message) {
    errors_.push_back({std::move(path), std::move(message)});
  }
  bool empty() const { return errors_.empty(); }
  size_t size() const { return errors_.size(); }
  std::vector<PlanError>& errors() { return errors_; }
  const std::vector<PlanError>& errors() const { return errors_; }

 private:
  std::vector<PlanError> errors_;
};

/// One RFC 6901 reference token: "~" -> "~0", "/" -> "~1"; control characters are written as
/// \u00XX so that every error stays on one line.
std::string escapePointerToken(std::string_view token);
/// path + "/" + escaped token.
std::string childPath(const std::string& path, std::string_view key);
std::string childPath(const std::string& path, size_t index);

/// A short description of a JSON value for messages: strings and numbers as JSON text
/// (truncated when long), "an object", "an array", "null", "true", "false".
std::string describe(const Json& value);

/// Sorts errors by the position of their path in the document (stable: errors at one path keep
/// the order they were found in). A path that leaves the document sorts after its existing
/// siblings.
void sortByDocumentOrder(std::vector<PlanError>& errors, const Json& document);

// --- typed access: each reports "expected ..., got ..." at path and returns nullopt -----------
bool expectObject(const Json& v, const std::string& path, Diagnostics& d);
bool expectArray(const Json& v, const std::string& path, Diagnostics& d);
std::optional<std::string> readString(const Json& v, const std::string& path, Diagnostics& d);
std::optional<bool> readBool(const Json& v, const std::string& path, Diagnostics& d);
/// A non-negative integer (JSON integers only: 32.0 is rejected).
std::optional<uint64_t> readUint(const Json& v, const std::string& path, Diagnostics& d);
/// A non-negative integer no larger than max.
std::optional<uint64_t> readUintMax(const Json& v, const std::string& path, uint64_t max,
                                    Diagnostics& d);
std::optional<uint32_t> readUint32(const Json& v, const std::string& path, Diagnostics& d);
/// Any finite JSON number.
std::optional<double> readNumber(const Json& v, const std::string& path, Diagnostics& d);

/// A spelling table for an enumeration.
template <typename E>
using Spellings = std::vector<std::pair<std::string_view, E>>;

/// Reads a string and maps it through table; an unknown value is reported with the accepted
/// values and a "did you mean" hint.
template <typename E>
std::optional<E> readEnum(const Json& v, const std::string& path, const Spellings<E>& table,
                          Diagnostics& d);

/// `expected one of "a", "b", got "c" (did you mean "b"?)` for value against choices.
std::string unknownValueMessage(const std::string& value, const std::vector<std::string>& choices);

/// Field access on one JSON object.
class ObjectReader {
 public:
  /// When v is not an object, reports that and makes every accessor return nullptr.
  ObjectReader(const Json& v, std::string path, Diagnostics& d);

  bool ok() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string path(std::string_view key) const { return childPath(path_, key); }

  /// The field, or nullptr when absent. Marks key as known.
  const Json* optional(std::string_view key);
  /// The field; reports "missing required field" at its path when absent.
  const Json* required(std::string_view key);
  bool has(std::string_view key) const;

  /// Declares fields that are accepted but not read.
  void allow(std::initializer_list<std::string_view> keys);
  /// Reports every field not asked for as unknown (with a "did you mean" hint).
  void finish();
  /// Reports nothing about unknown fields (lenient readers of foreign formats).
  void finishLenient() { finished_ = true; }

  ~ObjectReader();
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

 private:
  const Json* object_;
  std::string path_;
  Diagnostics& diag_;
  std::vector<std::string> known_;
  bool finished_ = false;
};

// --- template implementation --------------------------------------------------------------------
template <typename E>
std::optional<E> readEnum(const Json& v, const std::string& path, const Spellings<E>& table,
                          Diagnostics& d) {
  auto s = readString(v, path, d);
  if (!s) return std::nullopt;
  for (const auto& [name, value] : table)
    if (name == *s) return value;
  std::vector<std::string> choices;
  for (const auto& entry : table) choices.emplace_back(entry.first);
  d.error(path, unknownValueMessage(*s, choices));
  return std::nullopt;
}

}  // namespace tt_astgen::plan_detail
