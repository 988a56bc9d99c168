#include "json_text.h"

#include <cstdio>
#include <set>

namespace tt_astgen::plan_detail {
namespace {

/// Finds the first place where brackets nest deeper than maxDepth, ignoring string contents.
/// Returns (line, column), 1-based, of the offending bracket.
std::optional<std::pair<size_t, size_t>> findExcessiveNesting(const std::string& text, int maxDepth) {
  int depth = 0;
  bool inString = false, escaped = false;
  size_t line = 1, column = 0;
  for (char c : text) {
    if (c == '\n') {
      ++line;
      column = 0;
    } else {
      ++column;
    }
    if (inString) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        inString = false;
      continue;
    }
    switch (c) {
      case '"': inString = true; break;
      case '[':
      case '{':
        if (++depth > maxDepth) return std::make_pair(line, column);
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return std::nullopt;
}

/// A SAX pass over parsed-clean text that reports duplicate keys at their JSON pointer. (A separate
/// pass: nlohmann's DOM parser with a callback rescans the enclosing container at the end of every
/// object, quadratic in an array of objects; a plan of 250k buffers took 9 s.)
class DuplicateKeyFinder : public nlohmann::json_sax<Json> {
 public:
  explicit DuplicateKeyFinder(Diagnostics& d) : diag_(d) {}

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(true); }
  bool start_array(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& key) override {
    Frame& f = frames_.back();
    f.key = key;
    if (!f.keys.insert(f.key).second) diag_.error(childPath(f.path, f.key), "duplicate field");
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    std::string path;
    bool isObject;
    std::set<std::string> keys;
    std::string key;
    size_t nextIndex;
  };

  bool value() {
    valuePath();  // advances the array index
    return true;
  }
  bool open(bool isObject) {
    frames_.push_back(Frame{valuePath(), isObject, {}, {}, 0});
    return true;
  }
  bool close() {
    if (!frames_.empty()) frames_.pop_back();
    return true;
  }

  /// The path of the value that starts now (within the current container).
  std::string valuePath() {
    if (frames_.empty()) return "";
    Frame& f = frames_.back();
    if (f.isObject) return childPath(f.path, f.key);
    return childPath(f.path, f.nextIndex++);
  }

  Diagnostics& diag_;
  std::vector<Frame> frames_;
};

}  // namespace

std::optional<Json> parseJsonText(const std::string& text, Diagnostics& d) {
  if (text.size() > kMaxPlanBytes) {
    d.error("", "plan is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                    std::to_string(kMaxPlanBytes) + " bytes (16 MiB)");
    return std::nullopt;
  }
  if (auto where = findExcessiveNesting(text, kMaxPlanDepth)) {
    d.error("", "JSON nests deeper than " + std::to_string(kMaxPlanDepth) + " levels at line " +
                    std::to_string(where->first) + ", column " + std::to_string(where->second));
    d.errors().back().line = unsigned(where->first);
    d.errors().back().column = unsigned(where->second);
    return std::nullopt;
  }
  try {
    Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/false);
    DuplicateKeyFinder finder(d);
    Json::sax_parse(text, &finder);
    return doc;
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> drop the id.
    if (auto pos = what.find("] "); what.rfind("[json.exception.", 0) == 0 && pos != std::string::npos)
      what = what.substr(pos + 2);
    d.error("", "invalid JSON: " + what);
    // The parser's own position ("parse error at line 3, column 8: ...") is the error's.
    unsigned line = 0, column = 0;
    if (std::sscanf(what.c_str(), "parse error at line %u, column %u", &line, &column) == 2) {
      d.errors().back().line = line;
      d.errors().back().column = column;
    }
  } catch (const std::exception& e) {
    d.error("", std::string("invalid JSON: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace tt_astgen::plan_detail
