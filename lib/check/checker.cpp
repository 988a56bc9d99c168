#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include <clang/ASTMatchers/ASTMatchFinder.h>

#include "ast/parse.h"
#include "check/checks/all_checks.h"
#include "check/checks/api_profile_check.h"
#include "check/embedded_kernels.h"
#include "check/host_interpreter.h"
#include "check/kernel_usage.h"
#include "check/ordered_run.h"
#include "check/program_sources.h"
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
  // A host that embeds its kernels holds their markers in its string literals.
  if (contains(content, "CreateKernelFromString")) return FileRole::Host;
  if (contains(content, "namespace NAMESPACE") || contains(content, "compute_kernel_api") ||
      contains(content, "api/compute/"))
    return FileRole::Compute;
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
  for (const char* prefix : {"host/common/", "host/metal-2025/", "host/metal-2024/", "host/metal-2026/", "kernel/common/",
                             "kernel/classic/", "kernel/metal-2026/"})
    if (rel.rfind(prefix, 0) == 0) rel = rel.substr(std::string(prefix).size());
  d.file = "<mock>/" + rel;
}

/// One translation unit parsed and type-checked, its AST still alive.
struct ParsedUnit {
  std::unique_ptr<DiagnosticCollector> collector;  // outlives `unit` (declared first)
  std::unique_ptr<clang::ASTUnit> unit;
  double seconds = 0;
};

/// Parses one file in one flavor. Safe to call from several threads at once.
ParsedUnit parseUnit(const SourceFile& file, const CompileFlavor& flavor) {
  auto start = std::chrono::steady_clock::now();
  ParsedUnit parsed;
  parsed.collector = std::make_unique<DiagnosticCollector>(flavor.describe());
  // The prologue's includes up to the first of the user's own headers come from the cached PCH;
  // that header and what follows are parsed every time (the PCH would not notice an edit).
  std::vector<std::string> userDirs = flavor.includeDirs;
  userDirs.insert(userDirs.end(), flavor.systemIncludeDirs.begin(), flavor.systemIncludeDirs.end());
  parsed.unit = parseWithProloguePch(file.content, file.name, flavor, *parsed.collector,
                                     systemPrologueLines(file.content, file.name, userDirs));
  parsed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return parsed;
}

struct Runner {
  const CheckOptions& options;
  CheckReport& report;
  std::set<std::string> seen;
  std::vector<std::unique_ptr<checks::CrossFileCheck>> crossChecks;

  /// Runs the cross-file matchers over a parsed unit and takes its diagnostics; `onUnit` sees the
  /// AST first. Units are committed one at a time, in the order of a sequential run.
  void commit(ParsedUnit& parsed, const SourceFile& file, const CompileFlavor& flavor, bool firstFlavor,
              bool guessedCompileArgs, const std::function<void(clang::ASTContext&)>& onUnit = {}) {
    auto start = std::chrono::steady_clock::now();
    clang::ASTUnit* unit = parsed.unit.get();
    if (unit && onUnit) onUnit(unit->getASTContext());
    if (unit && !crossChecks.empty()) {
      clang::ast_matchers::MatchFinder finder;
      checks::UnitInfo info{file.name, baseName(file.name), flavor.role, firstFlavor,
                            flavor.role != FileRole::Host && guessedCompileArgs};
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
    checked.seconds = parsed.seconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bool keep = true;  // notes follow the fate of their error or warning
    for (Diagnostic& d : parsed.collector->take()) {
      if (d.severity == Severity::Warning) {
        // Warnings in the mock headers are ours; in the checked file they are the user's. What the
        // SDK's builds fail on (-Werror) clang already reported as an error; the warnings left
        // are the ones the builds downgrade (-Wno-error=...), errors only with --werror.
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

namespace {

/// The same settings for every flavor of the program: profile, arch, host build, user -I/-D.
CompileFlavor baseFlavor(const CheckOptions& options, FileRole role) {
  CompileFlavor flavor;
  flavor.role = role;
  flavor.profile = options.profile;
  flavor.arch = options.arch;
  flavor.hostBuild = options.hostBuild;
  flavor.includeDirs = options.includeDirs;
  flavor.defines = options.defines;
  return flavor;
}

/// The profile a program's own code says (CheckOptions::detectProfile): a host on the
/// single-device API is metal-2024; otherwise the kernels' includes decide between the classic
/// layout and metal-2026 (more kernels of one generation win; the Mesh host API is both's); the
/// host's profile, else `fallback`, when they do not.
Profile detectProgramProfile(const std::vector<SourceFile>& files, const std::set<size_t>& hosts,
                             std::optional<Profile> hostProfile, Profile fallback) {
  if (hostProfile == Profile::Metal2024) return Profile::Metal2024;
  size_t api2026 = 0, classic = 0;
  for (size_t i = 0; i < files.size(); ++i)
    if (!hosts.count(i))
      if (auto g = checks::includedGeneration(files[i].content))
        ++(*g == checks::KernelGeneration::Api2026 ? api2026 : classic);
  if (api2026 > classic) return Profile::Metal2026;
  const Profile fromHost = hostProfile.value_or(fallback);
  if (classic > api2026 && fromHost == Profile::Metal2026) return Profile::Metal2025;
  return fromHost;
}

/// How a kernel is compiled for one CreateKernel call that names it.
struct KernelBuild {
  FileRole role = FileRole::DataMovement;
  DmProcessor processor = DmProcessor::Ncrisc;
  std::vector<uint32_t> compileTimeArgs;
  bool guessedCompileArgs = false;  // not the host's: values derived from them are unknown
  std::vector<std::string> defines;
  bool operator==(const KernelBuild&) const = default;
};

/// At most this many distinct CreateKernel configurations are compiled per kernel file.
constexpr size_t kMaxBuildsPerKernel = 4;

/// Checks `files` as one program; `hostIndices` are the files compiled as hosts. Kernel files the
/// hosts name but `files` lacks are read from disk and added.
CheckReport checkProgram(std::vector<SourceFile> files, const std::vector<size_t>& hostIndices,
                         const CheckOptions& options) {
  CheckReport report;
  Runner runner{options, report, {}, {}};
  if (options.crossFileChecks) runner.crossChecks = checks::makeAllChecks();
  checks::ProgramInfo program;
  program.options = options;

  std::map<std::string, size_t> byKey;  // fileKey -> index in files
  for (size_t i = 0; i < files.size(); ++i) byKey.emplace(fileKey(files[i].name), i);
  const std::vector<SourceFile> given = files;  // what the resolver matches names against
  const KernelResolver resolver(options.kernelRoots, &given);

  // Hosts first: their CreateKernel calls say where each kernel is and how it is compiled.
  std::set<size_t> hosts(hostIndices.begin(), hostIndices.end());
  std::vector<std::pair<KernelUsage, std::string>> usages;  // usage, resolved kernel file ("" if none)
  std::optional<Profile> hostProfile;  // what the first host's own API names say (detectProfile)
  // Every host's flavor first (in order: the first host's API names decide hostProfile), then
  // the hosts parsed in parallel and committed (matchers, host model) in order.
  std::vector<CompileFlavor> hostFlavors;
  std::vector<std::string> hostDbErrors;
  for (size_t i : hostIndices) {
    const SourceFile& host = files[i];
    CompileFlavor flavor = baseFlavor(options, FileRole::Host);
    if (options.detectProfile)
      if (auto own = hostApiProfile(host.content)) {
        flavor.profile = *own;
        if (!hostProfile) hostProfile = own;
      }
    std::string dbError;
    if (!options.compileCommandsDir.empty()) {
      if (auto db = readCompileCommands(options.compileCommandsDir, host.name, dbError)) {
        flavor.includeDirs.insert(flavor.includeDirs.end(), db->includeDirs.begin(), db->includeDirs.end());
        flavor.systemIncludeDirs = db->systemIncludeDirs;
        flavor.defines.insert(flavor.defines.end(), db->defines.begin(), db->defines.end());
      }
    }
    hostFlavors.push_back(std::move(flavor));
    hostDbErrors.push_back(std::move(dbError));
  }
  const unsigned threads = effectiveJobs(options.jobs);
  runInOrder<ParsedUnit>(
      hostIndices.size(), threads,
      [&](size_t h) { return parseUnit(files[hostIndices[h]], hostFlavors[h]); },
      [&](size_t h, ParsedUnit& parsed) {
        const SourceFile& host = files[hostIndices[h]];
        const CompileFlavor& flavor = hostFlavors[h];
        if (!hostDbErrors[h].empty())
          report.diagnostics.push_back({host.name, 0, 0, Severity::Error, hostDbErrors[h], "clang", flavor.describe()});
        // Maps a CreateKernel path of this host to the kernel file ("" when there is none).
        std::function<std::string(const std::string&)> resolveKernel = [&resolver, hostName = host.name](
                                                                           const std::string& path) {
          return resolver.resolve(hostName, path);
        };
        const size_t before = report.errorCount();
        runner.commit(parsed, host, flavor, true, false, [&](clang::ASTContext& ctx) {
          for (KernelUsage& usage : findKernelUsages(ctx)) {
            std::string resolved;
            if (usage.pathKnown) {
              KernelLookup lookup{host.name, usage.path, usage.pathLine, usage.pathColumn, {}, {}};
              lookup.resolved = resolver.resolve(host.name, usage.path, &lookup.tried);
              resolved = lookup.resolved;
              program.kernelLookups.push_back(std::move(lookup));
            } else if (options.verbose) {
              report.diagnostics.push_back({host.name, usage.pathLine, usage.pathColumn, Severity::Note,
                                            "the kernel path of this CreateKernel is not a constant; its kernel is "
                                            "compiled without the host's compile-time arguments",
                                            "kernel-path", flavor.describe()});
            }
            usages.emplace_back(std::move(usage), std::move(resolved));
          }
          // The host model: every cross-file check reads the host's facts from it.
          model::InterpretOptions interpret;
          interpret.arch = options.arch;
          interpret.resolveKernel = resolveKernel;
          program.hosts.push_back(model::buildHostModel(ctx, host.name, interpret));
          if (options.verbose)
            for (const auto& [at, why] : program.hosts.back().unknowns)
              report.diagnostics.push_back({at.file, at.line, at.column, Severity::Note, "not decided: " + why,
                                            "host-model", flavor.describe()});
        });
        program.hostErrors |= report.errorCount() > before;
        program.hasHost = true;
      });

  // Kernels named by a host but not among the given files: read them.
  for (auto& [usage, resolved] : usages) {
    if (resolved.empty()) continue;
    std::string key = fileKey(resolved);
    auto it = byKey.find(key);
    if (it == byKey.end()) {
      SourceFile kernel;
      std::string readError;
      if (!readSourceFile(resolved, kernel, readError)) {
        report.diagnostics.push_back({resolved, 0, 0, Severity::Error, readError, "kernel-path", ""});
        resolved.clear();
        continue;
      }
      it = byKey.emplace(key, files.size()).first;
      files.push_back(std::move(kernel));
    }
    resolved = files[it->second].name;
  }
  for (KernelLookup& lookup : program.kernelLookups)
    if (!lookup.resolved.empty())
      if (auto it = byKey.find(fileKey(lookup.resolved)); it != byKey.end()) lookup.resolved = files[it->second].name;
  for (model::HostModel& host : program.hosts)
    for (model::HostKernel& k : host.kernels)
      if (!k.resolvedFile.empty() && !k.source) {  // an embedded kernel is named by its host line
        auto it = byKey.find(fileKey(k.resolvedFile));
        k.resolvedFile = it != byKey.end() ? files[it->second].name : std::string();
      }
  for (const auto& entry : usages) program.usages.push_back(entry.first);
  for (const SourceFile& f : files) program.files.push_back(f.name);
  report.sources = files;
  // Kernels embedded in a host are units of their own, checked like the kernel files below.
  const std::vector<EmbeddedKernel> embedded = embeddedKernels(program.hosts);
  for (const EmbeddedKernel& k : embedded) files.push_back(k.unit);
  program.profile = options.detectProfile ? detectProgramProfile(files, hosts, hostProfile, options.profile)
                                          : options.profile;
  report.profile = program.profile;

  struct KernelUnit {
    size_t file;
    CompileFlavor flavor;
    bool firstFlavor;
    bool guessedCompileArgs;
  };
  std::vector<KernelUnit> kernelUnits;
  for (size_t i = 0; i < files.size(); ++i) {
    if (hosts.count(i)) continue;
    const SourceFile& f = files[i];
    // The host's CreateKernel calls decide the role; the content only when no host names the file.
    std::vector<KernelBuild> builds;
    auto addBuild = [&builds](KernelBuild build) {
      if (std::find(builds.begin(), builds.end(), build) == builds.end() && builds.size() < kMaxBuildsPerKernel)
        builds.push_back(std::move(build));
    };
    // The host model knows each CreateKernel's role, RISC-V and compile args (through loops,
    // helpers and vectors); a compile arg it cannot know makes the whole list a permissive guess.
    for (const model::HostModel& host : program.hosts)
      for (const model::HostKernel& k : host.kernels) {
        if (k.resolvedFile != f.name) continue;
        KernelBuild build;
        build.role = k.role;
        build.processor = k.processor;
        bool known = k.compileArgs.lengthKnown;
        for (const model::ArgValue& v : k.compileArgs.values) known = known && v.value.has_value();
        if (known)
          for (const model::ArgValue& v : k.compileArgs.values) build.compileTimeArgs.push_back(uint32_t(*v.value));
        else
          build.compileTimeArgs.assign(kPermissiveCompileArgs, 1);
        build.guessedCompileArgs = !known;
        for (const auto& [name, value] : k.defines) build.defines.push_back(value.empty() ? name : name + "=" + value);
        addBuild(std::move(build));
      }
    for (const auto& [usage, resolved] : usages) {
      if (!builds.empty()) break;  // the host model's builds win
      if (resolved != f.name) continue;
      KernelBuild build;
      build.role = usage.role == FileRole::Host ? FileRole::DataMovement : usage.role;
      build.processor = usage.processor;
      if (usage.compileTimeArgs) build.compileTimeArgs = *usage.compileTimeArgs;
      else build.compileTimeArgs.assign(kPermissiveCompileArgs, 1);
      build.guessedCompileArgs = !usage.compileTimeArgs;
      if (usage.defines) build.defines = *usage.defines;
      if (std::find(builds.begin(), builds.end(), build) == builds.end() && builds.size() < kMaxBuildsPerKernel)
        builds.push_back(std::move(build));
    }
    if (builds.empty()) {
      KernelBuild build;
      build.role = detectRole(f.content);
      if (build.role == FileRole::Host) build.role = FileRole::DataMovement;
      if (baseName(f.name).find("writer") != std::string::npos) build.processor = DmProcessor::Brisc;
      build.compileTimeArgs.assign(kPermissiveCompileArgs, 1);
      build.guessedCompileArgs = true;
      builds.push_back(std::move(build));
    }
    program.kernelRoles[f.name] = builds.front().role;
    bool first = true;
    // A kernel written for the other kernel API generation is compiled against its own headers:
    // api-profile reports the mismatch once, and no include or name errors follow from it.
    const Profile kernelProfile = checks::profileForKernel(
        checks::includedGeneration(f.content).value_or(checks::kernelGenerationOf(program.profile)), program.profile);
    for (const KernelBuild& build : builds) {
      CompileFlavor flavor = baseFlavor(options, build.role);
      flavor.profile = kernelProfile;
      flavor.processor = build.processor;
      flavor.compileTimeArgs = build.compileTimeArgs;
      flavor.defines.insert(flavor.defines.end(), build.defines.begin(), build.defines.end());
      if (build.role == FileRole::DataMovement) {
        kernelUnits.push_back({i, flavor, first, build.guessedCompileArgs});
        first = false;
        continue;
      }
      for (TriscStage stage : allTriscStages()) {
        flavor.stage = stage;
        kernelUnits.push_back({i, flavor, first, build.guessedCompileArgs});
        first = false;
      }
    }
  }
  // Every kernel unit parsed in parallel, committed in the order above.
  runInOrder<ParsedUnit>(
      kernelUnits.size(), threads, [&](size_t u) { return parseUnit(files[kernelUnits[u].file], kernelUnits[u].flavor); },
      [&](size_t u, ParsedUnit& parsed) {
        const KernelUnit& k = kernelUnits[u];
        runner.commit(parsed, files[k.file], k.flavor, k.firstFlavor, k.guessedCompileArgs);
      });
  for (auto& c : runner.crossChecks) {
    std::vector<Diagnostic> found;
    c->finish(program, found);
    for (Diagnostic& d : found) {
      if (d.severity != Severity::Note && !runner.seen.insert(d.format()).second) continue;
      report.diagnostics.push_back(std::move(d));
    }
  }
  mapIntoHosts(report.diagnostics, embedded);
  return report;
}

bool isHostContent(const std::string& content) {
  return detectRole(content) == FileRole::Host ||
         (looksLikeHost(content) && !contains(content, "kernel_main") && !contains(content, "void MAIN"));
}

/// Checks options that name files: the compile database must be readable.
bool validateOptions(const CheckOptions& options, std::string& error) {
  if (options.compileCommandsDir.empty()) return true;
  std::string dbError;
  if (!readCompileCommands(options.compileCommandsDir, "", dbError)) {
    error = dbError;
    return false;
  }
  return true;
}

}  // namespace

std::optional<Profile> hostApiProfile(const std::string& code) { return checks::ApiProfileCheck::profileOf(code); }

std::optional<Profile> kernelApiProfile(const std::string& code) {
  auto generation = checks::includedGeneration(code);
  if (!generation) return std::nullopt;
  return *generation == checks::KernelGeneration::Api2026 ? Profile::Metal2026 : Profile::Metal2025;
}

CheckReport checkFiles(const std::vector<SourceFile>& files, const CheckOptions& options) {
  std::vector<size_t> hosts;
  for (size_t i = 0; i < files.size(); ++i)
    if (isHostContent(files[i].content)) hosts.push_back(i);
  return checkProgram(files, hosts, options);
}

CheckReport checkHostFile(const std::string& hostPath, const CheckOptions& options, std::string& error) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(hostPath, ec)) {
    error = "'" + hostPath + "' is not a readable file";
    return {};
  }
  if (!validateOptions(options, error)) return {};
  SourceFile host;
  if (!readSourceFile(hostPath, host, error)) return {};
  return checkProgram({host}, {0}, options);
}

CheckReport checkDirectory(const std::string& dir, const CheckOptions& options, std::string& error) {
  std::vector<std::string> paths = discoverSources(dir, error);
  if (!error.empty()) return {};
  if (paths.empty()) {
    error = "'" + dir + "' holds no .cpp file";
    return {};
  }
  if (!validateOptions(options, error)) return {};
  std::vector<SourceFile> files;
  for (const std::string& p : paths) {
    SourceFile f;
    if (!readSourceFile(p, f, error)) return {};
    files.push_back(std::move(f));
  }
  return checkFiles(files, options);
}

std::vector<CheckOutcome> checkTargets(const std::vector<CheckTarget>& targets, unsigned jobs) {
  const unsigned threads = effectiveJobs(jobs);
  // Programs side by side; the threads left over parse each program's units in parallel.
  const unsigned programThreads = unsigned(std::min<size_t>(threads, std::max<size_t>(1, targets.size())));
  const unsigned unitThreads = std::max(1u, threads / programThreads);
  std::vector<CheckOutcome> outcomes(targets.size());
  runInOrder<CheckOutcome>(
      targets.size(), programThreads,
      [&](size_t t) {
        CheckOptions options = targets[t].options;
        options.jobs = unitThreads;
        CheckOutcome outcome;
        std::error_code ec;
        outcome.report = std::filesystem::is_regular_file(targets[t].path, ec)
                             ? checkHostFile(targets[t].path, options, outcome.error)
                             : checkDirectory(targets[t].path, options, outcome.error);
        return outcome;
      },
      [&](size_t t, CheckOutcome& outcome) { outcomes[t] = std::move(outcome); });
  return outcomes;
}

}  // namespace tt_astgen
