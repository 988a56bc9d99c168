#include "json_text.h"

#include <cstdio>
#include <functional>
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

/// Tracks the JSON pointer of the parser's position to report duplicate keys.
class DuplicateKeyFinder {
 public:
  explicit DuplicateKeyFinder(Diagnostics& d) : diag_(d) {}

  bool operator()(int /*depth*/, nlohmann::detail::parse_event_t event, Json& parsed) {
    using E = nlohmann::detail::parse_event_t;
    switch (event) {
      case E::object_start:
      case E::array_start:
        frames_.push_back(Frame{valuePath(), event == E::object_start, {}, {}, 0});
        break;
      case E::object_end:
      case E::array_end:
        if (!frames_.empty()) frames_.pop_back();
        break;
      case E::key: {
        Frame& f = frames_.back();
        f.key = parsed.get<std::string>();
        if (!f.keys.insert(f.key).second) diag_.error(childPath(f.path, f.key), "duplicate field");
        break;
      }
      case E::value:
        valuePath();  // advances the array index
        break;
    }
    return true;
  }

 private:
  struct Frame {
    std::string path;
    bool isObject;
    std::set<std::string> keys;
    std::string key;
    size_t nextIndex;
  };

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
  Diagnostics duplicates;
  DuplicateKeyFinder finder(duplicates);
  try {
    Json doc = Json::parse(text, std::ref(finder), /*allow_exceptions=*/true, /*ignore_comments=*/false);
    for (auto& e : duplicates.errors()) d.error(std::move(e.path), std::move(e.message));
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
