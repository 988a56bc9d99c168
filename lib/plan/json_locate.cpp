#include "json_locate.h"

#include <cstddef>

namespace tt_astgen::plan_detail {

namespace {

struct Scanner {
  std::string_view s;
  size_t i = 0;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  bool string(std::string* out) {  // at '"'
    if (i >= s.size() || s[i] != '"') return false;
    ++i;
    while (i < s.size() && s[i] != '"') {
      if (s[i] == '\\' && i + 1 < s.size()) {
        if (out) out->push_back(s[i + 1] == 'n' ? '\n' : s[i + 1] == 't' ? '\t' : s[i + 1]);
        i += 2;
        continue;
      }
      if (out) out->push_back(s[i]);
      ++i;
    }
    if (i >= s.size()) return false;
    ++i;
    return true;
  }
  bool skipValue(int depth = 0) {
    ws();
    if (i >= s.size() || depth > 256) return false;
    const char c = s[i];
    if (c == '"') return string(nullptr);
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++i;
      ws();
      if (i < s.size() && s[i] == close) return ++i, true;
      while (i < s.size()) {
        if (c == '{') {
          ws();
          if (!string(nullptr)) return false;
          ws();
          if (i >= s.size() || s[i] != ':') return false;
          ++i;
        }
        if (!skipValue(depth + 1)) return false;
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == close) return ++i, true;
        return false;
      }
      return false;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n' &&
           s[i] != '\r' && s[i] != '\t')
      ++i;
    return true;
  }
};

std::vector<std::string> splitPointer(const std::string& pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty() || pointer == "/") return tokens;
  size_t start = pointer[0] == '/' ? 1 : 0;
  while (true) {
    const size_t slash = pointer.find('/', start);
    std::string t = pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    std::string u;
    for (size_t k = 0; k < t.size(); ++k) {
      if (t[k] == '~' && k + 1 < t.size() && (t[k + 1] == '0' || t[k + 1] == '1')) {
        u.push_back(t[k + 1] == '0' ? '~' : '/');
        ++k;
      } else {
        u.push_back(t[k]);
      }
    }
    tokens.push_back(u);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return tokens;
}

}  // namespace

std::optional<TextPosition> locateJsonPointer(std::string_view text, const std::string& pointer, bool atKey) {
  const std::vector<std::string> tokens = splitPointer(pointer);
  if (tokens.empty()) return std::nullopt;
  Scanner sc{text};
  sc.ws();
  if (sc.i >= text.size() || (text[sc.i] != '{' && text[sc.i] != '[')) return std::nullopt;
  size_t found = sc.i;  // start of the deepest value reached
  size_t keyAt = std::string_view::npos;  // start of the last matched member's key
  size_t matchedSteps = 0;
  for (const std::string& token : tokens) {
    sc.i = found;
    const char open = text[sc.i];
    bool matched = false;
    if (open == '{') {
      ++sc.i;
      while (true) {
        sc.ws();
        std::string key;
        const size_t keyStart = sc.i;
        if (!sc.string(&key)) break;
        sc.ws();
        if (sc.i >= text.size() || text[sc.i] != ':') break;
        ++sc.i;
        sc.ws();
        if (key == token) {
          found = sc.i;
          keyAt = keyStart;
          matched = true;
          break;
        }
        if (!sc.skipValue()) break;
        sc.ws();
        if (sc.i < text.size() && text[sc.i] == ',') {
          ++sc.i;
          continue;
        }
        break;
      }
    } else if (open == '[') {
      size_t index = 0;
      bool numeric = !token.empty() && token.size() < 19 && token.find_first_not_of("0123456789") == std::string::npos;
      if (numeric) index = std::stoul(token);
      ++sc.i;
      for (size_t k = 0; numeric; ++k) {
        sc.ws();
        if (sc.i >= text.size() || text[sc.i] == ']') break;
        if (k == index) {
          found = sc.i;
          keyAt = std::string_view::npos;
          matched = true;
          break;
        }
        if (!sc.skipValue()) break;
        sc.ws();
        if (sc.i < text.size() && text[sc.i] == ',') {
          ++sc.i;
          continue;
        }
        break;
      }
    }
    if (!matched) break;
    ++matchedSteps;
    if (found >= text.size()) break;
  }
  if (atKey && matchedSteps == tokens.size() && keyAt != std::string_view::npos) found = keyAt;
  TextPosition pos;
  for (size_t k = 0; k < found && k < text.size(); ++k) {
    if (text[k] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

void locatePlanErrors(std::vector<PlanError>& errors, std::string_view text) {
  // Each look-up scans the text once: locate at most ~256 MB of scanning in total.
  constexpr size_t kScanBudget = size_t(256) << 20;
  size_t budget = kScanBudget;
  for (PlanError& e : errors) {
    if (e.line != 0 || e.path.empty()) continue;
    if (budget < text.size()) break;
    budget -= text.size();
    const bool atKey = e.message.rfind("unknown field", 0) == 0;
    if (auto pos = locateJsonPointer(text, e.path, atKey)) {
      e.line = pos->line;
      e.column = pos->column;
    }
  }
}

}  // namespace tt_astgen::plan_detail
