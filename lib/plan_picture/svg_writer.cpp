#include "svg_writer.h"

namespace tt_astgen::picture {

std::string escapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(int64_t v) { return std::to_string(v); }

SvgWriter::SvgWriter(int width, int height) {
  out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height) +
          "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\">\n";
}

void SvgWriter::indent() { out_.append(size_t(depth_) * 2, ' '); }

void SvgWriter::attrs(const Attrs& a) {
  for (const auto& [k, v] : a) out_ += " " + k + "=\"" + escapeXml(v) + "\"";
}

void SvgWriter::rect(int x, int y, int w, int h, const Attrs& a, const std::string& tooltip) {
  indent();
  out_ += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\"";
  attrs(a);
  if (tooltip.empty()) {
    out_ += "/>\n";
  } else {
    out_ += "><title>" + escapeXml(tooltip) + "</title></rect>\n";
  }
}

void SvgWriter::line(int x1, int y1, int x2, int y2, const Attrs& a) {
  indent();
  out_ += "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\"";
  attrs(a);
  out_ += "/>\n";
}

void SvgWriter::text(int x, int y, std::string_view content, const Attrs& a) {
  indent();
  out_ += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"";
  attrs(a);
  out_ += ">" + escapeXml(content) + "</text>\n";
}

void SvgWriter::open(const std::string& tag, const Attrs& a) {
  indent();
  out_ += "<" + tag;
  attrs(a);
  out_ += ">\n";
  ++depth_;
}

void SvgWriter::close(const std::string& tag) {
  --depth_;
  indent();
  out_ += "</" + tag + ">\n";
}

void SvgWriter::raw(std::string_view markup) {
  indent();
  out_ += markup;
  out_ += "\n";
}

std::string SvgWriter::finish() {
  out_ += "</svg>\n";
  return std::move(out_);
}

}  // namespace tt_astgen::picture
