// Helpers shared by the tests: fixture paths, file I/O, running the CLI.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace tt_astgen::testing {

inline std::filesystem::path sourceDir() { return TT_ASTGEN_SOURCE_DIR; }
inline std::filesystem::path fixture(const std::string& relative) { return sourceDir() / "fixtures" / relative; }

inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void writeFile(const std::filesystem::path& p, const std::string& content) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

/// A fresh, empty temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tt-astgen-test-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    path_ = mkdtemp(buf.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exitCode = -1;
  std::string output;  // stdout and stderr, interleaved
};

/// Runs the tt-astgen binary with `args` (shell-quoted by the caller where needed).
inline CommandResult runCli(const std::string& args) {
  std::string command = std::string(TT_ASTGEN_BINARY) + " " + args + " 2>&1";
  CommandResult r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.output.append(buffer, n);
  int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// The good fixture plans (fixtures/plans/*.json), sorted by name.
inline std::vector<std::filesystem::path> fixturePlans() {
  std::vector<std::filesystem::path> plans;
  for (const auto& e : std::filesystem::directory_iterator(fixture("plans")))
    if (e.path().extension() == ".json") plans.push_back(e.path());
  std::sort(plans.begin(), plans.end());
  return plans;
}

}  // namespace tt_astgen::testing
