// Shared fixture of the checker tests: a known-good program (the golden emitted output in
// fixtures/expected/<name>/, read rather than regenerated to keep the suite fast), edits with
// positions, and findings by check name.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "../test_support.h"
#include "tt_astgen/check.h"

namespace tt_astgen::testing {

class ProgramTest : public ::testing::Test {
 protected:
  void load(const std::string& expected = "matmul_single_core") {
    files_.clear();
    for (const char* name : {"main.cpp", "reader.cpp", "compute.cpp", "writer.cpp"})
      files_.push_back({name, readFile(fixture("expected/" + expected + "/" + name))});
  }
  void SetUp() override { load(); }

  SourceFile& file(const std::string& name) {
    for (auto& f : files_)
      if (f.name == name) return f;
    throw std::runtime_error("no " + name);
  }

  /// Replaces the first `from` in a file; returns "name:line:col" (1-based) of the replacement.
  std::string replace(const std::string& name, const std::string& from, const std::string& to) {
    std::string& text = file(name).content;
    size_t pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    if (pos == std::string::npos) return "?";
    text.replace(pos, from.size(), to);
    return name + ":" + position(text, pos);
  }
  /// "name:line:col" of the first `what` in a file.
  std::string at(const std::string& name, const std::string& what) {
    const std::string& text = file(name).content;
    size_t pos = text.find(what);
    EXPECT_NE(pos, std::string::npos) << what;
    return name + ":" + position(text, pos);
  }
  static std::string position(const std::string& text, size_t pos) {
    size_t line = 1 + std::count(text.begin(), text.begin() + pos, '\n');
    size_t lineStart = text.rfind('\n', pos);
    size_t col = pos - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
    return std::to_string(line) + ":" + std::to_string(col);
  }

  CheckReport check(const CheckOptions& options = {}) { return checkFiles(files_, options); }

  /// Formatted errors and notes of one check (or of clang when check == "clang").
  static std::vector<std::string> findings(const CheckReport& report, const std::string& check) {
    std::vector<std::string> out;
    for (const auto& d : report.diagnostics)
      if (d.check == check) out.push_back(d.format());
    return out;
  }

  std::vector<SourceFile> files_;
};

}  // namespace tt_astgen::testing
