#include "check/program_sources.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>

#include "ast/parse.h"

namespace tt_astgen {
namespace fs = std::filesystem;

std::string fileKey(const std::string& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) {
    fs::path canonical = fs::canonical(path, ec);
    if (!ec) return canonical.string();
  }
  return fs::absolute(path, ec).lexically_normal().string();
}

namespace {

/// `dir` / `path` as the user would write it: relative stays relative, "./" and "a/../" folded.
std::string join(const std::string& dir, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || dir.empty()) return p.lexically_normal().string();
  return (fs::path(dir) / p).lexically_normal().string();
}

bool existsOnDisk(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

}  // namespace

KernelResolver::KernelResolver(std::vector<std::string> kernelRoots, const std::vector<SourceFile>* known)
    : roots_(std::move(kernelRoots)), known_(known) {
  if (known_)
    for (const SourceFile& f : *known_) knownKeys_.push_back(fileKey(f.name));
}

std::optional<size_t> KernelResolver::knownIndex(const std::string& name) const {
  if (!known_) return std::nullopt;
  const std::string key = fileKey(name);
  for (size_t i = 0; i < knownKeys_.size(); ++i)
    if (knownKeys_[i] == key) return i;
  return std::nullopt;
}

std::vector<std::string> KernelResolver::candidates(const std::string& host, const std::string& path) const {
  std::vector<std::string> out;
  std::vector<std::string> keys;
  auto add = [&](const std::string& candidate) {
    if (candidate.empty()) return;
    std::string key = fileKey(candidate);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) return;
    keys.push_back(key);
    out.push_back(candidate);
  };
  if (path.empty()) return out;
  const bool absolute = fs::path(path).is_absolute();
  if (!absolute)
    for (const std::string& root : roots_) add(join(root, path));
  const std::string hostDir = fs::path(host).parent_path().string();
  if (!absolute) add(join(hostDir, path));
  add(join("", path));  // absolute, or relative to the working directory
  if (absolute) return out;
  for (const char* var : {"TT_METAL_KERNEL_PATH", "TT_METAL_HOME"})
    if (const char* root = std::getenv(var); root && *root) add(join(root, path));
  // The host's parent folders, up to the file system's root.
  std::error_code ec;
  fs::path absoluteDir = fs::absolute(hostDir.empty() ? fs::path(".") : fs::path(hostDir), ec).lexically_normal();
  std::string up = hostDir.empty() ? "." : hostDir;
  for (fs::path dir = absoluteDir; !ec && dir.has_relative_path() && dir != dir.parent_path();) {
    dir = dir.parent_path();
    up = (fs::path(up) / "..").lexically_normal().string();
    add(join(up, path));
  }
  return out;
}

std::string KernelResolver::resolve(const std::string& host, const std::string& path, std::vector<std::string>* tried) const {
  for (const std::string& candidate : candidates(host, path)) {
    if (tried) tried->push_back(candidate);
    if (auto i = knownIndex(candidate)) return (*known_)[*i].name;
    if (existsOnDisk(candidate)) return candidate;
  }
  return {};
}

bool readSourceFile(const std::string& path, SourceFile& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read '" + path + "'";
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "cannot read '" + path + "'";
    return false;
  }
  out = {path, ss.str()};
  return true;
}

std::vector<std::string> discoverSources(const std::string& dir, std::string& error) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    error = "'" + dir + "' is not a readable folder";
    return {};
  }
  std::vector<std::string> paths;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    error = "cannot list '" + dir + "': " + ec.message();
    return {};
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      error = "cannot list '" + dir + "': " + ec.message();
      return {};
    }
    const fs::path& p = it->path();
    std::error_code typeError;
    if (it->is_directory(typeError)) {
      const std::string name = p.filename().string();
      if ((!name.empty() && name[0] == '.') || fs::exists(p / "CMakeCache.txt", typeError)) it.disable_recursion_pending();
      continue;
    }
    if (p.extension() == ".cpp" && it->is_regular_file(typeError)) paths.push_back(p.string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

namespace {

/// Include dirs of the SDK itself (its real headers): the checker uses its mocks instead.
bool isSdkIncludeDir(const std::string& dir) {
  std::error_code ec;
  for (const char* inside : {"tt-metalium", "tt_stl", "tt-logger", "fmt", "hostdevcommon", "compute_kernel_api",
                             "dataflow_api.h", "compute_kernel_api.h", "api/dataflow/dataflow_api.h"})
    if (fs::exists(fs::path(dir) / inside, ec)) return true;
  return false;
}

}  // namespace

std::optional<CompileDbFlags> readCompileCommands(const std::string& buildDir, const std::string& file,
                                                  std::string& error) {
  std::string loadError;
  const std::string dbPath = (fs::path(buildDir) / "compile_commands.json").string();
  std::unique_ptr<clang::tooling::CompilationDatabase> db = clang::tooling::JSONCompilationDatabase::loadFromFile(
      dbPath, loadError, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!db) {
    error = "cannot read '" + dbPath + "': " + loadError;
    return std::nullopt;
  }
  CompileDbFlags flags;
  std::error_code ec;
  const std::string absolute = fs::absolute(file, ec).lexically_normal().string();
  std::vector<clang::tooling::CompileCommand> commands = db->getCompileCommands(absolute);
  flags.found = !commands.empty();
  if (commands.empty()) {
    db = clang::tooling::inferMissingCompileCommands(std::move(db));
    commands = db->getCompileCommands(absolute);
  }
  if (commands.empty()) return flags;
  const clang::tooling::CompileCommand& command = commands.front();
  auto dirOf = [&](const std::string& value) {
    fs::path p(value);
    return (p.is_absolute() ? p : fs::path(command.Directory) / p).lexically_normal().string();
  };
  auto addDir = [&](std::vector<std::string>& to, const std::string& value) {
    std::string dir = dirOf(value);
    if (!isSdkIncludeDir(dir) && std::find(to.begin(), to.end(), dir) == to.end()) to.push_back(dir);
  };
  const std::vector<std::string>& argv = command.CommandLine;
  for (size_t i = 1; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](const std::string& flag) -> std::optional<std::string> {
      if (a == flag) {
        if (i + 1 < argv.size()) return argv[++i];
        return std::nullopt;
      }
      if (a.rfind(flag, 0) == 0) return a.substr(flag.size());
      return std::nullopt;
    };
    if (a == "-isystem" || a.rfind("-isystem", 0) == 0) {
      if (auto v = value("-isystem")) addDir(flags.systemIncludeDirs, *v);
    } else if (a.rfind("-I", 0) == 0) {
      if (auto v = value("-I")) addDir(flags.includeDirs, *v);
    } else if (a.rfind("-D", 0) == 0) {
      if (auto v = value("-D"); v && !v->empty()) flags.defines.push_back(*v);
    }
  }
  return flags;
}

size_t systemPrologueLines(const std::string& code, const std::string& fileName,
                           const std::vector<std::string>& includeDirs) {
  std::istringstream lines(includePrologue(code));
  const fs::path fileDir = fs::path(fileName).parent_path();
  size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    size_t open = line.find_first_of("<\"");
    if (open == std::string::npos) return count;  // #include MACRO: cannot tell
    char close = line[open] == '<' ? '>' : '"';
    size_t end = line.find(close, open + 1);
    if (end == std::string::npos) continue;
    const std::string header = line.substr(open + 1, end - open - 1);
    std::error_code ec;
    if (fs::exists(fileDir / header, ec)) return count;
    for (const std::string& dir : includeDirs)
      if (fs::exists(fs::path(dir) / header, ec)) return count;
  }
  return count;
}

}  // namespace tt_astgen
