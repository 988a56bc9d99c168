#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ast/parse.h"
#include "check/kernel_usage.h"
#include "tt_astgen/check.h"

namespace tt_astgen {
namespace {

/// Compile-time args assumed when the host's are not constants: enough ones (DRAM flags).
constexpr size_t kPermissiveCompileArgs = 64;

FileRole detectRole(const std::string& content) {
  if (content.find("namespace NAMESPACE") != std::string::npos ||
      content.find("compute_kernel_api") != std::string::npos)
    return FileRole::Compute;
  if (content.find("kernel_main") != std::string::npos) return FileRole::DataMovement;
  return FileRole::Host;
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

void parseOne(const SourceFile& file, const CompileFlavor& flavor, CheckReport& report,
              std::set<std::string>& seen, std::vector<KernelUsage>* usages) {
  DiagnosticCollector collector(flavor.describe());
  auto unit = parseInMemory(file.content, file.name, flavor, collector);
  if (usages && unit) *usages = findKernelUsages(unit->getASTContext());
  CheckedUnit checked{file.name, flavor.describe(), 0};
  for (Diagnostic& d : collector.take()) {
    if (d.severity == Severity::Warning) continue;  // the SDK's JIT does not use -Werror
    std::string key = d.format();
    if (!seen.insert(key).second) continue;          // same finding in another TRISC pass
    checked.errors += d.severity == Severity::Error;
    report.diagnostics.push_back(std::move(d));
  }
  report.units.push_back(checked);
}

}  // namespace

CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options) {
  CheckReport report;
  std::set<std::string> seen;
  std::vector<KernelUsage> usages;
  // Hosts first: their CreateKernel calls say how each kernel is compiled.
  for (const SourceFile& f : files) {
    if (detectRole(f.content) != FileRole::Host) continue;
    CompileFlavor flavor;
    flavor.role = FileRole::Host;
    flavor.profile = options.profile;
    flavor.arch = options.arch;
    std::vector<KernelUsage> found;
    parseOne(f, flavor, report, seen, &found);
    usages.insert(usages.end(), found.begin(), found.end());
  }
  for (const SourceFile& f : files) {
    FileRole role = detectRole(f.content);
    if (role == FileRole::Host) continue;
    CompileFlavor flavor;
    flavor.role = role;
    flavor.profile = options.profile;
    flavor.arch = options.arch;
    const KernelUsage* usage = nullptr;
    for (const KernelUsage& u : usages)
      if (baseName(u.path) == baseName(f.name)) usage = &u;
    if (usage && usage->role == FileRole::DataMovement) flavor.processor = usage->processor;
    else if (baseName(f.name).find("writer") != std::string::npos) flavor.processor = DmProcessor::Brisc;
    if (usage && usage->compileTimeArgs) flavor.compileTimeArgs = *usage->compileTimeArgs;
    else flavor.compileTimeArgs.assign(kPermissiveCompileArgs, 1);
    if (role == FileRole::DataMovement) {
      parseOne(f, flavor, report, seen, nullptr);
      continue;
    }
    for (TriscStage stage : allTriscStages()) {
      flavor.stage = stage;
      parseOne(f, flavor, report, seen, nullptr);
    }
  }
  return report;
}

CheckReport checkDirectory(const std::string& dir, const CheckOptions& options, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    error = "'" + dir + "' is not a readable folder";
    return {};
  }
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".cpp") paths.push_back(entry.path().string());
  if (ec) {
    error = "cannot list '" + dir + "': " + ec.message();
    return {};
  }
  if (paths.empty()) {
    error = "'" + dir + "' holds no .cpp file";
    return {};
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) {
      error = "cannot read '" + p + "'";
      return {};
    }
    files.push_back({p, ss.str()});
  }
  return checkFiles(files, options);
}

}  // namespace tt_astgen
