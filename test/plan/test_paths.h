// Fixture locations for the plan tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#ifndef TT_ASTGEN_SOURCE_DIR
#error "TT_ASTGEN_SOURCE_DIR must name the repository root"
#endif

namespace tt_astgen::test {

inline std::filesystem::path fixturePath(const std::string& rel) {
  return std::filesystem::path(TT_ASTGEN_SOURCE_DIR) / "fixtures" / rel;
}

/// The stems of the files with extension ext in fixtures/<dir>, sorted.
inline std::vector<std::string> fixtureStems(const std::string& dir, const std::string& ext) {
  std::vector<std::string> stems;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(fixturePath(dir), ec))
    if (entry.path().extension() == ext) stems.push_back(entry.path().stem().string());
  std::sort(stems.begin(), stems.end());
  return stems;
}

}  // namespace tt_astgen::test
