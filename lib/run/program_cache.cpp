// Cached generated programs and check verdicts. See program_cache.h.
// Entry formats: programs/<key>.program holds "tt-astgen program v1\n" then, per file,
// "<name>\n<size>\n<size bytes>"; checks/<key>.clean holds "clean\n".
#include "run/program_cache.h"

#include <charconv>
#include <filesystem>

#include "run/run_cache.h"
#include "run/tool_identity.h"

namespace tt_astgen::runcache {
namespace fs = std::filesystem;

namespace {
constexpr std::string_view kProgramHeader = "tt-astgen program v1\n";

std::string programPath(const std::string& root, const std::string& key) {
  return (fs::path(root) / "programs" / (key + ".program")).string();
}
std::string checkPath(const std::string& root, const std::string& key) {
  return (fs::path(root) / "checks" / (key + ".clean")).string();
}

/// The next '\n'-terminated field of `text` from `at`; nullopt at the end.
std::optional<std::string_view> nextLine(std::string_view text, size_t& at) {
  const size_t end = text.find('\n', at);
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view line = text.substr(at, end - at);
  at = end + 1;
  return line;
}
}  // namespace

std::string programKey(const Plan& plan, const GenerateOptions& options) {
  return Key()
      .add("program v1")
      .add(toolIdentity())
      .add(toJson(plan))
      .add(options.embedKernels ? "embed-kernels" : "kernel-files")
      .hex();
}

std::optional<std::vector<GeneratedFile>> loadProgram(const std::string& root, const std::string& key) {
  std::optional<std::string> text = readWhole(programPath(root, key));
  if (!text || text->compare(0, kProgramHeader.size(), kProgramHeader) != 0) return std::nullopt;
  std::vector<GeneratedFile> files;
  const std::string_view all = *text;
  size_t at = kProgramHeader.size();
  while (at < all.size()) {
    std::optional<std::string_view> name = nextLine(all, at), size = nextLine(all, at);
    if (!name || !size || name->empty()) return std::nullopt;
    size_t bytes = 0;
    auto [end, error] = std::from_chars(size->data(), size->data() + size->size(), bytes);
    if (error != std::errc() || end != size->data() + size->size() || bytes > all.size() - at) return std::nullopt;
    files.push_back({std::string(*name), std::string(all.substr(at, bytes))});
    at += bytes;
  }
  if (files.empty()) return std::nullopt;
  return files;
}

void storeProgram(const std::string& root, const std::string& key, const std::vector<GeneratedFile>& files) {
  std::string text(kProgramHeader);
  for (const GeneratedFile& f : files) {
    if (f.name.empty() || f.name.find('\n') != std::string::npos) return;  // not representable: not cached
    text += f.name + "\n" + std::to_string(f.content.size()) + "\n" + f.content;
  }
  publish(programPath(root, key), text);
}

std::string checkKey(const std::vector<SourceFile>& files, const CheckOptions& options) {
  Key key;
  key.add("check v1").add(toolIdentity()).add(toString(options.profile)).add(toString(options.arch));
  for (const SourceFile& f : files) key.add(f.name).add(f.content);
  return key.hex();
}

bool checkedClean(const std::string& root, const std::string& key) {
  std::error_code ec;
  return fs::exists(checkPath(root, key), ec);
}

void recordCheckedClean(const std::string& root, const std::string& key) { publish(checkPath(root, key), "clean\n"); }

}  // namespace tt_astgen::runcache
