#include "json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "suggest.h"

namespace tt_astgen::plan_detail {

std::string escapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

std::string childPath(const std::string& path, std::string_view key) {
  return path + "/" + escapePointerToken(key);
}

std::string childPath(const std::string& path, size_t index) {
  return path + "/" + std::to_string(index);
}

std::string describe(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::null: return "null";
    case Json::value_t::discarded: return "nothing";
    default: break;
  }
  // ensure_ascii keeps messages ASCII and on one line.
  std::string text = value.dump(-1, ' ', true, Json::error_handler_t::replace);
  constexpr size_t kMax = 48;
  if (text.size() > kMax) text = text.substr(0, kMax - 3) + "...";
  return text;
}

// --- document order -----------------------------------------------------------------------------

static std::vector<std::string> splitPointer(const std::string& path) {
  std::vector<std::string> tokens;
  if (path.empty()) return tokens;
  size_t pos = 1;  // skip the leading '/'
  while (true) {
    size_t next = path.find('/', pos);
    std::string raw = path.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    std::string token;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size()) {
        token += raw[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (next == std::string::npos) break;
    pos = next + 1;
  }
  return tokens;
}

/// The position of path in the document: one index per level (object fields by their order).
static std::vector<size_t> documentPosition(const std::string& path, const Json& document) {
  std::vector<size_t> key;
  const Json* node = &document;
  for (const auto& token : splitPointer(path)) {
    if (node && node->is_object()) {
      size_t index = 0;
      const Json* found = nullptr;
      for (auto it = node->begin(); it != node->end(); ++it, ++index) {
        if (it.key() == token) {
          found = &it.value();
          break;
        }
      }
      key.push_back(index);  // == size when absent: after the existing fields
      node = found;
    } else if (node && node->is_array()) {
      size_t index = node->size();
      const bool numeric = !token.empty() && token.size() < 10 &&
                           std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (numeric)
        index = std::stoul(token);
      key.push_back(index);
      node = index < node->size() ? &(*node)[index] : nullptr;
    } else {
      key.push_back(std::numeric_limits<size_t>::max());
      node = nullptr;
    }
  }
  return key;
}

void sortByDocumentOrder(std::vector<PlanError>& errors, const Json& document) {
  struct Keyed {
    std::vector<size_t> position;
    size_t found;  // the order the error was found in: keeps the sort stable
    PlanError error;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(errors.size());
  for (size_t i = 0; i < errors.size(); ++i)
    keyed.push_back({documentPosition(errors[i].path, document), i, std::move(errors[i])});
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.position != b.position ? a.position < b.position : a.found < b.found;
  });
  errors.clear();
  for (auto& k : keyed) errors.push_back(std::move(k.error));
}

// --- typed access -------------------------------------------------------------------------------

bool expectObject(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_object()) return true;
  d.error(path, "expected an object, got " + describe(v));
  return false;
}

bool expectArray(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_array()) return true;
  d.error(path, "expected an array, got " + describe(v));
  return false;
}

std::optional<std::string> readString(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_string()) return v.get<std::string>();
  d.error(path, "expected a string, got " + describe(v));
  return std::nullopt;
}

std::optional<bool> readBool(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_boolean()) return v.get<bool>();
  d.error(path, "expected a boolean, got " + describe(v));
  return std::nullopt;
}

std::optional<uint64_t> readUint(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_number_unsigned()) return v.get<uint64_t>();
  if (v.is_number_integer()) {  // signed, hence negative
    d.error(path, "expected a non-negative integer, got " + describe(v));
    return std::nullopt;
  }
  d.error(path, "expected an integer, got " + describe(v));
  return std::nullopt;
}

std::optional<uint64_t> readUintMax(const Json& v, const std::string& path, uint64_t max,
                                    Diagnostics& d) {
  auto n = readUint(v, path, d);
  if (!n) return std::nullopt;
  if (*n > max) {
    d.error(path, "expected an integer in 0.." + std::to_string(max) + ", got " + std::to_string(*n));
    return std::nullopt;
  }
  return n;
}

std::optional<uint32_t> readUint32(const Json& v, const std::string& path, Diagnostics& d) {
  auto n = readUintMax(v, path, std::numeric_limits<uint32_t>::max(), d);
  if (!n) return std::nullopt;
  return static_cast<uint32_t>(*n);
}

std::optional<double> readNumber(const Json& v, const std::string& path, Diagnostics& d) {
  if (v.is_number()) {
    double x = v.get<double>();
    if (std::isfinite(x)) return x;
  }
  d.error(path, "expected a number, got " + describe(v));
  return std::nullopt;
}

std::string unknownValueMessage(const std::string& value, const std::vector<std::string>& choices) {
  std::string msg = "expected one of ";
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i) msg += ", ";
    msg += "\"" + choices[i] + "\"";
  }
  msg += ", got " + describe(Json(value)) + didYouMean(value, choices);
  return msg;
}

// --- ObjectReader -------------------------------------------------------------------------------

ObjectReader::ObjectReader(const Json& v, std::string path, Diagnostics& d)
    : object_(nullptr), path_(std::move(path)), diag_(d) {
  if (expectObject(v, path_, d)) object_ = &v;
}

ObjectReader::~ObjectReader() {
  if (!finished_) finish();
}

const Json* ObjectReader::optional(std::string_view key) {
  if (std::find(known_.begin(), known_.end(), key) == known_.end()) known_.emplace_back(key);
  if (!object_) return nullptr;
  auto it = object_->find(std::string(key));
  return it == object_->end() ? nullptr : &*it;
}

const Json* ObjectReader::required(std::string_view key) {
  const Json* v = optional(key);
  if (!v && object_) diag_.error(path(key), "missing required field");
  return v;
}

bool ObjectReader::has(std::string_view key) const {
  return object_ && object_->contains(std::string(key));
}

void ObjectReader::allow(std::initializer_list<std::string_view> keys) {
  for (auto k : keys) optional(k);
}

void ObjectReader::finish() {
  finished_ = true;
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    const std::string& key = it.key();
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string hint = didYouMean(key, known_);
    if (hint.empty()) {
      hint = " (known fields: ";
      for (size_t i = 0; i < known_.size(); ++i) hint += (i ? ", " : "") + known_[i];
      hint += ")";
    }
    diag_.error(path(key), "unknown field" + hint);
  }
}

}  // namespace tt_astgen::plan_detail
