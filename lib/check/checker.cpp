#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <clang/ASTMatchers/ASTMatchFinder.h>

#include "ast/parse.h"
#include "check/checks/all_checks.h"
#include "check/kernel_usage.h"
#include "tt_astgen/check.h"

namespace tt_astgen {
namespace {

/// Compile-time args assumed when the host's are not constants: enough ones (DRAM flags).
constexpr size_t kPermissiveCompileArgs = 64;

bool contains(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

bool looksLikeHost(const std::string& content) {
  return contains(content, "int main(") || contains(content, "CreateProgram") || contains(content, "CreateKernel") ||
         contains(content, "tt-metalium/host_api.hpp");
}

/// The role a file's content suggests (used when no host's CreateKernel names the file).
FileRole detectRole(const std::string& content) {
  if (contains(content, "namespace NAMESPACE") || contains(content, "compute_kernel_api")) return FileRole::Compute;
  if (contains(content, "dataflow_api.h") || contains(content, "kernel_main")) return FileRole::DataMovement;
  if (looksLikeHost(content)) return FileRole::Host;
  if (contains(content, "void MAIN")) return FileRole::Compute;
  return FileRole::Host;
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

/// Virtual mock-header paths read as the SDK include they stand for: "<mock>/tt-metalium/x.hpp".
void unvirtualize(Diagnostic& d) {
  const std::string root(kMockRoot);
  if (d.file.rfind(root, 0) != 0) return;
  std::string rel = d.file.substr(root.size() + 1);
  for (const char* prefix : {"host/common/", "host/metal-2025/", "host/metal-2024/", "kernel/"})
    if (rel.rfind(prefix, 0) == 0) rel = rel.substr(std::string(prefix).size());
  d.file = "<mock>/" + rel;
}

struct Runner {
  const CheckOptions& options;
  CheckReport& report;
  std::set<std::string> seen;
  std::vector<std::unique_ptr<checks::CrossFileCheck>> crossChecks;

  void parseOne(const SourceFile& file, const CompileFlavor& flavor, bool firstFlavor,
                std::vector<KernelUsage>* usages) {
    auto start = std::chrono::steady_clock::now();
    DiagnosticCollector collector(flavor.describe());
    auto unit = parseWithProloguePch(file.content, file.name, flavor, collector);
    if (usages && unit) *usages = findKernelUsages(unit->getASTContext());
    if (unit && !crossChecks.empty()) {
      clang::ast_matchers::MatchFinder finder;
      checks::UnitInfo info{file.name, baseName(file.name), flavor.role, firstFlavor};
      for (auto& c : crossChecks) {
        if (flavor.role == FileRole::Host) c->registerHostMatchers(finder);
        else c->registerKernelMatchers(finder);
        c->beginUnit(unit->getASTContext(), info);
      }
      // Only the checked file's own declarations: traversing the whole TU would deserialize
      // every declaration of the prologue PCH (and match inside the mock headers).
      clang::ASTContext& ctx = unit->getASTContext();
      std::vector<clang::Decl*> mainDecls;
      for (clang::Decl* d : ctx.getTranslationUnitDecl()->noload_decls())
        if (ctx.getSourceManager().isInMainFile(ctx.getSourceManager().getExpansionLoc(d->getLocation())))
          mainDecls.push_back(d);
      ctx.setTraversalScope(mainDecls);
      finder.matchAST(ctx);
      for (auto& c : crossChecks) c->endUnit();
    }
    CheckedUnit checked{file.name, flavor.describe(), 0, compileArgs(flavor), 0};
    checked.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bool keep = true;  // notes follow the fate of their error or warning
    for (Diagnostic& d : collector.take()) {
      if (d.severity == Severity::Warning) {
        // Warnings in the mock headers are ours; in the checked file they are the user's. The
        // SDK's JIT does not use -Werror, so they only fail the check with --werror.
        keep = d.file == file.name;
        if (!keep) continue;
        if (options.werror) d.severity = Severity::Error;
      } else if (d.severity == Severity::Note) {
        if (!keep) continue;
      } else {
        keep = true;
      }
      unvirtualize(d);
      std::string key = d.format();
      if (d.severity != Severity::Note && !seen.insert(key).second) {  // same finding in another TRISC pass
        keep = false;
        continue;
      }
      checked.errors += d.severity == Severity::Error;
      report.diagnostics.push_back(std::move(d));
    }
    report.units.push_back(checked);
  }
};

}  // namespace

size_t CheckReport::warningCount() const {
  return size_t(std::count_if(diagnostics.begin(), diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

std::vector<std::string> crossFileCheckNames() {
  std::vector<std::string> names;
  for (const auto& c : checks::makeAllChecks()) names.push_back(c->name());
  return names;
}

CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options) {
  CheckReport report;
  report.sources = files;
  Runner runner{options, report, {}, {}};
  if (options.crossFileChecks) runner.crossChecks = checks::makeAllChecks();
  checks::ProgramInfo program;
  program.options = options;
  for (const SourceFile& f : files) program.files.push_back(f.name);

  // Hosts first: their CreateKernel calls say how each kernel is compiled.
  std::vector<KernelUsage> usages;
  std::vector<bool> isHost(files.size(), false);
  for (size_t i = 0; i < files.size(); ++i)
    isHost[i] = detectRole(files[i].content) == FileRole::Host ||
                (looksLikeHost(files[i].content) && !contains(files[i].content, "kernel_main") &&
                 !contains(files[i].content, "void MAIN"));
  for (size_t i = 0; i < files.size(); ++i) {
    if (!isHost[i]) continue;
    CompileFlavor flavor;
    flavor.role = FileRole::Host;
    flavor.profile = options.profile;
    flavor.arch = options.arch;
    std::vector<KernelUsage> found;
    const size_t before = report.errorCount();
    runner.parseOne(files[i], flavor, true, &found);
    program.hostErrors |= report.errorCount() > before;
    usages.insert(usages.end(), found.begin(), found.end());
    program.hasHost = true;
  }
  program.usages = usages;
  for (size_t i = 0; i < files.size(); ++i) {
    if (isHost[i]) continue;
    const SourceFile& f = files[i];
    const KernelUsage* usage = nullptr;
    for (const KernelUsage& u : usages)
      if (baseName(u.path) == baseName(f.name)) usage = &u;
    // The host's CreateKernel decides the role; the content only when no host names the file.
    FileRole role = usage ? usage->role : detectRole(f.content);
    if (role == FileRole::Host) role = FileRole::DataMovement;
    program.kernelRoles[baseName(f.name)] = role;
    CompileFlavor flavor;
    flavor.role = role;
    flavor.profile = options.profile;
    flavor.arch = options.arch;
    if (usage && usage->role == FileRole::DataMovement) flavor.processor = usage->processor;
    else if (baseName(f.name).find("writer") != std::string::npos) flavor.processor = DmProcessor::Brisc;
    if (usage && usage->compileTimeArgs) flavor.compileTimeArgs = *usage->compileTimeArgs;
    else flavor.compileTimeArgs.assign(kPermissiveCompileArgs, 1);
    if (role == FileRole::DataMovement) {
      runner.parseOne(f, flavor, true, nullptr);
      continue;
    }
    bool first = true;
    for (TriscStage stage : allTriscStages()) {
      flavor.stage = stage;
      runner.parseOne(f, flavor, first, nullptr);
      first = false;
    }
  }
  for (auto& c : runner.crossChecks) {
    std::vector<Diagnostic> found;
    c->finish(program, found);
    for (Diagnostic& d : found) {
      if (d.severity != Severity::Note && !runner.seen.insert(d.format()).second) continue;
      report.diagnostics.push_back(std::move(d));
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
