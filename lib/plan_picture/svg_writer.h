// A tiny SVG writer: elements with attributes and escaped text, integer geometry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tt_astgen::picture {

/// XML-escapes text and attribute values (&, <, >, ", ').
std::string escapeXml(std::string_view text);

class SvgWriter {
 public:
  using Attrs = std::vector<std::pair<std::string, std::string>>;

  SvgWriter(int width, int height);

  void rect(int x, int y, int w, int h, const Attrs& attrs, const std::string& tooltip = {});
  void line(int x1, int y1, int x2, int y2, const Attrs& attrs);
  /// One line of text at baseline (x, y).
  void text(int x, int y, std::string_view content, const Attrs& attrs);
  void open(const std::string& tag, const Attrs& attrs);
  void close(const std::string& tag);
  /// Raw markup (for <defs>); the caller escapes.
  void raw(std::string_view markup);

  /// The document, closed.
  std::string finish();

 private:
  void indent();
  void attrs(const Attrs& a);
  std::string out_;
  int depth_ = 1;
};

std::string num(int64_t v);

}  // namespace tt_astgen::picture
